/// Flags links to a bare IP address: editorial pages link to named sites; malware droppers
/// and throw-away servers often have no name at all.
public struct NumericIPHost: URLSignal {
  public static let name = "numeric-ip-host"
  public init() {}

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    url.isIPAddress ? signal(0.6, "host is an IP address (\(url.host))") : nil
  }
}
