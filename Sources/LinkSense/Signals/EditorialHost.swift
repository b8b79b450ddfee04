/// Lowers the score of links to hosts that are editorial or official: encyclopedias,
/// government, universities and major news organisations.
///
/// These are what honest articles cite. The negative weight is bounded: hacked `.gov`/`.edu`
/// sites *are* used to host injected gambling pages (the "Hacklink" trade), so strong topic
/// words in the path can still outweigh it.
public struct EditorialHost: URLSignal {
  public static let name = "editorial-host"
  public static let onlyLowersScore = true
  public init() {}

  /// Registrable domains of reference works and major news organisations (several languages).
  static let sites: Set<String> = [
    "wikipedia.org", "wikimedia.org", "wiktionary.org", "wikidata.org", "britannica.com", "archive.org",
    "reuters.com", "apnews.com", "afp.com", "bbc.co.uk", "bbc.com", "nytimes.com", "washingtonpost.com",
    "theguardian.com", "wsj.com", "ft.com", "economist.com", "bloomberg.com", "npr.org", "cnn.com",
    "nbcnews.com", "cbsnews.com", "abcnews.go.com", "latimes.com", "usatoday.com", "politico.com",
    "aljazeera.com", "lemonde.fr", "spiegel.de", "elpais.com", "nature.com", "science.org",
    "nih.gov", "who.int", "un.org", "europa.eu", "arxiv.org", "doi.org",
    "yna.co.kr", "yonhapnews.co.kr", "chosun.com", "joongang.co.kr", "donga.com", "hani.co.kr",
    "khan.co.kr", "kbs.co.kr", "mbc.co.kr", "sbs.co.kr", "hankyung.com", "mk.co.kr",
    "nhk.or.jp", "asahi.com", "yomiuri.co.jp", "mainichi.jp", "nikkei.com", "kyodonews.net",
    "xinhuanet.com", "people.com.cn", "scmp.com", "cna.com.tw",
  ]

  /// Public-suffix labels reserved for government, military and academia
  /// (`gov`, `gov.uk`, `go.kr`, `edu`, `ac.jp`…).
  static let institutionalLabels: Set<String> = ["gov", "go", "gouv", "gob", "govt", "mil", "edu", "ac"]

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    let suffix = PublicSuffixList.shared.publicSuffix(of: url.host)
    let suffixLabels = suffix.split(separator: ".").map(String.init)
    if let first = suffixLabels.first, Self.institutionalLabels.contains(first), suffixLabels.count <= 2 {
      return signal(-0.8, "institutional suffix .\(suffix)")
    }
    if let site = PublicSuffixList.shared.registrableDomain(of: url.host), Self.sites.contains(site)
      || Self.sites.contains(url.host.hasPrefix("www.") ? String(url.host.dropFirst(4)) : url.host)
    {
      return signal(-1.0, "editorial site \(site)")
    }
    return nil
  }
}
