import Testing

@testable import LinkSense

@Suite struct GamblingVocabularyTests {
  let rule = GamblingVocabulary()

  @Test func casinoWordsInHostAreDecisive() {
    #expect(weight(rule, "https://lokicasinolink8.com/") >= 1)
    #expect(weight(rule, "https://roobet8.com/") >= 1)
    #expect(weight(rule, "https://best-online-slots.net/") >= 1)
  }

  @Test func koreanAndIndonesianWords() {
    #expect(weight(rule, "https://example.com/토토-먹튀-검증") > 0)
    #expect(weight(rule, "https://slot-gacor.example/judi") >= 1)
  }

  @Test func pathOrAnchorAloneStaysBelowAHostHit() {
    #expect(weight(rule, "https://news.example.com/volkswagen-bets-on-electric", anchor: "VW bets on electric") <= 0.8)
  }

  @Test func noSubstringFalsePositives() {
    #expect(weight(rule, "https://betabeat.com/") == 0)
    #expect(weight(rule, "https://abc.xyz/alphabet") == 0)
    #expect(weight(rule, "https://www.better.com/") == 0)
    #expect(weight(rule, "https://www.tibet.net/") == 0)
  }
}
