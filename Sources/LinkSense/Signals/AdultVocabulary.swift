/// Flags pornography, escort and "hook-up" dating words.
///
/// `sex` is a whole-token word only (`sussex`, `middlesex`); glued forms use distinctive stems
/// (`sexcam`, `sexy`). News paths mention `porn` (revenge-porn laws), which is why a path hit
/// weighs half a host hit.
public struct AdultVocabulary: TopicSignal {
  public static let name = "adult-vocabulary"
  public init() {}

  var topic: Topic { .adult }

  static let lexicon = Lexicon(
    words: [
      "porn": 1.0, "porno": 1.0, "xxx": 1.0, "sex": 0.7, "sexy": 0.7, "nude": 0.7, "nudes": 0.8,
      "hentai": 1.0, "milf": 1.0, "milfs": 1.0, "escort": 0.8, "escorts": 0.9, "camgirl": 1.0,
      "camgirls": 1.0, "hookup": 0.8, "hookups": 0.9, "nsfw": 0.6, "erotic": 0.8, "fetish": 0.7,
      "busty": 0.9, "dating": 0.4, "adult": 0.3, "jav": 0.6, "sexcam": 1.0,
    ],
    stems: [
      "porn": 1.0, "xxx": 0.8, "sexcam": 1.0, "livecam": 0.7, "camgirl": 1.0, "hentai": 1.0,
      "sexy": 0.7, "milfs": 1.0, "hookup": 0.8, "escorts": 0.9, "nudes": 0.8, "erotic": 0.8,
      "sexdating": 1.0, "adultdating": 1.0, "sexchat": 1.0, "busty": 0.9,
    ],
    native: [
      "야동": 1.0, "조건만남": 1.0, "출장안마": 1.0, "출장마사지": 1.0, "오피사이트": 1.0, "성인방송": 1.0,
      "アダルト": 0.8, "エロ": 0.8, "出会い系": 1.0, "風俗": 0.8, "無修正": 1.0,
      "色情": 1.0, "成人网": 1.0, "成人影片": 1.0, "裸聊": 1.0, "约炮": 1.0,
    ])

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    evaluate(url, words: URLWords(url, anchorText: anchorText))
  }

  func evaluate(_ url: WebURL, words: URLWords) -> LinkSignal? {
    TopicMatcher(topic: .adult).evaluate(url, words: words).map { signal($0.weight, $0.evidence) }
  }
}
