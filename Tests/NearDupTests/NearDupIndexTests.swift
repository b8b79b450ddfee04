import Foundation
import Testing

@testable import NearDup

/// Made-up prose: each story draws its words from its own seeded stream, so unrelated
/// stories share no 5-gram by chance, yet every run of the tests sees the same text.
struct StoryWriter {
  private static let syllables = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ba", "de", "fi", "go", "hu", "je", "pa", "zo",
    "an", "el", "or", "is", "um", "ect", "ing", "ter",
  ]

  /// `sentences` sentences of 12 words each, paragraphs of four sentences.
  static func story(_ seed: UInt64, sentences: Int = 24) -> String {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % 1_000_003)
    }
    var paragraphs: [String] = []
    var current: [String] = []
    for s in 0..<sentences {
      let words = (0..<12).map { _ in
        (0..<(2 + next() % 2)).map { _ in syllables[next() % syllables.count] }.joined()
      }
      current.append(words.joined(separator: " ").capitalized + ".")
      if s % 4 == 3 {
        paragraphs.append(current.joined(separator: " "))
        current = []
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    return paragraphs.joined(separator: "\n\n")
  }

  /// The first `fraction` of the paragraphs, as a scraper that stops early would keep.
  static func truncated(_ text: String, keeping fraction: Double) -> String {
    let paragraphs = text.components(separatedBy: "\n\n")
    return paragraphs.prefix(max(1, Int(Double(paragraphs.count) * fraction))).joined(separator: "\n\n")
  }
}

/// Runs one batch through an index and returns the verdicts.
func cluster(
  _ docs: [(id: String, text: String)], config: NearDupConfig = NearDupConfig(), path: String? = nil
) throws -> [String: DuplicateInfo] {
  let index = try NearDupIndex(config: config, path: path)
  for doc in docs { index.add(id: doc.id, fingerprint: Fingerprinter.fingerprint(doc.text, config: config)) }
  return try index.finish()
}

/// The partition as a set of sorted id lists, independent of canonical choice.
func partition(_ infos: [String: DuplicateInfo]) -> Set<[String]> {
  Set(Dictionary(grouping: infos.keys, by: { infos[$0]!.cluster }).values.map { $0.sorted() })
}

@Suite("NearDupIndex")
struct NearDupIndexTests {
  let original = StoryWriter.story(1, sentences: 40)

  @Test("an unrelated story stays alone and is its own canonical")
  func singleton() throws {
    let result = try cluster([("a", original), ("b", StoryWriter.story(2))])
    #expect(result["a"] == DuplicateInfo(cluster: "a", exactHash: result["a"]!.exactHash, clusterSize: 1))
    #expect(result["b"]?.cluster == "b")
    #expect(result["a"]?.exactHash.count == 16)
  }

  @Test("a lightly edited copy joins the original, which stays canonical")
  func editedCopy() throws {
    let body = String(original[..<original.lastIndex(of: "\n")!])  // last paragraph lost
    let copy = "Town Crier Online | Home | News\n" + body.replacingOccurrences(of: ".", with: "!")
    let result = try cluster([("copy", copy), ("original", original)])
    #expect(result["copy"]?.cluster == "original")
    #expect(result["copy"]?.nearDuplicateOf == "original")
    #expect((result["copy"]?.resemblance ?? 0) > 0.85)
    #expect(result["original"]?.nearDuplicateOf == nil)
    #expect(result["original"]?.clusterSize == 2)
  }

  @Test("a truncated copy joins its original by containment, not resemblance")
  func truncatedCopy() throws {
    let stub = StoryWriter.truncated(original, keeping: 0.3)
    let result = try cluster([("stub", stub), ("original", original)])
    let info = try #require(result["stub"])
    #expect(info.cluster == "original")
    #expect(info.resemblance! < NearDupConfig().jaccardThreshold)
    #expect(info.containment! > 0.95)
  }

  @Test("containment does not apply to tiny texts")
  func tinyTextsNeedJaccard() throws {
    let firstSentence = String(original.prefix { $0 != "." }) + "."
    let result = try cluster([("quote", firstSentence), ("original", original)])
    #expect(result["quote"]?.cluster == "quote")
  }

  @Test("two unrelated stories sharing one READ MORE line stay apart")
  func sharedLine() throws {
    let line = "\n\nREAD MORE: Podcasters look to net money from listeners and advertisers\n\n"
    let a = StoryWriter.story(10, sentences: 4)
    let b = StoryWriter.story(11, sentences: 4)
    let result = try cluster([("a", a + line), ("b", line + b)])
    #expect(result["a"]?.cluster == "a")
    #expect(result["b"]?.cluster == "b")
  }

  @Test("short stories under a big shared site footer stay apart: the footer is boilerplate")
  func sharedFooter() throws {
    let footer = "\n\n" + StoryWriter.story(999, sentences: 8)  // 96 words of menus and banners
    let docs = (0..<40).map { (id: "s\($0)", text: StoryWriter.story(100 + UInt64($0), sentences: 3) + footer) }
    let result = try cluster(docs)
    #expect(result.values.allSatisfy { $0.clusterSize == 1 })
  }

  @Test("shuffling the input does not change the clusters")
  func shuffleInvariance() throws {
    var docs: [(id: String, text: String)] = []
    for story in 0..<12 {
      let text = StoryWriter.story(UInt64(200 + story), sentences: 20)
      docs.append(("o\(story)", text))
      if story % 2 == 0 { docs.append(("t\(story)", StoryWriter.truncated(text, keeping: 0.4))) }
      if story % 3 == 0 { docs.append(("e\(story)", "Posted in: World\n" + text.lowercased())) }
    }
    let footer = "\n\nCookies help us deliver our services. Related stories: none today. Subscribe now."
    docs = docs.map { ($0.id, $0.text + footer) }
    let expected = partition(try cluster(docs))
    #expect(expected.count == 12)
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<5 {
      #expect(partition(try cluster(docs.shuffled(using: &generator))) == expected)
    }
  }

  @Test("repeated ids keep their own verdicts in finishInOrder")
  func repeatedIds() throws {
    let config = NearDupConfig()
    let index = try NearDupIndex(config: config, path: nil)
    index.add(id: "x", fingerprint: Fingerprinter.fingerprint(original, config: config))
    index.add(id: "x", fingerprint: Fingerprinter.fingerprint(StoryWriter.story(3), config: config))
    index.add(id: "y", fingerprint: Fingerprinter.fingerprint(original, config: config))
    let infos = try index.finishInOrder()
    #expect(infos.map(\.cluster) == ["x", "x", "x"])
    #expect(infos.map(\.clusterSize) == [2, 1, 2])
    #expect(infos[2].nearDuplicateOf == "x")
  }

  @Test("empty texts are never duplicates of each other")
  func emptyTexts() throws {
    let result = try cluster([("a", ""), ("b", " ... ")])
    #expect(result["a"]?.cluster == "a")
    #expect(result["b"]?.cluster == "b")
  }

  @Test("a second run sharing the index path recognises a document of the first run")
  func persistence() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("neardup-\(UUID().uuidString).sqlite").path
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    let first = try cluster([("old", original), ("other", StoryWriter.story(5))], path: path)
    #expect(first["old"]?.cluster == "old")

    let copy = StoryWriter.truncated(original, keeping: 0.5) + "\n\nRead more on our site."
    let second = try cluster([("new", copy), ("fresh", StoryWriter.story(6))], path: path)
    #expect(second["new"]?.cluster == "old")
    #expect(second["new"]?.nearDuplicateOf == "old")
    #expect(second["new"]?.clusterSize == 2)
    #expect(second["fresh"]?.cluster == "fresh")
    #expect(second["old"] == nil)

    // The first run's canonical stays canonical even though nothing new is longer.
    let third = try cluster([("newer", original + "\n\nUpdated at noon.")], path: path)
    #expect(third["newer"]?.cluster == "old")
    #expect(third["newer"]?.clusterSize == 3)
  }

  @Test("an index refuses settings that would make its signatures incomparable")
  func incompatibleIndex() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("neardup-\(UUID().uuidString).sqlite").path
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    _ = try cluster([("a", original)], path: path)
    var other = NearDupConfig()
    other.wordShingleSize = 3
    #expect(throws: NearDupIndexError.self) { try NearDupIndex(config: other, path: path) }
  }
}

/// xorshift64*, so shuffles are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed | 1 }
  mutating func next() -> UInt64 {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return state &* 0x2545_F491_4F6C_DD1D
  }
}
