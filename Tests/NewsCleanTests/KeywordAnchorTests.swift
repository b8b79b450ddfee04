import Testing

@testable import NewsClean

@Suite struct KeywordAnchorTests {
  let signal = KeywordAnchor()
  let url = "https://neutral.test/"

  func anchored(_ anchor: String) -> LinkPlacement {
    placement("Tickets can be bought at the kiosk \(anchor) near the pier.", at: anchor, anchor: true)
  }

  @Test("a gambling anchor inside prose is a bought link")
  func gambling() {
    #expect(weight(signal, url, anchored("best online casino")) == 0.6)
  }

  @Test("a pharma anchor inside prose is a bought link")
  func pharma() {
    #expect(weight(signal, url, anchored("cheap viagra")) == 0.6)
  }

  @Test("a Korean gambling anchor is a bought link")
  func koreanGambling() {
    #expect(weight(signal, url, anchored("안전놀이터 토토사이트")) == 0.6)
  }

  @Test("an ordinary anchor says nothing")
  func ordinary() {
    #expect(weight(signal, url, anchored("the new timetable")) == 0)
  }

  @Test("a URL written as its anchor is left to the URL signals")
  func urlAnchor() {
    #expect(weight(signal, url, anchored("https://casino.test/")) == 0)
  }

  @Test("a bare URL without anchor text says nothing")
  func bareURL() {
    #expect(weight(signal, url, placement("Visit https://casino.test/ today.", at: "https://casino.test/")) == 0)
  }
}
