import Testing

@testable import Ingest

/// A source over fixed bytes that hands them out in short reads and announces a size that may be
/// wrong, as a file that grows or shrinks between `fstat` and the last `read` does.
private final class AnnouncedSource: ByteSource {
  private let bytes: [UInt8]
  private let announced: Int?
  private let step: Int
  private var position = 0

  init(_ bytes: [UInt8], announced: Int?, step: Int = 7) {
    self.bytes = bytes
    self.announced = announced
    self.step = step
  }

  var remainingHint: Int? { announced.map { max(0, $0 - position) } }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(StreamFailure) -> Int {
    let n = min(capacity, step, bytes.count - position)
    bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + position, count: n) }
    position += n
    return n
  }
}

@Suite("Reading a whole page")
struct ReadToEndTests {
  private static let page = (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }

  /// What the chunked path (no size known) reads, the reference for every announced size.
  private func reference(_ bytes: [UInt8], limit: Int) throws -> [UInt8]? {
    try ByteReader(source: AnnouncedSource(bytes, announced: nil), chunk: 64).readToEnd(limit: limit)
  }

  @Test("a source of known size reads the same bytes as one of unknown size, right or wrong about its size",
        arguments: [0, 1, 4_999, 5_000, 5_001, 12_000])
  func announcedSizes(announced: Int) throws {
    for limit in [100, 4_999, 5_000, 1 << 20] {
      let read = try ByteReader(source: AnnouncedSource(Self.page, announced: announced), chunk: 64)
        .readToEnd(limit: limit)
      #expect(read == (try reference(Self.page, limit: limit)), "announced \(announced), limit \(limit)")
    }
  }

  @Test("a page one byte over the limit is refused, a page at the limit is read whole")
  func limit() throws {
    let at = try ByteReader(source: AnnouncedSource(Self.page, announced: Self.page.count)).readToEnd(limit: 5_000)
    #expect(at == Self.page)
    let over = try ByteReader(source: AnnouncedSource(Self.page, announced: Self.page.count)).readToEnd(limit: 4_999)
    #expect(over == nil)
  }

  @Test("bytes looked at for sniffing that already pass the limit refuse the page")
  func peekPastLimit() throws {
    for announced in [nil, Self.page.count] {
      let reader = ByteReader(source: AnnouncedSource(Self.page, announced: announced), chunk: 64)
      #expect(try reader.peek(1_024).count == 1_024)
      #expect(try reader.readToEnd(limit: 100) == nil)
    }
  }

  @Test("bytes already looked at for sniffing come first")
  func afterPeek() throws {
    let reader = ByteReader(source: AnnouncedSource(Self.page, announced: Self.page.count), chunk: 64)
    #expect(try reader.peek(10) == Array(Self.page.prefix(10)))
    #expect(try reader.readToEnd(limit: 1 << 20) == Self.page)
  }

  @Test("a regular file reads whole through its size, and the prefix read for the magic bytes is kept")
  func regularFile() {
    let f = Fixture()
    let bytes = Array(String(repeating: "<p>Seoul news, 서울 소식. ", count: 3_000).utf8)
    let path = f.write("big.html", bytes)
    let (items, _) = readAll([path])
    #expect(items.count == 1)
    #expect(items.first?.page?.bytes == bytes)
  }
}
