/// Every knob of near-duplicate detection, with documented defaults.
///
/// The defaults were chosen on the NEARDUP-BBC dev split (see `README.md` next to this file)
/// but each one has a reason that does not depend on that set. Signatures and band keys
/// depend on the shingle sizes, permutations, bands and rows: an index written with one
/// setting refuses to open with another (`NearDupIndexError.incompatibleIndex`).
public struct NearDupConfig: Sendable, Equatable {
  /// Words per shingle for scripts written with spaces. 5 is the datatrove/text-dedup
  /// default: long enough that unrelated articles rarely share a shingle by chance.
  public var wordShingleSize = 5
  /// Characters per shingle for Han, Kana and Hangul text, where every character is a token.
  /// Four characters carry about as much as two or three words.
  public var cjkShingleSize = 4
  /// MinHash permutations (signature length).
  public var permutations = 128
  /// LSH bands; `bands * rows` must not exceed `permutations`.
  public var bands = 64
  /// Rows (signature values) per band. Recall-oriented, because every candidate is verified
  /// exactly: 64 x 2 finds a pair with Jaccard 0.3 with probability 0.998, and one with 0.2
  /// (a copy truncated to a quarter, or padded with boilerplate) with probability 0.93.
  /// 42 x 3 (midpoint near 0.3) would find the latter only with probability 0.29.
  public var rows = 2
  /// Accept a candidate pair when the Jaccard of the (boilerplate-suppressed) shingle sets
  /// reaches this.
  public var jaccardThreshold = 0.3
  /// ... or when |A ∩ B| / min(|A|, |B|) reaches this: a truncated or abridged copy is
  /// mostly contained in its original even when their Jaccard is low. Follow-up stories
  /// that reuse background paragraphs stay well below one half.
  public var containmentThreshold = 0.5
  /// Containment only counts when the smaller set has at least this many shingles
  /// (about two sentences), so a short text cannot join anything it happens to quote.
  public var minShinglesForContainment = 25
  /// A shingle found in at least this many documents (this run plus the index) is treated
  /// as boilerplate ("READ MORE", menus, cookie banners) and ignored by verification, so it
  /// cannot chain unrelated stories. Keep it above the largest expected cluster of copies.
  public var boilerplateMinDocs = 30
  /// If suppression would remove more than this fraction of a document's shingles, the
  /// document keeps all of them: it is then either a widely syndicated story (whose
  /// copies must still match) or almost pure boilerplate (which matches only its twins).
  public var maxSuppressedFraction = 0.75
  /// Candidate pairs per LSH bucket: each document is paired with at most this many earlier
  /// documents sharing a band key. Copies of one story rarely fill a bucket past it, and one
  /// verified pair is enough to join a cluster; a bucket filled by text shared across hundreds of
  /// documents would otherwise cost work quadratic in its size (and, across segments and runs,
  /// growing with everything stored). Does not shape stored signatures or band keys.
  public var maxBucketPartners = 64
  /// Seed for the MinHash permutation parameters (splitmix64). Fixed so that signatures
  /// are comparable across runs.
  public var minHashSeed: UInt64 = 0x6E65_7773_636C_6561

  /// The documented defaults.
  public init() {}

  /// A short description of everything that shapes stored signatures and band keys.
  var indexSignature: String {
    "xxh64;w\(wordShingleSize);c\(cjkShingleSize);p\(permutations);b\(bands);r\(rows);s\(minHashSeed)"
  }
}
