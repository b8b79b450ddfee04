#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif


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
///
/// In a longer haystack (a paragraph searched for `://`, say) the first byte is found with
/// `memchr`, a few bytes an instruction, rather than tested at every position: the same
/// positions are compared, in the same order.
@usableFromInline
func byteSearch(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
  let first = n[0]
  let last = h.count - n.count
  if last >= 32, let base = h.baseAddress {
    var i = 0
    while i <= last, let found = memchr(base + i, Int32(first), last - i + 1) {
      let k = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      var j = 1
      while j < n.count && h[k + j] == n[j] { j += 1 }
      if j == n.count { return true }
      i = k + 1
    }
    return false
  }
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

extension StringProtocol {
  /// `split(separator:)` at an ASCII byte, empty pieces left out, found by scanning UTF-8 bytes.
  ///
  /// The generic `split` walks `Character`s, breaking graphemes at every step, and cost more than
  /// the lexicon lookups made with its pieces. Scanning bytes gives the same pieces only when the
  /// separator byte is a character on its own wherever it occurs, which holds in ASCII without a
  /// CR and in plain text (every scalar one character): the caller must know one of those holds.
  @inlinable
  public func splitAtByte(_ separator: UInt8) -> [SubSequence] {
    var pieces: [SubSequence] = []
    let bytes = utf8
    var start = bytes.startIndex
    var i = start
    while i != bytes.endIndex {
      if bytes[i] == separator {
        if start != i { pieces.append(self[start..<i]) }
        bytes.formIndex(after: &i)
        start = i
      } else {
        bytes.formIndex(after: &i)
      }
    }
    if start != bytes.endIndex { pieces.append(self[start..<bytes.endIndex]) }
    return pieces
  }

  /// Whether every byte is ASCII and none is a CR: then every byte is one `Character`.
  @inlinable
  public var isASCIIWithoutCR: Bool {
    utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }
}
