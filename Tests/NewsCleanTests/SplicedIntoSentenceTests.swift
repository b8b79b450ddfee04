import Testing

@testable import NewsClean

@Suite struct SplicedIntoSentenceTests {
  let signal = SplicedIntoSentence()
  let spam = "https://shop-deals.test/x"

  @Test("a bare URL with words on both sides is spliced into the sentence")
  func midSentence() {
    let text = "Residents called it a social problem and https://shop-deals.test/x pledged to act."
    #expect(weight(signal, spam, placement(text, at: spam)) == 1.0)
  }

  @Test("a bare URL between two sentences is a weaker sign")
  func betweenSentences() {
    let text = "The ferry returned on Monday. https://shop-deals.test/x Crews spent the winter on repairs."
    #expect(weight(signal, spam, placement(text, at: spam)) == 0.7)
  }

  @Test("a bare URL spliced into Korean prose is spliced")
  func korean() {
    let text = "올해 텃밭 분양 신청을 받습니다. 한 가구당 https://shop-deals.test/x 한 구획만 신청할 수 있습니다."
    #expect(weight(signal, spam, placement(text, at: spam)) == 1.0)
  }

  @Test("a bare URL at a sentence end after Source: is not spliced")
  func afterSource() {
    let url = "https://stats.example/ferry-2023"
    let text = "Passenger numbers rose by a third. Source: https://stats.example/ferry-2023."
    #expect(weight(signal, url, placement(text, at: url)) == 0)
  }

  @Test("a bare URL at the end of a sentence is not spliced")
  func sentenceEnd() {
    let url = "https://port.example/timetable"
    let text = "The full timetable is online https://port.example/timetable"
    #expect(weight(signal, url, placement(text, at: url)) == 0)
  }

  @Test("a bare URL in parentheses is a citation")
  func inParentheses() {
    let url = "https://port.example/timetable"
    let text = "The port published a new timetable (https://port.example/timetable) for the summer."
    #expect(weight(signal, url, placement(text, at: url)) == 0)
  }

  @Test("a bare URL introduced by a cue word is a citation")
  func afterCueWord() {
    let url = "https://port.example/timetable"
    let text = "Details are available at https://port.example/timetable for every crossing."
    #expect(weight(signal, url, placement(text, at: url)) == 0)
  }

  @Test("a bare URL after a Korean source label is a citation")
  func afterKoreanSource() {
    let url = "https://stats.example/ferry"
    let text = "자세한 내용은 출처 https://stats.example/ferry 에서 확인할 수 있다."
    #expect(weight(signal, url, placement(text, at: url)) == 0)
  }

  @Test("an anchor with its own words is not a bare URL")
  func anchorText() {
    let text = "Residents called it a social problem and deals pledged to act."
    #expect(weight(signal, spam, placement(text, at: "deals", anchor: true)) == 0)
  }

  @Test("a bare URL after a word merely ending like a cue word is still spliced")
  func wordEndingLikeCue() {
    let text = "Officials argued that https://shop-deals.test/x the budget would grow next year."
    #expect(weight(signal, spam, placement(text, at: spam)) == 1.0)
  }
}
