/// The container format of one input; pages come out of it in `PageFormat`.
enum InputKind: Equatable {
  case html, text, jsonl, warc

  /// Kind from the file name's extension (after a `.gz`), or nil when it must be sniffed.
  static func fromName(_ path: String) -> InputKind? {
    var name = Substring(path.split(separator: "/", omittingEmptySubsequences: true).last ?? "")
      .lowercased()
    if name.hasSuffix(".gz") { name.removeLast(3) }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...] {
    case "html", "htm", "xhtml", "shtml": return .html
    case "txt": return .text
    case "jsonl", "ndjson": return .jsonl
    case "warc": return .warc
    default: return nil
    }
  }

  /// Kind from the first bytes (already gunzipped); nil means binary (a NUL byte in plain
  /// 8-bit text is never a page we can clean).
  static func sniff(_ head: [UInt8]) -> InputKind? {
    if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) {
      // UTF-16 with a BOM: NULs are expected; markup still shows as an ASCII "<".
      return head.contains(UInt8(ascii: "<")) ? .html : .text
    }
    if head.contains(0) { return nil }
    var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while i < head.count, [0x20, 0x09, 0x0D, 0x0A].contains(head[i]) { i += 1 }
    let rest = head[i...]
    if rest.starts(with: Array("WARC/1.".utf8)) { return .warc }
    if rest.first == UInt8(ascii: "{") {
      // A JSON object opens with a key or closes at once; "{" followed by prose is text.
      var j = rest.startIndex + 1
      while j < rest.endIndex, [0x20, 0x09].contains(rest[j]) { j += 1 }
      if j == rest.endIndex || rest[j] == UInt8(ascii: "\"") || rest[j] == UInt8(ascii: "}") {
        return .jsonl
      }
    }
    if rest.first == UInt8(ascii: "<") && looksLikeMarkup(rest.dropFirst()) { return .html }
    return .text
  }

  private static let markupStarts = [
    "!doctype", "!--", "?xml", "html", "head", "body", "div", "p", "meta", "title", "table",
    "span", "script", "style", "link", "a", "br", "form", "center", "font", "article",
    "section", "header", "nav", "ul", "h1", "h2", "h3", "main", "iframe", "img",
  ].map { Array($0.utf8) }

  private static func looksLikeMarkup(_ afterLT: ArraySlice<UInt8>) -> Bool {
    let lower = afterLT.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    for tag in markupStarts where lower.starts(with: tag) {
      // "<p" must be a whole tag name, not the start of "<pre-formatted prose".
      guard tag.count < lower.count, let last = tag.last, last.isLetterOrDigit else { return true }
      if !lower[tag.count].isLetterOrDigit { return true }
    }
    return false
  }
}

extension UInt8 {
  fileprivate var isLetterOrDigit: Bool {
    (self >= 0x61 && self <= 0x7A) || (self >= 0x41 && self <= 0x5A) || (self >= 0x30 && self <= 0x39)
  }
}

/// Splits a Content-Type value into its lower-cased media type and its charset parameter.
func parseContentType(_ value: String) -> (mime: String, charset: String?) {
  let parts = value.split(separator: ";", omittingEmptySubsequences: false)
  let mime = (parts.first ?? "").trimmingSpaces.lowercased()
  var charset: String?
  for part in parts.dropFirst() {
    guard let eq = part.firstIndex(of: "=") else { continue }
    if part[..<eq].trimmingSpaces.lowercased() == "charset" {
      var v = part[part.index(after: eq)...].trimmingSpaces
      v = v.trimmingCharacters("\"'")
      if !v.isEmpty { charset = String(v) }
    }
  }
  return (mime, charset)
}

extension StringProtocol {
  /// Trims spaces, tabs and line ends. (Swift reads "\r\n" as one Character, so a set of
  /// characters to trim would miss a lone "\r"; test per Character instead.)
  var trimmingSpaces: Substring { trimming { $0 == " " || $0 == "\t" || $0.isNewline } }

  func trimmingCharacters(_ set: String) -> Substring { trimming { set.contains($0) } }

  func trimming(_ drop: (Character) -> Bool) -> Substring {
    let s = Substring(self)
    guard let first = s.firstIndex(where: { !drop($0) }) else { return "" }
    let last = s.lastIndex(where: { !drop($0) })!
    return s[first...last]
  }
}
