/// Flags gambling, casino and betting words: the most common kind of injected link
/// (Netcraft's "Hacklink" market sells mostly gambling anchors on hacked sites).
///
/// Covers English, Indonesian/Malay (`judi`, `togel`, `gacor`), Korean (`토토`, `카지노`,
/// `먹튀` = "eat-and-run" scam-site verification, `바카라`), Japanese and Chinese.
/// Short words (`bet`, `slot`, `toto`) only match as whole tokens: `betabeat` is not betting.
public struct GamblingVocabulary: TopicSignal {
  public static let name = "gambling-vocabulary"
  public init() {}

  var topic: Topic { .gambling }

  static let lexicon = Lexicon(
    words: [
      "bet": 1.0, "bets": 1.0, "betting": 1.0, "casino": 1.0, "casinos": 1.0, "slot": 0.8, "slots": 1.0,
      "poker": 0.8, "baccarat": 1.0, "roulette": 1.0, "blackjack": 0.7, "jackpot": 0.8,
      "sportsbook": 1.0, "bookmaker": 1.0, "wager": 0.8, "gambling": 0.8, "gamble": 0.8,
      "toto": 0.5, "judi": 1.0, "togel": 1.0, "gacor": 1.0, "maxwin": 1.0, "pokerqq": 1.0,
      "dominoqq": 1.0, "bandarq": 1.0, "sbobet": 1.0, "pachinko": 0.7, "pachislot": 1.0,
      "bingo": 0.5, "lottery": 0.4, "spins": 0.6, "freespins": 1.0, "powerball": 0.5,
      "meoktwi": 1.0, "casino365": 1.0, "1xbet": 1.0, "bet365": 1.0,
    ],
    stems: [
      "casino": 1.0, "cazino": 1.0, "kasino": 1.0, "betting": 1.0, "sportsbet": 1.0,
      "baccarat": 1.0, "bacarat": 1.0, "roulette": 1.0, "jackpot": 0.8, "freespin": 1.0,
      "slotgacor": 1.0, "slotonline": 1.0, "onlineslot": 1.0, "pokeronline": 1.0,
      "onlinepoker": 1.0, "sportsbook": 1.0, "bookmaker": 1.0, "togel": 1.0, "sbobet": 1.0,
      "pragmaticplay": 1.0, "gambling": 1.0,
    ],
    native: [
      "토토": 1.0, "카지노": 1.0, "먹튀": 1.0, "바카라": 1.0, "슬롯": 0.8, "파워볼": 0.8, "홀덤": 0.8,
      "배팅": 1.0, "베팅": 1.0, "룰렛": 1.0,
      "казино": 1.0, "букмекер": 1.0, "ставки на спорт": 1.0, "игровые автоматы": 1.0,
      "cá cược": 1.0, "nhà cái": 1.0, "đánh bạc": 1.0, "คาสิโน": 1.0, "บาคาร่า": 1.0, "แทงบอล": 1.0,
      "カジノ": 1.0, "オンラインカジノ": 1.0, "スロット": 0.6, "ブックメーカー": 1.0, "パチンコ": 0.6,
      "赌场": 1.0, "博彩": 1.0, "娱乐城": 1.0, "百家乐": 1.0, "六合彩": 1.0, "赌博": 1.0, "老虎机": 1.0,
      "賭場": 1.0, "娛樂城": 1.0, "百家樂": 1.0,
    ],
    // Casino brands glue "bet", "spin" and "slot" to a name: `roobet`, `hellspin`, `betfury`.
    prefixes: ["bet": 0.9, "slot": 0.8],
    suffixes: ["bet": 1.0, "bets": 1.0, "spin": 0.7, "spins": 0.8, "slot": 0.9, "slots": 1.0],
    affixExceptions: [
      "alphabet", "tibet", "sherbet", "abet", "gibbet", "barbet", "better", "between", "beta", "beth",
      "betray", "betel", "betroth", "betty", "betsy", "sloth", "backspin", "topspin", "tailspin", "timeslot",
    ])

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    evaluate(url, words: URLWords(url, anchorText: anchorText))
  }

  func evaluate(_ url: WebURL, words: URLWords) -> LinkSignal? {
    TopicMatcher(topic: .gambling).evaluate(url, words: words).map { signal($0.weight, $0.evidence) }
  }
}
