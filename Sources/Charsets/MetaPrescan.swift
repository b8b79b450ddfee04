/// A rough version of the HTML "prescan a byte stream to determine its encoding" algorithm.
///
/// It walks the first 4096 bytes looking for `<meta charset=…>` and
/// `<meta http-equiv="content-type" content="…; charset=…">`, skipping comments and other tags
/// by their attributes (so a `>` inside a quoted value does not end a tag early).
struct MetaPrescan {
  static let limit = 4096

  private let b: UnsafeBufferPointer<UInt8>
  private var i = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    b = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, Self.limit)])
  }

  /// The first declared label that names a known encoding, else the first label seen at all.
  mutating func run() -> String? {
    var firstUnknown: String?
    let n = b.count
    while i < n {
      guard b[i] == UInt8(ascii: "<") else {
        i += 1
        continue
      }
      if hasPrefix("<!--") {
        // "<!-->" is a complete comment, so the search for "-->" starts at "<!" + 2.
        i = find("-->", from: i + 2).map { $0 + 3 } ?? n
      } else if hasPrefixIgnoringCase("<meta"), i + 5 < n, isSpaceOrSlash(b[i + 5]) {
        i += 5
        if let label = metaLabel() {
          if CharsetDecoder.canonicalName(forLabel: label) != nil { return label }
          if firstUnknown == nil { firstUnknown = label }
        }
      } else if i + 1 < n, isLetter(b[i + 1]) || (b[i + 1] == UInt8(ascii: "/") && i + 2 < n && isLetter(b[i + 2])) {
        // Any other tag: skip its name, then its attributes.
        i += 1
        while i < n, !isSpace(b[i]), b[i] != UInt8(ascii: ">") { i += 1 }
        while attribute() != nil {}
      } else if i + 1 < n, b[i + 1] == UInt8(ascii: "!") || b[i + 1] == UInt8(ascii: "?") || b[i + 1] == UInt8(ascii: "/") {
        i = find(">", from: i + 1).map { $0 + 1 } ?? n
      } else {
        i += 1
      }
    }
    return firstUnknown
  }

  /// Reads a meta tag's attributes and returns the charset it declares, if any.
  private mutating func metaLabel() -> String? {
    var charset: String?
    var httpEquiv: String?
    var content: String?
    while let (name, value) = attribute() {
      switch name {
      case "charset" where charset == nil: charset = value
      case "http-equiv" where httpEquiv == nil: httpEquiv = value
      case "content" where content == nil: content = value
      default: break
      }
    }
    if let charset, !Labels.normalize(charset).isEmpty { return trimmed(charset) }
    if let httpEquiv, Labels.normalize(httpEquiv) == "content-type", let content {
      return Self.charsetParameter(in: content)
    }
    return nil
  }

  /// Extracts `charset=…` from a Content-Type style value (quoted or bare), as WHATWG's
  /// "extract a character encoding from a meta element" does.
  static func charsetParameter(in content: String) -> String? {
    let lower = Array(content.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let key = Array("charset".utf8)
    var p = 0
    while p + key.count <= lower.count {
      guard Array(lower[p..<p + key.count]) == key else {
        p += 1
        continue
      }
      var q = p + key.count
      while q < lower.count, isSpace(lower[q]) { q += 1 }
      guard q < lower.count, lower[q] == UInt8(ascii: "=") else {
        p += key.count
        continue
      }
      q += 1
      while q < lower.count, isSpace(lower[q]) { q += 1 }
      guard q < lower.count else { return nil }
      let original = Array(content.utf8)
      if lower[q] == UInt8(ascii: "\"") || lower[q] == UInt8(ascii: "'") {
        let quote = lower[q]
        guard let end = lower[(q + 1)...].firstIndex(of: quote) else { return nil }
        return String(decoding: original[(q + 1)..<end], as: UTF8.self)
      }
      var end = q
      while end < lower.count, !isSpace(lower[end]), lower[end] != UInt8(ascii: ";") { end += 1 }
      return end > q ? String(decoding: original[q..<end], as: UTF8.self) : nil
    }
    return nil
  }

  /// Reads one attribute (lowercased name, raw value) or returns nil at the end of the tag.
  private mutating func attribute() -> (String, String)? {
    let n = b.count
    while i < n, isSpace(b[i]) || b[i] == UInt8(ascii: "/") { i += 1 }
    guard i < n else { return nil }
    if b[i] == UInt8(ascii: ">") {
      i += 1
      return nil
    }
    let nameStart = i
    // A leading "=" belongs to the name, as in the WHATWG algorithm; this also guarantees progress.
    while i < n, !isSpace(b[i]), b[i] != UInt8(ascii: ">"), b[i] != UInt8(ascii: "/"),
      b[i] != UInt8(ascii: "=") || i == nameStart
    {
      i += 1
    }
    let name = String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
    while i < n, isSpace(b[i]) { i += 1 }
    guard i < n, b[i] == UInt8(ascii: "=") else { return (name, "") }
    i += 1
    while i < n, isSpace(b[i]) { i += 1 }
    guard i < n else { return (name, "") }
    if b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") {
      let quote = b[i]
      let start = i + 1
      i = start
      while i < n, b[i] != quote { i += 1 }
      let value = String(decoding: b[start..<min(i, n)], as: UTF8.self)
      i += 1
      return (name, value)
    }
    let start = i
    // Unlike WHATWG, "/>" ends an unquoted value, so <meta charset=gbk/> means gbk, not "gbk/".
    while i < n, !isSpace(b[i]), b[i] != UInt8(ascii: ">"),
      !(b[i] == UInt8(ascii: "/") && i + 1 < n && b[i + 1] == UInt8(ascii: ">"))
    {
      i += 1
    }
    return (name, String(decoding: b[start..<i], as: UTF8.self))
  }

  private func trimmed(_ s: String) -> String {
    String(decoding: Array(s.utf8).drop(while: Self.isSpace).reversed().drop(while: Self.isSpace).reversed(), as: UTF8.self)
  }

  private func hasPrefix(_ s: String) -> Bool {
    var k = i
    for c in s.utf8 {
      guard k < b.count, b[k] == c else { return false }
      k += 1
    }
    return true
  }

  private func hasPrefixIgnoringCase(_ s: String) -> Bool {
    var k = i
    for c in s.utf8 {
      guard k < b.count, b[k] | 0x20 == c | 0x20 else { return false }
      k += 1
    }
    return true
  }

  private func find(_ s: String, from start: Int) -> Int? {
    let needle = Array(s.utf8)
    var k = start
    while k + needle.count <= b.count {
      if b[k] == needle[0], (0..<needle.count).allSatisfy({ b[k + $0] == needle[$0] }) { return k }
      k += 1
    }
    return nil
  }

  private static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
  }
  private func isSpace(_ c: UInt8) -> Bool { Self.isSpace(c) }
  private func isSpaceOrSlash(_ c: UInt8) -> Bool { isSpace(c) || c == UInt8(ascii: "/") }
  private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
