/// Flags paths shaped like shop pages, affiliate redirects and tracked referral links.
///
/// Injected links usually point at something to buy (`/product/<slug>/`, `/shop/`,
/// `/buy-cheap-…`) or go through a redirector (`/go/`, `/out/`) with an affiliate id
/// (`?ref=`, `?aff=`). Honest shopping guides link to products too, so this is a weak signal.
public struct CommercialPath: URLSignal {
  public static let name = "commercial-path"
  public init() {}

  /// Path segments that name a product page, a shop or a redirector.
  static let segments: Set<String> = [
    "product", "products", "shop", "store", "buy", "cart", "checkout", "go", "out", "visit",
    "recommends", "refer", "affiliate", "aff", "promo", "deal", "deals", "coupon", "order", "lp", "landing",
  ]
  /// Query keys that carry an affiliate or referral id.
  static let queryKeys: Set<String> = [
    "ref", "aff", "aff_id", "affid", "affiliate", "affiliate_id", "partner", "partnerid", "clickid",
    "click_id", "subid", "sub_id", "btag", "referral", "refid", "ref_id", "tracking_id", "a_aid",
  ]

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    var reasons: [String] = []
    if let reason = Self.asciiPathReason(url.path) {
      if let reason { reasons.append(reason) }
    } else {
      let segments = url.path.lowercased().split(separator: "/").map(String.init)
      if let hit = segments.first(where: { Self.segments.contains($0) }) {
        reasons.append("path segment /\(hit)/")
      } else if let hit = segments.first(where: { $0.hasPrefix("buy-") || $0.hasPrefix("order-") || $0.hasPrefix("cheap-") }) {
        reasons.append("path segment /\(hit)")
      }
    }
    if let key = Self.asciiQueryKey(url.query) {
      if let key { reasons.append("query key \(key)=") }
    } else {
      let keys = url.query.lowercased().split(separator: "&").compactMap { $0.split(separator: "=").first.map(String.init) }
      if let key = keys.first(where: { Self.queryKeys.contains($0) }) {
        reasons.append("query key \(key)=")
      }
    }
    guard !reasons.isEmpty else { return nil }
    return signal(reasons.count > 1 ? 0.5 : 0.4, reasons.joined(separator: ", "))
  }

  // Byte readings of the two checks for text in ASCII without CR, where bytes are characters
  // and lower-casing is per byte: no lower-cased copy, and only pieces short enough to be
  // listed are made into strings. Nil for any other text (the character-wise code answers).

  private static let longestSegment = segments.lazy.map(\.utf8.count).max() ?? 0
  private static let longestQueryKey = queryKeys.lazy.map(\.utf8.count).max() ?? 0

  /// The path's reason (`.some(nil)` for none).
  static func asciiPathReason(_ path: String) -> String?? {
    guard let segments = asciiPieces(path, separator: 0x2F) else { return nil }
    let longest = longestSegment
    for segment in segments where segment.count <= longest {
      let word = lowered(segment)
      if Self.segments.contains(word) { return .some("path segment /\(word)/") }
    }
    for segment in segments {
      for prefix in ["buy-", "order-", "cheap-"] where segment.count >= prefix.utf8.count {
        if zip(segment, prefix.utf8).allSatisfy({ lower($0) == $1 }) { return .some("path segment /\(lowered(segment))") }
      }
    }
    return .some(nil)
  }

  /// The first affiliate query key (`.some(nil)` for none).
  static func asciiQueryKey(_ query: String) -> String?? {
    guard let pairs = asciiPieces(query, separator: 0x26) else { return nil }
    let longest = longestQueryKey
    for pair in pairs {
      // The pair's first non-empty `=`-separated piece is its key.
      guard let start = pair.firstIndex(where: { $0 != 0x3D }) else { continue }
      let key = pair[start...].prefix(while: { $0 != 0x3D })
      guard key.count <= longest else { continue }
      let word = lowered(key)
      if queryKeys.contains(word) { return .some(word) }
    }
    return .some(nil)
  }

  /// The non-empty pieces of `s` between `separator` bytes; nil unless ASCII without CR.
  private static func asciiPieces(_ s: String, separator: UInt8) -> [ArraySlice<UInt8>]? {
    let bytes = Array(s.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
    return bytes.split(separator: separator)
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  /// The piece's bytes lower-cased into a new string directly: decoding a lazily mapped
  /// sequence took the standard library's generic path (a dynamic cast and a copy per piece).
  private static func lowered(_ piece: ArraySlice<UInt8>) -> String {
    String(unsafeUninitializedCapacity: piece.count) { out in
      var k = 0
      for b in piece {
        out[k] = lower(b)
        k += 1
      }
      return k
    }
  }
}
