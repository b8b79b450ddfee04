import Ingest

/// The output record: one per input page, one JSON object per line.
///
/// The schema is versioned (`schema_version`) and described in `schema/record.schema.json`. Keys
/// are written sorted and absent values as `null`, so the same inputs give byte-identical lines.
///
/// Output lines are written by `writeJSON(into:)` (`RecordJSON.swift`), which must give the bytes
/// `encode(to:)` gives through `JSONEncoder`: a field added here goes into both.
public struct ArticleRecord: Encodable, Sendable {
  public static let schemaVersion = "1.0"

  public var id: String
  public var source: SourceRef
  public var format: String
  public var title: String?
  public var text: String
  public var paragraphs: [String]
  public var language: String?
  public var charset: CharsetReport
  public var byline: String?
  public var published: String?
  public var siteName: String?
  public var url: String?
  public var comments: [Comment]
  /// Figure captions taken out of the body, in page order, each once.
  public var captions: [String]
  public var spamLinks: [SpamLink]
  public var links: [String]
  public var duplicates: Duplicates
  public var removed: Removed

  public struct Duplicates: Encodable, Sendable {
    public var withinDocument: WithinDocumentDuplicate
    /// Filled by the cross-document stage (NearDup) after all pages are seen.
    public var cluster: String?
    public var nearDuplicateOf: String?
    public var resemblance: Double?
    public var containment: Double?
    public var clusterSize: Int?
    public var exactHash: String?

    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(withinDocument, forKey: .withinDocument)
      try c.encode(cluster, forKey: .cluster)
      try c.encode(nearDuplicateOf, forKey: .nearDuplicateOf)
      try c.encode(resemblance, forKey: .resemblance)
      try c.encode(containment, forKey: .containment)
      try c.encode(clusterSize, forKey: .clusterSize)
      try c.encode(exactHash, forKey: .exactHash)
    }

    enum Keys: String, CodingKey {
      case withinDocument = "within_document"
      case cluster
      case nearDuplicateOf = "near_duplicate_of"
      case resemblance, containment
      case clusterSize = "cluster_size"
      case exactHash = "exact_hash"
    }
  }

  /// What boilerplate stripping removed: counts by kind, and the removed lines themselves.
  public struct Removed: Encodable, Sendable {
    public var counts: [String: Int]
    public var items: [Item]

    public struct Item: Encodable, Sendable {
      public var kind: String
      public var text: String
    }
  }

  enum Keys: String, CodingKey {
    case schemaVersion = "schema_version"
    case id, source, format, title, text, paragraphs, language, charset, byline, published
    case siteName = "site_name"
    case url, comments, captions
    case spamLinks = "spam_links"
    case links, duplicates, removed
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(Self.schemaVersion, forKey: .schemaVersion)
    try c.encode(id, forKey: .id)
    try c.encode(SourceJSON(source), forKey: .source)
    try c.encode(format, forKey: .format)
    try c.encode(title, forKey: .title)
    try c.encode(text, forKey: .text)
    try c.encode(paragraphs, forKey: .paragraphs)
    try c.encode(language, forKey: .language)
    try c.encode(charset, forKey: .charset)
    try c.encode(byline, forKey: .byline)
    try c.encode(published, forKey: .published)
    try c.encode(siteName, forKey: .siteName)
    try c.encode(url, forKey: .url)
    try c.encode(comments, forKey: .comments)
    try c.encode(captions, forKey: .captions)
    try c.encode(spamLinks, forKey: .spamLinks)
    try c.encode(links, forKey: .links)
    try c.encode(duplicates, forKey: .duplicates)
    try c.encode(removed, forKey: .removed)
  }
}

/// `source` as written in records and rejects: path always, the rest only when known.
struct SourceJSON: Encodable {
  let source: SourceRef
  init(_ source: SourceRef) { self.source = source }
  enum Keys: String, CodingKey { case path, url, line, offset }
  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(source.path, forKey: .path)
    try c.encodeIfPresent(source.url, forKey: .url)
    try c.encodeIfPresent(source.line, forKey: .line)
    try c.encodeIfPresent(source.offset, forKey: .offset)
  }
}

/// A line of the rejects file: which page, which stage refused it, and why.
public struct RejectRecord: Encodable, Sendable {
  public var id: String
  public var source: SourceRef
  public var stage: String
  public var reason: String
  public var detail: String

  enum Keys: String, CodingKey { case id, source, stage, reason, detail }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(id, forKey: .id)
    try c.encode(SourceJSON(source), forKey: .source)
    try c.encode(stage, forKey: .stage)
    try c.encode(reason, forKey: .reason)
    try c.encode(detail, forKey: .detail)
  }
}
