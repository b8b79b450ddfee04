/// Flags hosts on the user's blocklist (exact host match); decisive on its own.
public struct BlocklistHit: URLSignal {
  public static let name = "blocklist"
  /// Far above any threshold: a listed host is spam whatever else is said.
  public static let weight = 10.0
  public let lists: HostLists
  public init(lists: HostLists) { self.lists = lists }

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    lists.isBlocked(url) ? signal(Self.weight, "host \(url.host) is blocklisted") : nil
  }
}
