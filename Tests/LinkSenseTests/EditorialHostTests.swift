import Testing

@testable import LinkSense

@Suite struct EditorialHostTests {
  let rule = EditorialHost()

  @Test func referenceNewsAndInstitutionsLowerTheScore() {
    #expect(weight(rule, "https://ko.wikipedia.org/wiki/지방공무원법") < 0)
    #expect(weight(rule, "https://www.bbc.co.uk/news/uk-49689167") < 0)
    #expect(weight(rule, "https://www.nasa.gov/feature") < 0)
    #expect(weight(rule, "https://www.mois.go.kr/") < 0)
    #expect(weight(rule, "https://www.ox.ac.uk/") < 0)
    #expect(weight(rule, "https://www.yna.co.kr/view/AKR1") < 0)
  }

  @Test func otherHostsAreSilent() {
    #expect(weight(rule, "https://example.com/") == 0)
  }
}
