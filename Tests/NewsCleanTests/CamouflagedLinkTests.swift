import Testing

@testable import NewsClean

@Suite struct CamouflagedLinkTests {
  let signal = CamouflagedLink()
  let text = "Crews called the overhaul a long-awaited goal for the island route."

  @Test("a link styled as plain text is suspect")
  func camouflaged() {
    #expect(weight(signal, "https://shop.test/", placement(text, at: "goal", anchor: true, camouflaged: true)) == 0.8)
  }

  @Test("an ordinary link says nothing")
  func ordinary() {
    #expect(weight(signal, "https://shop.test/", placement(text, at: "goal", anchor: true)) == 0)
  }

  @Test("the parser reads inherit colour without underline as camouflage")
  func parserReadsStyle() {
    let blocks = parsedBlocks(#"<p>The island <a style="color: inherit; text-decoration: none" href="https://shop.test/">route</a> reopened.</p>"#)
    #expect(blocks.first?.links.first?.camouflaged == true)
  }

  @Test("a link with only one of the two styles is not camouflaged")
  func halfStyled() {
    let blocks = parsedBlocks(#"<p>The island <a style="text-decoration: none" href="https://shop.test/">route</a> reopened.</p>"#)
    #expect(blocks.first?.links.first?.camouflaged == false)
  }
}
