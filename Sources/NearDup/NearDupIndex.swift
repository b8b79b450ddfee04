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
///           (a temporary index: when the next run starts, since only a later run reads them)
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
  /// The last run of a temporary index, clustered but not yet written to the database.
  ///
  /// Only a later run reads what a run stores, and a temporary database dies with this
  /// object, so the writes wait for the next `finish`; when none comes (the usual batch: one
  /// run per process), they are never made. That was a third of clustering's instructions.
  /// Nothing writes to the database in between, so the writes, when made, are exactly those
  /// the run would have made at once.
  private var unstored: RunClustering?
  /// The first sequence number of the run being stored in segments, while one is.
  private var segmentedRunStart: Int64?

  /// Shingles held by the documents added since the last `finish` or `closeSegment`.
  /// Clustering holds 60-150 bytes per shingle (the hashes, their counts in the run, the
  /// filtered sets, earlier documents that are candidates), so a caller with a memory budget
  /// closes a segment when this passes it.
  public private(set) var pendingShingles = 0

  /// Opens an index.
  ///
  /// `path` nil keeps the index in a private temporary database that lives as long as this
  /// object (SQLite caches it in memory and spills to a temporary file, so a long run stored in
  /// segments stays on disk); otherwise a SQLite database (created if missing) holding
  /// signatures, band keys, shingle hashes and canonical ids of earlier runs. It uses WAL mode
  /// and stores each run in one transaction, so a killed run leaves the index as it was before
  /// that run.
  public init(config: NearDupConfig, path: String?) throws {
    guard config.bands > 0, config.rows > 0, config.bands * config.rows <= config.permutations
    else {
      throw NearDupIndexError.incompatibleIndex(
        expected: "bands * rows <= permutations", found: config.indexSignature)
    }
    self.config = config
    persistent = path != nil
    // An empty name is SQLite's private temporary database on disk, deleted when closed: a
    // run stored in segments must not live in memory.
    database = try SQLiteDatabase(path: path ?? "")
    if path != nil {
      try database.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
    }
    // SQLite's page cache is memory too: 8 MB, whatever the run's length (the default is 2 MB;
    // band lookups of a segmented run go all over the band table).
    try database.execute("PRAGMA cache_size=-8192;")
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
    pendingShingles += fingerprint.shingles.count
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
  ///
  /// A run stored in segments passes the verdicts `closeSegment` returned as `closedSegments`;
  /// they come back first, brought up to date: a document's cluster may have grown since its
  /// segment closed, or merged into an older one through a later document. In that last case
  /// the document is a near-duplicate of the new canonical, without a measure against it (its
  /// shingles were compared with the old one).
  public func finishInOrder(closedSegments: [DuplicateInfo] = []) throws -> [DuplicateInfo] {
    let start = segmentedRunStart
    var infos = closedSegments + (try clusterPending(storing: persistent || start != nil))
    if let start {
      infos = try settled(infos, runStart: start)
      try database.execute("COMMIT")
      segmentedRunStart = nil
    }
    run += 1
    return infos
  }

  /// Clusters the documents added since the last segment as one segment of the current run and
  /// stores them, so that the memory a run needs stays bounded however long it is: the run's
  /// later documents find them as candidates through their stored band keys, as they find the
  /// documents of earlier runs (whose canonicals stay canonical). Returns one verdict per `add`,
  /// in order, for `finishInOrder(closedSegments:)`. The whole run is still one transaction:
  /// `abandonRun` (or a kill) stores none of it.
  ///
  /// Unlike one `finish` of the whole run, a shingle's count in the run misses at most one
  /// document per segment (see `RunClustering.store`), a shingle common in the whole run may
  /// not be common yet in its first segments, and a more complete copy in a later segment does
  /// not become canonical.
  public func closeSegment() throws -> [DuplicateInfo] {
    if segmentedRunStart == nil {
      try storeUnstored()
      try database.execute("BEGIN IMMEDIATE")
      segmentedRunStart = nextSequence
    }
    return try clusterPending(storing: true)
  }

  /// Drops a run stored in segments and never finished (an interrupted batch).
  public func abandonRun() throws {
    guard segmentedRunStart != nil else { return }
    segmentedRunStart = nil
    pending = []
    pendingShingles = 0
    try database.execute("ROLLBACK")
  }

  /// The verdicts of a run stored in segments (one per `add` from `runStart` on) with the
  /// clusters as stored now.
  private func settled(_ infos: [DuplicateInfo], runStart: Int64) throws -> [DuplicateInfo] {
    let query = try database.prepare(
      """
      SELECT d.cluster, d.cluster_seq, d.seq, (SELECT COUNT(*) FROM docs c WHERE c.cluster_seq = d.cluster_seq)
      FROM docs d WHERE d.seq >= ? AND d.seq < ? ORDER BY d.seq
      """)
    query.bind(1, runStart)
    query.bind(2, runStart + Int64(infos.count))
    var result = infos
    var i = 0
    while try query.step(), i < result.count {
      let cluster = query.string(0)
      result[i].clusterSize = Int(query.int64(3))
      if cluster != result[i].cluster {
        result[i].cluster = cluster
        let isCanonical = query.int64(1) == query.int64(2)
        result[i].nearDuplicateOf = isCanonical ? nil : cluster
        result[i].resemblance = nil
        result[i].containment = nil
      }
      i += 1
    }
    return result
  }

  /// Writes the last run of a temporary index, before anything else reads or writes.
  private func storeUnstored() throws {
    if var earlier = unstored {
      unstored = nil
      try earlier.store()
    }
  }

  private func clusterPending(storing: Bool) throws -> [DuplicateInfo] {
    try storeUnstored()
    var clustering = try RunClustering(config: config, database: database, firstSequence: nextSequence)
    let infos = try clustering.cluster(pending, runNumber: run)
    if storing { try clustering.store() } else { unstored = clustering }
    nextSequence += Int64(pending.count)
    pending = []
    pendingShingles = 0
    return infos
  }
}
