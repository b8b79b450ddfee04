import Testing

@testable import LinkSense

@Suite struct KeywordStuffedHostTests {
  let rule = KeywordStuffedHost()

  @Test func longHyphenatedHosts() {
    #expect(weight(rule, "https://buy-cheap-generic-pills-online.com/") > 0)
    #expect(weight(rule, "https://levitra-discount-generic.org/") > 0)
  }

  @Test func ordinaryHyphenatedHosts() {
    #expect(weight(rule, "https://my-site.com/") == 0)
    #expect(weight(rule, "https://www.stack-overflow.com/") == 0)
  }
}
