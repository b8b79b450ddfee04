/// Marks hosts on the user's allowlist (exact host match). `URLScorer` never calls such a link
/// spam, whatever the other signals say; the signal is still reported so the reason is visible.
public struct AllowlistHit: URLSignal {
  public static let name = "allowlist"
  public static let onlyLowersScore = true
  public let lists: HostLists
  public init(lists: HostLists) { self.lists = lists }

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    lists.isAllowed(url) ? signal(-10, "host \(url.host) is allowlisted") : nil
  }
}
