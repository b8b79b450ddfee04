import Foundation
import Testing

@testable import NearDup

/// The hand-tuned paths of fingerprinting and clustering, held to their plain definitions.
@Suite("near-duplicate fast paths")
struct NearDupFastPathTests {
  /// splitmix64, so the inputs are the same on every run.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 { MinHash.splitmix64(&state) }
  }

  @Test("the unrolled MinHash signature equals the plain one", arguments: [1, 5, 8, 13, 64, 128, 131])
  func signature(permutations: Int) {
    var config = NearDupConfig()
    config.permutations = permutations
    var random = Generator(state: UInt64(permutations))
    for length in [0, 1, 2, 7, 8, 9, 100, 777] {
      var shingles = (0..<length).map { _ in random.next() }
      // Extremes of the multiply-add: zero, all ones, and a repeated value.
      if length >= 3 {
        shingles[0] = 0
        shingles[1] = .max
        shingles[2] = shingles[length - 1]
      }
      #expect(
        MinHash.signature(of: shingles, config: config)
          == MinHash.referenceSignature(of: shingles, config: config))
    }
  }

  @Test("the default signature of a real text is unchanged by the fast path")
  func realText() {
    let config = NearDupConfig()
    let text = String(repeating: "The council voted on Tuesday to close the old library, 12 to 3. ", count: 20)
    let print = Fingerprinter.fingerprint(text, config: config)
    #expect(print.signature == MinHash.referenceSignature(of: print.shingles, config: config))
  }

  @Test("shingle counts agree with a dictionary, across growth and for any key")
  func counts() {
    var random = Generator(state: 42)
    // Sized too small on purpose for some batches, so the table grows while counting.
    for expected in [0, 10, 1000] {
      var table = ShingleCounts(expected: expected)
      var reference: [UInt64: Int32] = [:]
      var pool = (0..<300).map { _ in random.next() }
      pool += [0, .max, 1]
      for _ in 0..<20 {
        // A document's hashes are distinct, but documents share many of them.
        var document = Set<UInt64>()
        for _ in 0..<Int(random.next() % 120) { document.insert(pool[Int(random.next() % UInt64(pool.count))]) }
        let hashes = Array(document)
        table.addOne(hashes)
        for h in hashes { reference[h, default: 0] += 1 }
      }
      #expect(table.count == reference.count)
      for h in pool + [2, 3, random.next()] { #expect(table[h] == reference[h, default: 0]) }
      var seen: [UInt64: Int32] = [:]
      table.forEach { hash, count in seen[hash] = count }
      #expect(seen == reference)
    }
  }

  @Test("the bucket sort of shingle hashes equals sort()", arguments: [0, 1, 2, 63, 64, 65, 700, 1024, 5000])
  func bucketSort(count: Int) {
    var random = Generator(state: UInt64(count) &+ 7)
    let uniform = (0..<count).map { _ in random.next() }
    // Top bits shared by every hash (one bucket, sorted by `sort()`), many repeats, and the
    // extremes.
    let sharedBytes = uniform.map { $0 & 0x0000_FF00_FF00_00FF | 0xAB00_0000_0000_0000 }
    let repeats = uniform.map { $0 % 7 }
    var extremes = uniform
    for i in stride(from: 0, to: extremes.count, by: 3) { extremes[i] = i % 2 == 0 ? 0 : .max }
    for input in [uniform, sharedBytes, repeats, extremes, uniform.sorted(), uniform.sorted().reversed()] {
      var fast = input
      Fingerprinter.sortHashes(&fast)
      #expect(fast == input.sorted())
    }
  }

  @Test("an in-memory index that stores a run only when the next starts gives a file index's verdicts")
  func deferredStore() throws {
    let config = NearDupConfig()
    // Three runs: copies within a run, of an earlier run, and a shingle that becomes
    // boilerplate only counting the earlier runs.
    var runs: [[(id: String, text: String)]] = [[], [], []]
    let footer = " Cookies help us deliver our services and you agree to our use of cookies today."
    for story in 0..<12 {
      let text = StoryWriter.story(UInt64(700 + story), sentences: 12) + footer
      runs[story % 3].append(("o\(story)", text))
      if story % 2 == 0 { runs[(story + 1) % 3].append(("t\(story)", StoryWriter.truncated(text, keeping: 0.5))) }
      if story % 3 == 0 { runs[2].append(("e\(story)", "Posted in: World\n" + text.lowercased())) }
    }
    runs[1].append(("empty", ""))
    func verdicts(path: String?) throws -> [[DuplicateInfo]] {
      let index = try NearDupIndex(config: config, path: path)
      return try runs.map { run in
        for doc in run { index.add(id: doc.id, fingerprint: Fingerprinter.fingerprint(doc.text, config: config)) }
        return try index.finishInOrder()
      }
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("neardup-\(UUID().uuidString).sqlite").path
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    let inMemory = try verdicts(path: nil)
    #expect(inMemory == (try verdicts(path: path)))
    // Later runs did find documents of earlier ones.
    #expect(inMemory[1].contains { $0.nearDuplicateOf == "o0" })
  }

  @Test("the token builder's buffers grow: dense one-letter tokens, digits, CJK characters")
  func denseTokens() {
    let dense = (0..<3000).map { i in ["a", "7", "가", "x.", "漢"][i % 5] }.joined(separator: " ")
    let packed = String(repeating: "漢字かな", count: 500)
    for text in [dense, packed, "a", ""] {
      #expect(TokenizerPiecesTests.same(text))
    }
    #expect(Tokenizer.tokenize(dense).count == 3000)
  }
}
