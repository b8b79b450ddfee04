import Testing

@testable import LinkSense

@Suite struct PharmaVocabularyTests {
  let rule = PharmaVocabulary()

  @Test func drugNamesInHost() {
    #expect(weight(rule, "https://cheap-viagra-online.example/") >= 1)
    #expect(weight(rule, "https://www.worldwiderxpharmacy.com/") >= 1)
  }

  @Test func pharmacyWithSellingPoints() {
    #expect(weight(rule, "https://mycanadian-pharmacy.com/") >= 1)
    #expect(weight(rule, "https://example-pharmacy.com/") < 1)
  }

  @Test func rxOnlyAsAWholeWord() {
    #expect(weight(rule, "https://arxiv.org/abs/2507.07313") == 0)
    #expect(weight(rule, "https://rx-meds.example/") > 0)
  }

  @Test func nativeScriptWords() {
    #expect(weight(rule, "https://example.com/비아그라-구매") > 0)
  }
}
