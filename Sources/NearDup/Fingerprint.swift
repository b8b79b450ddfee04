/// What near-duplicate detection keeps of a document: hashes, never the text.
///
/// About 8 bytes per distinct shingle plus 4 bytes per permutation.
public struct Fingerprint: Sendable, Equatable {
  /// XXH64 (seed 0) of the normalised body (the token stream joined by single spaces), so
  /// copies that differ only in case, punctuation, number formatting or whitespace agree.
  public let exactHash: UInt64
  /// Number of distinct shingles.
  public let shingleCount: Int
  /// MinHash signature, one value per permutation (all `UInt32.max` when there are no shingles).
  public let signature: [UInt32]
  /// Distinct XXH64 shingle hashes, ascending.
  public let shingles: [UInt64]

  /// Assembles a fingerprint from stored parts (for example, read back from an index).
  public init(exactHash: UInt64, signature: [UInt32], shingles: [UInt64]) {
    self.exactHash = exactHash
    self.shingleCount = shingles.count
    self.signature = signature
    self.shingles = shingles
  }
}

/// Computes fingerprints; pure and thread-safe, so the pipeline calls it in parallel.
public enum Fingerprinter {
  /// Normalises and tokenises `text`, hashes its shingles and computes the MinHash signature.
  ///
  /// A document whose tokens are mostly Han, Kana or Hangul characters is shingled with
  /// `config.cjkShingleSize`, otherwise with `config.wordShingleSize`. A text with fewer
  /// tokens than that has a single shingle of all its tokens; an empty text has none.
  public static func fingerprint(_ text: String, config: NearDupConfig) -> Fingerprint {
    let stream = Tokenizer.tokenize(text)
    let exactHash = stream.bytes.withUnsafeBytes { XXH64.hash($0) }
    let shingles = shingleHashes(stream, config: config)
    let signature = MinHash.signature(of: shingles, config: config)
    return Fingerprint(exactHash: exactHash, signature: signature, shingles: shingles)
  }

  /// Distinct shingle hashes of a token stream, ascending.
  static func shingleHashes(_ stream: TokenStream, config: NearDupConfig) -> [UInt64] {
    let tokenCount = stream.count
    guard tokenCount > 0 else { return [] }
    let mostlyCJK = stream.cjkTokenCount * 2 > tokenCount
    let size = max(1, min(mostlyCJK ? config.cjkShingleSize : config.wordShingleSize, tokenCount))
    // One hash per shingle, written in place (appending checked capacity for each).
    let shingleCount = tokenCount - size + 1
    var hashes = stream.bytes.withUnsafeBytes { raw in
      [UInt64](unsafeUninitializedCapacity: shingleCount) { out, initialized in
        // A token has bytes, so the stream's bytes are not empty here.
        let base = raw.baseAddress!
        stream.starts.withUnsafeBufferPointer { starts in
          stream.ends.withUnsafeBufferPointer { ends in
            for first in 0..<shingleCount {
              let lower = starts[first]
              let upper = ends[first + size - 1]
              precondition(lower >= 0 && lower <= upper && upper <= raw.count)
              out[first] = XXH64.hash(base + lower, count: upper - lower)
            }
          }
        }
        initialized = shingleCount
      }
    }
    sortHashes(&hashes)
    return uniqueSorted(hashes)
  }

  /// Sorts shingle hashes ascending. Hashes are spread uniformly, so a long list is first
  /// distributed by its top bits into about one bucket per hash (a counting pass and a
  /// scatter), and each bucket, of a hash or two, is then finished by insertion: about a fifth
  /// of the instructions of the standard library's merge sort for the few hundred hashes of an
  /// article. A bucket that is not small (repeated or crafted hashes) takes `sort()`, so no
  /// input is quadratic. Short lists keep `sort()`, below the cost of the counts.
  static func sortHashes(_ hashes: inout [UInt64]) {
    let n = hashes.count
    guard n >= bucketSortMinimum else {
      hashes.sort()
      return
    }
    let bits = Int.bitWidth - (n - 1).leadingZeroBitCount  // 2^bits >= n
    let shift = UInt64(64 - bits)
    let bucketCount = 1 << bits
    // starts[b] ... starts[b + 1]: where bucket b goes (after the prefix sum).
    var starts = [Int](repeating: 0, count: bucketCount + 1)
    var sorted = [UInt64](repeating: 0, count: n)
    starts.withUnsafeMutableBufferPointer { starts in
      hashes.withUnsafeMutableBufferPointer { source in
        sorted.withUnsafeMutableBufferPointer { target in
          for h in source { starts[Int(truncatingIfNeeded: h >> shift) &+ 1] &+= 1 }
          for b in 0..<bucketCount { starts[b &+ 1] &+= starts[b] }
          // Scatter with starts[b] as the next free place of bucket b; afterwards starts[b] is
          // where bucket b ends, so bucket b spans (b == 0 ? 0 : starts[b - 1]) ..< starts[b].
          for h in source {
            let b = Int(truncatingIfNeeded: h >> shift)
            target[starts[b]] = h
            starts[b] &+= 1
          }
          var lower = 0
          for b in 0..<bucketCount {
            let upper = starts[b]
            if upper &- lower > 16 {
              var bucket = UnsafeMutableBufferPointer(rebasing: target[lower..<upper])
              bucket.sort()
            } else if upper &- lower > 1 {
              for i in (lower &+ 1)..<upper {
                let h = target[i]
                var j = i
                while j > lower && target[j &- 1] > h {
                  target[j] = target[j &- 1]
                  j &-= 1
                }
                target[j] = h
              }
            }
            lower = upper
          }
        }
      }
    }
    hashes = sorted
  }

  /// Below this many hashes `sortHashes` uses the standard library's sort.
  static let bucketSortMinimum = 64

  static func uniqueSorted(_ sorted: [UInt64]) -> [UInt64] {
    var result = [UInt64]()
    result.reserveCapacity(sorted.count)
    for h in sorted where result.last != h { result.append(h) }
    return result
  }
}
