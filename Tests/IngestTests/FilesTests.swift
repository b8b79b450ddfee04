import Foundation
import Testing

@testable import Ingest

@Suite("Files and directories")
struct FilesTests {
  @Test("a directory is walked recursively with entries in byte-wise name order")
  func walkOrder() {
    let f = Fixture()
    f.write("d/b.html", "<p>b")
    f.write("d/A.html", "<p>A")
    f.write("d/a/z.txt", "z")
    f.write("d/a/y.txt", "y")
    f.write("d/.hidden.html", "<p>h")
    f.write("d/é.txt", "e")
    let (items, stats) = readAll([f.path("d")])
    let names = items.compactMap { $0.page?.source.path }.map { String($0.dropFirst(f.root.count + 3)) }
    #expect(names == ["A.html", "a/y.txt", "a/z.txt", "b.html", "é.txt"])
    #expect(stats.hiddenSkipped == 1)
  }

  @Test("arguments keep their given order; the id is the file name without its extensions")
  func argumentOrder() {
    let f = Fixture()
    let b = f.write("b.txt", "b")
    let a = f.write("a.html.gz", GzipWriter.gzip(Array("<p>a".utf8)))
    let (items, _) = readAll([b, a])
    #expect(items.compactMap { $0.page?.id } == ["b", "a"])
    #expect(items.first?.page?.source == SourceRef(path: b))
  }

  @Test("the kind comes from the extension, case-insensitively, through .gz")
  func kindFromExtension() {
    #expect(InputKind.fromName("x/Page.HTM") == .html)
    #expect(InputKind.fromName("a.shtml.gz") == .html)
    #expect(InputKind.fromName("notes.txt") == .text)
    #expect(InputKind.fromName("dump.NDJSON") == .jsonl)
    #expect(InputKind.fromName("crawl.warc.gz") == .warc)
    #expect(InputKind.fromName("README") == nil)
    #expect(InputKind.fromName("photo.jpg") == nil)
  }

  @Test("files without a known extension are sniffed")
  func sniffing() {
    let f = Fixture()
    f.write("s/1", "  <!DOCTYPE html><html><body>x")
    f.write("s/2", "just some words")
    f.write("s/3", "{\"text\": \"hello\"}\n")
    f.write("s/4", "<div>x</div>")
    f.write("s/5.dat", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1])
    f.write("s/6", "<pre-formatted is not a tag")
    let (items, _) = readAll([f.path("s")])
    #expect(items[0].page?.format == .html)
    #expect(items[1].page?.format == .text)
    #expect(items[2].page?.text == "hello")
    #expect(items[3].page?.format == .html)
    #expect(items[4].reject?.reason == "binary")
    #expect(items[5].page?.format == .text)
  }

  @Test("names with spaces, non-ASCII letters and no extension are read")
  func oddNames() {
    let f = Fixture()
    let p = f.write("my page 한글", "<html>x")
    let (items, _) = readAll([p])
    #expect(items.first?.page?.id == "my page 한글")
    #expect(items.first?.page?.source.path == p)
    #expect(items.first?.page?.format == .html)
  }

  @Test("an empty file is rejected as empty-file")
  func emptyFile() {
    let f = Fixture()
    let p = f.write("empty.html", "")
    #expect(readAll([p]).items.first?.reject?.reason == "empty-file")
  }

  @Test("a missing argument is rejected as unreadable")
  func missing() {
    let f = Fixture()
    let r = readAll([f.path("nope.html")]).items.first?.reject
    #expect(r?.reason == "unreadable")
  }

  @Test("a FIFO in a walked directory is rejected without being opened")
  func fifo() {
    let f = Fixture()
    f.write("d/a.txt", "a")
    #expect(mkfifo(f.path("d/pipe"), 0o644) == 0)
    let (items, stats) = readAll([f.path("d")])
    #expect(items.count == 2)
    #expect(items[1].reject?.reason == "not-a-regular-file")
    #expect(items[1].reject?.source.path == f.path("d/pipe"))
    #expect(stats.specialFilesSkipped == 1)
  }

  @Test("a symlink cycle is reported once and the walk terminates")
  func symlinkCycle() throws {
    let f = Fixture()
    f.write("d/sub/a.txt", "a")
    try FileManager.default.createSymbolicLink(atPath: f.path("d/sub/up"), withDestinationPath: "..")
    let (items, _) = readAll([f.path("d")])
    #expect(items.compactMap { $0.page }.count == 1)
    let loops = items.compactMap { $0.reject }.filter { $0.reason == "symlink-loop" }
    #expect(loops.count == 1)
    #expect(loops.first?.source.path == f.path("d/sub/up"))
  }

  @Test("a symlink to a file is followed; a dangling one is unreadable")
  func symlinks() throws {
    let f = Fixture()
    f.write("real.txt", "real")
    try FileManager.default.createDirectory(atPath: f.path("d"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: f.path("d/link.txt"), withDestinationPath: "../real.txt")
    try FileManager.default.createSymbolicLink(atPath: f.path("d/zz.txt"), withDestinationPath: "gone.txt")
    let (items, _) = readAll([f.path("d")])
    #expect(items.first?.page?.text == "real")
    #expect(items.last?.reject?.reason == "unreadable")
    #expect(items.last?.reject?.detail.contains("missing") == true)
  }
}

@Suite("Streams")
struct StreamTests {
  @Test("a pipe (as stdin is) is sniffed and read as a stream, gzip included")
  func pipeStream() {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let data = gzip("{\"id\":\"p1\",\"text\":\"from a pipe\"}\n")
    // Small enough to fit the pipe buffer, so writing before reading cannot block.
    _ = data.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, $0.count) }
    close(fds[1])
    let producer = makeProducer(
      source: FileDescriptorSource(fd: fds[0], owned: true), path: "-", nameHint: nil,
      limits: IngestLimits(), stats: StatsBox())
    let page = producer.next()?.page
    #expect(page?.id == "p1")
    #expect(page?.source.path == "-")
    #expect(producer.next() == nil)
  }
}
