#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One byte-level pass over a page before libxml2 sees it, cutting what the tree would never keep.
///
/// - **Attributes past a cap.** libxml2 2.9 checks each new attribute of a tag against all earlier
///   ones, so one element with 100,000 attributes takes about 16 seconds and 300,000 take minutes.
///   The tree keeps only the first `ParseLimits.maxAttributesPerElement` attributes anyway.
/// - **The content of `script`, `style` and `svg`.** On real pages these are about half of the
///   bytes (scripts a third, styles an eighth, inline icons most of the rest), and the tree drops
///   them (see `HTMLParser.skippedTags`), yet libxml2 2.9 reads raw text one character at a time
///   and builds every `path` of an icon. Cutting them before the parse halves libxml2's work.
///   Scripts that carry JSON (`application/ld+json` metadata) are kept whole.
///
/// - **Attributes the reader never asks for** (`AttributeReading.known`): `src`, `srcset`, the
///   `data-*` of analytics and lazy loading, `onclick`, `alt` are a quarter of a real page's bytes,
///   and libxml2 2.9 reads attribute values with two function calls per character. An attribute
///   is cut only when its bytes are exactly what libxml2 would read as one attribute (a plain
///   name, then a quoted value with its closing quote, a bare value, or none; no NUL in the page
///   and no form feed outside quotes), so cutting it changes nothing else; when reading is limited, attributes past `maxVisible` go too (the
///   walk would not show them).
///
/// The scan follows the HTML tokenizer loosely (tag name, then name[=value] pairs with quoted or
/// bare values, comments skipped). Raw text ends where libxml2 ends it, at the first `</script`
/// or `</style` (any case); an `svg` is cut up to its first `</svg`, and a leftover outer end tag
/// is ignored by libxml2 as any stray end tag is. Where no end tag follows, nothing is cut and
/// libxml2 sees the page as it is. Pages with nothing to cut are returned without a copy.
enum Prescan {
  static func prepared(_ bytes: [UInt8], maxAttributes: Int, reading: AttributeReading = .all, maxVisible: Int = .max) -> [UInt8] {
    bytes.withUnsafeBufferPointer { prepared($0, maxAttributes: maxAttributes, reading: reading, maxVisible: maxVisible) } ?? bytes
  }

  /// `prepared` of the bytes in `buffer`, or nil when nothing is cut (the page is `buffer` as it
  /// is): a page held in a string is read in place, without a copy into an array first.
  static func prepared(
    _ buffer: UnsafeBufferPointer<UInt8>, maxAttributes: Int, reading: AttributeReading = .all, maxVisible: Int = .max
  ) -> [UInt8]? {
    do {
      guard let base = buffer.baseAddress else { return nil }
      let n = buffer.count
      // libxml2 reads a NUL as the end of its input: a page holding one keeps every attribute.
      let pruning = reading == .known && memchr(base, 0, n) == nil
      var out: [UInt8]?
      var copiedUpTo = 0
      var i = 0

      func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
      func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
      func find(_ byte: UInt8, from: Int) -> Int? {
        guard from < n, let hit = memchr(base + from, Int32(byte), n - from) else { return nil }
        return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
      }
      /// Whether the bytes at `at` spell `word` (lower-case ASCII) in any case.
      func matches(_ word: StaticString, at: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= n else { return false }
        let letters = word.utf8Start
        for k in 0..<count where base[at + k] | 0x20 != letters[k] { return false }
        return true
      }
      /// The start of the first `</name` at or after `from`, in any case.
      func endTag(_ name: StaticString, from: Int) -> Int? {
        var j = from
        while let lt = find(0x3C, from: j) {
          if lt + 1 < n, base[lt + 1] == 0x2F, matches(name, at: lt + 2) { return lt }
          j = lt + 1
        }
        return nil
      }
      func drop(_ range: Range<Int>) {
        if out == nil {
          out = []
          out!.reserveCapacity(n)
        }
        out!.append(contentsOf: UnsafeBufferPointer(start: base + copiedUpTo, count: range.lowerBound - copiedUpTo))
        copiedUpTo = range.upperBound
      }

      scan: while let lt = find(0x3C, from: i) {
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
        let nameStart = i
        while i < n, !isSpace(base[i]), base[i] != 0x3E, base[i] != 0x2F { i += 1 }
        let nameLength = i - nameStart
        let rawText: StaticString? =
          nameLength == 6 && matches("script", at: nameStart) ? "script"
          : nameLength == 5 && matches("style", at: nameStart) ? "style"
          : nameLength == 3 && matches("svg", at: nameStart) ? "svg" : nil
        var carriesJSON = false
        var count = 0
        var closed = false
        // Set once the scan may no longer split this tag as libxml2 does: past a token libxml2
        // reads differently (it skips a bogus one up to the next blank, quotes or not), a `/`
        // or a form feed between tokens. No attribute is cut after that.
        var diverged = !pruning
        attributes: while i < n {
          while i < n, isSpace(base[i]) || base[i] == 0x2F {
            if base[i] == 0x2F || base[i] == 0x0C { diverged = true }
            i += 1
          }
          if i >= n { break }
          if base[i] == 0x3E {
            closed = true
            break
          }
          let start = i
          i += 1  // the first character of a name may be anything, even "="
          while i < n, !isSpace(base[i]), base[i] != 0x3E, base[i] != 0x2F, base[i] != 0x3D { i += 1 }
          let nameEnd = i
          let isType = i - start == 4 && matches("type", at: start)
          // Whether libxml2 reads exactly these bytes as one attribute (see `isPlainName`);
          // a form feed around `=` is not a blank to libxml2.
          var plain = true
          var j = i
          while j < n, isSpace(base[j]) {
            if base[j] == 0x0C { plain = false }
            j += 1
          }
          if j < n, base[j] == 0x3D {
            j += 1
            while j < n, isSpace(base[j]) {
              if base[j] == 0x0C { plain = false }
              j += 1
            }
            let valueStart: Int
            if j < n, base[j] == 0x22 || base[j] == 0x27 {
              // A quote that never closes holds the rest of the page for libxml2: cut nothing more.
              guard let close = find(base[j], from: j + 1) else { break scan }
              valueStart = j + 1
              i = close + 1
            } else {
              valueStart = j
              i = j
              while i < n, !isSpace(base[i]), base[i] != 0x3E { i += 1 }
              // A bare value ends where libxml2 ends it: at a blank or `>`, not at a form feed.
              if i < n, base[i] == 0x0C { plain = false }
              if i == valueStart { plain = false }
            }
            if isType, rawText != nil {
              var k = valueStart
              while k + 4 <= i {
                if matches("json", at: k) {
                  carriesJSON = true
                  break
                }
                k += 1
              }
            }
          }
          count += 1
          if !diverged, !(plain && Self.isPlainName(base + start, nameEnd - start)) {
            diverged = true
          }
          if count > maxAttributes || (!diverged && (count > maxVisible || !Self.isReadName(base + start, nameEnd - start))) {
            drop(start..<i)
          }
        }
        if closed, let rawText, let end = endTag(rawText, from: i + 1) {
          // JSON is kept whole, and never read as markup (its strings may hold tags).
          if !carriesJSON, end > i + 1 { drop((i + 1)..<end) }
          i = end
        }
      }
      guard var result = out else { return nil }
      result.append(contentsOf: UnsafeBufferPointer(start: base + copiedUpTo, count: n - copiedUpTo))
      return result
    }
  }

  /// Whether the `length` bytes at `name` are a name libxml2 reads whole as an attribute name: HTML
  /// name characters starting with a letter, `_`, `:` or `.`, and shorter than its name buffer.
  static func isPlainName(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    guard length > 0, length < 100 else { return false }
    let first = name[0]
    guard (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first == 0x5F || first == 0x3A || first == 0x2E else { return false }
    for k in 1..<max(length, 1) where !isNameByte(name[k]) { return false }
    return true
  }

  /// Whether `c` is an ASCII letter, a digit, `:`, `-`, `_` or `.`: one bit of a 128-bit table
  /// written as two words (`-` `.` `0-9` `:` in the low word, `A-Z` `_` `a-z` in the high one),
  /// where the test spelled out cost six compares per byte of every attribute name.
  /// `PrescanTests` checks every byte.
  @inline(__always)
  static func isNameByte(_ c: UInt8) -> Bool {
    guard c < 0x80 else { return false }
    let word: UInt64 = c < 0x40 ? 0x07FF_6000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
    return (word >> UInt64(c & 0x3F)) & 1 != 0
  }

  /// The attribute names the cleaner reads (`KnownName.attributeNames`), lower-case.
  static let readNames: [[UInt8]] = KnownName.attributeNames.map { Array($0.string.utf8) }

  /// Whether the name at `name` is one of `readNames`, in any case (each byte with bit 0x20 set
  /// equals the name's byte, as `referenceIsReadName` compares).
  ///
  /// The bytes, so changed, are packed into one word and compared with the names packed the same
  /// way, written out below: this runs for every attribute of every page, and the loop over
  /// `readNames` (a static read, then a compare per candidate) cost some 150 instructions a call.
  /// `PrescanTests` holds the words to `readNames`.
  static func isReadName(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    guard length >= 2 && length <= 8 else { return false }
    var key: UInt64 = 0
    for k in 0..<length { key |= UInt64(name[k] | 0x20) << (8 * UInt64(k)) }
    switch length {
    case 2: return key == 0x6469  // id
    case 3: return key == 0x6C_6572  // rel
    case 4:
      // role, type, href, lang, name
      return key == 0x656C_6F72 || key == 0x6570_7974 || key == 0x6665_7268 || key == 0x676E_616C || key == 0x656D_616E
    case 5: return key == 0x73_7361_6C63 || key == 0x65_6C79_7473 || key == 0x65_6C74_6974  // class, style, title
    case 6: return key == 0x6E65_6464_6968  // hidden
    case 7: return key == 0x74_6E65_746E_6F63  // content
    default:
      // itemprop, property, datetime
      return key == 0x706F_7270_6D65_7469 || key == 0x7974_7265_706F_7270 || key == 0x656D_6974_6574_6164
    }
  }

  /// `isReadName` as a loop over `readNames` (the reference tests compare it with).
  static func referenceIsReadName(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    candidates: for candidate in readNames where candidate.count == length {
      for k in 0..<length where name[k] | 0x20 != candidate[k] { continue candidates }
      return true
    }
    return false
  }
}
