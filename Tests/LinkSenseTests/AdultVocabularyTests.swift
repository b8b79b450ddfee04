import Testing

@testable import LinkSense

@Suite struct AdultVocabularyTests {
  let rule = AdultVocabulary()

  @Test func adultHosts() {
    #expect(weight(rule, "https://pornoelita.info/") >= 1)
    #expect(weight(rule, "https://mysexylocals.example/") > 0)
  }

  @Test func placeNamesAreNotSex() {
    #expect(weight(rule, "https://www.sussex.ac.uk/") == 0)
    #expect(weight(rule, "https://middlesex.example.org/") == 0)
  }

  @Test func newsAboutPornLawsIsOnlyAPathHit() {
    #expect(weight(rule, "https://news.example.com/revenge-porn-law") < 1)
  }
}
