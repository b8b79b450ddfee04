import Markup
import Testing

@testable import NewsClean

@Suite struct SeparatedItemsTests {
  /// The blocks' texts of `body`.
  func texts(_ body: String) -> [String] {
    var blocks = HTMLBlocks()
    _ = HTMLParser.walk(Array("<html><body>\(body)</body></html>".utf8), attributes: .known, visitor: &blocks)
    blocks.finish()
    return blocks.blocks.map(\.text)
  }

  @Test("a row of same-class items with no space between them in the markup reads as separate words")
  func rowOfItems() {
    let row = texts(
      "<div class=\"film\"><h3>Scream</h3><div class=\"facts\"><span class=\"fact\">2026</span><span class=\"fact\">1h 54m</span><span class=\"fact\">R</span></div></div>")
    #expect(row.contains("2026 1h 54m R"), "\(row)")
    let tags = texts("<ul class=\"tags\"><li class=\"tag-row\"><a class=\"tag\" href=\"/t/a\">python</a><a class=\"tag\" href=\"/t/b\">ml</a></li></ul>")
    #expect(tags.contains("python ml"), "\(tags)")
  }

  @Test("style runs inside a paragraph, letters split for an animation and unnamed emphasis stay joined")
  func wordsStayWhole() {
    #expect(texts("<p><span class=\"c1\">Le</span><span class=\"c1\">arn more about us.</span></p>") == ["Learn more about us."])
    #expect(texts("<div class=\"title\"><span class=\"ch\">H</span><span class=\"ch\">i</span><span class=\"ch\">!</span></div>") == ["Hi!"])
    #expect(texts("<div><b>Bold</b><b>face</b> and <span class=\"a\">x</span><span class=\"b\">y</span></div>") == ["Boldface and xy"])
  }

  @Test("the rule reads signatures and lengths")
  func rule() {
    #expect(SeparatedItems.separates(previous: "span.fact", next: "span.fact", previousLength: 4))
    #expect(!SeparatedItems.separates(previous: "span.fact", next: "span.fact", previousLength: 1))
    #expect(!SeparatedItems.separates(previous: "b", next: "b", previousLength: 4))
    #expect(!SeparatedItems.separates(previous: "span.a", next: "span.b", previousLength: 4))
  }
}
