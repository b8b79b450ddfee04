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
