import Foundation
import Testing

@testable import NearDup

/// A long run is clustered in segments so that its memory stays bounded; on text without
/// widespread boilerplate it must find the clusters one `finish` of the whole run finds.
@Suite("A run stored in segments")
struct SegmentedRunTests {
  /// Twelve stories, each with copies spread over the run: whole, truncated, and with a line
  /// of their own added, interleaved so that every cluster spans several segments.
  static func docs() -> [(id: String, text: String)] {
    var docs: [(id: String, text: String)] = []
    for copy in 0..<4 {
      for story in 0..<12 {
        let text = StoryWriter.story(UInt64(100 + story))
        let variant: String
        switch copy {
        case 0: variant = text
        case 1: variant = StoryWriter.truncated(text, keeping: 0.6)
        case 2: variant = text + "\n\nFiled by the desk of copy \(story) \(copy)."
        default: variant = StoryWriter.story(UInt64(9_000 + story))  // unrelated
        }
        docs.append(("s\(story)-c\(copy)", variant))
      }
    }
    return docs
  }

  /// The verdicts of one run, closing a segment whenever `budget` shingles are pending.
  static func segmented(_ docs: [(id: String, text: String)], budget: Int, path: String? = nil) throws -> (
    infos: [DuplicateInfo], segments: Int
  ) {
    let index = try NearDupIndex(config: NearDupConfig(), path: path)
    var closed: [DuplicateInfo] = []
    var segments = 0
    for doc in docs {
      index.add(id: doc.id, fingerprint: Fingerprinter.fingerprint(doc.text, config: index.config))
      if index.pendingShingles >= budget {
        closed += try index.closeSegment()
        segments += 1
      }
    }
    return (try index.finishInOrder(closedSegments: closed), segments)
  }

  @Test("segments find the clusters of a single finish, with the same sizes")
  func sameClusters() throws {
    let docs = Self.docs()
    let whole = try NearDupIndex(config: NearDupConfig(), path: nil)
    for doc in docs { whole.add(id: doc.id, fingerprint: Fingerprinter.fingerprint(doc.text, config: whole.config)) }
    let single = try whole.finishInOrder()
    let (split, segments) = try Self.segmented(docs, budget: 700)
    #expect(segments >= 4)
    func groups(_ infos: [DuplicateInfo]) -> Set<[String]> {
      Set(Dictionary(grouping: docs.indices, by: { infos[$0].cluster }).values.map { $0.map { docs[$0].id }.sorted() })
    }
    #expect(groups(split) == groups(single))
    #expect(split.map(\.clusterSize) == single.map(\.clusterSize))
    // Every story's three copies are one cluster; the unrelated stories stand alone.
    #expect(groups(split).filter { $0.count == 3 }.count == 12)
  }

  @Test("a document whose cluster grows after its segment closed gets the final size")
  func settledSizes() throws {
    let story = StoryWriter.story(7)
    let docs = (0..<6).map { (id: "copy\($0)", text: story + "\n\nCopy number \($0).") }
    let (infos, segments) = try Self.segmented(docs, budget: 1)
    #expect(segments == 6)
    #expect(infos.allSatisfy { $0.clusterSize == 6 && $0.cluster == "copy0" })
    #expect(infos.dropFirst().allSatisfy { $0.nearDuplicateOf == "copy0" })
  }

  @Test("an abandoned run leaves a stored index as it was")
  func abandoned() throws {
    let path = NSTemporaryDirectory() + "segments-\(UUID().uuidString).sqlite"
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    let docs = Self.docs()
    do {
      let index = try NearDupIndex(config: NearDupConfig(), path: path)
      for doc in docs.prefix(20) {
        index.add(id: doc.id, fingerprint: Fingerprinter.fingerprint(doc.text, config: index.config))
        if index.pendingShingles >= 700 { _ = try index.closeSegment() }
      }
      try index.abandonRun()
    }
    // A later run sees no document of the abandoned one: each story is new again.
    let later = try cluster(Array(docs.prefix(12)), path: path)
    #expect(later.values.allSatisfy { $0.clusterSize == 1 && $0.nearDuplicateOf == nil })
  }
}

@Suite("Crowded LSH buckets")
struct CrowdedBucketTests {
  @Test("150 copies of one story are one cluster, in one run or in segments, though each is paired with 64 earlier ones at most")
  func manyCopies() throws {
    let story = StoryWriter.story(42)
    let docs = (0..<150).map { (id: "c\($0)", text: story + "\n\nSyndicated as copy \($0).") }
    let config = NearDupConfig()
    #expect(config.maxBucketPartners < docs.count)
    let whole = try NearDupIndex(config: config, path: nil)
    for doc in docs { whole.add(id: doc.id, fingerprint: Fingerprinter.fingerprint(doc.text, config: config)) }
    let single = try whole.finishInOrder()
    #expect(single.allSatisfy { $0.cluster == "c0" && $0.clusterSize == 150 })
    let (split, segments) = try SegmentedRunTests.segmented(docs, budget: 2_000)
    #expect(segments >= 5)
    #expect(split.allSatisfy { $0.cluster == "c0" && $0.clusterSize == 150 })
  }
}
