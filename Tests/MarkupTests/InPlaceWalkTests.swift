@testable import Markup
import TestSupport
import Testing

/// A page walked in place (its bytes lent by a string) reads as the same page copied into an
/// array, whether `Prescan` cuts something from it or leaves it whole.
@Suite("Walking a page in place")
struct InPlaceWalkTests {
  @Test("generated pages: in-place and array walks agree, and Prescan's nil means the page as it is")
  func generated() {
    var random = SplitMix64(seed: 23)
    let pieces = ["<div class=\"a\" id=x>", "</div>", "<script>var a = '<p>';</script>", "<style>p{}</style>",
                  "<script type=\"application/ld+json\">{\"a\":1}</script>", "<svg><g></g></svg>", "<p", ">",
                  "<a href=\"/x\" onclick=\"f()\" data-k=1>", "</a>", "text", " ", "é", "&amp;", "<!--c-->", "<br>",
                  "<script>", "</scr", "\u{0}", "<img src=a alt='b'>", "<html>", "<body>"]
    for round in 0..<600 {
      var html = ""
      for _ in 0..<Int(random.next() % 30) { html += pieces[Int(random.next() % UInt64(pieces.count))] }
      let bytes = Array(html.utf8)
      for reading in [AttributeReading.known, .all] {
        var fromArray = StreamingWalkTests.Recorder()
        var inPlace = StreamingWalkTests.Recorder()
        let a = HTMLParser.walk(bytes, attributes: reading, visitor: &fromArray)
        var text = html
        let b = text.withUTF8 { HTMLParser.walk($0, attributes: reading, visitor: &inPlace) }
        #expect(String(describing: a) == String(describing: b), "round \(round)")
        #expect(fromArray.events == inPlace.events, "round \(round): \(html)")
        let whole = Prescan.prepared(bytes, reading: reading, maxVisible: 2)
        let lent = bytes.withUnsafeBufferPointer { Prescan.prepared($0, reading: reading, maxVisible: 2) }
        #expect((lent ?? bytes) == whole, "round \(round): \(html)")
      }
    }
  }
}
