/// One `finish`: candidates, boilerplate suppression, verification, clusters, persistence.
///
/// Nodes `0 ..< batchCount` are this run's documents in `add` order; nodes after them are
/// documents of earlier runs, loaded from the index only when some band key points at them.
struct RunClustering {
  private struct Node {
    var sequence: Int64
    var id: String
    /// Nil for an earlier document until verification needs them (read from the index then,
    /// and not kept: a long run stored in segments can make thousands of earlier documents
    /// candidates, and holding all their shingles would make memory grow with the run).
    var shingles: [UInt64]?
    /// Cluster stored by an earlier run (canonical sequence and id); nil for this run's nodes.
    var stored: (sequence: Int64, id: String)?
  }

  private let config: NearDupConfig
  private let database: SQLiteDatabase
  private let firstSequence: Int64
  private var nodes: [Node] = []
  private var nodeOfSequence: [Int64: Int] = [:]
  private var runCounts = ShingleCounts()
  private var storedCounts: [UInt64: Int32] = [:]
  private var indexHasCounts = false
  /// Whether earlier runs stored any band key; when none did, no lookup can find a candidate.
  private var indexHasBands = false
  private let lookupCount: SQLiteDatabase.Statement
  private let loadDoc: SQLiteDatabase.Statement
  private let loadShingles: SQLiteDatabase.Statement

  init(config: NearDupConfig, database: SQLiteDatabase, firstSequence: Int64) throws(NearDupIndexError) {
    self.config = config
    self.database = database
    self.firstSequence = firstSequence
    lookupCount = try database.prepare("SELECT n FROM shingle_df WHERE hash = ?")
    loadDoc = try database.prepare("SELECT id, cluster_seq, cluster FROM docs WHERE seq = ?")
    loadShingles = try database.prepare("SELECT shingles FROM docs WHERE seq = ?")
    let any = try database.prepare("SELECT EXISTS(SELECT 1 FROM shingle_df)")
    _ = try any.step()
    indexHasCounts = any.int64(0) != 0
    let anyBand = try database.prepare("SELECT EXISTS(SELECT 1 FROM bands)")
    _ = try anyBand.step()
    indexHasBands = anyBand.int64(0) != 0
  }

  /// Clusters the batch; `store()` then writes the run to the index.
  mutating func cluster(
    _ batch: [(id: String, fingerprint: Fingerprint)], runNumber: Int64
  ) throws(NearDupIndexError) -> [DuplicateInfo] {
    let batchCount = batch.count
    runCounts = ShingleCounts(expected: batch.reduce(0) { $0 + $1.fingerprint.shingles.count })
    for (offset, doc) in batch.enumerated() {
      nodes.append(
        Node(sequence: firstSequence + Int64(offset), id: doc.id, shingles: doc.fingerprint.shingles))
      runCounts.addOne(doc.fingerprint.shingles)
    }
    let bandKeys = batch.map { doc in
      doc.fingerprint.shingles.isEmpty ? [] : MinHash.bandKeys(doc.fingerprint.signature, config: config)
    }

    // Candidates within the run: documents sharing a band bucket.
    var buckets: [Int64: [Int32]] = [:]
    for (node, keys) in bandKeys.enumerated() {
      for key in keys { buckets[key, default: []].append(Int32(node)) }
    }
    var pairs = Set<UInt64>()
    // A bucket pairs each member with the members before it, up to `maxBucketPartners` of them:
    // every pair in a bucket of real copies, and linear rather than quadratic work in a bucket
    // that text shared by hundreds of documents fills (one verified pair joins a cluster).
    for members in buckets.values where members.count > 1 {
      for j in 1..<members.count {
        for i in 0..<min(j, config.maxBucketPartners) {
          pairs.insert(UInt64(UInt32(members[i])) << 32 | UInt64(UInt32(members[j])))
        }
      }
    }

    // Candidates from earlier runs: documents stored under the same band keys.
    // (A first run, or any run without `--index`, asks an empty table: one query per band
    // of every document, all answered with nothing.)
    // The earliest `maxBucketPartners` documents under a key, as within the run.
    let bandLookup = try database.prepare("SELECT seq FROM bands WHERE key = ? ORDER BY seq LIMIT ?")
    for (node, keys) in bandKeys.enumerated() where indexHasBands {
      for key in keys {
        bandLookup.bind(1, key)
        bandLookup.bind(2, Int64(config.maxBucketPartners))
        while try bandLookup.step() {
          // The earlier document first, so that sorted pairs hold each one's pairs together
          // (its shingles are read once and dropped after them).
          let other = try loadNode(sequence: bandLookup.int64(0))
          pairs.insert(UInt64(UInt32(other)) << 32 | UInt64(UInt32(node)))
        }
        bandLookup.reset()
      }
    }

    // Verification on boilerplate-suppressed sets; pairs already joined need no check.
    // The partition does not depend on the order of the checks (a pair is skipped only when
    // its documents are joined already).
    var filtered = [[UInt64]?](repeating: nil, count: nodes.count)
    var sets = UnionFind(count: nodes.count)
    var previousA = -1
    for pair in pairs.sorted() {
      let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
      if a != previousA {
        // An earlier document's pairs are done: drop its shingles.
        if previousA >= batchCount { filtered[previousA] = nil }
        previousA = a
      }
      if sets.find(a) == sets.find(b) { continue }
      let setA = try filteredShingles(a, cache: &filtered)
      let setB = try filteredShingles(b, cache: &filtered)
      if accepts(setA, setB) { sets.union(a, b) }
    }
    if previousA >= batchCount { filtered[previousA] = nil }
    // Documents of one earlier cluster stay together even if this run loaded only some of them.
    var nodeOfStoredCluster: [Int64: Int] = [:]
    for node in batchCount..<nodes.count {
      guard let stored = nodes[node].stored else { continue }
      if let first = nodeOfStoredCluster[stored.sequence] {
        sets.union(first, node)
      } else {
        nodeOfStoredCluster[stored.sequence] = node
      }
    }

    // Canonical per component that holds a document of this run.
    var members: [Int: [Int]] = [:]
    for node in 0..<nodes.count { members[sets.find(node), default: []].append(node) }
    struct Canonical {
      var sequence: Int64
      var id: String
      var node: Int?
      var size: Int
    }
    var canonicalOfRoot: [Int: Canonical] = [:]
    var mergedStoredClusters: [(from: Int64, to: Canonical)] = []
    let countCluster = try database.prepare("SELECT COUNT(*) FROM docs WHERE cluster_seq = ?")
    for (root, group) in members where group.contains(where: { $0 < batchCount }) {
      let batchMembers = group.filter { $0 < batchCount }
      let storedClusters = Dictionary(
        group.compactMap { nodes[$0].stored }.map { ($0.sequence, $0.id) },
        uniquingKeysWith: { first, _ in first })
      if let oldest = storedClusters.keys.min() {
        // Canonical ids of earlier runs stay canonical, so records already written stay valid.
        var size = batchMembers.count
        for sequence in storedClusters.keys {
          countCluster.bind(1, sequence)
          _ = try countCluster.step()
          size += Int(countCluster.int64(0))
          countCluster.reset()
        }
        let canonical = Canonical(
          sequence: oldest, id: storedClusters[oldest]!, node: try loadNode(sequence: oldest), size: size)
        canonicalOfRoot[root] = canonical
        for sequence in storedClusters.keys where sequence != oldest {
          mergedStoredClusters.append((sequence, canonical))
        }
      } else {
        // The most complete copy, counting content rather than boilerplate (a copy wrapped in
        // site menus is not more complete); ties go to the one added first.
        var best = batchMembers[0]
        var bestCount = -1
        for member in batchMembers {
          let count = group.count == 1 ? 0 : try filteredShingles(member, cache: &filtered).count
          if count > bestCount || (count == bestCount && member < best) {
            best = member
            bestCount = count
          }
        }
        canonicalOfRoot[root] = Canonical(
          sequence: nodes[best].sequence, id: nodes[best].id, node: best, size: batchMembers.count)
      }
    }

    var infos: [DuplicateInfo] = []
    var clusterSequences: [Int64] = []
    infos.reserveCapacity(batchCount)
    for node in 0..<batchCount {
      let canonical = canonicalOfRoot[sets.find(node)]!
      var info = DuplicateInfo(
        cluster: canonical.id, exactHash: DuplicateInfo.hex(batch[node].fingerprint.exactHash),
        clusterSize: canonical.size)
      if canonical.sequence != nodes[node].sequence {
        info.nearDuplicateOf = canonical.id
        if let other = canonical.node {
          let measure = SetOverlap.measure(
            try filteredShingles(node, cache: &filtered), try filteredShingles(other, cache: &filtered))
          info.resemblance = measure.jaccard
          info.containment = measure.containment
        }
      }
      infos.append(info)
      clusterSequences.append(canonical.sequence)
    }

    unstored = Unstored(
      batch: batch, bandKeys: bandKeys, clusters: infos, clusterSequences: clusterSequences,
      merged: mergedStoredClusters.map { ($0.from, $0.to.sequence, $0.to.id) }, runNumber: runNumber)
    return infos
  }

  /// What `store()` writes, kept from `cluster`.
  private struct Unstored {
    var batch: [(id: String, fingerprint: Fingerprint)]
    var bandKeys: [[Int64]]
    var clusters: [DuplicateInfo]
    var clusterSequences: [Int64]
    var merged: [(from: Int64, to: Int64, id: String)]
    var runNumber: Int64
  }
  private var unstored: Unstored?

  /// Writes the clustered run to the index (once; the database must not have changed since
  /// `cluster`, so that the shingle counts read now are those the clustering read).
  mutating func store() throws(NearDupIndexError) {
    guard let run = unstored else { return }
    unstored = nil
    try persist(
      run.batch, bandKeys: run.bandKeys, clusters: run.clusters, clusterSequences: run.clusterSequences,
      merged: run.merged, runNumber: run.runNumber)
  }

  /// The verification rule: enough shared shingles either way round.
  private func accepts(_ a: [UInt64], _ b: [UInt64]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    let shared = SetOverlap.intersectionCount(a, b)
    let jaccard = Double(shared) / Double(a.count + b.count - shared)
    if jaccard >= config.jaccardThreshold { return true }
    let smaller = min(a.count, b.count)
    return smaller >= config.minShinglesForContainment
      && Double(shared) / Double(smaller) >= config.containmentThreshold
  }

  /// Documents containing the shingle, in this run plus the index.
  private mutating func documentCount(_ hash: UInt64) throws(NearDupIndexError) -> Int {
    Int(runCounts[hash]) + Int(try storedCount(hash))
  }

  private mutating func storedCount(_ hash: UInt64) throws(NearDupIndexError) -> Int32 {
    guard indexHasCounts else { return 0 }
    if let known = storedCounts[hash] { return known }
    lookupCount.bind(1, Int64(bitPattern: hash))
    let count = try lookupCount.step() ? Int32(lookupCount.int64(0)) : 0
    lookupCount.reset()
    // Only a cache of the index: emptied when it grows past a bound, so a segment with many
    // earlier candidates cannot make it hold every shingle they have.
    if storedCounts.count >= 1 << 20 { storedCounts.removeAll(keepingCapacity: true) }
    storedCounts[hash] = count
    return count
  }

  /// A node's shingles without boilerplate, unless that would strip most of the document.
  private mutating func filteredShingles(
    _ node: Int, cache: inout [[UInt64]?]
  ) throws(NearDupIndexError) -> [UInt64] {
    if node < cache.count, let known = cache[node] { return known }
    let all: [UInt64]
    if let known = nodes[node].shingles { all = known } else { all = try storedShingles(nodes[node].sequence) }
    var kept: [UInt64] = []
    kept.reserveCapacity(all.count)
    for h in all where try documentCount(h) < config.boilerplateMinDocs { kept.append(h) }
    let suppressed = Double(all.count - kept.count) / Double(max(all.count, 1))
    let result = suppressed > config.maxSuppressedFraction ? all : kept
    while cache.count < nodes.count { cache.append(nil) }
    cache[node] = result
    return result
  }

  /// The shingles an earlier document was stored with.
  private func storedShingles(_ sequence: Int64) throws(NearDupIndexError) -> [UInt64] {
    loadShingles.bind(1, sequence)
    defer { loadShingles.reset() }
    guard try loadShingles.step() else {
      throw .sqlite(code: 0, message: "index row \(sequence) referenced but missing")
    }
    return loadShingles.blob(0, as: UInt64.self)
  }

  /// The node of an earlier run's document (without its shingles), made on first use.
  private mutating func loadNode(sequence: Int64) throws(NearDupIndexError) -> Int {
    if let known = nodeOfSequence[sequence] { return known }
    loadDoc.bind(1, sequence)
    defer { loadDoc.reset() }
    guard try loadDoc.step() else {
      throw .sqlite(code: 0, message: "index row \(sequence) referenced but missing")
    }
    let node = Node(
      sequence: sequence, id: loadDoc.string(0), shingles: nil, stored: (loadDoc.int64(1), loadDoc.string(2)))
    nodes.append(node)
    nodeOfSequence[sequence] = nodes.count - 1
    return nodes.count - 1
  }

  /// Stores this run in one transaction: documents, band keys, re-pointed clusters, counts.
  private mutating func persist(
    _ batch: [(id: String, fingerprint: Fingerprint)], bandKeys: [[Int64]], clusters: [DuplicateInfo],
    clusterSequences: [Int64], merged: [(from: Int64, to: Int64, id: String)], runNumber: Int64
  ) throws(NearDupIndexError) {
    // Counts of shingles seen once in this run and never before are not stored: it keeps the
    // table to shared shingles, at the price of undercounting by at most one per run.
    var counts: [(UInt64, Int64)] = []
    // A copy (no elements are copied): `storedCount` mutates `self` while the table is read.
    let runCounts = self.runCounts
    try runCounts.forEach { (hash, count) throws(NearDupIndexError) in
      let stored = try storedCount(hash)
      if count >= 2 || stored > 0 { counts.append((hash, Int64(count) + Int64(stored))) }
    }
    let insertDoc = try database.prepare(
      """
      INSERT INTO docs(seq, id, run, exact_hash, shingle_count, signature, shingles, cluster, cluster_seq)
      VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    let insertBand = try database.prepare("INSERT OR IGNORE INTO bands(key, seq) VALUES(?, ?)")
    let repoint = try database.prepare("UPDATE docs SET cluster_seq = ?, cluster = ? WHERE cluster_seq = ?")
    let upsertCount = try database.prepare("INSERT OR REPLACE INTO shingle_df(hash, n) VALUES(?, ?)")
    let firstSequence = self.firstSequence
    try database.transaction { () throws(NearDupIndexError) in
      for (offset, doc) in batch.enumerated() {
        let sequence = firstSequence + Int64(offset)
        insertDoc.bind(1, sequence)
        insertDoc.bind(2, doc.id)
        insertDoc.bind(3, runNumber)
        insertDoc.bind(4, Int64(bitPattern: doc.fingerprint.exactHash))
        insertDoc.bind(5, Int64(doc.fingerprint.shingleCount))
        insertDoc.bind(6, blob: doc.fingerprint.signature)
        insertDoc.bind(7, blob: doc.fingerprint.shingles)
        insertDoc.bind(8, clusters[offset].cluster)
        insertDoc.bind(9, clusterSequences[offset])
        try insertDoc.run()
        for key in bandKeys[offset] {
          insertBand.bind(1, key)
          insertBand.bind(2, sequence)
          try insertBand.run()
        }
      }
      for change in merged {
        repoint.bind(1, change.to)
        repoint.bind(2, change.id)
        repoint.bind(3, change.from)
        try repoint.run()
      }
      for (hash, count) in counts {
        upsertCount.bind(1, Int64(bitPattern: hash))
        upsertCount.bind(2, count)
        try upsertCount.run()
      }
    }
  }
}
