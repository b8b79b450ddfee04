import Testing

@testable import NewsClean

@Suite struct HijackedWordTests {
  let signal = HijackedWord()
  let text = "Crews called the overhaul a long-awaited goal for the island route."

  @Test("a link over an ordinary word that names nothing of its target is hijacked")
  func hijacked() {
    #expect(weight(signal, "https://pills-direct.test/buy", placement(text, at: "goal", anchor: true)) == 0.7)
  }

  @Test("alone it stays below the spam threshold")
  func belowThreshold() {
    #expect(weight(signal, "https://pills-direct.test/buy", placement(text, at: "goal", anchor: true)) < CleanConfig().spamThreshold)
  }

  @Test("an anchor named after its target is editorial")
  func namedAfterTarget() {
    let sentence = "The port authority published the new timetable on Friday."
    #expect(weight(signal, "https://port.example/timetable", placement(sentence, at: "new timetable", anchor: true)) == 0)
  }

  @Test("an anchor of many words is a title, not a hijacked word")
  func longAnchor() {
    let sentence = "Read our earlier story on how the ferry was built for the island."
    let anchor = "how the ferry was built"
    #expect(weight(signal, "https://other.test/x", placement(sentence, at: anchor, anchor: true)) == 0)
  }

  @Test("a bare URL is not a hijacked word")
  func bareURL() {
    let url = "https://pills-direct.test/buy"
    #expect(weight(signal, url, placement("Crews called the overhaul \(url) a goal.", at: url)) == 0)
  }
}
