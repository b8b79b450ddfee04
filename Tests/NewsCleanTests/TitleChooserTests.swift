import Testing

@testable import NewsClean

@Suite struct TitleChooserTests {
  func heading(_ text: String, level: Int = 1, roles: MarkupRoles = [], index: Int = 0) -> Block {
    var b = Block(text: text, kind: .heading)
    b.level = level
    b.roles = roles
    b.index = index
    return b
  }

  func metadata(documentTitle: String? = nil, title: String? = nil, siteName: String? = nil) -> PageMetadata {
    var m = PageMetadata()
    m.documentTitle = documentTitle
    m.title = title
    m.siteName = siteName
    return m
  }

  func choose(_ metadata: PageMetadata, _ blocks: [Block]) -> String? {
    TitleChooser.choose(metadata: metadata, blocks: blocks, structure: PageStructure())
  }

  @Test("the heading that opens the document title is the title")
  func headingMatchesFirstSegment() {
    let m = metadata(documentTitle: "Harbour ferry returns after winter repairs - Local - Bayside Courier")
    #expect(choose(m, [heading("Harbour ferry returns after winter repairs")]) == "Harbour ferry returns after winter repairs")
  }

  @Test("a heading cut short by the board takes its full text from the document title")
  func truncatedHeading() {
    let m = metadata(documentTitle: "시의회, 내년도 예산안 원안대로 통과 > 자유게시판 | 동네소식")
    #expect(choose(m, [heading("시의회, 내년도 예산안 원안대로 통…", level: 2)]) == "시의회, 내년도 예산안 원안대로 통과")
  }

  @Test("structured data names the title, without the site name")
  func structuredTitleWithoutSite() {
    let m = metadata(documentTitle: "Bayside Courier", title: "Ferry fares frozen for 2025 | Bayside Courier", siteName: "Bayside Courier")
    #expect(choose(m, [heading("Ferry fares frozen for 2025", level: 2)]) == "Ferry fares frozen for 2025")
  }

  @Test("the site's logo heading is not the title")
  func logoInHeader() {
    let m = metadata(documentTitle: "Council approves the new harbour budget - Bayside Courier")
    let blocks = [heading("Bayside Courier", roles: .header, index: 0), heading("Other stories", level: 3, index: 5)]
    #expect(choose(m, blocks) == "Council approves the new harbour budget")
  }

  @Test("without metadata the first top-level heading is the title")
  func firstH1() {
    let blocks = [heading("Contents", level: 2, index: 0), heading("Summer timetable announced", level: 1, index: 1)]
    #expect(choose(metadata(), blocks) == "Summer timetable announced")
  }

  @Test("without headings the longest segment of the document title is the title")
  func documentTitleOnly() {
    #expect(choose(metadata(documentTitle: "동네소식 | 마을 텃밭 분양 신청 안내 | 공지"), []) == "마을 텃밭 분양 신청 안내")
  }

  @Test("a page without any title has none")
  func noTitle() {
    #expect(choose(metadata(), [block("Just a paragraph of text.")]) == nil)
  }

  @Test("in a text dump the line the body talks about, above the byline, is the title")
  func dumpTitle() {
    let lines = [
      "자유게시판", "마을 텃밭 분양 신청 안내", "관리자 2024.03.02 09:15",
      "올해 마을 텃밭 분양 신청을 3월 11일부터 주민센터에서 받습니다. 한 가구당 한 구획만 신청할 수 있습니다.",
    ].map { block($0, kind: .line) }
    #expect(TitleChooser.chooseForDump(lines, isChrome: { _ in false }) == 1)
  }

  @Test("in a text dump a board name the body never mentions is not the title")
  func dumpBoardName() {
    let lines = [
      "Community Board", "Allotment applications open in March",
      "Applications for the village allotments open on March 11 at the community centre; each household may apply for one plot.",
    ].map { block($0, kind: .line) }
    #expect(TitleChooser.chooseForDump(lines, isChrome: { _ in false }) == 1)
  }

  @Test("a dump that starts with its prose has no title line")
  func dumpWithoutTitle() {
    let lines = [
      "Applications for the village allotments open on March 11 at the community centre; each household may apply for one plot."
    ].map { block($0, kind: .line) }
    #expect(TitleChooser.chooseForDump(lines, isChrome: { _ in false }) == nil)
  }

  @Test("a document title is split on the separators boards use")
  func split() {
    #expect(TitleChooser.split("마을버스 노선 개편 > 자유게시판 | 동네소식") == ["마을버스 노선 개편", "자유게시판", "동네소식"])
    #expect(TitleChooser.split("Ferry - Local – Courier") == ["Ferry", "Local", "Courier"])
  }
}
