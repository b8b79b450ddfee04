import Testing

@testable import LinkSense

@Suite struct PublicSuffixListTests {
  let psl = PublicSuffixList.shared

  @Test func registrableDomains() {
    #expect(psl.registrableDomain(of: "news.example.co.kr") == "example.co.kr")
    #expect(psl.registrableDomain(of: "www.bbc.co.uk") == "bbc.co.uk")
    #expect(psl.registrableDomain(of: "a.b.example.com") == "example.com")
    #expect(psl.registrableDomain(of: "example.com.cn") == "example.com.cn")
    #expect(psl.registrableDomain(of: "hub420.shop") == "hub420.shop")
  }

  @Test func suffixesAreNotSites() {
    #expect(psl.registrableDomain(of: "co.kr") == nil)
    #expect(psl.registrableDomain(of: "com") == nil)
    #expect(psl.registrableDomain(of: "10.0.0.1") == nil)
  }

  @Test func unknownTLDIsOneLabelSuffix() {
    #expect(psl.publicSuffix(of: "foo.example.notarealtld") == "notarealtld")
  }

  @Test func builtInFallbackCoversCommonSuffixes() {
    let fallback = PublicSuffixList(listText: PublicSuffixList.fallbackRules)
    #expect(fallback.registrableDomain(of: "www.example.co.jp") == "example.co.jp")
    #expect(fallback.publicSuffix(of: "x.example.com.cn") == "com.cn")
  }

  @Test func wildcardAndExceptionRules() {
    let list = PublicSuffixList(listText: "ck\n*.ck\n!www.ck\n")
    #expect(list.publicSuffix(of: "a.b.ck") == "b.ck")
    #expect(list.registrableDomain(of: "www.ck") == "www.ck")
  }

  @Test func platformTenantsAreSeparateSites() {
    // Needs the private section of the system list (or the fallback, which has blogspot.com).
    #expect(psl.registrableDomain(of: "someone.blogspot.com") == "someone.blogspot.com")
  }
}
