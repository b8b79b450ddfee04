
/// Fast character tests for the hot paths: Unicode property lookups cost a table search per
/// scalar, and most text is ASCII.
/// The scalar that starts at byte `i` of valid UTF-8 `bytes` (a Swift string's), and its
/// length in bytes. The byte-level readings of the stages decode with this one function.
@inline(__always)
func scalarValue(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
  let b = bytes[i]
  if b < 0x80 { return (UInt32(b), 1) }
  if b < 0xE0 { return (UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
  if b < 0xF0 { return (UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3) }
  return (
    UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4
  )
}

/// Calls `body` with the range of each space-separated token of `bytes[from..<to]` (runs of
/// spaces skipped, no empty token), in order, until it returns false. Class lists and element
/// signatures are split this way on their bytes by several stages.
@inline(__always)
func forEachSpaceSeparatedToken(
  _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ body: (Range<Int>) -> Bool
) {
  var i = from
  while i < to {
    if bytes[i] == 0x20 {
      i += 1
      continue
    }
    let start = i
    while i < to, bytes[i] != 0x20 { i += 1 }
    if !body(start..<i) { return }
  }
}

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
  let plain = s.utf8.withContiguousStorageIfAvailable(isASCIIWithoutCR) ?? s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  return plain ? s.utf8.count : s.count
}

/// Whether every byte is ASCII and none is CR, read eight bytes at a time (the UTF-8 view's
/// `allSatisfy` costs several instructions a byte, and every block's text is asked).
func isASCIIWithoutCR(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
  let n = bytes.count
  var i = 0
  while i + 8 <= n {
    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
    // `x - 0x01…` borrows into a byte's top bit, under a clear top bit of `x`, exactly when some
    // byte of `x` is zero; `x` is zero where the byte is CR.
    let x = w ^ 0x0D0D_0D0D_0D0D_0D0D
    if (w | ((x &- 0x0101_0101_0101_0101) & ~x)) & 0x8080_8080_8080_8080 != 0 { return false }
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
