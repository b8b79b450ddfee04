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
    if let label = asciiLastLabel() { return label }
    return host.split(separator: ".").last.map(String.init) ?? ""
  }

  /// True when the host is a numeric IPv4 address or a bracketed IPv6 address.
  public var isIPAddress: Bool {
    if let answer = asciiIsIPAddress() { return answer }
    if host.hasPrefix("[") { return true }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) }
  }

  // Signals ask for `tld` and `isIPAddress` several times per link. In an ASCII host every
  // character is one byte (a host holds no CR), so both are read off the bytes; nil means the
  // host is not ASCII and the character-wise definition above answers.

  private func asciiIsIPAddress() -> Bool? {
    var host = host
    return host.withUTF8 { b -> Bool? in
      guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      if b.first == 0x5B { return true }
      var parts = 1
      var digits = 0
      for x in b {
        if x == 0x2E {
          guard digits >= 1 && digits <= 3 else { return false }
          parts += 1
          digits = 0
        } else if x >= 0x30 && x <= 0x39 {
          digits += 1
        } else {
          return false
        }
      }
      return parts == 4 && digits >= 1 && digits <= 3
    }
  }

  /// The last non-empty label of an ASCII host.
  private func asciiLastLabel() -> String? {
    var host = host
    return host.withUTF8 { b -> String? in
      guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      var end = b.count
      while end > 0 && b[end - 1] == 0x2E { end -= 1 }
      var start = end
      while start > 0 && b[start - 1] != 0x2E { start -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }
  }

  /// The path with percent-escapes decoded as UTF-8 (left as is when they are not valid UTF-8).
  public var decodedPath: String { WebURL.percentDecoded(path) }

  /// Parses an absolute URL; `nil` when there is no `scheme://host`.
  public static func parse(_ s: String) -> WebURL? {
    let trimmed = trimmingSpace(s)
    if let answer = asciiParse(trimmed, original: s) { return answer }
    return generalParse(trimmed, original: s)
  }

  /// `parse` of `trimmed` (the string `original` without surrounding space) for ASCII without CR,
  /// the usual URL, read on the bytes in one pass and each part made once: the general reading
  /// (substrings, lower-cased copies, an interpolated normal form) cost some twelve thousand
  /// instructions a URL. Nil, for the general reading, for any other text and for the rare
  /// shapes left to it: a bracketed (IPv6) host and `xn--` labels. `.some(nil)` is no URL.
  static func asciiParse(_ trimmed: String, original: String) -> WebURL?? {
    var text = trimmed
    return text.withUTF8 { b -> WebURL?? in
      let n = b.count
      for x in b where x >= 0x80 || x == 0x0D { return nil }
      @inline(__always) func lower(_ x: UInt8) -> UInt8 { x >= 0x41 && x <= 0x5A ? x | 0x20 : x }
      @inline(__always) func string(_ start: Int, _ end: Int, lowered: Bool = false) -> String {
        String(unsafeUninitializedCapacity: end - start) { out in
          for k in start..<end { out[k - start] = lowered ? lower(b[k]) : b[k] }
          return end - start
        }
      }
      // The scheme: up to the first `://`, a letter then letters, digits, `+`, `-` or `.`.
      var schemeEnd = 0
      while schemeEnd + 2 < n && !(b[schemeEnd] == 0x3A && b[schemeEnd + 1] == 0x2F && b[schemeEnd + 2] == 0x2F) {
        schemeEnd += 1
      }
      guard schemeEnd + 2 < n else { return .some(nil) }
      guard schemeEnd > 0 else { return .some(nil) }
      for k in 0..<schemeEnd {
        let c = lower(b[k])
        let letter = c >= 0x61 && c <= 0x7A
        if k == 0 ? !letter : !(letter || (c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x2D || c == 0x2E) { return .some(nil) }
      }
      // The rest, without its fragment; the authority runs to the first `/` or `?`.
      let restStart = schemeEnd + 3
      var restEnd = restStart
      while restEnd < n && b[restEnd] != 0x23 { restEnd += 1 }
      var authorityEnd = restStart
      while authorityEnd < restEnd && b[authorityEnd] != 0x2F && b[authorityEnd] != 0x3F { authorityEnd += 1 }
      // Userinfo (`user:pass@`) is dropped: the authority starts after its last `@`.
      var authorityStart = restStart
      for k in restStart..<authorityEnd where b[k] == 0x40 { authorityStart = k + 1 }
      if authorityStart < authorityEnd && b[authorityStart] == 0x5B { return nil }
      // A port after the last `:`: digits, at most 65535 (a number too large for `Int` is none).
      var hostEnd = authorityEnd
      var port: Int? = nil
      var colon = -1
      for k in authorityStart..<authorityEnd where b[k] == 0x3A { colon = k }
      if colon >= 0 {
        hostEnd = colon
        if colon + 1 < authorityEnd {
          var value = 0
          for k in (colon + 1)..<authorityEnd {
            guard b[k] >= 0x30 && b[k] <= 0x39 else { return .some(nil) }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(b[k] - 0x30))
            guard !o1 && !o2 else { return .some(nil) }
            value = plus
          }
          guard value <= 65535 else { return .some(nil) }
          port = value
        }
      }
      // The host, lower-cased, without trailing dots: no space or character that cannot stand
      // in a host (`isValidHost`), no leading dot, no empty label.
      while hostEnd > authorityStart && b[hostEnd - 1] == 0x2E { hostEnd -= 1 }
      guard hostEnd > authorityStart else { return .some(nil) }
      var previousWasDot = false
      for k in authorityStart..<hostEnd {
        switch b[k] {
        case 0x09...0x0D, 0x20, 0x3C, 0x3E, 0x22, 0x27, 0x60, 0x7B, 0x7D, 0x7C, 0x5C, 0x5E, 0x25: return .some(nil)
        case 0x2E:
          if k == authorityStart || previousWasDot { return .some(nil) }
          previousWasDot = true
        default:
          previousWasDot = false
        }
      }
      // `xn--` labels are decoded by the general reading.
      if hostEnd - authorityStart >= 4 {
        for k in authorityStart...(hostEnd - 4)
        where lower(b[k]) == 0x78 && lower(b[k + 1]) == 0x6E && b[k + 2] == 0x2D && b[k + 3] == 0x2D {
          return nil
        }
      }
      let scheme = string(0, schemeEnd, lowered: true)
      let host = string(authorityStart, hostEnd, lowered: true)
      if let p = port, p == defaultPort(scheme) { port = nil }
      // Path and query split at the first `?` after the authority.
      var queryMark = authorityEnd
      while queryMark < restEnd && b[queryMark] != 0x3F { queryMark += 1 }
      let path = string(authorityEnd, queryMark)
      let query = queryMark < restEnd ? string(queryMark + 1, restEnd) : ""
      // `scheme://host[:port]/path[?query]`, written at once from the bytes (appending the
      // parts to a string cost more than reading the whole URL).
      let portText = port.map { ":" + String($0) } ?? ""
      let pathLength = queryMark - authorityEnd
      let queryLength = queryMark < restEnd ? restEnd - queryMark - 1 : 0
      let total = schemeEnd + 3 + (hostEnd - authorityStart) + portText.utf8.count + max(pathLength, 1) + (queryLength > 0 ? 1 + queryLength : 0)
      let normalized = String(unsafeUninitializedCapacity: total) { out in
        var o = 0
        @inline(__always) func put(_ x: UInt8) {
          out[o] = x
          o += 1
        }
        for k in 0..<schemeEnd { put(lower(b[k])) }
        put(0x3A)
        put(0x2F)
        put(0x2F)
        for k in authorityStart..<hostEnd { put(lower(b[k])) }
        for x in portText.utf8 { put(x) }
        if pathLength == 0 { put(0x2F) } else { for k in authorityEnd..<queryMark { put(b[k]) } }
        if queryLength > 0 {
          put(0x3F)
          for k in (queryMark + 1)..<restEnd { put(b[k]) }
        }
        return o
      }
      return .some(
        WebURL(
          original: original, scheme: scheme, host: host, asciiHost: host, port: port, path: path, query: query,
          normalized: normalized))
    }
  }

  /// `parse` of `trimmed` through `Substring`s, for any text (the reference the ASCII reading
  /// must match).
  static func generalParse(_ trimmed: String, original s: String) -> WebURL? {
    // In plain ASCII (no CR) every character is one byte: the delimiters are found by bytes.
    let plain = trimmed.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    guard let schemeEnd = rangeOfSchemeSeparator(trimmed, plain: plain) else { return nil }
    let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
    guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first),
      scheme.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
    else { return nil }

    var rest = Substring(trimmed[schemeEnd.upperBound...])
    var fragmentless = rest
    if let hash = firstIndex(of: "#", in: rest, plain: plain) { fragmentless = rest[..<hash] }
    rest = fragmentless
    let authorityEnd =
      (plain ? rest.utf8.firstIndex(where: { $0 == 0x2F || $0 == 0x3F }) : rest.firstIndex(where: { $0 == "/" || $0 == "?" }))
      ?? rest.endIndex
    var authority = rest[..<authorityEnd]
    let afterAuthority = rest[authorityEnd...]
    // Userinfo (`user:pass@`) is not part of the site; drop it.
    if let at = lastIndex(of: "@", in: authority, plain: plain) { authority = authority[authority.index(after: at)...] }

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
    } else if let colon = lastIndex(of: ":", in: authority, plain: plain) {
      let portText = authority[authority.index(after: colon)...]
      hostPart = authority[..<colon]
      if !portText.isEmpty {
        guard portText.allSatisfy(\.isASCIIDigit), let p = Int(portText), p <= 65535 else { return nil }
        port = p
      }
    }
    var ascii = hostPart.lowercased()
    while ascii.hasSuffix(".") { ascii.removeLast() }
    guard !ascii.isEmpty, isValidHost(ascii) else { return nil }
    // Only `xn--` labels change when decoded.
    let host = ascii.containsBytes("xn--") ? Punycode.decodeHost(ascii) : ascii

    if let p = port, p == defaultPort(scheme) { port = nil }

    var path = afterAuthority
    var query = Substring("")
    if let q = firstIndex(of: "?", in: afterAuthority, plain: plain) {
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

  /// `s` without surrounding whitespace and newlines; as is, without asking Foundation, when it
  /// starts and ends with a printable ASCII character (the usual case).
  private static func trimmingSpace(_ s: String) -> String {
    if let first = s.utf8.first, let last = s.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
      return s
    }
    return s.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// `s.firstIndex(of: c)`, by bytes when `s` is plain ASCII.
  private static func firstIndex(of c: Unicode.Scalar, in s: Substring, plain: Bool) -> String.Index? {
    plain ? s.utf8.firstIndex(of: UInt8(c.value)) : s.firstIndex(of: Character(c))
  }

  /// `s.lastIndex(of: c)`, by bytes when `s` is plain ASCII.
  private static func lastIndex(of c: Unicode.Scalar, in s: Substring, plain: Bool) -> String.Index? {
    plain ? s.utf8.lastIndex(of: UInt8(c.value)) : s.lastIndex(of: Character(c))
  }

  /// Where `://` first occurs in `s`. Found by bytes in plain ASCII (no CR), where characters are
  /// bytes; elsewhere by Foundation's search, which also honours canonical equivalence.
  private static func rangeOfSchemeSeparator(_ s: String, plain: Bool) -> Range<String.Index>? {
    guard plain else { return s.range(of: "://") }
    var s = s
    let offset = s.withUTF8 { b -> Int? in
      var i = 0
      while i + 2 < b.count {
        if b[i] == 0x3A && b[i + 1] == 0x2F && b[i + 2] == 0x2F { return i }
        i += 1
      }
      return nil
    }
    guard let offset else { return nil }
    let lower = s.utf8.index(s.startIndex, offsetBy: offset)
    return lower..<s.utf8.index(lower, offsetBy: 3)
  }

  /// No whitespace or characters that cannot stand in a host, no leading dot, no empty label.
  private static func isValidHost(_ host: String) -> Bool {
    guard host.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
      return !host.contains(where: { $0.isWhitespace || "<>\"'`{}|\\^%".contains($0) }) && !host.hasPrefix(".")
        && !host.contains("..")
    }
    // ASCII without CR: each byte is a character, and the ASCII whitespace is 0x09–0x0D and space.
    var previousWasDot = false
    for (i, b) in host.utf8.enumerated() {
      switch b {
      case 0x09...0x0D, 0x20, 0x3C, 0x3E, 0x22, 0x27, 0x60, 0x7B, 0x7D, 0x7C, 0x5C, 0x5E, 0x25: return false
      case 0x2E:
        if i == 0 || previousWasDot { return false }
        previousWasDot = true
      default:
        previousWasDot = false
      }
    }
    return true
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
    // Without a `%` byte there is no `%` character either, and nothing to decode: found with
    // `memchr` (most paths hold none) before the scans below walk the string's bytes.
    var copy = s
    if copy.withUTF8({ b in b.isEmpty || memchr(b.baseAddress!, 0x25, b.count) == nil }) { return s }
    return generalPercentDecoded(s)
  }

  /// `percentDecoded` without the `memchr` shortcut (tests compare the two).
  static func generalPercentDecoded(_ s: String) -> String {
    // An ASCII string has a `%` character exactly where it has a `%` byte.
    let ascii = s.utf8.allSatisfy { $0 < 0x80 }
    guard ascii ? s.utf8.contains(0x25) : s.contains("%") else { return s }
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
