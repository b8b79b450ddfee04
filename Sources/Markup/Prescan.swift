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
/// - **Long values of `class`, `href`, `id`, `style` and `title`** become short placeholders that
///   the walk reads back from the page (see `prepared(_:maxAttributes:reading:maxVisible:substituting:spans:)`).
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
    var spans: [Int] = []
    return prepared(buffer, maxAttributes: maxAttributes, reading: reading, maxVisible: maxVisible, substituting: false, spans: &spans)
  }

  /// `prepared`, and with `substituting` (only when reading known attributes) the long values of
  /// the attributes in `substitutedNames` are also taken out of libxml2's way: each becomes a
  /// placeholder, `0x7F` and the decimal number `k` of its span, and `spans[2k]`, `spans[2k + 1]`
  /// are where its bytes start in `buffer` and how many there are.
  ///
  /// Why: libxml2 2.9 reads an attribute value with two function calls per byte and grows its
  /// buffer as it goes, about 120 instructions a byte, and class lists and links are a third of
  /// what it still reads of a page. The walk hands out the original bytes for a placeholder
  /// (`AttributeValue`), so every value reads as it was. A value is replaced only when libxml2
  /// would copy it byte for byte: quoted, cut exactly as libxml2 cuts the tag (the conditions of
  /// cutting an attribute), and made of printable ASCII, tab and line feed without `&` (no entity,
  /// no character libxml2 would check or reinterpret). A page holding a `0x7F` byte anywhere gets
  /// no placeholder, so no value of the page can be mistaken for one.
  static func prepared(
    _ buffer: UnsafeBufferPointer<UInt8>, maxAttributes: Int, reading: AttributeReading, maxVisible: Int,
    substituting: Bool, spans: inout [Int]
  ) -> [UInt8]? {
    do {
      guard let base = buffer.baseAddress else { return nil }
      let n = buffer.count
      // libxml2 reads a NUL as the end of its input: a page holding one keeps every attribute.
      let pruning = reading == .known && memchr(base, 0, n) == nil
      let placing = pruning && substituting && memchr(base, Int32(placeholderMark), n) == nil
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
      /// Replaces the value bytes in `range` with a placeholder for span number `spans.count / 2`.
      func place(_ range: Range<Int>) {
        drop(range)
        out!.append(placeholderMark)
        // The number's digits, last first, then turned around in place.
        let first = out!.count
        var k = spans.count / 2
        repeat {
          out!.append(UInt8(0x30 + k % 10))
          k /= 10
        } while k > 0
        out![first...].reverse()
        spans.append(range.lowerBound)
        spans.append(range.count)
      }

      // Where the text after the last tag starts, when libxml2 ends that tag at the same `>`.
      var textStart: Int?
      scan: while let lt = find(0x3C, from: i) {
        if let start = textStart {
          textStart = nil
          if lt - start >= minimumPlacedText, Self.isTextCopiedVerbatim(base + start, lt - start) { place(start..<lt) }
        }
        i = lt + 1
        guard i < n else { break }
        // An end tag read as libxml2 reads it (a name, blanks, `>`): the text after it can be placed.
        if placing, base[i] == 0x2F, i + 1 < n, isLetter(base[i + 1]) {
          var j = i + 1
          while j < n, Self.isNameByte(base[j]) { j += 1 }
          if j - i - 1 < 100 {
            while j < n, base[j] == 0x20 || base[j] == 0x09 || base[j] == 0x0A || base[j] == 0x0D { j += 1 }
            if j < n, base[j] == 0x3E { textStart = j + 1 }
          }
          continue
        }
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
          var quotedValue: Range<Int>?
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
              quotedValue = valueStart..<close
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
          } else if placing, !diverged, let value = quotedValue, value.count >= minimumPlacedLength,
            Self.isSubstitutedName(base + start, nameEnd - start), Self.isCopiedVerbatim(base + value.lowerBound, value.count)
          {
            place(value)
          }
        }
        if closed, let rawText, let end = endTag(rawText, from: i + 1) {
          // JSON is kept whole, and never read as markup (its strings may hold tags).
          if !carriesJSON, end > i + 1 { drop((i + 1)..<end) }
          i = end
        } else if placing, closed, !diverged, rawText == nil, nameLength < 100,
          (nameStart..<(nameStart + nameLength)).allSatisfy({ Self.isNameByte(base[$0]) })
        {
          textStart = i + 1
        }
      }
      guard var result = out else { return nil }
      result.append(contentsOf: UnsafeBufferPointer(start: base + copiedUpTo, count: n - copiedUpTo))
      return result
    }
  }

  /// The first byte of a placeholder (DEL: printable to libxml2, absent from real class lists).
  static let placeholderMark: UInt8 = 0x7F
  /// Values shorter than this stay: a placeholder is a mark and up to five digits.
  static let minimumPlacedLength = 8
  /// The attributes whose values may become placeholders: the long ones libxml2 does not read
  /// itself (it looks into `content` for a charset, and `http-equiv` and `charset` stay too).
  private static let substitutedNames: [[UInt8]] = ["class", "href", "style", "id", "title"].map { Array($0.utf8) }

  static func isSubstitutedName(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    candidates: for candidate in substitutedNames where candidate.count == length {
      for k in 0..<length where name[k] | 0x20 != candidate[k] { continue candidates }
      return true
    }
    return false
  }

  /// Text shorter than this stays (a placeholder and its span cost about as much as libxml2
  /// reading two dozen bytes).
  static let minimumPlacedText = 24

  /// A byte of an element name as libxml2 reads one: ASCII letters and digits, `:`, `-`, `_`, `.`.
  @inline(__always)
  static func isNameByte(_ c: UInt8) -> Bool {
    ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x3A || c == 0x2D || c == 0x5F || c == 0x2E
  }

  /// Whether libxml2 2.9 delivers the `length` bytes at `text` (all the text between two tags) to
  /// one `characters` event as they are, so a placeholder read back gives the same run:
  /// - every character is copied: valid UTF-8 (a bad sequence makes libxml2 switch the page to
  ///   Latin-1) of characters XML allows (it drops the others: C0 controls but tab, line feed
  ///   and carriage return, U+FFFE, U+FFFF), and no `&` (an entity);
  /// - it is not all blanks: libxml2 treats blank text apart (`areBlanks`), and never a
  ///   placeholder. (It hands text over in 1000-byte pieces, but a blank piece with more text
  ///   after it is not taken for blanks, so the pieces of one text all meet the same checks.)
  static func isTextCopiedVerbatim(_ text: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    var first = 0
    while first < length, text[first] == 0x20 || text[first] == 0x09 || text[first] == 0x0A || text[first] == 0x0D { first += 1 }
    guard first < length else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var k = 0
    while k < length {
      if k + 8 <= length {
        // Eight printable ASCII bytes other than `&` pass at once.
        let w = UnsafeRawPointer(text + k).loadUnaligned(as: UInt64.self)
        let below20 = (w &- ones &* 0x20) & ~w & highs
        let x26 = w ^ (ones &* 0x26)
        let amp = (x26 &- ones) & ~x26 & highs
        let high = (w &+ ones) & highs | w & highs
        if below20 | amp | high == 0 {
          k += 8
          continue
        }
      }
      let b = text[k]
      if b < 0x80 {
        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x26 || b == 0x7F { return false }
        k += 1
        continue
      }
      guard let size = validUTF8Character(text + k, length - k) else { return false }
      k += size
    }
    return true
  }

  /// The length of the UTF-8 sequence at `p` when it is well formed (RFC 3629: shortest form, no
  /// surrogate, at most U+10FFFF) and not U+FFFE or U+FFFF; nil otherwise.
  static func validUTF8Character(_ p: UnsafePointer<UInt8>, _ available: Int) -> Int? {
    let b0 = p[0]
    func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      k < available && p[k] >= low && p[k] <= high
    }
    switch b0 {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : nil
    case 0xE0:
      return continuation(1, 0xA0) && continuation(2) ? 3 : nil
    case 0xE1...0xEC, 0xEE:
      return continuation(1) && continuation(2) ? 3 : nil
    case 0xED:
      return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
    case 0xEF:
      guard continuation(1) && continuation(2) else { return nil }
      // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
      return p[1] == 0xBF && p[2] >= 0xBE ? nil : 3
    case 0xF0:
      return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
    case 0xF4:
      return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
    default:
      return nil
    }
  }

  /// Whether libxml2 copies the `length` bytes at `value` into a quoted attribute value as they
  /// are: printable ASCII, tab or line feed, and no `&` (which starts an entity).
  static func isCopiedVerbatim(_ value: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    // Eight bytes at a time: a word with no byte below 0x20, at or above 0x7F, or equal to `&`
    // passes whole; any other word is looked at byte by byte (tab and line feed are below 0x20).
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var k = 0
    while k + 8 <= length {
      let w = UnsafeRawPointer(value + k).loadUnaligned(as: UInt64.self)
      let below20 = (w &- ones &* 0x20) & ~w & highs
      let x26 = w ^ (ones &* 0x26)
      let amp = (x26 &- ones) & ~x26 & highs
      let high = (w &+ ones) & highs | w & highs  // 0x7F + 1 sets the high bit, as do bytes ≥ 0x80
      if below20 | amp | high != 0 {
        for j in k..<(k + 8) where !isVerbatimByte(value[j]) { return false }
      }
      k += 8
    }
    while k < length {
      if !isVerbatimByte(value[k]) { return false }
      k += 1
    }
    return true
  }

  /// One byte of `isCopiedVerbatim`.
  @inline(__always)
  static func isVerbatimByte(_ b: UInt8) -> Bool {
    !((b < 0x20 && b != 0x09 && b != 0x0A) || b >= 0x7F || b == 0x26)
  }

  /// Whether the `length` bytes at `name` are a name libxml2 reads whole as an attribute name: HTML
  /// name characters starting with a letter, `_`, `:` or `.`, and shorter than its name buffer.
  static func isPlainName(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    guard length > 0, length < 100 else { return false }
    let first = name[0]
    guard (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first == 0x5F || first == 0x3A || first == 0x2E else { return false }
    for k in 1..<max(length, 1) {
      let c = name[k]
      let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
      let digit = c >= 0x30 && c <= 0x39
      if !(letter || digit || c == 0x3A || c == 0x2D || c == 0x5F || c == 0x2E) { return false }
    }
    return true
  }

  /// The attribute names the cleaner reads (`KnownName.attributeNames`), lower-case.
  private static let readNames: [[UInt8]] = KnownName.attributeNames.map { Array($0.string.utf8) }

  /// Whether the name at `name` is one of `readNames`, in any case.
  static func isReadName(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    // Every read name fits in eight bytes: compared as one word each (the bytes with 0x20 set,
    // as the byte-wise comparison sets it), not letter by letter against fifteen names.
    guard length <= 8 else { return false }
    let key = packedFolded(name, length)
    for k in readNameKeys.indices where readNameKeys[k] == key && readNameLengths[k] == length { return true }
    return false
  }

  /// Whether `isReadName` compares the names byte by byte, for the test that holds the packed
  /// comparison to it.
  static func isReadNameBytewise(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    candidates: for candidate in readNames where candidate.count == length {
      for k in 0..<length where name[k] | 0x20 != candidate[k] { continue candidates }
      return true
    }
    return false
  }

  /// The `length` (at most 8) bytes at `name`, each with 0x20 set, in one word (the length is
  /// compared apart: a shorter name leaves zero bytes that no longer name could have, since every
  /// folded byte has 0x20 set).
  @inline(__always)
  static func packedFolded(_ name: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
    var key: UInt64 = 0
    for k in 0..<length { key |= UInt64(name[k] | 0x20) << (8 * k) }
    return key
  }

  private static let readNameKeys: [UInt64] = readNames.map { name in
    name.withUnsafeBufferPointer { packedFolded($0.baseAddress!, $0.count) }
  }
  private static let readNameLengths: [Int] = readNames.map(\.count)
}
