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
    var hashes = [UInt64]()
    hashes.reserveCapacity(tokenCount - size + 1)
    stream.bytes.withUnsafeBytes { raw in
      for first in 0...(tokenCount - size) {
        let lower = stream.starts[first]
        let upper = stream.ends[first + size - 1]
        hashes.append(XXH64.hash(UnsafeRawBufferPointer(rebasing: raw[lower..<upper])))
      }
    }
    hashes.sort()
    return uniqueSorted(hashes)
  }

  static func uniqueSorted(_ sorted: [UInt64]) -> [UInt64] {
    var result = [UInt64]()
    result.reserveCapacity(sorted.count)
    for h in sorted where result.last != h { result.append(h) }
    return result
  }
}
