import Foundation
import Testing

@testable import Ingest

/// The libdeflate fast path (`WholeGzip`) must give zlib's bytes for every plain gzip file and
/// decline everything else, so that zlib (`GzipSource`) alone decides rejects and stats. Without
/// libdeflate built in, `WholeGzip.inflate` always declines, and that is checked too.
@Suite("WholeGzip")
struct WholeGzipTests {
  /// Bytes that do not compress to nothing, so members have real Huffman blocks.
  static func text(_ count: Int, seed: UInt32 = 1) -> [UInt8] {
    var x = seed
    return (0..<count).map { _ in
      x = x &* 1_103_515_245 &+ 12345
      return UInt8(97 + (x >> 16) % 26)
    }
  }

  /// Bytes that hardly compress, for a file bigger than the fast path takes.
  static func noise(_ count: Int) -> [UInt8] {
    var x: UInt32 = 99
    return (0..<count).map { _ in
      x = x &* 1_103_515_245 &+ 12345
      return UInt8(truncatingIfNeeded: x >> 16)
    }
  }

  /// zlib's reading of `data`, the reference.
  static func zlib(_ data: [UInt8], limit: Int = 32 << 20) -> [UInt8]? {
    try? Gzip.inflate(data, limit: limit, stats: StatsBox())
  }

  /// The fast path agrees with zlib where it answers, and answers exactly when built in.
  static func expectSameAsZlib(_ data: [UInt8], limit: Int = 32 << 20) {
    let fast = WholeGzip.inflate(data, limit: limit)
    let reference = zlib(data, limit: limit)
    #expect(reference != nil)
    if WholeGzip.isAvailable {
      #expect(fast == reference)
    } else {
      #expect(fast == nil)
    }
  }

  @Test("one member gives zlib's bytes")
  func singleMember() {
    Self.expectSameAsZlib(GzipWriter.gzip(Self.text(300_000)))
    Self.expectSameAsZlib(GzipWriter.gzip(Array("<p>x</p>".utf8)))
  }

  @Test("several members, empty ones among them, give zlib's bytes")
  func severalMembers() {
    let a = GzipWriter.gzip(Self.text(70_000, seed: 2))
    let empty = GzipWriter.gzip([])
    let b = GzipWriter.gzip(Self.text(5, seed: 3))
    Self.expectSameAsZlib(a + empty + b)
    Self.expectSameAsZlib(empty)
    Self.expectSameAsZlib(empty + empty)
    Self.expectSameAsZlib(b + a + empty)
    if WholeGzip.isAvailable {
      #expect(WholeGzip.inflate(a + empty + b, limit: 1 << 20)?.count == 70_005)
    }
  }

  @Test("a last member far smaller than the rest (ISIZE is only a hint) grows the output")
  func isizeHintTooSmall() {
    // 600 KB, then 1 byte: the trailer promises 1 byte, so the output must grow several times.
    let data = GzipWriter.gzip(Self.text(600_000, seed: 4)) + GzipWriter.gzip([0x41])
    Self.expectSameAsZlib(data)
  }

  @Test("a header with a file name and an extra field gives zlib's bytes")
  func headerFields() {
    var data = GzipWriter.gzip(Self.text(1000, seed: 5))
    // FEXTRA (4 bytes of subfield) and FNAME, as gzip(1) and some crawlers write them.
    data[3] |= 0x04 | 0x08
    data.insert(contentsOf: [4, 0, 0x41, 0x42, 0, 0] + Array("page.html".utf8) + [0], at: 10)
    Self.expectSameAsZlib(data)
  }

  @Test("the page limit is never exceeded: exactly the limit passes, one byte over declines")
  func limit() {
    let content = Self.text(100_000, seed: 6)
    let one = GzipWriter.gzip(content)
    Self.expectSameAsZlib(one, limit: 100_000)
    #expect(WholeGzip.inflate(one, limit: 99_999) == nil)
    // Several members: the ISIZE hint (last member only) is under the limit, the total is not.
    let two = GzipWriter.gzip(content) + GzipWriter.gzip([1, 2, 3])
    #expect(WholeGzip.inflate(two, limit: 100_002) == nil)
    Self.expectSameAsZlib(two, limit: 100_003)
  }

  @Test("anything but complete members and nothing after is left to zlib")
  func declines() {
    let whole = GzipWriter.gzip(Self.text(20_000, seed: 7))
    var corrupt = whole
    for i in 12..<40 { corrupt[i] ^= 0x5A }
    var badCRC = whole
    badCRC[badCRC.count - 6] ^= 1
    var headerCRC = whole
    headerCRC[3] |= 0x02
    headerCRC.insert(contentsOf: [0, 0], at: 10)
    var reserved = whole
    reserved[3] |= 0x20
    let cases: [(String, [UInt8])] = [
      ("truncated", Array(whole.prefix(whole.count / 2))),
      ("truncated trailer", Array(whole.dropLast(1))),
      ("corrupt", corrupt),
      ("bad CRC", badCRC),
      ("header CRC (libdeflate would not check it)", headerCRC),
      ("reserved flag", reserved),
      ("trailing junk", whole + [0, 0, 0, 0x41]),
      ("trailing junk with a small ISIZE hint", whole + [0x41, 0, 0, 0, 0]),
      ("one trailing byte", whole + [0]),
      ("trailing zeros", whole + [UInt8](repeating: 0, count: 64)),
      ("a cut second member", whole + Array(whole.prefix(30))),
      ("a second member's magic only", whole + [0x1f, 0x8b]),
      ("shorter than a member", Array(whole.prefix(17))),
    ]
    for (name, data) in cases {
      #expect(WholeGzip.inflate(data, limit: 32 << 20) == nil, "\(name)")
    }
  }

  @Test("a small regular gzip file takes the fast path, a bad one goes to zlib")
  func sourceChoice() {
    let f = Fixture()
    let good = f.write("good.html.gz", GzipWriter.gzip(Self.text(10_000)))
    let junk = f.write("junk.html.gz", GzipWriter.gzip(Self.text(10_000)) + [0x41])
    func source(_ path: String) -> ByteSource {
      let fd = open(path, O_RDONLY)
      let raw = FileDescriptorSource(fd: fd, owned: true, size: Int(lseek(fd, 0, SEEK_END)))
      lseek(fd, 0, SEEK_SET)
      let magic = try! readPrefix(raw, count: 2)
      return gzipSource(raw: raw, magic: magic, limits: IngestLimits(), stats: StatsBox())
    }
    #expect((source(good) is MemorySource) == WholeGzip.isAvailable)
    #expect(source(junk) is GzipSource)
    // Over the size tried whole: streamed by zlib whatever is built in.
    let big = f.write("big.txt.gz", GzipWriter.gzip(Self.noise(WholeGzip.maxCompressedBytes + 1)))
    #expect(source(big) is GzipSource)
  }

  @Test("bytes inflated whole are read to the end as they are, within the limit, peeked or not")
  func memoryReadToEnd() throws {
    let bytes = Self.text(50_000, seed: 10)
    #expect(try ByteReader(source: MemorySource(bytes)).readToEnd(limit: 50_000) == bytes)
    #expect(try ByteReader(source: MemorySource(bytes)).readToEnd(limit: 49_999) == nil)
    let peeked = ByteReader(source: MemorySource(bytes))
    #expect(try peeked.peek(1024) == Array(bytes.prefix(1024)))
    #expect(try peeked.readToEnd(limit: 50_000) == bytes)
    let whole = ByteReader(source: MemorySource(bytes))
    _ = try whole.readToEnd(limit: 50_000)
    #expect(whole.position == 50_000)
    #expect(try whole.readToEnd(limit: 50_000) == [])
  }

  /// What a pipe (no size, so never the fast path) yields for `data`: zlib alone.
  static func viaPipe(_ data: [UInt8], maxPageBytes: Int) -> (item: InputItem?, stats: IngestStats) {
    var fds: [Int32] = [0, 0]
    precondition(pipe(&fds) == 0)
    precondition(data.count < 60_000, "must fit the pipe buffer")
    _ = data.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, $0.count) }
    close(fds[1])
    let stats = StatsBox()
    let producer = makeProducer(
      source: FileDescriptorSource(fd: fds[0], owned: true), path: "-", nameHint: "x.html.gz",
      limits: IngestLimits(maxPageBytes: maxPageBytes), stats: stats)
    return (producer.next(), stats.value)
  }

  @Test("files the fast path declines give zlib's reject, detail and stats, byte for byte")
  func fallbackMatchesZlib() {
    let f = Fixture()
    let whole = GzipWriter.gzip(Self.text(40_000, seed: 9))
    var corrupt = whole
    for i in 200..<230 { corrupt[i] ^= 0x5A }
    var badCRC = whole
    badCRC[badCRC.count - 6] ^= 1
    let cases: [(String, [UInt8], Int)] = [
      ("plain", whole, 32 << 20),
      ("members", whole + GzipWriter.gzip([]) + GzipWriter.gzip([0x41]), 32 << 20),
      ("truncated", Array(whole.prefix(whole.count / 2)), 32 << 20),
      ("corrupt", corrupt, 32 << 20),
      ("bad CRC", badCRC, 32 << 20),
      ("junk", whole + [0, 0, 0, 0x41], 32 << 20),
      // Zeros make a small ISIZE hint, so the fast path really inflates before declining.
      ("zero junk", whole + [0, 0, 0, 0, 0, 0], 32 << 20),
      ("cut second member", whole + Array(whole.prefix(100)), 32 << 20),
      ("too large", whole, 39_999),
      ("exactly the limit", whole, 40_000),
    ]
    for (name, data, limit) in cases {
      let path = f.write(name.replacingOccurrences(of: " ", with: "-") + ".html.gz", data)
      let (items, stats) = readAll([path], maxPageBytes: limit)
      let (reference, referenceStats) = Self.viaPipe(data, maxPageBytes: limit)
      #expect(items.count == 1, "\(name)")
      #expect(items.first?.page?.bytes == reference?.page?.bytes, "\(name)")
      #expect(items.first?.reject?.reason == reference?.reject?.reason, "\(name)")
      #expect(items.first?.reject?.detail == reference?.reject?.detail, "\(name)")
      #expect(stats.gzipTrailingJunk == referenceStats.gzipTrailingJunk, "\(name)")
    }
  }
}
