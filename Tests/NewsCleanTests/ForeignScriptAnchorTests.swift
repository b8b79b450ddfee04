import Testing

@testable import NewsClean

@Suite struct ForeignScriptAnchorTests {
  let signal = ForeignScriptAnchor()
  let url = "https://neutral.test/"

  @Test("a Korean anchor in an English paragraph is foreign")
  func koreanInEnglish() {
    let text = "Tickets can be bought on board or at the kiosk 카지노사이트 beside the pier."
    #expect(weight(signal, url, placement(text, at: "카지노사이트", anchor: true)) == 0.6)
  }

  @Test("a Latin brand name in CJK prose is normal")
  func latinInCJK() {
    let text = "구청은 다음 달부터 Naver 지도에서 새 마을버스 노선을 안내한다고 밝혔다."
    #expect(weight(signal, url, placement(text, at: "Naver", anchor: true)) == 0)
  }

  @Test("an anchor in the paragraph's own script is not foreign")
  func sameScript() {
    let text = "The port authority has published the new timetable for the summer season."
    #expect(weight(signal, url, placement(text, at: "new timetable", anchor: true)) == 0)
  }

  @Test("a kanji anchor in Japanese prose is not foreign")
  func kanjiInJapanese() {
    let text = "みなと町商店街の夏祭りが、今年は二日間にわたって開かれることになりました。"
    #expect(weight(signal, url, placement(text, at: "商店街", anchor: true)) == 0)
  }

  @Test("an ASCII anchor's dominant script is Latin or none, so the signal need not read it")
  func asciiAnchorsAreLatinOrNothing() {
    for anchor in ["", "x", "Best online casino", "2024", "--", "C++ & Rust", "\r\n", "ÿ"] + (0..<128).map { String(UnicodeScalar(UInt8($0))) } {
      let script = Script.dominant(anchor)
      if anchor.utf8.allSatisfy({ $0 < 0x80 }) { #expect(script == nil || script == .latin, "\(anchor.debugDescription)") }
    }
  }
}
