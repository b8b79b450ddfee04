#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cuts attributes past a cap out of every start tag before libxml2 sees the page.
///
/// libxml2 2.9 checks each new attribute of a tag against all earlier ones, so one element with
/// 100,000 attributes takes about 16 seconds and 300,000 take minutes. The tree keeps only the
/// first `ParseLimits.maxAttributesPerElement` attributes anyway, so cutting the rest changes
/// nothing we read. Pages without such a tag are returned as they are, without a copy.
///
/// The scan follows the HTML tokenizer loosely (tag name, then name[=value] pairs with quoted or
/// bare values, comments skipped); where it misreads, the worst outcome is a cut in the wrong
/// place of a tag that has hundreds of attributes.
enum AttributePrescan {
  static func capped(_ bytes: [UInt8], maxAttributes: Int) -> [UInt8] {
    bytes.withUnsafeBufferPointer { buffer -> [UInt8] in
      guard let base = buffer.baseAddress else { return bytes }
      let n = buffer.count
      var out: [UInt8]?
      var copiedUpTo = 0
      var i = 0

      func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
      func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
      func find(_ byte: UInt8, from: Int) -> Int? {
        guard from < n, let hit = memchr(base + from, Int32(byte), n - from) else { return nil }
        return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
      }
      func drop(_ range: Range<Int>) {
        if out == nil {
          out = []
          out!.reserveCapacity(n)
        }
        out!.append(contentsOf: UnsafeBufferPointer(start: base + copiedUpTo, count: range.lowerBound - copiedUpTo))
        copiedUpTo = range.upperBound
      }

      while let lt = find(0x3C, from: i) {
        i = lt + 1
        guard i < n else { break }
        if base[i] == 0x21, i + 2 < n, base[i + 1] == 0x2D, base[i + 2] == 0x2D {
          // A comment: skip to "-->" when there is one, else read on as libxml2 recovers.
          var j = i + 3
          while let dash = find(0x2D, from: j) {
            if dash + 2 < n, base[dash + 1] == 0x2D, base[dash + 2] == 0x3E {
              j = dash + 3
              break
            }
            j = dash + 1
          }
          i = max(i, j)
          continue
        }
        guard isLetter(base[i]) else { continue }
        while i < n, !isSpace(base[i]), base[i] != 0x3E, base[i] != 0x2F { i += 1 }
        var count = 0
        attributes: while i < n {
          while i < n, isSpace(base[i]) || base[i] == 0x2F { i += 1 }
          if i >= n || base[i] == 0x3E { break }
          let start = i
          i += 1  // the first character of a name may be anything, even "="
          while i < n, !isSpace(base[i]), base[i] != 0x3E, base[i] != 0x2F, base[i] != 0x3D { i += 1 }
          var j = i
          while j < n, isSpace(base[j]) { j += 1 }
          if j < n, base[j] == 0x3D {
            j += 1
            while j < n, isSpace(base[j]) { j += 1 }
            if j < n, base[j] == 0x22 || base[j] == 0x27 {
              guard let close = find(base[j], from: j + 1) else { break attributes }
              i = close + 1
            } else {
              i = j
              while i < n, !isSpace(base[i]), base[i] != 0x3E { i += 1 }
            }
          }
          count += 1
          if count > maxAttributes { drop(start..<i) }
        }
      }
      guard var result = out else { return bytes }
      result.append(contentsOf: UnsafeBufferPointer(start: base + copiedUpTo, count: n - copiedUpTo))
      return result
    }
  }
}
