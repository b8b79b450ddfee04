/// The near-duplicate verdict for one document, as written to the output record.
///
/// Encodes with snake_case keys (`near_duplicate_of`, `exact_hash`, `cluster_size`), the
/// `duplicates` object that `score_neardup.py` reads.
public struct DuplicateInfo: Sendable, Codable, Equatable {
  /// Id of the cluster's canonical member (the document's own id when it is canonical or alone).
  public var cluster: String
  /// The canonical id; nil when this document is the canonical one.
  public var nearDuplicateOf: String?
  /// Jaccard of the boilerplate-suppressed shingle sets with the canonical (nil for the canonical).
  public var resemblance: Double?
  /// |A ∩ B| / min(|A|, |B|) with the canonical (nil for the canonical).
  public var containment: Double?
  /// 16 lowercase hex digits of `Fingerprint.exactHash`.
  public var exactHash: String
  /// Members of the cluster, earlier runs included.
  public var clusterSize: Int

  public init(
    cluster: String, nearDuplicateOf: String? = nil, resemblance: Double? = nil,
    containment: Double? = nil, exactHash: String, clusterSize: Int
  ) {
    self.cluster = cluster
    self.nearDuplicateOf = nearDuplicateOf
    self.resemblance = resemblance
    self.containment = containment
    self.exactHash = exactHash
    self.clusterSize = clusterSize
  }

  enum CodingKeys: String, CodingKey {
    case cluster
    case nearDuplicateOf = "near_duplicate_of"
    case resemblance
    case containment
    case exactHash = "exact_hash"
    case clusterSize = "cluster_size"
  }

  /// Formats a 64-bit hash as 16 lowercase hex digits.
  public static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
