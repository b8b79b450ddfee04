import Testing

@testable import LinkSense

@Suite struct LoanScamVocabularyTests {
  let rule = LoanScamVocabulary()

  @Test func paydayLoansAreStrong() {
    #expect(weight(rule, "https://fastpaydayloans.example/") >= 1)
  }

  @Test func ordinaryFinanceWordsAreWeak() {
    #expect(weight(rule, "https://www.bank.example/loans/mortgage") < 0.5)
    #expect(weight(rule, "https://news.example.com/bitcoin-price") < 0.5)
  }

  @Test func koreanQuickCash() {
    #expect(weight(rule, "https://example.com/소액결제-현금화") > 0)
  }
}
