
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

extension StringProtocol {
  /// Byte-wise substring test on UTF-8 (memmem), much cheaper than Foundation's `contains`.
  func containsBytes(_ needle: String) -> Bool {
    var needle = needle
    var hay = String(self)
    return hay.withUTF8 { h in
      needle.withUTF8 { n in
        if n.count == 0 { return true }
        if n.count > h.count { return false }
        return byteSearch(h, n)
      }
    }
  }
}

/// First-byte scan, then a compare: needles are short words, haystacks short strings.
func byteSearch(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
  let first = n[0]
  let last = h.count - n.count
  var i = 0
  while i <= last {
    if h[i] == first {
      var j = 1
      while j < n.count && h[i + j] == n[j] { j += 1 }
      if j == n.count { return true }
    }
    i += 1
  }
  return false
}
