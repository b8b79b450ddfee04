import Foundation

/// User-supplied blocked and allowed hosts, matched exactly.
///
/// Exact host matching is deliberate: public blocklists name hosts *on shared platforms*
/// (`someone.tumblr.com`, a payload on `raw.githubusercontent.com`), and matching their
/// registrable domain would flag every legitimate link to those platforms.
public struct HostLists: Sendable {
  public let blocked: Set<String>
  public let allowed: Set<String>

  public init(blocked: Set<String>, allowed: Set<String>) {
    self.blocked = Set(blocked.map(Self.normalize))
    self.allowed = Set(allowed.map(Self.normalize))
  }

  /// Reads one host per line; `#` starts a comment; blank lines are ignored. `nil` paths give empty lists.
  public static func load(blocklist: String?, allowlist: String?) throws -> HostLists {
    func read(_ path: String?) throws -> Set<String> {
      guard let path else { return [] }
      return parse(try String(contentsOfFile: path, encoding: .utf8))
    }
    return HostLists(blocked: try read(blocklist), allowed: try read(allowlist))
  }

  /// Parses list text: one host per line, `#` comments. Also accepts hosts-file lines (`0.0.0.0 host`).
  public static func parse(_ text: String) -> Set<String> {
    var hosts = Set<String>()
    for line in text.split(whereSeparator: \.isNewline) {
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let fields = content.split(whereSeparator: \.isWhitespace)
      guard let host = fields.last else { continue }
      hosts.insert(normalize(String(host)))
    }
    return hosts
  }

  func isBlocked(_ url: WebURL) -> Bool { blocked.contains(url.host) || blocked.contains(url.asciiHost) }
  func isAllowed(_ url: WebURL) -> Bool { allowed.contains(url.host) || allowed.contains(url.asciiHost) }

  static func normalize(_ host: String) -> String {
    var h = host.lowercased()
    while h.hasSuffix(".") { h.removeLast() }
    return Punycode.decodeHost(h)
  }
}
