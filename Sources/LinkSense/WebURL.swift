import Foundation

/// An absolute URL split into the parts the spam signals look at.
///
/// `WebURL.parse` accepts anything of the form `scheme://[user@]host[:port][/path][?query][#fragment]`
/// and never throws: text scraped from the web is messy, so a string that is not a URL simply
/// gives `nil`. The host is lowercased, its trailing dot removed and its `xn--` labels decoded to
/// Unicode, so that "is this the same site" and keyword checks see what a reader sees.
public struct WebURL: Sendable, Hashable {
  /// The string as it was given.
  public let original: String
  /// Lowercased scheme, e.g. `https`.
  public let scheme: String
  /// Lowercased host, Punycode decoded to Unicode where possible, trailing dot removed.
  public let host: String
  /// The host as written in ASCII (`xn--` labels kept), lowercased; equal to `host` for ASCII hosts.
  public let asciiHost: String
  /// Explicit port, `nil` when absent or equal to the scheme's default.
  public let port: Int?
  /// Path as written (percent-encoding kept), `""` when absent.
  public let path: String
  /// Query without the leading `?`, `""` when absent.
  public let query: String
  /// `scheme://host[:port]/path[?query]`: scheme and host lowercased, default port and fragment dropped.
  public let normalized: String

  /// The last host label (`com`, `kr`, `shop`); empty for IP-address hosts.
  public var tld: String {
    if isIPAddress { return "" }
    return host.split(separator: ".").last.map(String.init) ?? ""
  }

  /// True when the host is a numeric IPv4 address or a bracketed IPv6 address.
  public var isIPAddress: Bool {
    if host.hasPrefix("[") { return true }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) }
  }

  /// The path with percent-escapes decoded as UTF-8 (left as is when they are not valid UTF-8).
  public var decodedPath: String { WebURL.percentDecoded(path) }

  /// Parses an absolute URL; `nil` when there is no `scheme://host`.
  public static func parse(_ s: String) -> WebURL? {
    let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let schemeEnd = trimmed.range(of: "://") else { return nil }
    let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
    guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first),
      scheme.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
    else { return nil }

    var rest = Substring(trimmed[schemeEnd.upperBound...])
    var fragmentless = rest
    if let hash = rest.firstIndex(of: "#") { fragmentless = rest[..<hash] }
    rest = fragmentless
    let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
    var authority = rest[..<authorityEnd]
    let afterAuthority = rest[authorityEnd...]
    // Userinfo (`user:pass@`) is not part of the site; drop it.
    if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }

    var hostPart = authority
    var port: Int? = nil
    if authority.hasPrefix("[") {
      guard let close = authority.firstIndex(of: "]") else { return nil }
      hostPart = authority[...close]
      let tail = authority[authority.index(after: close)...]
      if tail.hasPrefix(":") {
        guard let p = Int(tail.dropFirst()) else { return nil }
        port = p
      } else if !tail.isEmpty { return nil }
    } else if let colon = authority.lastIndex(of: ":") {
      let portText = authority[authority.index(after: colon)...]
      hostPart = authority[..<colon]
      if !portText.isEmpty {
        guard portText.allSatisfy(\.isASCIIDigit), let p = Int(portText), p <= 65535 else { return nil }
        port = p
      }
    }
    var ascii = hostPart.lowercased()
    while ascii.hasSuffix(".") { ascii.removeLast() }
    guard !ascii.isEmpty, !ascii.contains(where: { $0.isWhitespace || "<>\"'`{}|\\^%".contains($0) }),
      !ascii.hasPrefix("."), !ascii.contains("..")
    else { return nil }
    let host = Punycode.decodeHost(ascii)

    if let p = port, p == defaultPort(scheme) { port = nil }

    var path = afterAuthority
    var query = Substring("")
    if let q = afterAuthority.firstIndex(of: "?") {
      path = afterAuthority[..<q]
      query = afterAuthority[afterAuthority.index(after: q)...]
    }
    var normalized = "\(scheme)://\(host)"
    if let port { normalized += ":\(port)" }
    normalized += path.isEmpty ? "/" : String(path)
    if !query.isEmpty { normalized += "?\(query)" }

    return WebURL(
      original: s, scheme: scheme, host: host, asciiHost: ascii, port: port, path: String(path),
      query: String(query), normalized: normalized)
  }

  static func defaultPort(_ scheme: String) -> Int? {
    switch scheme {
    case "http", "ws": return 80
    case "https", "wss": return 443
    case "ftp": return 21
    default: return nil
    }
  }

  /// Decodes `%XX` escapes as UTF-8; returns the input unchanged when the bytes are not UTF-8.
  static func percentDecoded(_ s: String) -> String {
    guard s.contains("%") else { return s }
    var bytes: [UInt8] = []
    let utf8 = Array(s.utf8)
    var i = 0
    while i < utf8.count {
      if utf8[i] == 0x25, i + 2 < utf8.count, let hi = hexValue(utf8[i + 1]), let lo = hexValue(utf8[i + 2]) {
        bytes.append(hi << 4 | lo)
        i += 3
      } else {
        bytes.append(utf8[i])
        i += 1
      }
    }
    return String(validating: bytes, as: UTF8.self) ?? s
  }

  private static func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: return b - 0x30
    case 0x41...0x46: return b - 0x41 + 10
    case 0x61...0x66: return b - 0x61 + 10
    default: return nil
    }
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
