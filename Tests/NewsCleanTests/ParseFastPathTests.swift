import Markup
import TestSupport
import Testing

@testable import NewsClean

/// The byte-level readings of class and style values must give exactly what the `String` readings
/// give: the output of the cleaner depends on both.
@Suite struct ParseFastPathTests {
  static let classValues = [
    "", " ", "   ", "post", "post bg1", "post bg2 post", "b a c a", "a12 a3 a", "12 34", "a 12", "x  y", " lead trail ",
    "Post post POST", "w-100 col-md-6 col-sm-12", "a\tb", "a\nb", "z y x w", "ab a abc", "a- a_ a", "é a", "a\r\nb",
    "e d c b a e d", "a ab", "ab a", "b a b a", "x12 x x3 y", "  12  ", "9 a 9", "1 2 3", "a b c d e f g h i j k l m n o p a",
    "col-12 col col-1 Col", "_ - . ~ !", "aa a aaa a1 aa2",
  ]

  static let styleValues = [
    "", " ", "display:none", "DISPLAY: NONE", "display :\tnone", "visibility:hidden", "font-size:0", "font-size:0.8em",
    "font-size:0;font-size:0.5em", "opacity:0", "opacity:0;", "opacity:0.5", "opacity: 0", "height:0;overflow:hidden",
    "height:1px; overflow: hidden", "height:10px;overflow:hidden", "left:-9999px", "left:-499px", "left:-500px",
    "position:absolute;top:-10000px", "text-indent:-9999em", "margin-left:-600px", "left:-", "left:-x",
    "left:-99999999999999999999999px", "left:-00000000000000000000000500px", "left:-10px;left:-9999px",
    "color:red\r\n;display:none", "left:-1px;top:-800px",
  ]

  @Test("signature classes: bytes and String agree")
  func signatureClasses() {
    for value in Self.classValues {
      #expect(HTMLBlocks.signatureClasses(value) == HTMLBlocks.generalSignatureClasses(value), "\(value)")
    }
  }

  static let idValues = [
    "", " ", "a", "page-header", "post_123", "pid456", "comment-7", "123", "0", "a1b2c3", "post 12", "p\t9", "x\r\n1",
    "\r", "é1", "post_é", "ポスト-3", "-", "#", "##1", "9post", "post_", "a\u{0}1",
  ]

  @Test("signature ids: bytes and String agree (and the bytes decline what is not plain ASCII)")
  func signatureIDs() {
    for value in Self.idValues {
      var copy = value
      let fast = copy.withUTF8 { HTMLBlocks.signatureID(utf8: $0) }
      if let fast {
        #expect(fast == HTMLBlocks.signatureID(value), "\(value)")
      } else {
        #expect(value.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "\(value)")
      }
    }
  }

  /// `normalizeSpace` as its specification reads: runs of `isSpace` scalars become one space, and
  /// the ends are trimmed, scalar by scalar.
  static func referenceNormalizeSpace(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var pending = false
    for scalar in s.unicodeScalars {
      if isSpace(scalar) {
        pending = !out.isEmpty
        continue
      }
      if pending { out.append(" ") }
      pending = false
      out.append(scalar)
    }
    return String(out)
  }

  @Test("signatures made as one string equal the concatenated ones")
  func signatureConcatenation() {
    let prefixes = ["", "div.", "li.post", "article.post bg", "td.col-md- col-sm- w-", "p.é"]
    for prefix in prefixes {
      for cls in Self.classValues {
        #expect(HTMLBlocks.joined(prefix, 0x2E, cls) == prefix + "." + cls)
      }
      for id in Self.idValues {
        var copy = id
        let fast = copy.withUTF8 { HTMLBlocks.appendingSignatureID(prefix, utf8: $0) }
        let plain = copy.withUTF8 { HTMLBlocks.signatureID(utf8: $0) }
        // Declined exactly where the id alone is declined, and otherwise the concatenation.
        #expect((fast == nil) == (plain == nil), "\(id.debugDescription)")
        if let fast { #expect(fast == prefix + HTMLBlocks.signatureID(id), "\(id.debugDescription)") }
      }
    }
  }

  @Test("space normalizing: the byte loop (with its run of printable ASCII) equals the scalar reading")
  func spaceNormalizing() {
    // Words of printable ASCII broken by every kind of byte the run must stop at: ASCII spaces,
    // controls that are not spaces, DEL, multi-byte spaces, other multi-byte scalars.
    let pieces = [
      "a", "word", "~", "!", " ", "  ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\r\n", "\u{0}", "\u{1}", "\u{8}", "\u{E}",
      "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200B}", "\u{200C}", "\u{2028}", "\u{202F}",
      "\u{205F}", "\u{3000}", "\u{FEFF}", "é", "가", "中", "👍", "\u{E1}", "\u{2010}",
      // Runs long enough for the eight-byte copy, single spaces inside, a space at each end.
      "abcdefghijkl", "a b c d e f g h i", "The quick brown fox", " ok ", "x~y!z{|}\u{7F}w", "0123456789",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<20000 {
      var text = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<Int(state >> 60) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((state >> 33) % UInt64(pieces.count))]
      }
      #expect(normalizeSpace(text) == Self.referenceNormalizeSpace(text), "\(text.unicodeScalars.map { $0.value })")
    }
  }

  @Test("byte runs compare as elementsEqual compares them: lengths, prefixes, last bytes, empty runs")
  func byteEquality() {
    let runs: [[UInt8]] = [[], [0], [0x61], [0x62], [0x61, 0x62], [0x61, 0x63], [0x62, 0x62], Array("post bg1".utf8),
      Array("post bg2".utf8), Array("post bg".utf8), Array("post bg1 ".utf8), [0xFF, 0x00, 0x80]]
    for a in runs {
      for b in runs {
        let same = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in sameBytes(a, b) } }
        #expect(same == a.elementsEqual(b), "\(a) \(b)")
      }
    }
    // A run with no storage at all, as an attribute written without a value reads.
    #expect(sameBytes(UnsafeBufferPointer(start: nil, count: 0), UnsafeBufferPointer(start: nil, count: 0)))
    #expect(![UInt8(0x61)].withUnsafeBufferPointer { sameBytes($0, UnsafeBufferPointer(start: nil, count: 0)) })
  }

  @Test("character counts: eight bytes at a time equals the byte-by-byte test, wherever the odd byte falls")
  func characterCounts() {
    // Every length up to five words, with the byte that makes the text not plain ASCII at every
    // position (a CR, a CR LF pair, bytes next to CR and to 0x80, multi-byte scalars whose
    // continuation bytes sit next to 0x0D and 0x8D), so it lands in a word and in the tail.
    let odd = ["\r", "\r\n", "\u{0C}", "\u{0E}", "\u{7F}", "\u{8D}", "é", "\u{30D}", "가", "👍", "e\u{301}"]
    for length in 0...40 {
      let plain = String(repeating: "a", count: length)
      #expect(characterCount(plain) == length)
      for position in 0...length {
        for piece in odd {
          var text = plain
          text.insert(contentsOf: piece, at: text.index(text.startIndex, offsetBy: position))
          let reference = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
          #expect(characterCount(text) == reference, "\(length) \(position) \(piece.unicodeScalars.map(\.value))")
        }
      }
    }
  }

  @Test("screen-reader-only classes: bytes and String agree")
  func screenReaderOnly() {
    let pieces = ["sr-only", "SR-ONLY", "Sound_Only", "screen-reader-text", "visually-hidden", "visuallyhidden", "blind", "hidden",
                  "hide", "offscreen", "a11y-hidden", "skip", "readonly-hidden", "ir", "IR", "u-hidden", "post", "hides", "i", " ",
                  "  ", "\t", "x", "sr-onlyx", "é", "col-md-6"]
    var random = SplitMix64(seed: 0x7372_6F6E)
    for _ in 0..<5000 {
      let value = (0..<Int(random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined(separator: random.next() % 3 == 0 ? "" : " ")
      let reference = value.lowercased().split(separator: " ").contains { Visibility.srClasses.contains(String($0)) }
      #expect(Visibility.isScreenReaderOnly(className: value) == reference, "\(value.debugDescription)")
    }
  }

  @Test("camouflage styles: bytes and String agree")
  func camouflage() {
    let pieces = [
      "text-decoration:none", "TEXT-DECORATION: NONE", "text-decoration :none", "text-decoration:\tnone", "color:inherit",
      "Color: Inherit", "color:currentColor", "color: currentcolor", "color:red", ";", " ", "\r\n", "\n", "é", "text-",
      "decoration:none", "color:", "inherit", "background-color:inherit", "K", "\u{212A}",
    ]
    var values = Self.styleValues
    var random = SplitMix64(seed: 0x6361_6D6F)
    for _ in 0..<3000 {
      values.append((0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
    }
    for value in values {
      #expect(Visibility.isCamouflaged(style: value) == Visibility.generalIsCamouflaged(style: value), "\(value.debugDescription)")
    }
  }

  @Test("class traits kept from earlier pages are the traits read anew")
  func knownClasses() {
    // Class values with role words, screen-reader-only names, numbers and repeats, on elements
    // of several tags (the signature's tag part is per page).
    let words = ["post", "comment", "sidebar", "nav", "sr-only", "blind", "with", "has", "js-x", "entry-content",
                 "postMeta", "col-12", "bg2", "footer", "ad", "share", "é", "widget", "ck", "Hidden"]
    var random = SplitMix64(seed: 0x6B6E_6F77)
    var values = Self.classValues
    for _ in 0..<400 {
      values.append((0..<Int(random.next() % 5)).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " "))
    }
    let tags = ["div", "p", "span", "li", "a", "section"]
    var html = "<html><body>"
    for (k, value) in values.enumerated() {
      let tag = tags[k % tags.count]
      html += "<\(tag) class=\"\(value)\" id=\"n\(k % 7)\">text \(k)</\(tag)>"
    }
    html += "</body></html>"
    let bytes = Array(html.utf8)
    func read(_ known: KnownClasses) -> (roles: [MarkupRoles], signatures: [String], blocks: [String]) {
      var blocks = HTMLBlocks(knownClasses: known)
      _ = HTMLParser.walk(bytes, attributes: .known, visitor: &blocks)
      blocks.finish()
      return (blocks.elementRoles, blocks.signatures, blocks.blocks.map { "\($0.text) \($0.screenReaderOnly) \($0.roles.rawValue)" })
    }
    let known = KnownClasses()
    // Every class read anew (the table starts empty), then every class found in the table.
    let anew = read(known)
    let kept = read(known)
    #expect(anew.roles == kept.roles)
    #expect(anew.signatures == kept.signatures)
    #expect(anew.blocks == kept.blocks)
    #expect(anew.roles.count == values.count + 2)
  }

  @Test("the table of known classes finds what it was given, and starts again when full")
  func knownClassesTable() {
    let known = KnownClasses()
    func hash(_ bytes: [UInt8]) -> UInt64 {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
      return h
    }
    var inserted: [[UInt8]] = []
    for k in 0..<(KnownClasses.limit + 100) {
      let bytes = Array("class-\(k) x".utf8)
      bytes.withUnsafeBufferPointer { buffer in
        #expect(known.find(hash(bytes), buffer) == nil)
        known.insert(hash(bytes), buffer, (MarkupRoles(rawValue: UInt32(truncatingIfNeeded: k)), k % 2 == 0, "s\(k)"))
      }
      inserted.append(bytes)
    }
    // The last values (after the table started again) are found with their traits; the first are gone.
    for k in [KnownClasses.limit, KnownClasses.limit + 99] {
      let found = inserted[k].withUnsafeBufferPointer { known.find(hash(inserted[k]), $0) }
      #expect(found?.signatureClasses == "s\(k)")
      #expect(found?.screenReaderOnly == (k % 2 == 0))
    }
    #expect(inserted[0].withUnsafeBufferPointer { known.find(hash(inserted[0]), $0) } == nil)
    // Same hash, other bytes: not found.
    let other = Array("class-\(KnownClasses.limit) y".utf8)
    #expect(other.withUnsafeBufferPointer { known.find(hash(inserted[KnownClasses.limit]), $0) } == nil)
  }

  @Test("style hiding: bytes and String agree")
  func styleHides() {
    for value in Self.styleValues {
      #expect(Visibility.styleHides(value) == Visibility.generalStyleHides(value), "\(value)")
    }
  }
}
