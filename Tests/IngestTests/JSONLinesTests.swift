import Foundation
import Testing

@testable import Ingest

@Suite("JSON Lines")
struct JSONLinesTests {
  @Test("valid lines become pages with id, url, format and charset")
  func validLines() {
    let f = Fixture()
    let p = f.write("d.jsonl", """
      {"id": "a1", "url": "http://x/1", "html": "<p>가</p>", "charset": "euc-kr"}

      {"text": "plain", "content_type": "text/plain; charset=\\"Shift_JIS\\""}
      {"id": "", "html": "<b>h</b>", "text": "loses", "headers": {"Content-Type": "text/html; charset=UTF-8"}}

      """)
    let (items, stats) = readAll([p])
    let pages = items.compactMap { $0.page }
    #expect(pages.count == 3)
    #expect(pages[0].id == "a1")
    #expect(pages[0].source == SourceRef(path: p, url: "http://x/1", line: 1))
    #expect(pages[0].text == "<p>가</p>")
    #expect(pages[0].transportCharset == "euc-kr")
    #expect(pages[0].alreadyUnicode)
    #expect(pages[1].id == "\(p)#L3")
    #expect(pages[1].format == .text)
    #expect(pages[1].transportCharset == "Shift_JIS")
    #expect(pages[2].id == "\(p)#L4")
    #expect(pages[2].format == .html)
    #expect(pages[2].transportCharset == "UTF-8")
    #expect(stats.jsonlBlankLines == 1)
  }

  @Test("each bad line is its own reject with its line number")
  func badLines() {
    let f = Fixture()
    let p = f.write("bad.jsonl", """
      {"html": "<p>ok</p>"}
      not json
      [1, 2]
      {"url": "http://x/"}
      {"html": 42}
      {"text": "still ok"}

      """)
    let items = readAll([p]).items
    #expect(items.count == 6)
    let rejects = items.compactMap { $0.reject }
    #expect(rejects.map(\.reason) == ["jsonl-invalid-json", "jsonl-not-object", "jsonl-missing-content", "jsonl-bad-field"])
    #expect(rejects.map(\.source.line) == [2, 3, 4, 5])
    #expect(rejects[2].source.url == "http://x/")
    #expect(items.last?.page?.text == "still ok")
  }

  @Test("duplicate ids are kept as separate pages")
  func duplicateIDs() {
    let f = Fixture()
    let p = f.write("dup.ndjson", "{\"id\":\"same\",\"text\":\"one\"}\n{\"id\":\"same\",\"text\":\"two\"}\n")
    let pages = readAll([p]).items.compactMap { $0.page }
    #expect(pages.map(\.id) == ["same", "same"])
    #expect(pages.map(\.text) == ["one", "two"])
  }

  @Test("a truncated last line is rejected; a complete last line without newline is kept")
  func truncatedLastLine() {
    let f = Fixture()
    let cut = f.write("cut.jsonl", "{\"text\":\"a\"}\n{\"text\":\"unfinis")
    let items = readAll([cut]).items
    #expect(items[0].page?.text == "a")
    #expect(items[1].reject?.reason == "jsonl-invalid-json")
    #expect(items[1].reject?.source.line == 2)
    #expect(items[1].reject?.detail.contains("truncated") == true)
    let whole = f.write("whole.jsonl", "{\"text\":\"b\"}")
    #expect(readAll([whole]).items.first?.page?.text == "b")
  }

  @Test("a 10 MB line is read; a line over the limit is too-large and reading goes on")
  func longLines() {
    let f = Fixture()
    let big = String(repeating: "x", count: 10 << 20)
    let p = f.write("big.jsonl.gz", gzip("{\"text\":\"\(big)\"}\n{\"text\":\"\(big)y\"}\n{\"text\":\"small\"}\n"))
    let items = readAll([p], maxPageBytes: 10 << 20).items
    #expect(items[0].page?.bytes.count == 10 << 20)
    #expect(items[1].reject?.reason == "too-large")
    #expect(items[1].reject?.source.line == 2)
    #expect(items[2].page?.text == "small")
  }
}
