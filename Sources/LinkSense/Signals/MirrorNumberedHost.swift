/// Flags registrable names that are a word plus a trailing digit (`brand7.com`, `brand8.io`).
///
/// Blocked gambling and piracy operators run numbered mirror domains and bump the number
/// when one is blocked. Honest sites do this too (`w3.org`, `context7.com`), so the weight is
/// small: it only adds to a topic word that is itself not quite enough.
public struct MirrorNumberedHost: URLSignal {
  public static let name = "mirror-numbered-host"
  public init() {}

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    // The numbered label's digit is an ASCII digit of the host (its labels are lower-cased or
    // decoded, which adds none): most hosts are turned away before their registrable domain is
    // looked up.
    guard Self.hasASCIIDigit(url.host) else { return nil }
    guard !url.isIPAddress, let site = PublicSuffixList.shared.registrableDomain(of: url.host) else { return nil }
    if let fast = Self.asciiNumberedLabel(site) {
      guard let label = fast else { return nil }
      return signal(0.3, "numbered name \"\(label)\"")
    }
    guard let label = site.split(separator: ".").first else { return nil }
    let letters = label.prefix(while: { $0.isLetter && $0.isASCII })
    let rest = label.dropFirst(letters.count)
    guard letters.count >= 4, rest.count == 1, rest.allSatisfy(\.isASCIIDigit) else { return nil }
    return signal(0.3, "numbered name \"\(label)\"")
  }

  /// `host` holds a byte `0`-`9`.
  static func hasASCIIDigit(_ host: String) -> Bool {
    var host = host
    return host.withUTF8 { b in b.contains { $0 >= 0x30 && $0 <= 0x39 } }
  }

  /// For a registrable domain in ASCII without CR (bytes are characters): its first label when
  /// that is four or more ASCII letters and one digit, `.some(nil)` when it is not; nil for any
  /// other domain (the character-wise reading answers).
  static func asciiNumberedLabel(_ site: String) -> Substring?? {
    let utf8 = site.utf8
    guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
    guard let start = utf8.firstIndex(where: { $0 != 0x2E }) else { return .some(nil) }
    let end = utf8[start...].firstIndex(of: 0x2E) ?? utf8.endIndex
    let label = site[start..<end]
    let bytes = label.utf8
    let letters = bytes.prefix(while: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }).count
    guard letters >= 4, bytes.count == letters + 1, let last = bytes.last, last >= 0x30 && last <= 0x39 else { return .some(nil) }
    return .some(label)
  }
}
