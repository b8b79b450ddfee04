import Testing

@testable import NewsClean

@Suite struct CommentReaderTests {
  let chrome = StripBoilerplate(config: CleanConfig())

  func readDump(_ lines: [String]) -> ([NewsClean.Comment], [RemovedItem]) {
    let blocks = lines.map { block($0, kind: .line) }
    return CommentReader.readDump(blocks, classify: { chrome.classify($0, context: BlockContext(isTextDump: true)) })
  }

  @Test("in a dump a short dated line opens a comment and names its author")
  func datedLineOpensComment() {
    let (comments, _) = readDump([
      "새싹엄마 24.03.02 11:20", "작년에 분양받았는데 정말 좋았어요.",
      "텃밭지기 24.03.02 13:05", "추첨 결과 꼭 확인하세요!",
    ])
    #expect(comments == [
      NewsClean.Comment(author: "새싹엄마", date: "24.03.02 11:20", text: "작년에 분양받았는데 정말 좋았어요."),
      NewsClean.Comment(author: "텃밭지기", date: "24.03.02 13:05", text: "추첨 결과 꼭 확인하세요!"),
    ])
  }

  @Test("in a dump the lines after a dated line are one comment")
  func multiLineComment() {
    let (comments, _) = readDump(["gardenfan 2024.06.15 09:40", "Water little and often.", "Mulch helps too."])
    #expect(comments.map(\.text) == ["Water little and often.\nMulch helps too."])
  }

  @Test("comment buttons in a dump are chrome, not comment text")
  func buttonsAreChrome() {
    let (comments, removed) = readDump(["gardenfan 2024.06.15 09:40", "Water little and often.", "Reply Quote Report"])
    #expect(comments.map(\.text) == ["Water little and often."])
    #expect(removed == [RemovedItem(kind: "comment-chrome", text: "Reply Quote Report")])
  }

  @Test("an empty-comments notice is reported as such")
  func emptyNotice() {
    let (comments, removed) = readDump(["등록된 댓글이 없습니다."])
    #expect(comments.isEmpty)
    #expect(removed.map(\.kind) == ["empty-comments"])
  }

  @Test("a dated line with nothing after it is no comment")
  func dateWithoutText() {
    let (comments, _) = readDump(["gardenfan 2024.06.15 09:40"])
    #expect(comments.isEmpty)
  }
}
