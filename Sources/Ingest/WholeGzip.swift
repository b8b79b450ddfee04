#if canImport(CLibdeflate)
  import CLibdeflate
#endif

/// The decompressing source for a stream that starts with the gzip magic.
///
/// Streaming zlib (`GzipSource`) is the reference path and handles everything. When libdeflate
/// is built in, a small regular file is first read whole and inflated in one call by
/// `WholeGzip`, about 2-3x faster than zlib's streaming inflate (which was most of the cost of
/// reading a gzipped page). That fast path only ever takes the plain case: complete members
/// and nothing after them, within the page limit. On anything else (bad or truncated data,
/// trailing junk, too large, a read error) the bytes already read are replayed into the zlib
/// path from the start, so every reject, its detail and every stats counter come from zlib
/// exactly as without libdeflate.
///
/// Only small files are tried: a page file is held whole after decompression anyway, but a big
/// `.jsonl.gz` or `.warc.gz` must stay streamed (memory is bounded by limits, not input size),
/// and a big file that fails late would be inflated twice.
func gzipSource(
  raw: ByteSource, magic: [UInt8], limits: IngestLimits, stats: StatsBox
) -> ByteSource {
  var replay = raw
  #if canImport(CLibdeflate)
    if let remaining = raw.remainingHint, magic.count + remaining <= WholeGzip.maxCompressedBytes {
      let (whole, complete) = readWhole(raw, after: magic, expected: remaining)
      if complete, let bytes = WholeGzip.inflate(whole, limit: limits.maxPageBytes) {
        return MemorySource(bytes)
      }
      replay = PrefixedSource(prefix: whole, from: magic.count, base: raw)
    }
  #endif
  return GzipSource(base: PrefixedSource(prefix: magic, base: replay), stats: stats)
}

/// `magic` followed by the rest of the source, read up to `expected` bytes plus one to see the
/// end. `complete` is false when the source failed, or holds more than expected (the file grew
/// since it was opened): the zlib path then goes on where this read stopped.
private func readWhole(
  _ source: ByteSource, after magic: [UInt8], expected: Int
) -> (bytes: [UInt8], complete: Bool) {
  let capacity = magic.count + expected + 1
  var ended = false
  let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
    let base = buffer.baseAddress!
    magic.withUnsafeBufferPointer { base.initialize(from: $0.baseAddress!, count: magic.count) }
    count = magic.count
    while count < capacity {
      // A read error is not reported here: the zlib path reads on from this point and meets
      // it (or not) as it would have without this attempt.
      guard let n = try? source.read(into: base + count, capacity: capacity - count) else { break }
      if n == 0 {
        ended = true
        break
      }
      count += n
    }
  }
  return (bytes, ended)
}

/// Whole-buffer gzip inflation with libdeflate, for the plain case only; nil means "use zlib".
enum WholeGzip {
  /// Largest compressed file tried whole. A page is typically 20-100 KB gzipped; 1 MiB keeps
  /// every page on the fast path while a JSON Lines or WARC archive of any size is streamed.
  static let maxCompressedBytes = 1 << 20

  /// True when libdeflate is built in (tests check both configurations).
  #if canImport(CLibdeflate)
    static let isAvailable = true
  #else
    static let isAvailable = false
  #endif

  /// The concatenated content of `data` when it is one or more complete gzip members with
  /// nothing after them and at most `limit` bytes in all; nil for anything else.
  ///
  /// Where libdeflate is laxer than zlib it must decline too. The gzip header CRC, which
  /// libdeflate skips unchecked, is declined below. Inside the DEFLATE data libdeflate also
  /// takes a few code tables zlib refuses (a one-codeword Huffman code used with either bit,
  /// 287-288 length/literal or 31-32 distance codes); those cannot be told apart without
  /// decoding, but each member's CRC-32 and length must still match, so only a crafted file
  /// (not a damaged one) could be a page here and `gzip-corrupt` with zlib.
  static func inflate(_ data: [UInt8], limit: Int) -> [UInt8]? {
    #if canImport(CLibdeflate)
      guard data.count >= 18 else { return nil }
      guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
      defer { libdeflate_free_decompressor(decompressor) }
      // ISIZE, the last member's length mod 2^32, sizes the output: exact for one member. It
      // is only a hint (several members, or a lying trailer): the output grows on demand.
      let n = data.count
      let isize = Int(data[n - 4]) | Int(data[n - 3]) << 8 | Int(data[n - 2]) << 16 | Int(data[n - 1]) << 24
      if isize > limit { return nil }
      return data.withUnsafeBufferPointer { input -> [UInt8]? in
        var members = MemberInflater(decompressor: decompressor, input: input)
        var out: [UInt8] = []
        var capacity = max(isize, 1)
        while true {
          var status = MemberInflater.Status.failed
          let kept = out
          out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            // Members inflated before the output had to grow are kept, not inflated again.
            if !kept.isEmpty {
              kept.withUnsafeBufferPointer { buffer.baseAddress!.initialize(from: $0.baseAddress!, count: $0.count) }
            }
            count = kept.count
            status = members.run(into: buffer, count: &count)
          }
          switch status {
          case .done: return out
          case .failed: return nil
          case .needsSpace:
            if capacity >= limit { return nil }
            capacity = min(limit, max(capacity * 2, 64 << 10))
          }
        }
      }
    #else
      return nil
    #endif
  }
}

#if canImport(CLibdeflate)
  /// Inflates gzip members one after another into an output buffer, remembering where it
  /// stopped so a bigger buffer can carry on with the member that did not fit.
  private struct MemberInflater {
    enum Status { case done, failed, needsSpace }

    let decompressor: OpaquePointer
    let input: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(decompressor: OpaquePointer, input: UnsafeBufferPointer<UInt8>) {
      self.decompressor = decompressor
      self.input = input
    }

    mutating func run(into buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int) -> Status {
      let base = input.baseAddress!
      while true {
        let left = input.count - offset
        if left == 0 { return .done }
        // Anything but another member after a member is trailing junk: zlib keeps the data and
        // counts the junk, so leave it to zlib.
        guard left >= 18, base[offset] == 0x1f, base[offset + 1] == 0x8b else { return .failed }
        // libdeflate skips the optional header CRC without checking it; zlib checks it.
        if base[offset + 3] & 0x02 != 0 { return .failed }
        var consumed = 0
        var produced = 0
        let rc = libdeflate_gzip_decompress_ex(
          decompressor, base + offset, left, buffer.baseAddress! + count, buffer.count - count,
          &consumed, &produced)
        switch rc {
        case LIBDEFLATE_SUCCESS:
          offset += consumed
          count += produced
        case LIBDEFLATE_INSUFFICIENT_SPACE: return .needsSpace
        default: return .failed
        }
      }
    }
  }
#endif
