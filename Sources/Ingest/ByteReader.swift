#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A reusable read buffer over a `ByteSource` with the few operations the formats need:
/// lines (found with memchr), exact-length blocks, skips and bounded read-to-end.
///
/// It never holds more than the longest accepted line or block plus one read chunk, so input
/// size does not matter, only the limits do.
final class ByteReader {
  private let source: ByteSource
  private var buffer: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var start = 0
  private var end = 0
  private(set) var atEOF = false
  /// Stream offset of the first unconsumed byte (a WARC record's offset).
  private(set) var position = 0

  private let chunk: Int

  /// The chunk buffer is allocated at the first read through it: a whole file of known size
  /// never needs one (`readToEnd`).
  init(source: ByteSource, chunk: Int = 256 << 10) {
    self.source = source
    self.chunk = chunk
    capacity = 0
    buffer = .allocate(capacity: 0)
  }

  deinit { buffer.deallocate() }

  var available: Int { end - start }

  /// Reads one more chunk, compacting or growing the buffer first; false at end of stream.
  @discardableResult
  private func fill() throws(StreamFailure) -> Bool {
    if atEOF { return false }
    if capacity == 0 {
      buffer.deallocate()
      buffer = .allocate(capacity: chunk)
      capacity = chunk
    }
    if start == end {
      start = 0
      end = 0
    } else if capacity - end < capacity / 4 {
      if start > 0 {
        buffer.update(from: buffer + start, count: end - start)
        end -= start
        start = 0
      }
      if capacity - end < capacity / 4 {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: buffer, count: end)
        buffer.deallocate()
        buffer = bigger
        capacity *= 2
      }
    }
    let n = try source.read(into: buffer + end, capacity: capacity - end)
    if n == 0 {
      atEOF = true
      return false
    }
    end += n
    return true
  }

  private func consume(_ n: Int) {
    start += n
    position += n
  }

  private func copy(_ n: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: buffer + start, count: n))
  }

  /// Up to `n` bytes from the current position without consuming them (for sniffing).
  func peek(_ n: Int) throws(StreamFailure) -> [UInt8] {
    while available < n, try fill() {}
    return copy(min(n, available))
  }

  enum Line {
    /// The line without its "\n" (a "\r" before it is kept; callers strip it).
    case line([UInt8], terminated: Bool)
    /// Longer than the limit: skipped without buffering it.
    case tooLong(length: Int, terminated: Bool)
  }

  /// The next line, or nil at end of stream.
  func readLine(limit: Int) throws(StreamFailure) -> Line? {
    var scanned = 0
    while true {
      if let hit = memchr(buffer + start + scanned, 0x0A, available - scanned) {
        let length = hit.assumingMemoryBound(to: UInt8.self) - (buffer + start)
        if length > limit {
          consume(length + 1)
          return .tooLong(length: length, terminated: true)
        }
        let line = copy(length)
        consume(length + 1)
        return .line(line, terminated: true)
      }
      scanned = available
      if available > limit { return try discardRestOfLine() }
      if try !fill() {
        if available == 0 { return nil }
        let line = copy(available)
        consume(available)
        return .line(line, terminated: false)
      }
    }
  }

  private func discardRestOfLine() throws(StreamFailure) -> Line {
    var length = 0
    while true {
      if let hit = memchr(buffer + start, 0x0A, available) {
        let n = hit.assumingMemoryBound(to: UInt8.self) - (buffer + start)
        length += n
        consume(n + 1)
        return .tooLong(length: length, terminated: true)
      }
      length += available
      consume(available)
      if try !fill() { return .tooLong(length: length, terminated: false) }
    }
  }

  /// Exactly `count` bytes, or fewer if the stream ends first.
  func read(count: Int) throws(StreamFailure) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(count)
    while out.count < count {
      if available == 0, try !fill() { break }
      let n = min(available, count - out.count)
      out.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: n))
      consume(n)
    }
    return out
  }

  /// Skips up to `count` bytes; returns how many were skipped.
  @discardableResult
  func skip(count: Int) throws(StreamFailure) -> Int {
    var skipped = 0
    while skipped < count {
      if available == 0, try !fill() { break }
      let n = min(available, count - skipped)
      consume(n)
      skipped += n
    }
    return skipped
  }

  /// Everything to the end of the stream, or nil as soon as it exceeds `limit` (so a
  /// decompression bomb costs at most `limit` plus one chunk of memory).
  func readToEnd(limit: Int) throws(StreamFailure) -> [UInt8]? {
    var out: [UInt8] = []
    // Bytes already buffered (a peek for sniffing) past the limit: over it, whatever follows.
    if available > limit { return nil }
    if available == 0, !atEOF, let rest = source.takeRest() {
      atEOF = true
      position += rest.count
      return rest.count > limit ? nil : rest
    }
    if let remaining = source.remainingHint, !atEOF {
      // A file of known size is read straight into an array of that size, one byte more to
      // see the end without growing it: no chunk buffer, no second copy, no regrowth, and no
      // fresh memory touched twice (a page is typically 100-300 KB). A file that grew since it
      // was opened goes on through the chunk buffer below.
      let capacity = min(available + remaining, limit) + 1
      let buffered = available
      var failure: StreamFailure?
      var ended = false
      out = [UInt8](unsafeUninitializedCapacity: capacity) { array, count in
        let base = array.baseAddress!
        base.initialize(from: buffer + start, count: buffered)
        count = buffered
        while count < capacity {
          do throws(StreamFailure) {
            let n = try source.read(into: base + count, capacity: capacity - count)
            if n == 0 {
              ended = true
              break
            }
            count += n
          } catch {
            failure = error
            break
          }
        }
      }
      consume(buffered)
      position += out.count - buffered
      if let failure { throw failure }
      if out.count > limit { return nil }
      if ended {
        atEOF = true
        return out
      }
    }
    while true {
      if available == 0, try !fill() { return out }
      if out.count + available > limit { return nil }
      out.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: available))
      consume(available)
    }
  }
}
