import Testing

@testable import NewsClean

/// `hasCharacters(_:atLeast:)` stops after `n` characters; it must agree with counting them all.
@Suite struct CharacterBoundTests {
  @Test func agreesWithFullCount() {
    let pieces = ["a", "é", "e\u{301}", "\r\n", "\r", "한", "👩‍👩‍👧", "🇰🇷", " ", "\u{0600}", "\u{301}"]
    var texts = [""]
    for length in [1, 5, 19, 20, 21, 39, 40, 41, 60] {
      for piece in pieces {
        texts.append(String(repeating: piece, count: length))
        texts.append(String(repeating: "x", count: max(length - 1, 0)) + piece)
        texts.append(piece + String(repeating: "y", count: length))
      }
    }
    for text in texts {
      for n in [0, 1, 2, 20, 40] {
        #expect(hasCharacters(text, atLeast: n) == (characterCount(text) >= n), "\(text.debugDescription) \(n)")
      }
    }
  }
}
