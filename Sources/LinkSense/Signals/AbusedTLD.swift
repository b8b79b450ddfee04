/// Flags hosts under top-level domains that are cheap and disproportionately used for spam.
///
/// Our own short list, written from public TLD-abuse reporting (Spamhaus "badness" index,
/// Interisle's cybercrime supply-chain studies): cheap new gTLDs (`.shop`, `.top`, `.xyz`,
/// `.click`…) and the formerly free Freenom ccTLDs (`.tk`, `.ml`, `.ga`, `.cf`, `.gq`).
/// Plenty of honest sites live there too (`lemmy.ml`, `*.space` portfolios), so the weight is
/// well below the threshold: it only tips a link that something else already made suspect.
public struct AbusedTLD: URLSignal {
  public static let name = "abused-tld"
  public static let defaultWeight = 0.6
  public init() {}

  /// TLDs whose registrations are dominated by spam, scam and phishing in public abuse reports.
  static let tlds: Set<String> = [
    // Cheap, heavily abused new gTLDs.
    "shop", "top", "xyz", "vip", "online", "site", "store", "click", "icu", "cfd", "sbs", "bond",
    "cyou", "buzz", "monster", "rest", "quest", "lol", "mom", "beauty", "hair", "skin", "makeup",
    "autos", "boats", "homes", "yachts", "motorcycles", "fun", "cam", "casa", "work", "win", "bid",
    "loan", "men", "gdn", "download", "review", "science", "stream", "racing", "date", "faith",
    "trade", "webcam", "party", "cricket", "accountant", "kim", "country", "host", "pw", "surf",
    "uno", "best", "fit", "support", "ltd", "today", "life", "live", "club", "website", "space",
    "tokyo", "bet", "casino", "poker", "porn", "sex", "xxx", "adult", "sexy", "pics",
    // Formerly free ccTLDs (Freenom), long favoured for throw-away domains.
    "tk", "ml", "ga", "cf", "gq",
  ]

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    let tld = url.tld
    guard Self.tlds.contains(tld) else { return nil }
    return signal(Self.defaultWeight, "TLD .\(tld)")
  }
}
