import CZlib

/// A `ByteSource` over bytes already in memory (WARC bodies with Content-Encoding: gzip).
final class MemorySource: ByteSource {
  private var bytes: [UInt8]
  private var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var remainingHint: Int? { bytes.count - position }

  func takeRest() -> [UInt8]? {
    guard position == 0 else { return nil }
    defer {
      bytes = []
      position = 0
    }
    return bytes
  }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(StreamFailure) -> Int {
    let n = min(capacity, bytes.count - position)
    if n > 0 {
      bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + position, count: n) }
      position += n
    }
    return n
  }
}

enum Gzip {
  /// True for the two gzip magic bytes.
  static func hasMagic(_ bytes: some Collection<UInt8>) -> Bool {
    var it = bytes.makeIterator()
    return it.next() == 0x1f && it.next() == 0x8b
  }

  /// Inflates a gzip or zlib body in memory; nil result means it exceeds `limit`.
  static func inflate(_ bytes: [UInt8], limit: Int, stats: StatsBox) throws(StreamFailure) -> [UInt8]? {
    let reader = ByteReader(
      source: GzipSource(base: MemorySource(bytes), stats: stats), chunk: 64 << 10)
    return try reader.readToEnd(limit: limit)
  }
}

/// Streaming gzip compressor. Ingest only reads gzip; this exists so tests can build
/// fixtures (members, bombs) without committing binary files or reaching for zlib themselves.
final class GzipWriter {
  private let stream: UnsafeMutablePointer<z_stream>
  private let out: UnsafeMutablePointer<UInt8>
  private let outCapacity = 64 << 10
  private(set) var output: [UInt8] = []

  init(level: Int32 = 6) {
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    out = .allocate(capacity: outCapacity)
    // 15 + 16: maximum window with a gzip (not zlib) wrapper.
    _ = czlib_deflateInit2(stream, level, 15 + 16, 8)
  }

  deinit {
    deflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
    out.deallocate()
  }

  func write(_ bytes: [UInt8]) { run(bytes, flush: Z_NO_FLUSH) }

  /// Ends the member and returns all compressed bytes.
  func finish() -> [UInt8] {
    run([], flush: Z_FINISH)
    return output
  }

  private func run(_ bytes: [UInt8], flush: Int32) {
    bytes.withUnsafeBufferPointer { input in
      stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
      stream.pointee.avail_in = UInt32(input.count)
      repeat {
        stream.pointee.next_out = out
        stream.pointee.avail_out = UInt32(outCapacity)
        let rc = deflate(stream, flush)
        output.append(contentsOf: UnsafeBufferPointer(start: out, count: outCapacity - Int(stream.pointee.avail_out)))
        if rc == Z_STREAM_END || rc == Z_STREAM_ERROR { break }
      } while stream.pointee.avail_out == 0 || (flush == Z_FINISH)
    }
  }

  /// One gzip member holding `bytes`.
  static func gzip(_ bytes: [UInt8]) -> [UInt8] {
    let w = GzipWriter()
    w.write(bytes)
    return w.finish()
  }
}
