import Testing

@testable import LinkSense

@Suite struct AbusedTLDTests {
  let rule = AbusedTLD()

  @Test func cheapTLDsWeighButDoNotDecide() {
    #expect(weight(rule, "https://hub420.shop/") == AbusedTLD.defaultWeight)
    #expect(AbusedTLD.defaultWeight < URLScorer.defaultThreshold)
    #expect(!isSpam("https://lemmy.ml/post/1"))
  }

  @Test func ordinaryTLDsAreSilent() {
    #expect(weight(rule, "https://example.com/") == 0)
    #expect(weight(rule, "https://example.co.kr/") == 0)
  }
}
