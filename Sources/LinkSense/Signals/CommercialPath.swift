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
    let segments = url.path.lowercased().split(separator: "/").map(String.init)
    if let hit = segments.first(where: { Self.segments.contains($0) }) {
      reasons.append("path segment /\(hit)/")
    } else if let hit = segments.first(where: { $0.hasPrefix("buy-") || $0.hasPrefix("order-") || $0.hasPrefix("cheap-") }) {
      reasons.append("path segment /\(hit)")
    }
    let keys = url.query.lowercased().split(separator: "&").compactMap { $0.split(separator: "=").first.map(String.init) }
    if let key = keys.first(where: { Self.queryKeys.contains($0) }) {
      reasons.append("query key \(key)=")
    }
    guard !reasons.isEmpty else { return nil }
    return signal(reasons.count > 1 ? 0.5 : 0.4, reasons.joined(separator: ", "))
  }
}
