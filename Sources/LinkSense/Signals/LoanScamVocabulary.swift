/// Flags payday-loan, quick-credit and crypto "investment" scam words.
///
/// These topics are also ordinary news (banks, loans, bitcoin), so only unambiguous scam
/// phrasing weighs fully (`payday`, `cashadvance`, `bitcoindoubler`); plain `loan` or
/// `crypto` weigh little and need another signal to tip a link over.
public struct LoanScamVocabulary: TopicSignal {
  public static let name = "loan-scam-vocabulary"
  public init() {}

  var topic: Topic { .loanScam }

  static let lexicon = Lexicon(
    words: [
      "payday": 1.0, "loan": 0.4, "loans": 0.5, "cashadvance": 1.0, "titleloan": 1.0,
      "pinjaman": 0.6, "pinjol": 1.0, "forex": 0.4, "airdrop": 0.5, "doubler": 1.0,
      "giveaway": 0.3, "hyip": 1.0, "crypto": 0.2, "bitcoin": 0.2, "invest": 0.2,
      "creditrepair": 1.0, "earnmoney": 0.8, "makemoney": 0.8,
    ],
    stems: [
      // Chinese spam hosts spell their trade in pinyin: 代办 (proxy applications), 贷款 (loans).
      "daiban": 1.0, "daikuan": 1.0, "wangzhuan": 1.0,
      "payday": 1.0, "cashadvance": 1.0, "quickloan": 1.0, "fastloan": 1.0, "instantloan": 1.0,
      "easyloan": 1.0, "loanonline": 1.0, "onlineloan": 1.0, "badcredit": 1.0, "creditrepair": 1.0,
      "bitcoindoubler": 1.0, "cryptodoubler": 1.0, "binaryoption": 1.0, "forexsignal": 0.8,
      "makemoneyonline": 1.0, "earnmoney": 0.8, "getrich": 0.8, "cryptoinvest": 0.6,
    ],
    native: [
      "대출": 0.5, "소액결제": 1.0, "급전": 1.0, "작업대출": 1.0, "신용불량": 0.5, "코인리딩": 1.0,
      "闇金": 1.0, "即日融資": 1.0, "ソフト闇金": 1.0, "贷款": 0.5, "网贷": 1.0, "高利贷": 1.0,
      // Get-rich-quick side jobs: the other staple of East Asian comment spam.
      "부업": 0.6, "고수익": 0.8, "재택알바": 1.0, "副業": 0.6, "日給": 0.6, "高収入": 0.8, "稼げる": 0.8,
      "网赚": 1.0, "日赚": 1.0, "兼职日结": 1.0,
      "займы": 1.0, "займ онлайн": 1.0, "микрозайм": 1.0, "vay tiền nhanh": 1.0, "เงินกู้ด่วน": 1.0,
    ])

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    evaluate(url, words: URLWords(url, anchorText: anchorText))
  }

  func evaluate(_ url: WebURL, words: URLWords) -> LinkSignal? {
    TopicMatcher(topic: .loanScam).evaluate(url, words: words).map { signal($0.weight, $0.evidence) }
  }
}
