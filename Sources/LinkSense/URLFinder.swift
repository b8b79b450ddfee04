#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
/// A URL found in running text.
public struct FoundURL: Sendable {
  /// Where the URL (as written, obfuscation included) sits in the searched text.
  public let range: Range<String.Index>
  /// The text in `range`.
  public let raw: String
  /// The parsed URL, de-obfuscated (`hxxp` → `http`, `[.]` → `.`); `www.` hosts get `http://`.
  public let url: WebURL
  /// True when the text disguised the URL (`hxxp://`, `example[.]com`, `example . com`):
  /// writers do that to dodge link filters, so it is itself a hint.
  public let obfuscated: Bool
}

/// Finds URLs written as plain text: `http(s)://…`, `www.…`, and disguised forms.
///
/// Recognised: `http://` and `https://` URLs, hosts starting `www.`, `hxxp(s)://`, and hosts
/// whose dots are written `[.]`, `(.)`, `[dot]`, `(dot)` or ` . ` (spaces around the dot, only
/// before a common TLD so prose like "the end . Then" is left alone).
/// A URL ends at whitespace, at CJK text that follows ASCII (Korean particles attach directly:
/// `https://a.com에서`), and trailing punctuation `.,;:!?"'」)` is dropped — except a `)` that
/// closes a `(` inside the URL, as in Wikipedia links. A path segment that *starts* in CJK
/// (`https://ko.wikipedia.org/wiki/지방공무원법`) is kept whole, as are percent escapes.
public enum URLFinder {
  public static func find(in text: String) -> [FoundURL] {
    guard mayContainURL(text) else { return [] }
    var scanner = Scanner(text)
    return scanner.run()
  }

  /// False when no form below can start in `text`: each needs `//` (every scheme, disguised or
  /// not), `www` (any case), or a disguised dot (`.]`, `.)`, `.}`, ` . `, `dot]`, `dot)`, any
  /// case). One pass over the bytes spares most paragraphs the scalar-by-scalar scan.
  static func mayContainURL(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(mayContainURL) ?? Array(text.utf8).withUnsafeBufferPointer(mayContainURL)
  }

  /// `referenceMayContainURL` found with `memchr`: each form has a byte that few paragraphs hold
  /// many of (`/`, `.`, `w`/`W`, `]`/`)`), so the paragraph is searched for those bytes (a few
  /// bytes an instruction) and each hit checked, instead of testing every byte.
  static func mayContainURL(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = b.baseAddress else { return false }
    let n = b.count
    @inline(__always) func lower(_ x: UInt8) -> UInt8 { x >= 0x41 && x <= 0x5A ? x | 0x20 : x }
    /// Calls `hit` with each position of `byte`, until it answers true.
    @inline(__always) func any(_ byte: UInt8, _ hit: (Int) -> Bool) -> Bool {
      var i = 0
      while i < n, let found = memchr(base + i, Int32(byte), n - i) {
        let k = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        if hit(k) { return true }
        i = k + 1
      }
      return false
    }
    // `//`
    if any(0x2F, { k in k + 1 < n && b[k + 1] == 0x2F }) { return true }
    // `.]`, `.)`, `.}`, and ` . `
    if any(0x2E, { k in
      (k + 1 < n && (b[k + 1] == 0x5D || b[k + 1] == 0x29 || b[k + 1] == 0x7D))
        || (k >= 1 && k + 1 < n && b[k - 1] == 0x20 && b[k + 1] == 0x20)
    }) {
      return true
    }
    // `www`, any case
    let www: (Int) -> Bool = { k in k + 2 < n && lower(b[k + 1]) == 0x77 && lower(b[k + 2]) == 0x77 }
    if any(0x77, www) || any(0x57, www) { return true }
    // `dot]`, `dot)`, any case
    let dot: (Int) -> Bool = { k in k >= 3 && lower(b[k - 3]) == 0x64 && lower(b[k - 2]) == 0x6F && lower(b[k - 1]) == 0x74 }
    return any(0x5D, dot) || any(0x29, dot)
  }

  /// `mayContainURL` byte by byte (tests compare the two).
  static func referenceMayContainURL(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    @inline(__always) func lower(_ x: UInt8) -> UInt8 { x >= 0x41 && x <= 0x5A ? x | 0x20 : x }
    let n = b.count
    var i = 0
    while i + 1 < n {
      let x = b[i], y = b[i + 1]
      switch x {
      case 0x2F:  // `//`
        if y == 0x2F { return true }
      case 0x2E:  // `.]`, `.)`, `.}`
        if y == 0x5D || y == 0x29 || y == 0x7D { return true }
      case 0x20:  // ` . `
        if y == 0x2E, i + 2 < n, b[i + 2] == 0x20 { return true }
      case 0x57, 0x77:  // `www`
        if lower(y) == 0x77, i + 2 < n, lower(b[i + 2]) == 0x77 { return true }
      case 0x44, 0x64:  // `dot]`, `dot)`
        if lower(y) == 0x6F, i + 3 < n, lower(b[i + 2]) == 0x74, b[i + 3] == 0x5D || b[i + 3] == 0x29 { return true }
      default:
        break
      }
      i += 1
    }
    return false
  }

  /// TLDs accepted after a spaced-out dot (` . `); two-letter ccTLDs are left out because many
  /// are English words (`it`, `in`, `is`, `me`, `to`).
  static let spacedDotTLDs: Set<String> = [
    "com", "net", "org", "info", "biz", "shop", "top", "xyz", "vip", "online", "site", "store",
    "club", "live", "life", "click", "icu", "fun", "bet", "casino", "win", "pro", "app", "dev", "io",
    "kr", "jp", "cn",
  ]

  fileprivate struct Scanner {
    let text: String
    let scalars: [Unicode.Scalar]
    let indices: [String.Index]
    var results: [FoundURL] = []

    init(_ text: String) {
      self.text = text
      var scalars: [Unicode.Scalar] = []
      var indices: [String.Index] = []
      var i = text.unicodeScalars.startIndex
      while i < text.unicodeScalars.endIndex {
        scalars.append(text.unicodeScalars[i])
        indices.append(i)
        i = text.unicodeScalars.index(after: i)
      }
      indices.append(text.endIndex)
      self.scalars = scalars
      self.indices = indices
    }

    mutating func run() -> [FoundURL] {
      var i = 0
      while i < scalars.count {
        if let next = tryURL(at: i) {
          i = next
        } else {
          i += 1
        }
      }
      return results
    }

    // MARK: Starts

    /// Tries to read a URL starting at `i`; returns the index after it when one was found.
    mutating func tryURL(at i: Int) -> Int? {
      guard i == 0 || !isWordScalar(scalars[i - 1]) else { return nil }
      let c = lower(scalars[i])
      if c == "h" {
        for (prefix, clean, disguised) in [
          ("https://", "https://", false), ("http://", "http://", false),
          ("hxxps://", "https://", true), ("hxxp://", "http://", true),
          ("hxxps[:]//", "https://", true), ("hxxp[:]//", "http://", true),
          ("https[:]//", "https://", true), ("http[:]//", "http://", true),
        ] where matches(prefix, at: i) {
          return readURL(start: i, bodyStart: i + prefix.unicodeScalars.count, cleanPrefix: clean, obfuscated: disguised)
        }
      }
      if c == "w", matches("www.", at: i) || matches("www[.]", at: i) || matches("www(.)", at: i) {
        return readURL(start: i, bodyStart: i, cleanPrefix: "http://", obfuscated: false)
      }
      if isLabelScalar(scalars[i]) {
        return tryBareObfuscatedHost(at: i)
      }
      return nil
    }

    /// `example[.]com`, `example (.) com`, `example . com`: a host only recognisable by its disguised dot.
    mutating func tryBareObfuscatedHost(at i: Int) -> Int? {
      var j = i
      while j < scalars.count, isLabelScalar(scalars[j]) { j += 1 }
      guard j > i, obfuscatedDot(at: j) != nil else { return nil }
      return readURL(start: i, bodyStart: i, cleanPrefix: "http://", obfuscated: false, requireObfuscatedDot: true)
    }

    // MARK: Body

    /// Reads host and path from `bodyStart`, building the de-obfuscated string alongside.
    mutating func readURL(start: Int, bodyStart: Int, cleanPrefix: String, obfuscated: Bool, requireObfuscatedDot: Bool = false) -> Int? {
      var clean = cleanPrefix
      var disguised = obfuscated
      var j = bodyStart
      var inHost = true
      var hostHasASCII = false
      var lastWasCJK = false
      var previous: Unicode.Scalar = "/"
      var end = j
      while j < scalars.count {
        let s = scalars[j]
        if inHost {
          if let skip = obfuscatedDot(at: j) {
            clean.append(".")
            disguised = true
            j += skip
            end = j
            previous = "."
            continue
          }
          if isLabelScalar(s) || s == "." || s == ":" || s == "@" || s == "[" || s == "]" {
            if s == "[" || s == "]" { if !clean.hasSuffix("://") && s == "[" { break } }
            hostHasASCII = hostHasASCII || s.isASCII
            lastWasCJK = false
          } else if isCJK(s) {
            // IDN hosts may be CJK, but CJK right after an ASCII label is the surrounding text.
            if hostHasASCII && !(previous == "." && !lastWasCJK) && !lastWasCJK { break }
            lastWasCJK = true
          } else if s == "/" || s == "?" || s == "#" {
            inHost = false
          } else if s.properties.isAlphabetic {
            // Other non-ASCII letters (Cyrillic, Greek, Latin with accents) belong to IDN hosts.
          } else {
            break
          }
        } else {
          if isTerminator(s) { break }
          if isCJK(s) {
            let startsSegment = "/=?&-_#".unicodeScalars.contains(previous)
            if !(startsSegment || lastWasCJK) { break }
            lastWasCJK = true
          } else {
            lastWasCJK = false
          }
        }
        clean.unicodeScalars.append(s)
        previous = s
        j += 1
        end = j
      }
      // Drop trailing punctuation, keeping a `)` or `]` that closes one opened inside the URL.
      while end > bodyStart {
        let s = scalars[end - 1]
        let raw = String(String.UnicodeScalarView(scalars[bodyStart..<end]))
        if s == ")" && raw.filter({ $0 == "(" }).count >= raw.filter({ $0 == ")" }).count { break }
        if s == "]" && raw.filter({ $0 == "[" }).count >= raw.filter({ $0 == "]" }).count { break }
        guard ".,;:!?\"')]}>」』】》〉、。，！？'’”".unicodeScalars.contains(s) else { break }
        end -= 1
        if clean.unicodeScalars.last == s { clean.unicodeScalars.removeLast() } else { break }
      }
      guard end > bodyStart, !(requireObfuscatedDot && !disguised) else { return nil }
      guard let url = WebURL.parse(clean), plausibleHost(url.host) else { return nil }
      let range = indices[start]..<indices[end]
      results.append(FoundURL(range: range, raw: String(text[range]), url: url, obfuscated: disguised))
      return end
    }

    /// Length of a disguised dot at `i` (`[.]`, `(.)`, `[dot]`, `(dot)`, `{.}`, ` . ` before a
    /// common TLD), or `nil`.
    func obfuscatedDot(at i: Int) -> Int? {
      for form in ["[.]", "(.)", "{.}", "[dot]", "(dot)", " [.] ", " (.) ", " ( . ) ", " [ . ] "] where matches(form, at: i) {
        return form.unicodeScalars.count
      }
      if matches(" . ", at: i) {
        var k = i + 3
        var label = ""
        while k < scalars.count, isLabelScalar(scalars[k]), scalars[k].isASCII { label.unicodeScalars.append(scalars[k]); k += 1 }
        let boundary = k == scalars.count || !isWordScalar(scalars[k]) || isCJK(scalars[k])
        if boundary, label == label.lowercased(), URLFinder.spacedDotTLDs.contains(label) { return 3 }
      }
      return nil
    }

    /// A host needs a dot and a last label that is not just digits, unless it is an IP address.
    func plausibleHost(_ host: String) -> Bool {
      let labels = host.split(separator: ".")
      guard labels.count >= 2, let last = labels.last else { return host.hasPrefix("[") }
      if labels.count == 4 && labels.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) { return true }
      return !last.allSatisfy(\.isASCIIDigit) && !labels.contains(where: \.isEmpty)
    }

    // MARK: Characters

    func matches(_ s: String, at i: Int) -> Bool {
      var k = i
      for p in s.unicodeScalars {
        guard k < scalars.count, lower(scalars[k]) == p else { return false }
        k += 1
      }
      return true
    }

    func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
      ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s
    }

    func isWordScalar(_ s: Unicode.Scalar) -> Bool {
      let v = s.value
      // An ASCII scalar is alphabetic exactly when it is a letter; skip the property lookup.
      if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) || v == 0x5F }
      return s.properties.isAlphabetic
    }

    /// Characters of a host label: ASCII letters, digits and hyphen (IDN letters handled apart).
    func isLabelScalar(_ s: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "-"
    }

    func isTerminator(_ s: Unicode.Scalar) -> Bool {
      s.properties.isWhitespace || s.value < 0x20 || "<>\"`{}|\\^".unicodeScalars.contains(s)
        || "「」『』【】《》〈〉、。，！？：；（）".unicodeScalars.contains(s)
    }

    /// Hangul, kana, CJK ideographs and fullwidth forms: text that runs on without spaces.
    func isCJK(_ s: Unicode.Scalar) -> Bool {
      switch s.value {
      case 0x1100...0x11FF, 0x3000...0x303F, 0x3040...0x30FF, 0x3130...0x318F, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF:
        return true
      default: return false
      }
    }
  }
}
