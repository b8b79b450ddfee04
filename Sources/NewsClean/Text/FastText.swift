
/// Fast character tests for the hot paths: Unicode property lookups cost a table search per
/// scalar, and most text is ASCII.
@inline(__always)
func isSpace(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
  switch v {
  case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
  default: return false
  }
}

/// Letters and digits, with an ASCII fast path.
@inline(__always)
func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
  return c.properties.isAlphabetic || c.properties.numericType != nil
}

/// `s.count` without grapheme breaking when every byte is ASCII (and no CR, whose pairing with LF
/// makes one character of two bytes).
@inline(__always)
func characterCount(_ s: String) -> Int {
  s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? s.utf8.count : s.count
}

/// `characterCount(s) >= n`, reading at most `n` characters: a long block need not be walked
/// to the end (a character has at least one byte, so fewer bytes than `n` settles it at once).
func hasCharacters(_ s: String, atLeast n: Int) -> Bool {
  s.utf8.count >= n && s.prefix(n).count == n
}
