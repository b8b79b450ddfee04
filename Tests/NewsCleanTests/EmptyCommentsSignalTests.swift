import Testing

@testable import NewsClean

@Suite struct EmptyCommentsSignalTests {
  let signal = EmptyCommentsSignal()

  @Test("the empty-comments notice is chrome in Vietnamese, Russian, Thai, Spanish, German and Indonesian")
  func moreLanguages() {
    for notice in ["Chưa có bình luận nào.", "Комментариев пока нет.", "ยังไม่มีความคิดเห็น", "No hay comentarios.", "Noch keine Kommentare.", "Belum ada komentar."] {
      #expect(signal.claims(notice), "\(notice)")
    }
  }

  @Test("the empty-comments notice is chrome in Korean")
  func korean() {
    #expect(signal.claims("등록된 댓글이 없습니다."))
  }

  @Test("the empty-comments notice is chrome in English")
  func english() {
    #expect(signal.claims("No comments yet."))
    #expect(signal.claims("Comments are closed."))
  }

  @Test("the empty-comments notice is chrome in Japanese")
  func japanese() {
    #expect(signal.claims("コメントはまだありません。"))
  }

  @Test("the empty-comments notice is chrome in Chinese")
  func chinese() {
    #expect(signal.claims("暂无评论"))
    #expect(signal.claims("还没有评论，快来抢沙发！"))
  }

  @Test("a notice with a short invitation after it is still the notice")
  func noticeWithInvitation() {
    #expect(signal.claims("No comments yet. Be the first!"))
  }

  @Test("a sentence that opens like the notice is prose")
  func sentenceOpeningLikeNotice() {
    #expect(!signal.claims("No comments were offered by the ministry on Tuesday evening."))
  }

  @Test("a sentence about comments is prose")
  func sentenceAboutComments() {
    #expect(!signal.claims("댓글이 없습니다라는 문구가 한동안 화면에 떠 있었다고 주민들은 전했다."))
  }
}
