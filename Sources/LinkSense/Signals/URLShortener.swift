/// Notes links through URL shorteners, which hide the real target.
///
/// Nearly weightless on purpose: news articles link through `bit.ly`, `amzn.to` and `t.co`
/// all the time. It is recorded so context signals and reviewers can see the target is hidden.
public struct URLShortener: URLSignal {
  public static let name = "url-shortener"
  public init() {}

  static let hosts: Set<String> = [
    "bit.ly", "bitly.com", "goo.gl", "t.co", "tinyurl.com", "ow.ly", "is.gd", "buff.ly", "amzn.to",
    "rebrand.ly", "cutt.ly", "shorturl.at", "rb.gy", "t.ly", "tiny.cc", "lnkd.in", "s.id", "v.gd",
    "bl.ink", "short.io", "me2.do", "han.gl", "url.kr", "vo.la", "dlvr.it", "trib.al", "fb.me", "youtu.be",
  ]

  /// The longest listed host, in bytes.
  static let longest = hosts.lazy.map(\.utf8.count).max() ?? 0

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    // `www.` is four bytes wherever it is four characters (none of them combines), and a host
    // longer than every listed one after it is none of them: most hosts are not hashed.
    let www = url.host.utf8.starts(with: "www.".utf8)
    guard url.host.utf8.count - (www ? 4 : 0) <= Self.longest else { return nil }
    let host = url.host.hasPrefix("www.") ? String(url.host.dropFirst(4)) : url.host
    return Self.hosts.contains(host) ? signal(0.05, "shortener \(host)") : nil
  }
}
