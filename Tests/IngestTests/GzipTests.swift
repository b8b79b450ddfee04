import Foundation
import Testing

@testable import Ingest

@Suite("Gzip")
struct GzipTests {
  @Test(".html.gz is read transparently as HTML")
  func gzippedHTML() {
    let f = Fixture()
    let p = f.write("page.html.gz", gzip("<html><body>héllo</body></html>"))
    let page = readAll([p]).items.first?.page
    #expect(page?.text == "<html><body>héllo</body></html>")
    #expect(page?.format == .html)
    #expect(page?.transportCharset == nil)
  }

  @Test("gzip is recognised by its magic bytes without a .gz name")
  func magicWithoutExtension() {
    let f = Fixture()
    let p = f.write("blob", gzip("<!doctype html><p>x"))
    #expect(readAll([p]).items.first?.page?.format == .html)
  }

  @Test("concatenated gzip members read as one stream")
  func members() {
    let f = Fixture()
    let p = f.write("two.txt.gz", gzip("first ") + gzip("") + gzip("second"))
    #expect(readAll([p]).items.first?.page?.text == "first second")
  }

  @Test("junk after a complete member is ignored and counted")
  func trailingJunk() {
    let f = Fixture()
    let p = f.write("junk.txt.gz", gzip("kept") + [0, 0, 0, 0x41])
    let (items, stats) = readAll([p])
    #expect(items.first?.page?.text == "kept")
    #expect(stats.gzipTrailingJunk == 1)
  }

  @Test("a truncated gzip stream is rejected as gzip-truncated")
  func truncated() {
    let f = Fixture()
    let whole = GzipWriter.gzip((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
    let p = f.write("cut.txt.gz", Array(whole.prefix(whole.count / 2)))
    let reject = readAll([p]).items.first?.reject
    #expect(reject?.reason == "gzip-truncated")
    #expect(reject?.id == "cut")
    #expect(reject?.source.path == p)
  }

  @Test("corrupt gzip data is rejected as gzip-corrupt")
  func corrupt() {
    let f = Fixture()
    var bytes = gzip(String(repeating: "abcdefgh", count: 1000))
    for i in 12..<40 { bytes[i] ^= 0x5A }
    let p = f.write("bad.html.gz", bytes)
    #expect(readAll([p]).items.first?.reject?.reason == "gzip-corrupt")
  }

  @Test("a decompression bomb stops at the page limit quickly")
  func bomb() {
    let f = Fixture()
    let writer = GzipWriter(level: 9)
    let zeros = [UInt8](repeating: 0x20, count: 1 << 20)
    for _ in 0..<200 { writer.write(zeros) }
    let p = f.write("bomb.txt.gz", writer.finish())
    let clock = ContinuousClock()
    var reject: InputReject?
    let elapsed = clock.measure { reject = readAll([p], maxPageBytes: 1 << 20).items.first?.reject }
    #expect(reject?.reason == "too-large")
    #expect(elapsed < .seconds(2))
  }
}
