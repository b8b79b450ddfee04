/// Small string helpers the stages share, written on the standard library alone so that they
/// behave the same in every file, whatever that file imports.
extension String {
  /// Drops spaces and the characters of `set` from both ends.
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) || f == " " { s = s.dropFirst() }
    while let l = s.last, set.contains(l) || l == " " { s = s.dropLast() }
    return String(s)
  }

  /// The pieces between occurrences of `separator`.
  func components(separatedBy separator: String) -> [String] {
    if !separator.isEmpty, isPlain(self), isPlain(separator) { return plainComponents(separatedBy: separator) }
    return generalComponents(separatedBy: separator)
  }

  /// `components(separatedBy:)` for plain text and separator (see `isPlain`): there characters
  /// are single composed scalars, so a separator occurs exactly where its bytes do (a match
  /// can only start at a lead byte), and the search runs on bytes instead of through the
  /// generic `firstRange(of:)`, which compared characters.
  func plainComponents(separatedBy separator: String) -> [String] {
    var text = self
    var needle = separator
    var out: [String] = []
    text.withUTF8 { h in
      needle.withUTF8 { n in
        var start = 0
        var i = 0
        while i + n.count <= h.count {
          if h[i] == n[0] {
            var j = 1
            while j < n.count && h[i + j] == n[j] { j += 1 }
            if j == n.count {
              out.append(String(decoding: UnsafeBufferPointer(rebasing: h[start..<i]), as: UTF8.self))
              i += n.count
              start = i
              continue
            }
          }
          i += 1
        }
        out.append(String(decoding: UnsafeBufferPointer(rebasing: h[start...]), as: UTF8.self))
      }
    }
    return out
  }

  /// `components(separatedBy:)` on characters, for any text.
  func generalComponents(separatedBy separator: String) -> [String] {
    var out: [String] = []
    var rest = Substring(self)
    while let r = rest.firstRange(of: separator) {
      out.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    out.append(String(rest))
    return out
  }

  /// Every occurrence of `target` replaced.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    return components(separatedBy: target).joined(separator: replacement)
  }

  /// `comment123` -> `comment`; board software numbers its ids.
  func trimmingDigits() -> String {
    var s = Substring(self)
    while let last = s.last, last.isASCII, last.isNumber { s = s.dropLast() }
    return String(s)
  }
}
