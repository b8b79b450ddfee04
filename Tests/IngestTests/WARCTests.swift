import Foundation
import Testing

@testable import Ingest

/// One WARC record with CRLF line ends and the two CRLFs that close it.
func warcRecord(_ type: String, id: String, uri: String? = nil, block: [UInt8]) -> [UInt8] {
  var head = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\n"
  if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
  head += "Content-Length: \(block.count)\r\n\r\n"
  return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
}

func httpResponse(_ headers: [String], _ body: [UInt8]) -> [UInt8] {
  Array(("HTTP/1.1 200 OK\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
}

/// warcinfo + request + HTML response (EUC-KR) + PNG response, the shape crawlers write.
func sampleRecords() -> [[UInt8]] {
  let html: [UInt8] = Array("<html><body>".utf8) + [0xC7, 0xD1, 0xB1, 0xDB] + Array("</body></html>".utf8)
  return [
    warcRecord("warcinfo", id: "<urn:uuid:info>", block: Array("software: test\r\n".utf8)),
    warcRecord("request", id: "<urn:uuid:req>", uri: "http://news.example/a",
      block: Array("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8)),
    warcRecord("response", id: "<urn:uuid:resp>", uri: "http://news.example/a",
      block: httpResponse(["Content-Type: text/html; charset=EUC-KR", "Content-Length: \(html.count)"], html)),
    warcRecord("response", id: "<urn:uuid:png>", uri: "http://news.example/a.png",
      block: httpResponse(["Content-Type: image/png"], [0x89, 0x50, 0x4E, 0x47])),
  ]
}

@Suite("WARC")
struct WARCTests {
  @Test("only the HTML response becomes a page, with url, record id and transport charset")
  func smallWARC() {
    let f = Fixture()
    let p = f.write("crawl.warc", sampleRecords().flatMap { $0 })
    let (items, stats) = readAll([p])
    #expect(items.count == 1)
    let page = items.first?.page
    #expect(page?.id == "<urn:uuid:resp>")
    #expect(page?.source.url == "http://news.example/a")
    #expect(page?.source.offset == sampleRecords()[0...1].map(\.count).reduce(0, +))
    #expect(page?.transportCharset == "EUC-KR")
    #expect(page?.alreadyUnicode == false)
    #expect(page?.format == .html)
    #expect(page?.bytes.count == 30)
    #expect(stats.warcRecordsSkippedByType == ["warcinfo": 1, "request": 1])
    #expect(stats.warcNonHTMLResponses == 1)
  }

  @Test("a per-record gzipped .warc.gz reads like the plain file")
  func perRecordGzip() {
    let f = Fixture()
    let p = f.write("crawl.warc.gz", sampleRecords().flatMap { GzipWriter.gzip($0) })
    let pages = readAll([p]).items.compactMap { $0.page }
    #expect(pages.map(\.id) == ["<urn:uuid:resp>"])
    #expect(pages.first?.transportCharset == "EUC-KR")
  }

  @Test("a WARC without a .warc name is sniffed")
  func sniffed() {
    let f = Fixture()
    let p = f.write("dump.bin", sampleRecords().flatMap { $0 })
    #expect(readAll([p]).items.first?.page?.id == "<urn:uuid:resp>")
  }

  @Test("chunked and gzip-encoded response bodies are decoded")
  func chunkedGzipBody() {
    let f = Fixture()
    let gz = gzip("<p>inside</p>")
    let chunked = Array("\(String(gz.count - 5, radix: 16))\r\n".utf8) + gz[..<(gz.count - 5)]
      + Array("\r\n5;ext=1\r\n".utf8) + gz[(gz.count - 5)...] + Array("\r\n0\r\n\r\n".utf8)
    let block = httpResponse(["Transfer-Encoding: chunked", "Content-Encoding: gzip", "Content-Type: text/html"], chunked)
    let p = f.write("c.warc", warcRecord("response", id: "<urn:uuid:c>", uri: "http://x/", block: block))
    #expect(readAll([p]).items.first?.page?.text == "<p>inside</p>")
  }

  @Test("a malformed record is rejected once and reading resumes at the next record")
  func resync() {
    let f = Fixture()
    let records = sampleRecords()
    let broken = Array("WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\n\r\n<html>lost</html>\r\n\r\n".utf8)
    let p = f.write("r.warc", broken + Array("garbage\r\n".utf8) + records[2])
    let items = readAll([p]).items
    #expect(items.count == 2)
    #expect(items[0].reject?.reason == "warc-malformed")
    #expect(items[0].reject?.source.offset == 0)
    #expect(items[1].page?.id == "<urn:uuid:resp>")
  }

  @Test("a record cut off by the end of input is warc-malformed")
  func truncatedRecord() {
    let f = Fixture()
    let record = sampleRecords()[2]
    let p = f.write("t.warc", Array(record.prefix(record.count - 20)))
    let reject = readAll([p]).items.first?.reject
    #expect(reject?.reason == "warc-malformed")
    #expect(reject?.id == "<urn:uuid:resp>")
  }
}
