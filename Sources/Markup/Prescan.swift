#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One byte-level pass over a page before libxml2 sees it, cutting what the tree would never keep.
///
/// - **Attributes past the visible ones.** The walk shows a tag's first
///   `ParseLimits.maxAttributesPerElement` distinct attribute names; the attributes after the one
///   that makes that many are cut. That also spares libxml2 2.9 its check of each new attribute
///   against all earlier ones (one element with 100,000 attributes took 16 seconds).
/// - **The content of `script` and `style`.** On real pages scripts are a third of the bytes and
///   styles an eighth, the walk never reads them (see `HTMLParser.skippedTags`), yet libxml2 2.9
///   reads raw text one character at a time. Scripts that carry JSON (`application/ld+json`
///   metadata) are kept, as a placeholder where libxml2 would hand their text out as it is. (Inline `svg` stays: libxml2 reads it as markup, and where a nested
///   `svg` or a stray end tag inside one makes it end is libxml2's to say. Its `path` data goes
///   with the unread attributes.)
/// - **Attributes the reader never asks for** (`AttributeReading.known`): `src`, `srcset`, the
///   `data-*` of analytics and lazy loading, `onclick`, `alt` are a quarter of a real page's
///   bytes, and libxml2 2.9 reads attribute values with two function calls per character.
/// - **Long values of `class`, `href`, `id`, `style` and `title`, and long text between tags**
///   become short placeholders that the walk reads back from the page (see
///   `prepared(_:reading:maxVisible:substituting:spans:)`).
///
/// Every cut must leave libxml2 reading the rest as it would have, so the scan splits markup
/// exactly as libxml2 2.9's HTML parser does (`HTMLparser.c`): a start tag's name and attributes
/// as `htmlParseStartTag` reads them (a token that does not start like a name is skipped up to the
/// next blank, `>` or `/>`, quotes or not; the form feed is not a blank), end tags as
/// `htmlParseEndTag` reads them (after a bad name, everything up to the next `>` goes), comments to
/// the first `-->` or `--!>` (their bodies cut: the walk never reads one), processing instructions to the next `>`, `<script/>` as an empty element,
/// raw text to the first `</script` or `</style` (any case). Where the scan cannot follow (a quote that never closes, a script that never ends, a doctype with quoted
/// identifiers, the input ending inside a tag) it stops cutting. libxml2 stops reading markup at a
/// NUL, so the scan ends at the first one. Pages with nothing to cut are returned without a copy.
/// The input is UTF-8, as the parser requires (libxml2 switches a page with a malformed sequence
/// to Latin-1 midway); on such input the fuzz target holds the cleaner's walk to libxml2's
/// reading of the untouched page.
enum Prescan {
  static func prepared(_ bytes: [UInt8], reading: AttributeReading = .all, maxVisible: Int = .max) -> [UInt8] {
    bytes.withUnsafeBufferPointer { prepared($0, reading: reading, maxVisible: maxVisible) } ?? bytes
  }

  /// `prepared` of the bytes in `buffer`, or nil when nothing is cut (the page is `buffer` as it
  /// is): a page held in a string is read in place, without a copy into an array first.
  static func prepared(
    _ buffer: UnsafeBufferPointer<UInt8>, reading: AttributeReading = .all, maxVisible: Int = .max
  ) -> [UInt8]? {
    var spans: [Int] = []
    return prepared(buffer, reading: reading, maxVisible: maxVisible, substituting: false, spans: &spans)
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
    _ buffer: UnsafeBufferPointer<UInt8>, reading: AttributeReading, maxVisible: Int,
    substituting: Bool, spans: inout [Int]
  ) -> [UInt8]? {
    do {
      guard let base = buffer.baseAddress else { return nil }
      let count = buffer.count
      // libxml2 stops reading markup at a NUL (its loops test for one); what comes before the
      // first NUL it reads as if nothing followed, so the scan ends there and the rest is copied.
      let n = memchr(base, 0, count).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
      let pruning = reading == .known
      let placing = pruning && substituting && memchr(base, Int32(placeholderMark), count) == nil
        && !Self.refersToDelete(buffer)
      // The prepared page, written from the first cut on (`cutting`) into memory of our own and
      // made an array once at the end: an array's `append(contentsOf:)` cost a hundred
      // instructions a call, two calls a placeholder. Never longer than the page but for
      // placeholders past ten million (a mark and eight digits for an eight-byte value), for
      // which it grows.
      var out: UnsafeMutablePointer<UInt8>?
      var outCount = 0
      var outCapacity = 0
      defer { out?.deallocate() }
      var cutting = false
      var copiedUpTo = 0
      // The spans, in a local (an `inout` parameter captured by the nested functions costs a
      // run-time exclusivity check per access), handed back on the way out.
      var placedSpans = spans
      spans = []
      defer { spans = placedSpans }
      /// Room for `length` more bytes in `out`.
      func reserve(_ length: Int) {
        if outCount + length > outCapacity {
          let capacity = max(outCount + length, 2 * outCapacity)
          let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
          if let out { UnsafeMutableRawPointer(grown).copyMemory(from: out, byteCount: outCount) }
          out?.deallocate()
          out = grown
          outCapacity = capacity
        }
      }
      func write(_ from: UnsafePointer<UInt8>, _ length: Int) {
        reserve(length)
        UnsafeMutableRawPointer(out! + outCount).copyMemory(from: from, byteCount: length)
        outCount += length
      }
      var i = 0
      // Read once: the name loops below test every byte of every tag and attribute name.
      let nameBytes = Self.nameByteTable

      func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
      // libxml2's blanks inside markup (`IS_BLANK_CH`): the form feed is not one.
      func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
      func isNameStart(_ c: UInt8) -> Bool { isLetter(c) || c == 0x5F || c == 0x3A || c == 0x2E }
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
        if !cutting {
          cutting = true
          out = .allocate(capacity: count)
          outCapacity = count
        }
        write(base + copiedUpTo, range.lowerBound - copiedUpTo)
        copiedUpTo = range.upperBound
      }
      /// Replaces the value bytes in `range` with a placeholder for span number `spans.count / 2`.
      func place(_ range: Range<Int>) {
        drop(range)
        // The mark and the number's digits, written in place, last digit first (no closure
        // here: one made every captured variable take a run-time exclusivity check).
        var k = placedSpans.count / 2
        var digits = 1
        var rest = k
        while rest >= 10 {
          rest /= 10
          digits += 1
        }
        reserve(1 + digits)
        let at = out! + outCount
        at[0] = placeholderMark
        var q = digits
        repeat {
          at[q] = UInt8(0x30 + k % 10)
          k /= 10
          q -= 1
        } while k > 0
        outCount += 1 + digits
        placedSpans.append(range.lowerBound)
        placedSpans.append(range.count)
      }
      /// One attribute of a start tag as libxml2 reads it: a name, and a value if `=` follows.
      struct Attribute {
        var start: Int
        var nameEnd: Int
        var end: Int
        var value: Range<Int>?
        var quoted: Bool
      }
      // The attributes of the start tag being read (`attributeCount` of them), in memory of our
      // own: as an array, emptied per tag and appended to per attribute, its generic code
      // (uniqueness and capacity checks) cost more than reading the attribute did.
      var attributeCapacity = 32
      var attributes = UnsafeMutablePointer<Attribute>.allocate(capacity: attributeCapacity)
      var attributeCount = 0
      defer { attributes.deallocate() }

      // Where the text after the last tag starts, when libxml2 ends that tag at the same `>`.
      var textStart: Int?
      // The name of that tag when it was a start tag not closed by `/>` (start and length), read
      // by `leavesOrdinaryElementOpen` only for long blank text.
      var openedName: (start: Int, length: Int)?
      scan: while let lt = find(0x3C, from: i) {
        if let start = textStart {
          textStart = nil
          if lt - start >= minimumPlacedText,
            Self.isTextCopiedVerbatim(base + start, lt - start)
              || (openedName.map { Self.leavesOrdinaryElementOpen(base + $0.start, $0.length) } == true
                && Self.isBlank(base + start, lt - start))
          {
            place(start..<lt)
          }
        }
        i = lt + 1
        guard i < n else { break }
        let c = base[i]
        if c == 0x21 {
          if i + 2 < n, base[i + 1] == 0x2D, base[i + 2] == 0x2D {
            // A comment ends at the first `-->` or `--!>` after `<!--` (libxml2 2.9.14's
            // `htmlParseComment` takes both); one that never ends holds the rest.
            var j = i + 3
            var end: Int?
            var bodyEnd = 0
            while let dash = find(0x2D, from: j) {
              if dash + 2 < n, base[dash + 1] == 0x2D {
                if base[dash + 2] == 0x3E {
                  end = dash + 3
                } else if base[dash + 2] == 0x21, dash + 3 < n, base[dash + 3] == 0x3E {
                  end = dash + 4
                }
                if end != nil {
                  bodyEnd = dash
                  break
                }
              }
              j = dash + 1
            }
            guard let end else { break scan }
            // The walk never reads a comment, only counts it as a node, but libxml2 copies its
            // body a character at a time: it gets the comment empty (well-formed UTF-8 only, so
            // that no encoding error of the body goes missing).
            if bodyEnd - (i + 3) >= minimumDroppedComment, Self.isWellFormedUTF8(base + i + 3, bodyEnd - i - 3) {
              drop((i + 3)..<bodyEnd)
            }
            i = end
          } else if matches("doctype", at: i + 1) {
            // A doctype ends at the first `>` after its quoted identifiers; with a quote in it
            // the scan stops rather than follow libxml2's literal parsing.
            guard let gt = find(0x3E, from: i + 8), memchr(base + i + 8, 0x22, gt - i - 8) == nil,
              memchr(base + i + 8, 0x27, gt - i - 8) == nil
            else { break scan }
            i = gt + 1
          }
          // Any other `<!` is text to libxml2.
          continue
        }
        if c == 0x3F {
          // A processing instruction with a target runs to the next `>`; `<?` without one is text.
          guard i + 1 < n else { break }
          let d = base[i + 1]
          if isLetter(d) || d == 0x5F || d == 0x3A {
            guard let gt = find(0x3E, from: i + 1) else { break scan }
            i = gt + 1
          } else if d >= 0x80 {
            break scan
          }
          continue
        }
        // An end tag, read as libxml2 reads one: a name (a letter, `_`, `:` or `.` first), blanks,
        // `>`. Anything else after the name is skipped up to the next `>`, markup included, so
        // the scan resumes there too. After an exact end tag the text can be placed.
        if c == 0x2F {
          guard i + 1 < n, isNameStart(base[i + 1]) else { continue }
          var j = i + 1
          let nameLimit = min(n, i + 101)
          while j < nameLimit, nameBytes[Int(base[j])] { j += 1 }
          while j < n, isBlank(base[j]) { j += 1 }
          if j < n, base[j] == 0x3E {
            if placing {
              textStart = j + 1
              openedName = nil
            }
            i = j + 1
          } else {
            guard let gt = find(0x3E, from: j) else { break scan }
            i = gt + 1
          }
          continue
        }
        guard isLetter(c) else { continue }

        // A start tag: its name, then its attributes exactly as libxml2's `htmlParseStartTag`
        // splits them (a token that does not start like a name is skipped up to the next blank,
        // `>` or `/>`, quotes or not), so the tag ends at the `>` libxml2 ends it at.
        let nameStart = i
        let nameLimit = min(n, nameStart + 100)
        while i < nameLimit, nameBytes[Int(base[i])] { i += 1 }
        let nameLength = i - nameStart
        let rawText: StaticString? =
          nameLength == 6 && matches("script", at: nameStart) ? "script"
          : nameLength == 5 && matches("style", at: nameStart) ? "style" : nil
        attributeCount = 0
        while i < n, isBlank(base[i]) { i += 1 }
        while i < n, base[i] != 0x3E, !(base[i] == 0x2F && i + 1 < n && base[i + 1] == 0x3E) {
          if isNameStart(base[i]) {
            let start = i
            var j = i
            let nameLimit = min(n, start + 100)
            while j < nameLimit, nameBytes[Int(base[j])] { j += 1 }
            let nameEnd = j
            while j < n, isBlank(base[j]) { j += 1 }
            var value: Range<Int>?
            var quoted = false
            if j < n, base[j] == 0x3D {
              j += 1
              while j < n, isBlank(base[j]) { j += 1 }
              if j < n, base[j] == 0x22 || base[j] == 0x27 {
                // A quote that never closes holds the rest of the page for libxml2.
                guard let close = find(base[j], from: j + 1) else { break scan }
                value = (j + 1)..<close
                quoted = true
                j = close + 1
              } else {
                let valueStart = j
                while j < n, !isBlank(base[j]), base[j] != 0x3E { j += 1 }
                value = valueStart..<j
              }
            }
            if attributeCount == attributeCapacity {
              let grown = UnsafeMutablePointer<Attribute>.allocate(capacity: 2 * attributeCapacity)
              grown.moveInitialize(from: attributes, count: attributeCount)
              attributes.deallocate()
              attributes = grown
              attributeCapacity *= 2
            }
            (attributes + attributeCount).initialize(to: Attribute(start: start, nameEnd: nameEnd, end: j, value: value, quoted: quoted))
            attributeCount += 1
            i = j
          } else {
            while i < n, !isBlank(base[i]), base[i] != 0x3E, !(base[i] == 0x2F && i + 1 < n && base[i + 1] == 0x3E) { i += 1 }
          }
          while i < n, isBlank(base[i]) { i += 1 }
        }
        // A start tag the input ends inside: nothing after it is markup.
        guard i < n else { break scan }
        // `<script … />` is an empty element to libxml2, with no raw text after it.
        let selfClosed = base[i] == 0x2F
        if selfClosed { i += 1 }

        // libxml2 keeps the first of repeated names, and the walk shows the first `maxVisible`
        // names kept: attributes past the one that makes that many distinct names are never
        // seen (a cap that also spares libxml2 its quadratic check of a hostile tag's names).
        let tagAttributes = UnsafeBufferPointer(start: attributes, count: attributeCount)
        var visible = attributeCount
        if attributeCount > maxVisible {
          var names = Set<[UInt8]>()
          for (k, attribute) in tagAttributes.enumerated() {
            names.insert((attribute.start..<attribute.nameEnd).map { base[$0] | (base[$0] >= 0x41 && base[$0] <= 0x5A ? 0x20 : 0) })
            if names.count == maxVisible {
              visible = k + 1
              break
            }
          }
        }
        var carriesJSON = false
        for k in 0..<attributeCount {
          let attribute = tagAttributes[k]
          let nameLength = attribute.nameEnd - attribute.start
          if rawText != nil, nameLength == 4, matches("type", at: attribute.start), let value = attribute.value {
            var v = value.lowerBound
            while v + 4 <= value.upperBound {
              if matches("json", at: v) {
                carriesJSON = true
                break
              }
              v += 1
            }
          }
          // The name packed once for both tests below (each packed it a byte at a time).
          let packed = Self.packedName(base + attribute.start, nameLength, readable: count - attribute.start)
          if k >= visible || (pruning && !Self.isReadName(packed: packed, nameLength)) {
            drop(attribute.start..<attribute.end)
          } else if placing, attribute.quoted, let value = attribute.value, value.count >= minimumPlacedLength,
            Self.isSubstitutedName(packed: packed, nameLength), Self.isCopiedVerbatim(base + value.lowerBound, value.count),
            // libxml2 reads a `content` for a charset when the tag has an `http-equiv`; it is
            // told the page is UTF-8 and ignores the charset, but such a content stays all the same.
            nameLength != 7 || !tagAttributes.contains(where: { $0.nameEnd - $0.start == 10 && matches("http-equiv", at: $0.start) })
          {
            place(value)
          }
        }
        if let rawText, !selfClosed {
          // libxml2 looks for an end tag, and for a tag that closes the element (`noscript` a
          // script, `body` or `frameset` a style), before it reads raw text: content that opens
          // with one is parsed as markup, up to where the element may end. The scan does not
          // follow that (it would need libxml2's stack of open elements) and stops cutting; an
          // empty element (`<script></script>`) is the common case and reads the same either way.
          if i + 2 < n, base[i + 1] == 0x3C {
            func opens(_ name: StaticString, at k: Int) -> Bool {
              let end = k + name.utf8CodeUnitCount
              return matches(name, at: k) && (end >= n || !Self.isNameByte(base[end]))
            }
            if base[i + 2] == 0x2F {
              guard opens(rawText, at: i + 3) else { break scan }
            } else if rawText.utf8CodeUnitCount == 6 ? opens("noscript", at: i + 2) : (opens("body", at: i + 2) || opens("frameset", at: i + 2)) {
              break scan
            }
          }
          // A script or style that never ends is raw text to the end of the page for libxml2:
          // nothing after it is markup, so nothing more is cut.
          guard let end = endTag(rawText, from: i + 1) else { break scan }
          // libxml2 stops its raw text at `</script` whatever follows, but an end tag with a
          // longer name (`</scriptx>`) does not close the element, and its raw text goes on
          // after that tag: the scan does not follow that and stops cutting.
          let nameEnd = end + 2 + rawText.utf8CodeUnitCount
          if nameEnd < n, Self.isNameByte(base[nameEnd]) { break scan }
          // JSON is kept whole, and never read as markup (its strings may hold tags).
          if !carriesJSON, end > i + 1 {
            drop((i + 1)..<end)
          } else if placing, end - i - 1 >= minimumPlacedText, base[i + 1] != 0x3C,
            Self.isTextCopiedVerbatim(base + i + 1, end - i - 1, rawText: true)
          {
            // Kept JSON (JSON-LD metadata: some 6 KB a page, which libxml2 2.9 reads one
            // character at a time) becomes a placeholder that the walk reads back, when libxml2
            // would hand it out as it is: `htmlParseScript` copies every character XML allows up
            // to the `</script` (or `</style`) found above, in 1000-byte pieces the walk joins
            // into one run. Content opening with `<` stays: libxml2 looks at a tag there first.
            place((i + 1)..<end)
          }
          i = end
        } else if placing, rawText == nil {
          textStart = i + 1
          openedName = selfClosed ? nil : (nameStart, nameLength)
        }
      }
      guard cutting, let out else { return nil }
      let rest = count - copiedUpTo
      if outCount + rest == 0 { return [] }
      return [UInt8](unsafeUninitializedCapacity: outCount + rest) { result, initialized in
        let to = UnsafeMutableRawPointer(result.baseAddress!)
        to.copyMemory(from: out, byteCount: outCount)
        (to + outCount).copyMemory(from: base + copiedUpTo, byteCount: rest)
        initialized = outCount + rest
      }
    }
  }

  /// Whether `bytes` hold a numeric character reference to DEL (`&#127;`, `&#x7F;`): libxml2
  /// turns it into the byte a placeholder starts with, so such a page gets no placeholder.
  static func refersToDelete(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let n = bytes.count
    var i = 0
    while i < n, let hit = memchr(base + i, 0x26, n - i) {
      var j = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base + 1
      i = j
      guard j < n, base[j] == 0x23 else { continue }
      j += 1
      var value = 0
      var digits = 0
      if j < n, base[j] | 0x20 == 0x78 {
        j += 1
        while j < n, let digit = hexValue(base[j]) {
          value = min(value * 16 + digit, 1 << 24)
          digits += 1
          j += 1
        }
      } else {
        while j < n, base[j] >= 0x30, base[j] <= 0x39 {
          value = min(value * 10 + Int(base[j] - 0x30), 1 << 24)
          digits += 1
          j += 1
        }
      }
      if digits > 0, value == 0x7F { return true }
    }
    return false
  }

  private static func hexValue(_ c: UInt8) -> Int? {
    switch c {
    case 0x30...0x39: return Int(c - 0x30)
    case 0x41...0x46: return Int(c - 0x41 + 10)
    case 0x61...0x66: return Int(c - 0x61 + 10)
    default: return nil
    }
  }

  /// The first byte of a placeholder (DEL: printable to libxml2, absent from real class lists).
  static let placeholderMark: UInt8 = 0x7F
  /// Values shorter than this stay: a placeholder is a mark and up to five digits.
  static let minimumPlacedLength = 8
  /// The attributes whose values may become placeholders: the long ones libxml2 does not read
  /// itself (`http-equiv` and `charset` stay, and so does a `content` beside an `http-equiv`,
  /// where libxml2 looks for a charset). Meta `content` (descriptions, titles, image links) is
  /// some 1.5 KB a page.
  private static let substitutedNames: [[UInt8]] = ["class", "href", "style", "id", "title", "content"].map { Array($0.utf8) }

  /// Whether the name at `name` is one of `substitutedNames`, in any case, compared packed into
  /// one word as `isReadName` compares (the loop over the names, `referenceIsSubstitutedName`,
  /// cost a static read and a compare per candidate for every long value). `PrescanTests` holds
  /// the words to `substitutedNames`.
  static func isSubstitutedName(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    isSubstitutedName(packed: packedName(name, length, readable: length), length)
  }

  /// `isSubstitutedName` of the name `packedName` packed.
  @inline(__always)
  static func isSubstitutedName(packed key: UInt64, _ length: Int) -> Bool {
    guard length >= 2 && length <= 7 else { return false }
    switch length {
    case 2: return key == 0x6469  // id
    case 4: return key == 0x6665_7268  // href
    case 5: return key == 0x73_7361_6C63 || key == 0x65_6C79_7473 || key == 0x65_6C74_6974  // class, style, title
    case 7: return key == 0x74_6E65_746E_6F63  // content
    default: return false
    }
  }

  /// `isSubstitutedName` as a loop over `substitutedNames` (the reference tests compare it with).
  static func referenceIsSubstitutedName(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    candidates: for candidate in substitutedNames where candidate.count == length {
      for k in 0..<length where name[k] | 0x20 != candidate[k] { continue candidates }
      return true
    }
    return false
  }

  /// Comment bodies shorter than this stay (a cut costs about what libxml2 spends on a dozen bytes).
  static let minimumDroppedComment = 12

  /// Whether the `length` bytes at `text` are well-formed UTF-8 (`validUTF8Character`, which also
  /// turns away U+FFFE and U+FFFF: the check is only ever conservative).
  static func isWellFormedUTF8(_ text: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    var k = 0
    while k < length {
      if k + 8 <= length, UnsafeRawPointer(text + k).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        k += 8
        continue
      }
      if text[k] < 0x80 {
        k += 1
        continue
      }
      guard let size = validUTF8Character(text + k, length - k) else { return false }
      k += size
    }
    return true
  }

  /// Whether the `length` bytes at `text` are all blanks as libxml2 counts them (`IS_BLANK_CH`).
  static func isBlank(_ text: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    for k in 0..<length where !(text[k] == 0x20 || text[k] == 0x09 || text[k] == 0x0A || text[k] == 0x0D) { return false }
    return true
  }

  /// The elements after whose start tag blank text may become a placeholder: all but `html`,
  /// `head` and `body`, and the empty elements of libxml2 2.9's table (which it closes at once).
  ///
  /// Why blank text needs this: libxml2 hands out blank text (indentation, some 4 KB a page in
  /// runs of two dozen bytes or more) as characters only where `areBlanks` says it is not
  /// ignorable, and non-blank text where the open element is none, `html` or `head` makes it
  /// open an implied `p` first (`htmlCheckParagraph`). A placeholder is never blank. Right after
  /// the start tag of one of these elements, kept open, the open element is that element, and
  /// the blank text ends at a `<`: `areBlanks` finds it not ignorable (the walk builds no tree, so
  /// libxml2 has no node to look at), no `p` is implied, and the placeholder is read back as the
  /// same characters. (After an end tag the open element is libxml2's to say: no such text is
  /// placed there.)
  static func leavesOrdinaryElementOpen(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    candidates: for candidate in nonOrdinaryElements where candidate.count == length {
      for k in 0..<length where name[k] | 0x20 != candidate[k] { continue candidates }
      return false
    }
    return true
  }

  private static let nonOrdinaryElements: [[UInt8]] = [
    "html", "head", "body", "area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link",
    "meta", "param",
  ].map { Array($0.utf8) }

  /// Text shorter than this stays (a placeholder and its span cost about as much as libxml2
  /// reading two dozen bytes).
  static let minimumPlacedText = 24

  /// Whether libxml2 2.9 delivers the `length` bytes at `text` (all the text between two tags) to
  /// one `characters` event as they are, so a placeholder read back gives the same run:
  /// - every character is copied: valid UTF-8 (a bad sequence makes libxml2 switch the page to
  ///   Latin-1) of characters XML allows (it drops the others: C0 controls but tab, line feed
  ///   and carriage return, U+FFFE, U+FFFF), and no `&` (an entity);
  /// - it is not all blanks: libxml2 treats blank text apart (`areBlanks`), and never a
  ///   placeholder. (It hands text over in 1000-byte pieces, but a blank piece with more text
  ///   after it is not taken for blanks, so the pieces of one text all meet the same checks.)
  ///
  /// With `rawText` (the content of a `script` or `style`, which `htmlParseScript` reads) `&` is
  /// copied as it is too: raw text has no entities. Inlined, so each call site reads with its
  /// `rawText` fixed (called, it cost some 0.7 M instructions more on 40 pages).
  @inline(__always)
  static func isTextCopiedVerbatim(_ text: UnsafePointer<UInt8>, _ length: Int, rawText: Bool = false) -> Bool {
    var first = 0
    while first < length, text[first] == 0x20 || text[first] == 0x09 || text[first] == 0x0A || text[first] == 0x0D { first += 1 }
    guard first < length else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // Where an `&` counts as a byte to look at: everywhere but in raw text.
    let ampMask: UInt64 = rawText ? 0 : highs
    let ampStops: Bool = !rawText
    var k = 0
    while k < length {
      if k + 8 <= length {
        // Eight printable ASCII bytes (other than `&` outside raw text) pass at once.
        let w = UnsafeRawPointer(text + k).loadUnaligned(as: UInt64.self)
        let below20 = (w &- ones &* 0x20) & ~w & highs
        let x26 = w ^ (ones &* 0x26)
        let amp = (x26 &- ones) & ~x26 & ampMask
        let high = (w &+ ones) & highs | w & highs
        if below20 | amp | high == 0 {
          k += 8
          continue
        }
      }
      let b = text[k]
      if b < 0x80 {
        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || (b == 0x26 && ampStops) || b == 0x7F { return false }
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

  /// Whether `c` is a byte of a name as libxml2 reads one (`htmlParseHTMLName`): an ASCII letter,
  /// a digit, `:`, `-`, `_` or `.`. One bit of a 128-bit table
  /// written as two words (`-` `.` `0-9` `:` in the low word, `A-Z` `_` `a-z` in the high one),
  /// where the test spelled out cost six compares per byte of every attribute name.
  /// `PrescanTests` checks every byte.
  @inline(__always)
  static func isNameByte(_ c: UInt8) -> Bool {
    guard c < 0x80 else { return false }
    let word: UInt64 = c < 0x40 ? 0x07FF_6000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
    return (word >> UInt64(c & 0x3F)) & 1 != 0
  }

  /// `isNameByte` of each byte value, for the loops over names: the length limit folded into the
  /// loop's end and one load per byte, where the tests (end, limit, the bit table) cost a dozen
  /// instructions a byte. `PrescanTests` holds it to `isNameByte`.
  nonisolated(unsafe) static let nameByteTable: UnsafePointer<Bool> = {
    let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
    for c in 0..<256 { table[c] = isNameByte(UInt8(c)) }
    return UnsafePointer(table)
  }()

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
    isReadName(packed: packedName(name, length, readable: length), length)
  }

  /// The first `length` (at most 8) bytes at `name`, each with bit 0x20 set, packed into one word,
  /// the first byte lowest; 0 for a longer name. With 8 bytes `readable` at `name` they are read
  /// as one word and the bytes past the name masked off (a loop of shifts cost some 40
  /// instructions a name, and every attribute of every page is packed); `PrescanTests` holds the
  /// word to the loop.
  @inline(__always)
  static func packedName(_ name: UnsafePointer<UInt8>, _ length: Int, readable: Int) -> UInt64 {
    guard length <= 8 else { return 0 }
    if readable >= 8 {
      let word = UnsafeRawPointer(name).loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020
      return length == 8 ? word : word & ((1 << (8 * UInt64(length))) &- 1)
    }
    var key: UInt64 = 0
    for k in 0..<length { key |= UInt64(name[k] | 0x20) << (8 * UInt64(k)) }
    return key
  }

  /// `isReadName` of the name `packedName` packed.
  @inline(__always)
  static func isReadName(packed key: UInt64, _ length: Int) -> Bool {
    guard length >= 2 && length <= 8 else { return false }
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
