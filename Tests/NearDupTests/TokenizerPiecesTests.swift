import Foundation
import TestSupport
import Testing

@testable import NearDup

/// The tokenizer normalises a text piece by piece (ASCII on the bytes, a few stable scalars
/// directly, the rest through Foundation). These tests hold it to the plain definition: the
/// token rules run over `text.precomposedStringWithCompatibilityMapping.lowercased()` whole.
@Suite("Tokenizer pieces")
struct TokenizerPiecesTests {
  /// The definition, run over the whole normalised text at once.
  static func wholeTextTokens(_ text: String) -> TokenStream {
    var builder = TokenBuilder()
    for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
      builder.scalar(scalar)
    }
    builder.endToken()
    return builder.finish()
  }

  static func same(_ text: String) -> Bool {
    let a = Tokenizer.tokenize(text)
    let b = wholeTextTokens(text)
    return a.bytes == b.bytes && a.starts == b.starts && a.ends == b.ends && a.cjkTokenCount == b.cjkTokenCount
  }

  /// Characters that interact with their neighbours under NFKC or lowercasing, next to the
  /// scalars the fast path reads directly, and plain ASCII.
  static let alphabet: [String] = [
    "a", "Z", "e", " ", " ", ".", ",", "'", "7", "-", "\n",
    "\u{301}", "\u{323}", "\u{308}", "\u{306}",  // combining marks (acute, dot below, diaeresis, breve)
    "é", "É", "ß", "ÿ", "Ÿ", "ø", "æ", "\u{00A0}", "µ", "½", "²",  // Latin-1, NBSP, compatibility forms
    "Σ", "σ", "ς", "ά", "Ω", "\u{1FBE}",  // Greek, with a singleton decomposition
    "и", "И", "й", "ё",  // Cyrillic, which composes with a breve
    "İ", "ı", "ﬁ", "Ａ", "１", "ｶ", "\u{FF9E}",  // Turkish dotted I, ligature, full and half width
    "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "\u{2026}",  // quotes, dashes, ellipsis
    "か", "カ", "\u{3099}", "\u{309B}", "ー", "ゟ",  // kana, voicing marks, a vertical form
    "日", "本", "\u{F900}", "\u{2F00}",  // ideographs, a compatibility ideograph, a radical
    "한", "가", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{3131}",  // Hangul syllables and jamo
    "٣", "ا", "\u{653}", "𝐀",  // Arabic digit and letter with madda, a mathematical letter
  ]

  @Test("generated text: the same tokens as normalising the whole text")
  func generatedText() {
    var random = SplitMix64(seed: 0x746F_6B65_6E73)
    var failures: [String] = []
    for _ in 0..<4_000 {
      let length = Int(random.next() % 40)
      var text = ""
      for _ in 0..<length {
        let pick = Int(random.next() % UInt64(Self.alphabet.count + 6))
        // Some runs of plain ASCII, long enough to end a Foundation piece.
        text += pick < Self.alphabet.count ? Self.alphabet[pick] : String(repeating: "word ", count: pick - Self.alphabet.count + 1)
      }
      if !Self.same(text) { failures.append(text) }
    }
    #expect(failures.count == 0, "first: \(failures.first.map { Array($0.unicodeScalars).map { String($0.value, radix: 16) } } ?? [])")
  }

  @Test("every scalar read directly is left alone by NFKC and lowercasing")
  func stableScalarsAreStable() {
    var unstable: [UInt32] = []
    for value in UInt32(0x80)...0xFFFF where Tokenizer.isStable(value) {
      let text = String(Unicode.Scalar(value)!)
      if text.precomposedStringWithCompatibilityMapping.lowercased() != text { unstable.append(value) }
    }
    #expect(unstable.isEmpty)
  }

  @Test("every scalar read directly starts a segment: what precedes it cannot combine with it")
  func stableScalarsStartSegments() {
    let before = ["a", "e", "\u{301}", "か", "\u{1100}", "가", "и", "\u{3099}", "ά"]
    var combined: [UInt32] = []
    for value in UInt32(0x80)...0xFFFF where Tokenizer.isStable(value) {
      let scalar = String(Unicode.Scalar(value)!)
      for prefix in before {
        let whole = (prefix + scalar).precomposedStringWithCompatibilityMapping
        if whole != prefix.precomposedStringWithCompatibilityMapping + scalar { combined.append(value) }
      }
    }
    #expect(combined.isEmpty)
  }

  @Test("real mixed text: English with typographic quotes, Korean, Japanese, decomposed accents")
  func realText() {
    for text in [
      "The minister’s “plan” — costing £1,500m — was dropped.",
      "서울시는 10일 “대중교통 요금을 인상한다”고 밝혔다. Seoul said…",
      "東京都は２０２４年に新しい計画を発表した。ｶﾀｶﾅ も。",
      "Cafe\u{301} Zu\u{308}rich ΟΔΟΣ İstanbul ﬁnal",
    ] {
      #expect(Self.same(text), "\(text)")
    }
  }

  @Test("the eight-byte letter test marks exactly the bytes that are not ASCII letters")
  func nonLettersMatchesBytes() {
    for value in 0...255 {
      let b = UInt8(value)
      let isLetter = (b | 0x20) &- 0x61 < 26
      for position in 0..<8 {
        // The byte among letters, and among bytes that are not.
        for filler: UInt8 in [UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x20, 0xFF, 0x80, 0x7B] {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[position] = b
          let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
          let marks = Tokenizer.nonLetters(word)
          for i in 0..<8 {
            let expected = !((bytes[i] | 0x20) &- 0x61 < 26)
            #expect((marks >> (8 * UInt64(i) + 7)) & 1 == (expected ? 1 : 0), "byte \(bytes[i]) at \(i)")
          }
          #expect(((marks >> (8 * UInt64(position) + 7)) & 1 == 0) == isLetter)
        }
      }
    }
  }

  @Test("words of every length, in both cases, at every distance from the end of the text")
  func wordsOfEveryLength() {
    var failures: [String] = []
    for length in 1...20 {
      let word = String((0..<length).map { Character(Unicode.Scalar(UInt8(ascii: $0 % 3 == 0 ? "A" : "a") + UInt8($0 % 26))) })
      for tail in ["", " ", ".", "7", "é", "\u{301}", "日", " x", "'s", "-ok", " 1,5", "xyzXYZ"] {
        for lead in ["", " ", "Q", "é "] {
          let text = lead + word + tail
          if !Self.same(text) { failures.append(text) }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }
}
