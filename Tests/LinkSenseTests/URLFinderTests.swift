import TestSupport
import Testing

@testable import LinkSense

@Suite struct URLFinderTests {
  func found(_ text: String) -> [String] { URLFinder.find(in: text).map(\.raw) }

  @Test func bareURLInSentence() {
    let text = "problem\" and https://hub420.shop/product/sunday-driver/ pledged a policy"
    #expect(found(text) == ["https://hub420.shop/product/sunday-driver/"])
  }

  @Test func dropsTrailingPunctuation() {
    #expect(found("See http://example.com/a.") == ["http://example.com/a"])
    #expect(found("(see https://example.com/x), then") == ["https://example.com/x"])
    #expect(found("「https://example.jp/a」") == ["https://example.jp/a"])
  }

  @Test func keepsBalancedParentheses() {
    #expect(found("at https://en.wikipedia.org/wiki/Swift_(programming_language).")
      == ["https://en.wikipedia.org/wiki/Swift_(programming_language)"])
  }

  @Test func keepsUnicodeAndPercentEncodedPaths() {
    #expect(found("법 https://ko.wikipedia.org/wiki/지방공무원법 참조") == ["https://ko.wikipedia.org/wiki/지방공무원법"])
    #expect(found("x https://ko.wikipedia.org/wiki/%EC%A7%80 y") == ["https://ko.wikipedia.org/wiki/%EC%A7%80"])
  }

  @Test func stopsAtKoreanTextAfterASCII() {
    #expect(found("https://example.com에서 확인") == ["https://example.com"])
  }

  @Test func findsWwwHosts() {
    let hits = URLFinder.find(in: "visit www.example.org/page today")
    #expect(hits.map(\.raw) == ["www.example.org/page"])
    #expect(hits.first?.url.normalized == "http://www.example.org/page")
  }

  @Test func findsObfuscatedForms() {
    let hits = URLFinder.find(in: "go hxxp://bad[.]example[.]com/x or casino (.) com or toto . shop now")
    #expect(hits.map(\.url.host) == ["bad.example.com", "casino.com", "toto.shop"])
    #expect(hits.filter { !$0.obfuscated }.isEmpty)
  }

  @Test func leavesProseAlone() {
    #expect(found("It ended. Then it began . it was fine. Node.js and file.txt") == [])
  }

  @Test func rangesPointIntoText() {
    let text = "a https://a.com/b c"
    let hit = URLFinder.find(in: text)[0]
    #expect(String(text[hit.range]) == "https://a.com/b")
  }
}

@Suite struct URLFinderPrecheckTests {
  @Test("the memchr precheck answers as the byte-by-byte precheck, forms at either end included")
  func precheckAgrees() {
    let pieces = [
      "/", "//", ".", ".]", ".)", ".}", " . ", " .", ". ", "w", "W", "ww", "wW", "www", "WwW", "d", "D", "do", "dot", "DoT", "]",
      ")", "}", "dot]", "dOt)", "a", " ", "text", "é", "한", "\n", "x/y", "..", "[.]",
    ]
    var random = SplitMix64(seed: 0x7072_6563)
    for _ in 0..<30_000 {
      let text = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      let bytes = Array(text.utf8)
      let fast = bytes.withUnsafeBufferPointer { URLFinder.mayContainURL($0) }
      let reference = bytes.withUnsafeBufferPointer { URLFinder.referenceMayContainURL($0) }
      #expect(fast == reference, "\(text.debugDescription)")
    }
  }
}
