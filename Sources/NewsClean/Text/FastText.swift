
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
  // A native string's bytes are read in place, eight at a time (through the `UTF8View` the test
  // cost several instructions a byte, on every block's text).
  let plain = s.utf8.withContiguousStorageIfAvailable(isPlainASCII) ?? s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  return plain ? s.utf8.count : s.count
}

/// Whether every byte is ASCII and none is a CR.
func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  guard let base = bytes.baseAddress else { return true }
  let n = bytes.count
  let raw = UnsafeRawPointer(base)
  var i = 0
  while i + 8 <= n {
    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
    // A byte with its high bit set, or a byte equal to CR (a zero byte of `word ^ CRs`, found by
    // the borrow test that is exact on whether any byte is zero).
    let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
    if (word | ((crs &- 0x0101_0101_0101_0101) & ~crs)) & 0x8080_8080_8080_8080 != 0 { return false }
    i += 8
  }
  while i < n {
    if bytes[i] >= 0x80 || bytes[i] == 0x0D { return false }
    i += 1
  }
  return true
}

/// `characterCount(s) >= n`, reading at most `n` characters: a long block need not be walked
/// to the end (a character has at least one byte, so fewer bytes than `n` settles it at once).
func hasCharacters(_ s: String, atLeast n: Int) -> Bool {
  s.utf8.count >= n && s.prefix(n).count == n
}
