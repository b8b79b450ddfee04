import Foundation
import Testing

@testable import NewsClean

/// The byte-level fast paths of the boilerplate signals rest on properties of "plain" scalars and
/// of the standard library's lower-casing; these tests check those properties directly.
@Suite struct PlainTextTests {
  @Test("every plain scalar is a character of its own and stays put under composition")
  func plainScalars() {
    var failures: [String] = []
    for v in UInt32(0)...0xFFFF {
      guard isPlainScalar(v), let x = Unicode.Scalar(v) else { continue }
      let s = String(x)
      if Array(s.precomposedStringWithCanonicalMapping.unicodeScalars) != [x] { failures.append(String(v, radix: 16)) }
      // Partners of every grapheme class a plain scalar may have: Latin, Hangul LV and LVT, kana, LF.
      for partner in ["a", "가", "각", "あ", "\n", "é", s] where (partner + s).count != 2 || (s + partner).count != 2 {
        failures.append(String(v, radix: 16))
      }
    }
    #expect(failures.isEmpty)
  }

  @Test("plain text counts one character per scalar; other text is not plain")
  func plainCounts() {
    for s in ["Reply Quote Report", "페이지 정보", "返回列表", "コメントを書く", "trả lời", "Комментарии", "© 2024 · All rights"] {
      #expect(plainCharacterCount(s) == s.count)
    }
    for s in ["e\u{301}", "ความคิดเห็น", "a\r\nb", "👍", "\u{212A}", "が\u{3099}"] {
      #expect(plainCharacterCount(s) == nil)
    }
  }

  @Test("reading eight ASCII bytes at a time counts what reading scalar by scalar counts")
  func plainCountsByWords() {
    // A CR or a non-plain scalar at every offset of runs longer than a word, and plain non-ASCII
    // scalars straddling word boundaries.
    func byScalars(_ s: String) -> Int? {
      s.unicodeScalars.allSatisfy({ isPlainScalar($0.value) }) ? s.unicodeScalars.count : nil
    }
    for filler in ["a", "Z", "é", "가", "\u{2019}", "~"] {
      for length in 0..<40 {
        for odd in ["\r", "\n", "\u{301}", "é", "👍", "\u{7F}", "\u{80}", "\u{0D}\u{0A}", "x"] {
          for at in stride(from: 0, through: length, by: 3) {
            let s = String(repeating: filler, count: at) + odd + String(repeating: "q", count: length - at)
            #expect(plainCharacterCount(s) == byScalars(s), "\(s.debugDescription)")
          }
        }
      }
    }
  }

  @Test("quick lower-casing equals the standard library's")
  func lowerCasing() {
    for v in UInt32(0)...0x10FFFF {
      guard let x = Unicode.Scalar(v) else { continue }
      let s = "A" + String(x) + "가"
      if lowercasedQuickly(s) != s.lowercased() { Issue.record("U+\(String(v, radix: 16))") }
    }
    for s in ["ΟΔΟΣ ΟΔΟΣ.", "İstanbul", "Straße", "ＡＢＣ 댓글 3", "Back to TOP"] {
      #expect(Array(lowercasedQuickly(s).unicodeScalars) == Array(s.lowercased().unicodeScalars))
    }
  }

  @Test("URL-looking anchor text is read the same on bytes as on lower-cased characters")
  func urlLooks() {
    for s in ["https://x.example", "HTTP://X", "Www.example.org", "www", "http:/", "http://\u{301}x", "https://\u{301}",
      "www.\u{301}", "ｗｗｗ.example", "İttp://", "ftp://x", "", "h", "Https://例え.jp"]
    {
      let l = s.lowercased()
      #expect(looksLikeURL(s) == (l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("www.")), "\(s)")
    }
  }

  @Test("a label run reads the same on bytes and on characters")
  func labelRuns() {
    for s in ["목록답변글쓰기", "登录立即注册", "Log in Register", "reply quote report", "reply · quote / report", "목록 답변 글쓰기 본문"] {
      let n = ChromeLexicon.normalize(s)
      #expect(isPlain(n))
      #expect(ChromeLexicon.isLabelRun(normalized: n, isPlain: true) == ChromeLexicon.isLabelRun(normalized: n, isPlain: false))
    }
    // Runs around the 40-character limit, where the byte reading stops early, and runs that
    // end in part of a label.
    let labels = ["reply", "quote", "report", "share", "목록", "답변", "登录", "注册", "x", "repl", "목"]
    var state: UInt64 = 3
    for _ in 0..<3000 {
      var words: [String] = []
      var length = 0
      while length < 46 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let word = labels[Int((state >> 33) % UInt64(labels.count))]
        words.append(word)
        length += word.count
        if (state >> 40) % 5 == 0 { break }
      }
      for separator in ["", " ", " · ", "/"] {
        let n = ChromeLexicon.normalize(words.joined(separator: separator))
        guard isPlain(n) else { continue }
        #expect(
          ChromeLexicon.isLabelRun(normalized: n, isPlain: true) == ChromeLexicon.isLabelRun(normalized: n, isPlain: false),
          "\(n)")
      }
    }
  }

  @Test("ASCII without CR is told eight bytes at a time as byte by byte")
  func asciiWithoutCR() {
    for filler in ["a", " ", "\u{7F}"] {
      for length in 0..<34 {
        for odd in ["", "\r", "\u{80}", "é", "\u{2019}", "\r\n", "가"] {
          for at in 0...length {
            let s = String(repeating: filler, count: at) + odd + String(repeating: "z", count: length - at)
            var copy = s
            let fast = copy.withUTF8(isASCIIWithoutCR)
            #expect(fast == s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "\(s.debugDescription)")
            #expect(characterCount(s) == s.count)
          }
        }
      }
    }
  }
}
