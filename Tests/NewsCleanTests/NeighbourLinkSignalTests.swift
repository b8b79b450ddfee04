import Testing

@testable import NewsClean

@Suite struct NeighbourLinkSignalTests {
  let signal = NeighbourLinkSignal(maximumLength: 80)

  @Test("a Korean previous-post line with title and date is chrome")
  func koreanPrevious() {
    #expect(signal.claims("이전글 도서관 야간 개방 연장 24.11.09"))
  }

  @Test("a dump's list marker and a glued title do not hide the label")
  func markerAndGluedTitle() {
    #expect(signal.claimsLine("- 다음글Understanding the New Bus Routes 24.11.11"))
  }

  @Test("previous/next lines are chrome in Vietnamese, Russian, Spanish and French")
  func moreLanguages() {
    #expect(signal.claims("Bài trước: Giá xăng giảm lần thứ ba"))
    #expect(signal.claims("Следующая статья: Новый мост через реку"))
    #expect(signal.claims("Artículo anterior: El puerto amplía su horario"))
    #expect(signal.claims("Article suivant : La bibliothèque rouvre"))
  }

  @Test("a sentence opening with the same word is not a neighbour link")
  func sentenceWithSameWord() {
    #expect(!signal.claims("Anterior a la reforma, el puerto cerraba a las diez de la noche todos los días."))
  }

  @Test("a Chinese next-post line is chrome")
  func chineseNext() {
    #expect(signal.claims("下一篇：夏季用电安全提示"))
    #expect(signal.claims("上一篇 社区卫生服务站搬迁通知"))
  }

  @Test("a Japanese previous-article line is chrome")
  func japanesePrevious() {
    #expect(signal.claims("前の記事 梅雨の晴れ間に"))
  }

  @Test("an English label followed by a colon introduces a neighbour")
  func englishWithColon() {
    #expect(signal.claims("Next post: How the council voted on parking"))
    #expect(signal.claims("« Previous: Market day moves to Friday"))
  }

  @Test("an English label with a neighbour's date is chrome")
  func englishWithDate() {
    #expect(signal.claims("Previous Market day moves to Friday 2024-03-02"))
  }

  @Test("an English label followed by a title is chrome inside navigation markup")
  func englishInNavigation() {
    #expect(signal.claims("Next Market day moves to Friday", roles: .navigation))
    #expect(!signal.claims("Next Market day moves to Friday"))
  }

  @Test("a sentence opening with Next is prose")
  func nextYearIsProse() {
    #expect(!signal.claims("Next year, the ministry will revise the plan."))
    #expect(!signal.claims("Previously the ferry ran twice a day."))
  }

  @Test("a Korean sentence opening with 다음 is prose")
  func koreanNextWeekIsProse() {
    #expect(!signal.claims("다음 주에 주민 공청회가 열린다."))
    #expect(!signal.claims("이전 정부의 정책을 그대로 이어받았다."))
  }

  @Test("다음 with a separator is a neighbour")
  func koreanNextWithColon() {
    #expect(signal.claims("다음: 시의회 예산안 심의"))
  }

  @Test("a long paragraph is never a neighbour link")
  func longParagraph() {
    let text = "이전글 " + String(repeating: "가", count: 150)
    #expect(!signal.claims(text))
  }
}
