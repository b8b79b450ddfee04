import Testing

@testable import LinkSense

@Suite struct CommercialPathTests {
  let rule = CommercialPath()

  @Test func shopAndRedirectPaths() {
    #expect(weight(rule, "https://hub420.shop/product/sunday-driver/") > 0)
    #expect(weight(rule, "https://example.com/go/partner") > 0)
    #expect(weight(rule, "https://example.com/buy-cheap-watches") > 0)
    #expect(weight(rule, "https://example.com/page?ref=abc") > 0)
  }

  @Test func isWeakAlone() {
    #expect(weight(rule, "https://example.com/product/x?aff=1") < 1)
  }

  @Test func articlesAreSilent() {
    #expect(weight(rule, "https://news.example.com/2024/05/story-about-shops") == 0)
  }

  @Test func withAnAbusedTLDItIsSpam() {
    #expect(isSpam("https://hub420.shop/product/sunday-driver/"))
  }
}
