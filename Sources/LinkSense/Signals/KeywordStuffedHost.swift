/// Flags long hyphenated hosts built from keywords (`buy-cheap-generic-pills-online.com`),
/// made to rank for a search phrase rather than to name a site.
///
/// Counts the hyphen-separated parts of the registrable label: three long parts is already
/// unusual for a brand; four or more is almost always stuffing.
public struct KeywordStuffedHost: URLSignal {
  public static let name = "keyword-stuffed-host"
  public init() {}

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    guard !url.isIPAddress, !url.asciiHost.contains("xn--"),
      let site = PublicSuffixList.shared.registrableDomain(of: url.host),
      let label = site.split(separator: ".").first
    else { return nil }
    let parts = label.split(separator: "-")
    guard parts.count >= 3, label.count >= 16 else { return nil }
    return signal(parts.count >= 4 ? 0.6 : 0.4, "\(parts.count)-part hyphenated host \"\(label)\"")
  }
}
