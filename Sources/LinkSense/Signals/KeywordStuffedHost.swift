/// Flags long hyphenated hosts built from keywords (`buy-cheap-generic-pills-online.com`),
/// made to rank for a search phrase rather than to name a site.
///
/// Counts the hyphen-separated parts of the registrable label: three long parts is already
/// unusual for a brand; four or more is almost always stuffing.
public struct KeywordStuffedHost: URLSignal {
  public static let name = "keyword-stuffed-host"
  public init() {}

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    // Three parts need two hyphens in the label, so in the host (the label is one of its labels,
    // lower-cased or decoded, which adds none): most hosts are turned away before their
    // registrable domain is looked up.
    guard Self.hasTwoHyphens(url.host) else { return nil }
    if let fast = Self.asciiEvaluate(url) {
      guard let (label, parts) = fast else { return nil }
      return signal(parts >= 4 ? 0.6 : 0.4, "\(parts)-part hyphenated host \"\(label)\"")
    }
    guard !url.isIPAddress, !url.asciiHost.contains("xn--"),
      let site = PublicSuffixList.shared.registrableDomain(of: url.host),
      let label = site.split(separator: ".").first
    else { return nil }
    let parts = label.split(separator: "-")
    guard parts.count >= 3, label.count >= 16 else { return nil }
    return signal(parts.count >= 4 ? 0.6 : 0.4, "\(parts.count)-part hyphenated host \"\(label)\"")
  }

  /// `evaluate` read off the bytes when host and registrable domain are ASCII without CR (bytes
  /// are characters there): the stuffed label and its part count, `.some(nil)` when the rule is
  /// silent; nil for any other host (the character-wise reading answers).
  static func asciiEvaluate(_ url: WebURL) -> (label: Substring, parts: Int)?? {
    func plain(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
    guard plain(url.asciiHost) else { return nil }
    if url.isIPAddress || containsPunycodeMark(url.asciiHost) { return .some(nil) }
    guard let site = PublicSuffixList.shared.registrableDomain(of: url.host) else { return .some(nil) }
    guard plain(site) else { return nil }
    let utf8 = site.utf8
    // The first non-empty label.
    guard let start = utf8.firstIndex(where: { $0 != 0x2E }) else { return .some(nil) }
    let end = utf8[start...].firstIndex(of: 0x2E) ?? utf8.endIndex
    let label = site[start..<end]
    guard label.utf8.count >= 16 else { return .some(nil) }
    var parts = 0
    var inPart = false
    for b in label.utf8 {
      if b == 0x2D {
        inPart = false
      } else if !inPart {
        inPart = true
        parts += 1
      }
    }
    return parts >= 3 ? .some((label, parts)) : .some(nil)
  }

  /// `host` holds two `-` bytes.
  static func hasTwoHyphens(_ host: String) -> Bool {
    var host = host
    return host.withUTF8 { b in
      guard let first = b.firstIndex(of: 0x2D) else { return false }
      return b[(first + 1)...].contains(0x2D)
    }
  }

  /// `host` contains `xn--`, byte by byte.
  private static func containsPunycodeMark(_ host: String) -> Bool {
    var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
    for b in host.utf8 {
      if previous == (0x78, 0x6E, 0x2D) && b == 0x2D { return true }
      previous = (previous.1, previous.2, b)
    }
    return false
  }
}
