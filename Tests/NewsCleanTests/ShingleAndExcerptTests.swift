import Testing

@testable import NewsClean

/// The buffer-level shingle loops, the short-text excerpt and the byte-level script count
/// against plain reference code, on generated text.
@Suite struct ShingleAndExcerptTests {
  static let pieces = FastPathAgreementTests.pieces + ["\r\n", "\r", "a\u{301}\u{302}", "🇰🇷", "x"]

  static func text(_ g: inout FastPathAgreementTests.Generator, pieces count: Int) -> String {
    var s = ""
    for _ in 0..<count { s += pieces[g.next(pieces.count)] }
    return s
  }

  /// Each window of `shingleLength` scalars, distinct, in order of first occurrence: what
  /// `shingleList` is defined to give. An all-ASCII window is its bytes packed little-endian
  /// (with a 0x80 byte after a whole text shorter than a window), any other FNV-1a.
  static func referenceShingles(_ folded: String) -> [UInt64] {
    let scalars = folded.unicodeScalars.map { UInt64($0.value) }
    func hash(_ r: Range<Int>) -> UInt64 {
      if scalars[r].allSatisfy({ $0 < 0x80 }) {
        var key: UInt64 = 0
        for (k, i) in r.enumerated() { key += scalars[i] * (UInt64(1) << (8 * UInt64(k))) }
        if r.count < 8 { key += 0x80 * (UInt64(1) << (8 * UInt64(r.count))) }
        return key
      }
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for i in r { h = (h ^ scalars[i]) &* 0x0000_0100_0000_01B3 }
      return h
    }
    if scalars.isEmpty { return [] }
    let n = RemoveDuplicatedBody.shingleLength
    if scalars.count <= n { return [hash(0..<scalars.count)] }
    var seen = Set<UInt64>()
    var out: [UInt64] = []
    for i in 0...(scalars.count - n) {
      let h = hash(i..<(i + n))
      if seen.insert(h).inserted { out.append(h) }
    }
    return out
  }

  @Test("shingleList equals the reference, ASCII and not, with repeats, scratch reused")
  func shingles() {
    var g = FastPathAgreementTests.Generator(state: 11)
    var scratch = ShingleScratch()
    for round in 0..<3000 {
      let count = g.next(60)
      var s: String
      if round % 3 == 0 {
        // Few distinct letters: many repeated windows.
        s = String((0..<count * 3).map { _ in "ab "[String.Index(utf16Offset: g.next(3), in: "ab ")] })
      } else if round % 3 == 1 {
        s = Self.text(&g, pieces: count)
      } else {
        s = String(repeating: "abcdefgh", count: g.next(5)) + Self.text(&g, pieces: count % 7)
      }
      #expect(RemoveDuplicatedBody.shingleList(s, scratch: &scratch) == Self.referenceShingles(s), "\(s.debugDescription)")
    }
  }

  @Test("ShingleIndex keeps each key's first value, as a dictionary does")
  func shingleIndex() {
    var g = FastPathAgreementTests.Generator(state: 5)
    var index = ShingleIndex()
    var reference: [UInt64: Int] = [:]
    for value in 0..<400 {
      // Keys from a small range, so later inserts repeat earlier keys; enough to grow the table.
      let grams = (0..<g.next(40)).map { _ in UInt64(g.next(3000)) &* 0x9E37_79B9 }
      index.insert(grams, value: value)
      for k in grams where reference[k] == nil { reference[k] = value }
    }
    for k in 0..<3000 {
      let key = UInt64(k) &* 0x9E37_79B9
      #expect(index.value(key) == reference[key])
    }
  }

  @Test("coverAndInsert with retract or revalue answers and stores as coverage, minimumValue and insert do, across resets")
  func coverAndInsert() {
    var g = FastPathAgreementTests.Generator(state: 17)
    var index = ShingleIndex()
    var slots: [Int32] = []
    for round in 0..<6 {
      var reference = ShingleIndex(expected: 50)
      index.reset(expected: round % 2 == 0 ? 50 : 3000)
      for value in 0..<300 {
        // Distinct keys from a small range, so blocks share many of them.
        var grams: [UInt64] = []
        var taken = Set<UInt64>()
        for _ in 0..<g.next(40) {
          let k = UInt64(g.next(2000)) &* 0x9E37_79B9
          if taken.insert(k).inserted { grams.append(k) }
        }
        let coverage = reference.coverage(of: grams)
        let minimum = reference.minimumValue(of: grams)
        let (cover, least, added) = index.coverAndInsert(grams, value: value, slots: &slots)
        #expect(cover == coverage)
        #expect(least == minimum)
        switch g.next(3) {
        case 0: index.retract(slots, added: added)
        case 1:
          let other = g.next(300)
          index.revalue(slots, added: added, to: other)
          reference.insert(grams, value: other)
        default: reference.insert(grams, value: value)
        }
      }
      for k in 0..<2000 {
        let key = UInt64(k) &* 0x9E37_79B9
        #expect(index.value(key) == reference.value(key))
      }
    }
  }

  @Test("coverAndInsertShingles of a folded text answers and stores as coverAndInsert of its shingleList")
  func coverAndInsertShingles() {
    var g = FastPathAgreementTests.Generator(state: 23)
    var index = ShingleIndex()
    var reference = ShingleIndex()
    var slots: [Int32] = []
    var scalars: [UInt32] = []
    var marks = WindowMarks()
    var texts: [String] = []
    for round in 0..<4 {
      index.reset(expected: round % 2 == 0 ? 10 : 5000)
      reference = ShingleIndex()
      // `value` is the number of texts kept so far, as in `deduplicate`.
      var kept = 0
      for step in 0..<400 {
        // Texts that repeat earlier ones in part, or windows within themselves.
        var text = Self.text(&g, pieces: g.next(30))
        if step % 3 == 0, !texts.isEmpty { text = texts[g.next(texts.count)] + text }
        if step % 5 == 0 { text = String(repeating: "abcdefgh", count: g.next(4)) + text }
        let folded = RemoveDuplicatedBody.fold(text)
        texts.append(text)
        let (cover, least, added) = index.coverAndInsertShingles(
          of: folded, value: kept, slots: &slots, marks: &marks, scalars: &scalars)
        var referenceSlots: [Int32] = []
        let (coverage, minimum, referenceAdded) = reference.coverAndInsert(
          RemoveDuplicatedBody.shingleList(folded), value: kept, slots: &referenceSlots)
        #expect(cover == coverage, "\(folded.debugDescription)")
        #expect(least == minimum)
        #expect(added == referenceAdded)
        switch g.next(3) {
        case 0:
          index.retract(slots, added: added)
          reference.retract(referenceSlots, added: referenceAdded)
        case 1:
          if kept > 0 {
            let earlier = g.next(kept)
            index.revalue(slots, added: added, to: earlier)
            reference.revalue(referenceSlots, added: referenceAdded, to: earlier)
          } else {
            kept += 1
          }
        default: kept += 1
        }
      }
      for text in texts {
        for key in RemoveDuplicatedBody.shingleList(RemoveDuplicatedBody.fold(text)) {
          #expect(index.value(key) == reference.value(key))
        }
      }
    }
  }

  @Test("decodeScalars gives the scalar view's values")
  func decodeScalars() {
    var g = FastPathAgreementTests.Generator(state: 31)
    for _ in 0..<2000 {
      var s = Self.text(&g, pieces: g.next(40))
      if g.next(4) == 0 { s += "\u{10FFFF}\u{7FF}\u{800}\u{FFFF}\u{10000}" }
      var copy = s
      let decoded = copy.withUTF8 { bytes in
        var out = [UInt32](repeating: 0, count: bytes.count)
        let n = out.withUnsafeMutableBufferPointer { NewsClean.decodeScalars(bytes, into: $0) }
        return Array(out[..<n])
      }
      #expect(decoded == s.unicodeScalars.map(\.value))
    }
  }

  @Test("removedExcerpt equals String(prefix(300)) around the 300-byte edge")
  func excerpt() {
    var g = FastPathAgreementTests.Generator(state: 3)
    for _ in 0..<3000 {
      var s = String(repeating: "x", count: 250 + g.next(60))
      s += Self.text(&g, pieces: g.next(30))
      if g.next(2) == 0 { s = Self.text(&g, pieces: g.next(200)) }
      #expect(BuildRecord.removedExcerpt(s) == String(s.prefix(300)))
      #expect(Array(BuildRecord.removedExcerpt(s).utf8) == Array(String(s.prefix(300)).utf8))
    }
  }

  @Test("scriptCounts on bytes equals the scalar view's counts, short texts and past 20,001 scalars")
  func scriptCounts() {
    var g = FastPathAgreementTests.Generator(state: 29)
    let extra = ["Ж", "ก", "ع", "Ω", "ё", "ā", "Ḁ", "ㄱ", "ᄀ", "丽", "𠀀", "😀", "\u{10FFFF}", "\u{7F}", "\u{80}"]
    for round in 0..<300 {
      var s = Self.text(&g, pieces: g.next(80))
      for _ in 0..<g.next(6) { s += extra[g.next(extra.count)] }
      if round % 20 == 0 {
        // Around the 20,001-scalar sample: multi-byte scalars on either side of the cut.
        s = String(repeating: "a", count: 19_990 + g.next(20)) + s + String(repeating: "가", count: g.next(30))
      }
      #expect(LanguageGuess.scriptCounts(s) == LanguageGuess.generalScriptCounts(s), "round \(round)")
    }
    // Every ASCII byte, at every alignment of the eight-byte steps, and the sample's end inside
    // and just after a step.
    let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
    for shift in 0..<8 {
      let s = String(repeating: "é", count: shift) + ascii + ascii.uppercased() + "ж" + ascii
      #expect(LanguageGuess.scriptCounts(s) == LanguageGuess.generalScriptCounts(s), "shift \(shift)")
      for length in 19_995...20_010 {
        let long = String(repeating: "x", count: length - shift) + String(repeating: "é", count: shift) + ascii
        #expect(LanguageGuess.scriptCounts(long) == LanguageGuess.generalScriptCounts(long), "length \(length)")
      }
    }
  }

  @Test("the branch-free ASCII fold keeps what foldGeneral keeps, for every ASCII byte")
  func asciiFold() {
    for b in UInt8(0)..<0x80 {
      let general = RemoveDuplicatedBody.foldGeneral(String(decoding: [b], as: UTF8.self))
      let fast = RemoveDuplicatedBody.asciiFolded(b)
      #expect(fast == 0 ? general.isEmpty : general == String(decoding: [fast], as: UTF8.self), "byte \(b)")
      // Inside a text, the dropped bytes leave no trace.
      let text = "Ab" + String(decoding: [b], as: UTF8.self) + "Z9"
      #expect(RemoveDuplicatedBody.foldSimple(text) == RemoveDuplicatedBody.foldGeneral(text), "byte \(b)")
    }
  }
}
