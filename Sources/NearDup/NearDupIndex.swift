/// Document-level near-duplicate detection across the pages of a run and across runs.
///
/// ```
/// add(id, fingerprint) ... add(...)            this run, in input order
///        │
/// finish ├─ candidates: LSH band buckets of this run + band keys stored by earlier runs
///        ├─ boilerplate: shingles in ≥ boilerplateMinDocs documents (run + index) are ignored
///        ├─ verify each candidate exactly: Jaccard ≥ J  or  containment ≥ C (smaller set ≥ min size)
///        ├─ union-find over verified pairs (plus the clusters earlier runs stored)
///        ├─ canonical: an earlier run's canonical if the cluster has one, otherwise the member
///        │             with the most shingles (ties: added first)
///        └─ persist this run's documents, band keys and shingle counts in one transaction
///           (in memory: when the next run starts, since only a later run reads them)
/// ```
///
/// Clusters do not depend on the order of `add` calls: candidates, document frequencies and
/// verification are all order-free. Only the choice between equally complete canonicals does.
/// Per document the index keeps the fingerprint (signature and shingle hashes), never the text.
public final class NearDupIndex {
  /// The settings this index was opened with.
  public let config: NearDupConfig
  private let database: SQLiteDatabase
  private var pending: [(id: String, fingerprint: Fingerprint)] = []
  private var nextSequence: Int64
  private var run: Int64
  /// Whether the index outlives this object (it has a path).
  private let persistent: Bool
  /// The last run of an in-memory index, clustered but not yet written to the database.
  ///
  /// Only a later run reads what a run stores, and an in-memory database dies with this
  /// object, so the writes wait for the next `finish`; when none comes (the usual batch: one
  /// run per process), they are never made. That was a third of clustering's instructions.
  /// Nothing writes to the database in between, so the writes, when made, are exactly those
  /// the run would have made at once.
  private var unstored: RunClustering?

  /// Opens an index.
  ///
  /// `path` nil keeps everything in memory (the index then lives as long as this object);
  /// otherwise a SQLite database (created if missing) holding signatures, band keys, shingle
  /// hashes and canonical ids of earlier runs. It uses WAL mode and stores each `finish` in one
  /// transaction, so a killed run leaves the index as it was before that run.
  public init(config: NearDupConfig, path: String?) throws {
    guard config.bands > 0, config.rows > 0, config.bands * config.rows <= config.permutations
    else {
      throw NearDupIndexError.incompatibleIndex(
        expected: "bands * rows <= permutations", found: config.indexSignature)
    }
    self.config = config
    persistent = path != nil
    database = try SQLiteDatabase(path: path ?? ":memory:")
    if path != nil {
      try database.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
    }
    try database.execute(
      """
      CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS docs(
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL, run INTEGER NOT NULL,
        exact_hash INTEGER NOT NULL, shingle_count INTEGER NOT NULL,
        signature BLOB NOT NULL, shingles BLOB NOT NULL,
        cluster TEXT NOT NULL, cluster_seq INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS docs_cluster ON docs(cluster_seq);
      CREATE TABLE IF NOT EXISTS bands(key INTEGER NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY(key, seq)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS shingle_df(hash INTEGER PRIMARY KEY, n INTEGER NOT NULL);
      """)
    let meta = try database.prepare("SELECT value FROM meta WHERE key = 'signature'")
    if try meta.step() {
      let found = meta.string(0)
      if found != config.indexSignature {
        throw NearDupIndexError.incompatibleIndex(expected: config.indexSignature, found: found)
      }
    } else {
      let insert = try database.prepare("INSERT INTO meta(key, value) VALUES('signature', ?)")
      insert.bind(1, config.indexSignature)
      try insert.run()
    }
    let last = try database.prepare("SELECT COALESCE(MAX(seq), 0), COALESCE(MAX(run), 0) FROM docs")
    _ = try last.step()
    nextSequence = last.int64(0) + 1
    run = last.int64(1) + 1
  }

  /// Adds a document of this run. Call in input order; ids may repeat.
  public func add(id: String, fingerprint: Fingerprint) {
    pending.append((id, fingerprint))
  }

  /// Clusters this run's documents, persists them, and returns the verdict for every id added
  /// since the last `finish` (for a repeated id, its first occurrence).
  ///
  /// Documents of earlier runs take part as candidates and canonicals, so their ids may appear
  /// as `cluster`. After `finish` the index is ready for the next run.
  public func finish() throws -> [String: DuplicateInfo] {
    let ids = pending.map(\.id)
    let infos = try finishInOrder()
    var result = [String: DuplicateInfo](minimumCapacity: infos.count)
    for (id, info) in zip(ids, infos) where result[id] == nil { result[id] = info }
    return result
  }

  /// Like `finish()`, but returns one verdict per `add`, in the order of the calls, so that
  /// repeated ids keep their own verdicts.
  public func finishInOrder() throws -> [DuplicateInfo] {
    if var earlier = unstored {
      unstored = nil
      try earlier.store()
    }
    var run = try RunClustering(config: config, database: database, firstSequence: nextSequence)
    let infos = try run.cluster(pending, runNumber: self.run)
    if persistent { try run.store() } else { unstored = run }
    nextSequence += Int64(pending.count)
    self.run += 1
    pending = []
    return infos
  }
}
