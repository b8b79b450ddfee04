
extension StringProtocol {
  /// Byte-wise substring test on UTF-8. Foundation's `contains` goes through CFString folding
  /// and costs microseconds per call; topic and chrome matching do thousands per page.
  @inlinable
  public func containsBytes(_ needle: String) -> Bool {
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
@usableFromInline
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
