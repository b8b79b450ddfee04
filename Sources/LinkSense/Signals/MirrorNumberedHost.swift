/// Flags registrable names that are a word plus a trailing digit (`brand7.com`, `brand8.io`).
///
/// Blocked gambling and piracy operators run numbered mirror domains and bump the number
/// when one is blocked. Honest sites do this too (`w3.org`, `context7.com`), so the weight is
/// small: it only adds to a topic word that is itself not quite enough.
public struct MirrorNumberedHost: URLSignal {
  public static let name = "mirror-numbered-host"
  public init() {}

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    guard !url.isIPAddress, let site = PublicSuffixList.shared.registrableDomain(of: url.host),
      let label = site.split(separator: ".").first
    else { return nil }
    let letters = label.prefix(while: { $0.isLetter && $0.isASCII })
    let rest = label.dropFirst(letters.count)
    guard letters.count >= 4, rest.count == 1, rest.allSatisfy(\.isASCIIDigit) else { return nil }
    return signal(0.3, "numbered name \"\(label)\"")
  }
}
