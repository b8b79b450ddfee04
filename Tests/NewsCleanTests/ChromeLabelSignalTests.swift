import Testing

@testable import NewsClean

@Suite struct ChromeLabelSignalTests {
  let signal = ChromeLabelSignal(maximumLength: 80)

  @Test("a board label standing alone is chrome in Korean")
  func koreanLabel() {
    #expect(signal.claims("페이지 정보"))
    #expect(signal.claims("댓글목록"))
  }

  @Test("a button word standing alone is chrome in English")
  func englishLabel() {
    #expect(signal.claims("Reply"))
    #expect(signal.claims("Back to top"))
  }

  @Test("a label standing alone is chrome in Japanese")
  func japaneseLabel() {
    #expect(signal.claims("一覧に戻る"))
    #expect(signal.claims("コメントを書く"))
  }

  @Test("a label standing alone is chrome in Chinese")
  func chineseLabel() {
    #expect(signal.claims("返回列表"))
    #expect(signal.claims("发表评论"))
  }

  @Test("a label with a counter is still a label")
  func labelWithCounter() {
    #expect(signal.claims("Comments (12)"))
    #expect(signal.claims("댓글 3"))
    #expect(signal.claims("コメント(0)"))
  }

  @Test("surrounding punctuation and case do not hide a label")
  func punctuationAndCase() {
    #expect(signal.claims("[ 목록 ]"))
    #expect(signal.claims("» READ MORE «"))
  }

  @Test("a row of buttons separated by spaces is chrome")
  func rowOfButtonsWithSpaces() {
    #expect(signal.claims("목록 답변 글쓰기"))
    #expect(signal.claims("Reply Quote Report"))
  }

  @Test("a row of buttons separated by bars or dots is chrome")
  func rowOfButtonsWithSeparators() {
    #expect(signal.claims("Share | Tweet | Email"))
    #expect(signal.claims("수정 · 삭제 · 신고"))
  }

  @Test("buttons run together by a text dump are chrome")
  func labelsRunTogether() {
    #expect(signal.claimsLine("登录立即注册"))
    #expect(signal.claimsLine("목록답변글쓰기"))
  }

  @Test("a line of nothing but symbols is chrome")
  func symbolsOnly() {
    #expect(signal.claims("· · ·"))
    #expect(signal.claims("▲"))
  }

  @Test("an ordinary English sentence containing a chrome word is kept")
  func englishSentenceWithChromeWord() {
    #expect(!signal.claims("The minister will reply to the committee next week."))
    #expect(!signal.claims("Share prices fell."))
  }

  @Test("an ordinary Korean sentence containing a chrome word is kept")
  func koreanSentenceWithChromeWord() {
    #expect(!signal.claims("댓글 기능은 다음 달부터 모든 기사에 적용된다."))
  }

  @Test("an ordinary Japanese sentence containing a chrome word is kept")
  func japaneseSentenceWithChromeWord() {
    #expect(!signal.claims("検索エンジンの仕組みについて説明します。"))
  }

  @Test("an ordinary Chinese sentence containing a chrome word is kept")
  func chineseSentenceWithChromeWord() {
    #expect(!signal.claims("评论区里很多居民都支持这个方案。"))
  }

  @Test("a block longer than the maximum length is never a label")
  func tooLong() {
    let long = Array(repeating: "Reply", count: 20).joined(separator: " ")
    #expect(long.count > 80)
    #expect(!signal.claims(long))
  }

  @Test("a title-like phrase of non-label words is kept")
  func headlineIsKept() {
    #expect(!signal.claims("Harbour ferry returns"))
    #expect(!signal.claims("마을버스 노선 개편"))
  }

  @Test("question-and-answer furniture is chrome, counters and badges included")
  func questionAndAnswerFurniture() {
    #expect(signal.claims("Add a comment |"))
    #expect(signal.claims("| Show 3 more comments"))
    #expect(signal.claims("Improve this answer"))
    #expect(signal.claims("2,2431515 silver badges2323 bronze badges"))
  }

  @Test("a counter in thousands goes with its magnitude letter")
  func magnitudes() {
    #expect(signal.claims("135k44 gold badges175175 silver badges322322 bronze badges"))
    #expect(signal.claims("12k views"))
  }
}
