/// Flags online-pharmacy spam: erectile-dysfunction drugs, controlled painkillers and
/// "no prescription" pharmacies, the classic "pharma hack" payload.
///
/// `rx` only matches as a whole token (`rx-pharmacy`, `rx.shop`), never inside `arxiv`.
/// `pharmacy` alone weighs less than `viagra`: real pharmacies and health news link to it.
public struct PharmaVocabulary: TopicSignal {
  public static let name = "pharma-vocabulary"
  public init() {}

  var topic: Topic { .pharma }

  static let lexicon = Lexicon(
    words: [
      "rx": 0.8, "viagra": 1.0, "cialis": 1.0, "levitra": 1.0, "kamagra": 1.0, "sildenafil": 1.0,
      "tadalafil": 1.0, "vardenafil": 1.0, "tramadol": 1.0, "xanax": 1.0, "valium": 0.8,
      "oxycodone": 0.8, "modafinil": 1.0, "phentermine": 1.0, "ambien": 0.8, "propecia": 1.0,
      "pharmacy": 0.7, "pharmacie": 0.7, "farmacia": 0.7, "apotheke": 0.5, "drugstore": 0.7,
      "pills": 0.6, "meds": 0.5, "noprescription": 1.0, "isotretinoin": 0.8, "accutane": 0.8,
      "ivermectin": 0.6, "hydroxychloroquine": 0.6, "clomid": 0.8, "finasteride": 0.6,
    ],
    stems: [
      "viagra": 1.0, "cialis": 1.0, "levitra": 1.0, "kamagra": 1.0, "sildenafil": 1.0,
      "tadalafil": 1.0, "vardenafil": 1.0, "tramadol": 1.0, "xanax": 1.0, "modafinil": 1.0,
      "phentermine": 1.0, "oxycodone": 0.8, "pharmacy": 0.8, "pharmacie": 0.8, "farmacia": 0.7,
      "drugstore": 0.8, "rxpharm": 1.0, "pillstore": 1.0, "pillshop": 1.0, "onlinepills": 1.0,
      "buypills": 1.0, "cheappills": 1.0, "generic": 0.3, "propecia": 1.0, "accutane": 0.8,
      "onlinemeds": 1.0, "erectile": 0.8, "pharmacies": 0.8,
    ],
    native: [
      "비아그라": 1.0, "시알리스": 1.0, "발기부전": 0.8, "레비트라": 1.0, "정력제": 1.0,
      "バイアグラ": 1.0, "シアリス": 1.0, "レビトラ": 1.0, "精力剤": 0.8,
      "伟哥": 1.0, "威而钢": 1.0, "犀利士": 1.0, "壮阳药": 1.0, "威而鋼": 1.0,
      "виагра": 1.0, "сиалис": 1.0, "дженерики": 0.8,
      // Diet pills sold through "purchasing agents" are the staple of Chinese and Korean comment spam.
      "减肥药": 1.0, "瘦身药": 1.0, "代购": 0.5, "다이어트약": 1.0, "살빼는약": 1.0, "ダイエット薬": 1.0, "痩せ薬": 1.0,
    ],
    // Online-pharmacy names pile up selling points around the drug or "pharmacy".
    boosters: [
      "canadian", "canada", "online", "generic", "cheap", "discount", "worldwide", "express", "247",
      "24h", "best", "buy", "order", "norx", "world", "global", "mexican", "india",
    ])

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    evaluate(url, words: URLWords(url, anchorText: anchorText))
  }

  func evaluate(_ url: WebURL, words: URLWords) -> LinkSignal? {
    TopicMatcher(topic: .pharma).evaluate(url, words: words).map { signal($0.weight, $0.evidence) }
  }
}
