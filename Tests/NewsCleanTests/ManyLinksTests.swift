import Foundation
import Testing

@testable import NewsClean

/// Pages that put thousands of links in one block (a source listing with a link per line, a long
/// index, a link farm) must read each link as a page with a few links does; the readings that
/// made such a block quadratic now stop at the link's own neighbourhood.
@Suite struct ManyLinksTests {
  @Test("every anchor of a block full of anchors keeps its own text, after multi-byte text too")
  func anchorsInOneBlock() {
    let words = ["항구", "ferry", "渡轮", "café", "pier"]
    var html = "<p>"
    var expected: [String] = []
    for i in 0..<300 {
      let word = words[i % words.count]
      html += "줄 \(i) 본문 <a href=\"https://port.example/\(i)\">\(word) \(i)</a> "
      expected.append("\(word) \(i)")
    }
    html += "</p>"
    let blocks = parsedBlocks(html)
    #expect(blocks.count == 1)
    #expect(blocks.first?.links.map(\.text) == expected)
  }

  @Test("an anchor open across a block boundary keeps the text of the block it ends in")
  func anchorAcrossBlocks() {
    let blocks = parsedBlocks(#"<div>Timetable <a href="https://port.example/t">summer <p>crossings</p> winter</a> end</div>"#)
    let links = blocks.flatMap(\.links)
    #expect(links.map(\.href) == ["https://port.example/t"])
    // The anchor's text counts from the start of the block it closes in.
    #expect(links.first?.text == "winter")
  }

  @Test("an anchor looked for after the one before it is found at its own place, plain text or not")
  func anchorAtItsOwnPlace() {
    for text in ["Read it here, or order the print copy here.", "Lisez-le ici, ou commandez l'édition imprimée ici.", "e\u{301}: ici, puis ici."] {
      let word = text.contains("here") ? "here" : "ici"
      let first = RemoveSpamLinks.range(of: word, in: text, textIsPlain: isPlain(text))
      #expect(first == text.range(of: word))
      guard let first else { continue }
      let second = RemoveSpamLinks.range(of: word, in: text, textIsPlain: isPlain(text), from: first.upperBound)
      #expect(second == text.range(of: word, options: .backwards), "\(text)")
    }
  }

  @Test("a link's last words before it are those splitting the whole text gives")
  func lastWords() {
    let pieces = ["a", "bc", " ", "  ", "항구", "e\u{0301}", " \u{0301}", "🙂", "x.", ""]
    var g = FastPathAgreementTests.Generator(state: 29)
    for _ in 0..<20000 {
      let text = (0..<g.next(9)).map { _ in pieces[g.next(pieces.count)] }.joined()
      let count = 1 + g.next(3)
      let whole = text[...].split(whereSeparator: { (c: Character) in c == " " }).suffix(count)
      #expect(SplicedIntoSentence.lastWords(text[...], count: count) == Array(whole), "\(text.debugDescription)")
    }
  }
}
