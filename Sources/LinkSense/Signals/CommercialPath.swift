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
  // and lower-casing is per byte: no lower-cased copy, no array of pieces, and only pieces short
  // enough to be listed and opening as a listed one does are made into strings. Nil for any
  // other text (the character-wise code answers).

  private static let longestSegment = segments.lazy.map(\.utf8.count).max() ?? 0
  private static let longestQueryKey = queryKeys.lazy.map(\.utf8.count).max() ?? 0
  /// The first bytes of the listed segments and query keys, one bit per byte: a piece opening
  /// with another byte is none of them and is never made into a string.
  private static let segmentOpenings = openings(segments)
  private static let queryKeyOpenings = openings(queryKeys)

  private static func openings(_ words: Set<String>) -> (UInt64, UInt64) {
    var bits: (UInt64, UInt64) = (0, 0)
    for word in words {
      guard let b = word.utf8.first else { return (~0, ~0) }
      if b < 64 { bits.0 |= 1 << UInt64(b) } else if b < 128 { bits.1 |= 1 << UInt64(b - 64) } else { return (~0, ~0) }
    }
    return bits
  }

  private static func opens(_ b: UInt8, _ bits: (UInt64, UInt64)) -> Bool {
    let lowered = lower(b)
    return lowered < 64 ? bits.0 & (1 << UInt64(lowered)) != 0 : bits.1 & (1 << UInt64(lowered - 64)) != 0
  }

  /// The path's reason (`.some(nil)` for none).
  static func asciiPathReason(_ path: String) -> String?? {
    var path = path
    return path.withUTF8 { b -> String?? in
      guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      let longest = longestSegment
      let openings = segmentOpenings
      // Listed segments first, in order; then the commercial prefixes.
      var found: String? = nil
      forEachPiece(b, separator: 0x2F) { start, end in
        guard end - start <= longest, opens(b[start], openings) else { return true }
        let word = lowered(b, start, end)
        if Self.segments.contains(word) {
          found = "path segment /\(word)/"
          return false
        }
        return true
      }
      if let found { return .some(found) }
      forEachPiece(b, separator: 0x2F) { start, end in
        for prefix in [buyPrefix, orderPrefix, cheapPrefix] where end - start >= prefix.count {
          var k = 0
          while k < prefix.count && lower(b[start + k]) == prefix[k] { k += 1 }
          if k == prefix.count {
            found = "path segment /\(lowered(b, start, end))"
            return false
          }
        }
        return true
      }
      return .some(found)
    }
  }

  private static let buyPrefix = Array("buy-".utf8)
  private static let orderPrefix = Array("order-".utf8)
  private static let cheapPrefix = Array("cheap-".utf8)

  /// The first affiliate query key (`.some(nil)` for none).
  static func asciiQueryKey(_ query: String) -> String?? {
    var query = query
    return query.withUTF8 { b -> String?? in
      guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      let longest = longestQueryKey
      let openings = queryKeyOpenings
      var found: String? = nil
      forEachPiece(b, separator: 0x26) { start, end in
        // The pair's first non-empty `=`-separated piece is its key.
        var keyStart = start
        while keyStart < end && b[keyStart] == 0x3D { keyStart += 1 }
        guard keyStart < end else { return true }
        var keyEnd = keyStart
        while keyEnd < end && b[keyEnd] != 0x3D { keyEnd += 1 }
        guard keyEnd - keyStart <= longest, opens(b[keyStart], openings) else { return true }
        let word = lowered(b, keyStart, keyEnd)
        if queryKeys.contains(word) {
          found = word
          return false
        }
        return true
      }
      return .some(found)
    }
  }

  /// Calls `body` with the bounds of each non-empty piece of `b` between `separator` bytes, in
  /// order, until it returns false.
  private static func forEachPiece(_ b: UnsafeBufferPointer<UInt8>, separator: UInt8, _ body: (Int, Int) -> Bool) {
    var start = 0
    while start < b.count {
      var end = start
      while end < b.count && b[end] != separator { end += 1 }
      if end > start && !body(start, end) { return }
      start = end + 1
    }
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  /// The bytes `b[start..<end]` lower-cased into a new string directly: decoding a lazily
  /// mapped sequence took the standard library's generic path (a dynamic cast and a copy per piece).
  private static func lowered(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    String(unsafeUninitializedCapacity: end - start) { out in
      for k in start..<end { out[k - start] = lower(b[k]) }
      return end - start
    }
  }
}
