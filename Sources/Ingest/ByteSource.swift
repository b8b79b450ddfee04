#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CZlib

/// Why a byte stream stopped early; turned into an `InputReject` by whoever is reading.
enum StreamFailure: Error {
  case io(errno: Int32)
  case gzipCorrupt(String)
  case gzipTruncated(String)

  var reason: String {
    switch self {
    case .io: return "unreadable"
    case .gzipCorrupt: return "gzip-corrupt"
    case .gzipTruncated: return "gzip-truncated"
    }
  }

  var detail: String {
    switch self {
    case .io(let e): return "read failed: \(String(cString: strerror(e)))"
    case .gzipCorrupt(let s), .gzipTruncated(let s): return s
    }
  }
}

/// A pull source of bytes: fills the caller's buffer, returns 0 at end of stream.
protocol ByteSource: AnyObject {
  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(StreamFailure) -> Int
  /// How many bytes are still to come, when the source knows (a regular file: its size at open
  /// time less what was read). Only a hint for sizing buffers: a file can grow or shrink while
  /// it is read, so readers still read to the end of the stream.
  var remainingHint: Int? { get }
  /// All the bytes still to come, handed over as they are when the source already holds them
  /// in one array (a gzip file inflated whole), so a whole page is not copied again; nil when
  /// they must be read.
  func takeRest() -> [UInt8]?
}

extension ByteSource {
  var remainingHint: Int? { nil }
  func takeRest() -> [UInt8]? { nil }
}

/// Reads a file descriptor with read(2); owns and closes it.
final class FileDescriptorSource: ByteSource {
  private let fd: Int32
  private let owned: Bool
  private let size: Int?
  private var consumed = 0

  /// `size`: the file's size when it is a regular file (from `fstat`), nil for pipes and
  /// terminals.
  init(fd: Int32, owned: Bool, size: Int? = nil) {
    self.fd = fd
    self.owned = owned
    self.size = size
  }

  var remainingHint: Int? { size.map { max(0, $0 - consumed) } }

  deinit {
    if owned { close(fd) }
  }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(StreamFailure) -> Int {
    while true {
      let n = Glibc.read(fd, buffer, capacity)
      if n >= 0 {
        consumed += n
        return n
      }
      // EINTR is not a failure; EAGAIN only happens if someone hands us a non-blocking pipe,
      // and we never opened non-regular files, so treat it as a hard error rather than spin.
      if errno == EINTR { continue }
      throw .io(errno: errno)
    }
  }
}

/// Replays bytes already read for sniffing, then continues with the underlying source.
final class PrefixedSource: ByteSource {
  private var prefix: [UInt8]
  private var position: Int
  private let base: ByteSource

  /// `start`: how much of `prefix` to skip (bytes another source in front already replays).
  init(prefix: [UInt8], from start: Int = 0, base: ByteSource) {
    self.prefix = prefix
    self.position = start
    self.base = base
  }

  var remainingHint: Int? { base.remainingHint.map { $0 + prefix.count - position } }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(StreamFailure) -> Int {
    if position < prefix.count {
      let n = min(capacity, prefix.count - position)
      prefix.withUnsafeBufferPointer { p in
        buffer.update(from: p.baseAddress! + position, count: n)
      }
      position += n
      return n
    }
    return try base.read(into: buffer, capacity: capacity)
  }
}

/// Reads up to `count` bytes from a source, looping over short reads (pipes return little).
func readPrefix(_ source: ByteSource, count: Int) throws(StreamFailure) -> [UInt8] {
  var out = [UInt8](repeating: 0, count: count)
  var filled = 0
  while filled < count {
    let n = try out.withUnsafeMutableBufferPointer { (p) throws(StreamFailure) -> Int in
      try source.read(into: p.baseAddress! + filled, capacity: count - filled)
    }
    if n == 0 { break }
    filled += n
  }
  out.removeLast(count - filled)
  return out
}

/// Streaming gzip decoder: inflates member after member (concatenated `.gz` files and
/// per-record gzipped WARCs) without ever holding more than one input buffer.
///
/// After a complete member, bytes that do not start a new gzip member are trailing junk: the
/// data so far is kept and the junk is counted in stats, because tools that pad or append
/// garbage are common and the pages inside are fine.
final class GzipSource: ByteSource {
  private let base: ByteSource
  private let stats: StatsBox
  private let stream: UnsafeMutablePointer<z_stream>
  private let input: UnsafeMutablePointer<UInt8>
  private let inputCapacity = 256 << 10
  private var inputEOF = false
  private var finished = false
  private var members = 0
  private var totalOut = 0
  private var totalIn = 0

  init(base: ByteSource, stats: StatsBox) {
    self.base = base
    self.stats = stats
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    input = .allocate(capacity: inputCapacity)
    // 15 + 32: maximum window, and let zlib detect the gzip (or zlib) header itself.
    if czlib_inflateInit2(stream, 15 + 32) != Z_OK { finished = true }
  }

  deinit {
    inflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
    input.deallocate()
  }

  /// Refills the input buffer, keeping any unconsumed bytes at its front.
  private func refill() throws(StreamFailure) {
    let left = Int(stream.pointee.avail_in)
    if left > 0, let next = stream.pointee.next_in, next != input {
      input.update(from: next, count: left)
    }
    let n = try base.read(into: input + left, capacity: inputCapacity - left)
    if n == 0 { inputEOF = true }
    totalIn += n
    stream.pointee.next_in = input
    stream.pointee.avail_in = UInt32(left + n)
  }

  private var where_: String {
    "after \(grouped(totalOut)) decompressed bytes in member \(members + 1)"
  }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(StreamFailure) -> Int {
    if finished || capacity == 0 { return 0 }
    stream.pointee.next_out = buffer
    stream.pointee.avail_out = UInt32(min(capacity, Int(UInt32.max)))
    while true {
      if stream.pointee.avail_in == 0 && !inputEOF { try refill() }
      let rc = inflate(stream, Z_NO_FLUSH)
      let produced = capacity - Int(stream.pointee.avail_out)
      switch rc {
      case Z_STREAM_END:
        members += 1
        try startNextMemberIfAny()
        // An empty member yields nothing; go on with the next one instead of signalling EOF.
        if produced > 0 || finished {
          totalOut += produced
          return produced
        }
      case Z_OK, Z_BUF_ERROR:
        if produced > 0 {
          totalOut += produced
          return produced
        }
        if stream.pointee.avail_in == 0 && inputEOF {
          finished = true
          throw .gzipTruncated(
            "gzip stream ends \(where_) (\(grouped(totalIn)) compressed bytes read)")
        }
        // No progress with input and output space left means zlib is stuck: do not spin.
        if rc == Z_BUF_ERROR && stream.pointee.avail_in > 0 {
          finished = true
          throw .gzipCorrupt("gzip data corrupt \(where_): no progress")
        }
      default:
        finished = true
        let msg = stream.pointee.msg.map { String(cString: $0) } ?? "error \(rc)"
        throw .gzipCorrupt("gzip data corrupt \(where_): \(msg)")
      }
    }
  }

  /// After a member ends: reset for the next member, or stop at end of input or junk.
  private func startNextMemberIfAny() throws(StreamFailure) {
    while stream.pointee.avail_in < 2 && !inputEOF { try refill() }
    let left = Int(stream.pointee.avail_in)
    if left == 0 {
      finished = true
      return
    }
    let next = stream.pointee.next_in!
    if left >= 2 && next[0] == 0x1f && next[1] == 0x8b {
      inflateReset(stream)
    } else {
      finished = true
      stats.value.gzipTrailingJunk += 1
    }
  }
}
