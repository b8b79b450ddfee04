import Testing

@testable import NearDup

/// XXH64 must match the reference implementation bit for bit: stored shingle hashes outlive processes.
@Suite("XXH64")
struct XXH64Tests {
  /// Vectors from the published specification ("" and "abc") and from Python `xxhash` 3.x.
  @Test(
    "matches reference vectors (seed 0)",
    arguments: [
      ("", 0xEF46_DB37_51D8_E999),
      ("a", 0xD24E_C4F1_A98C_6E5B),
      ("abc", 0x44BC_2CF5_AD77_0999),
      ("hello world", 0x45AB_6734_B21E_6968),
      ("0123456789abcdef0123456789abcdef", 0x642A_9495_8E71_E6C5),
      ("the quick brown fox jumps over the lazy dog and keeps running far away", 0x78DE_C7C7_45E6_9C6A),
      ("서울 뉴스 기사", 0x0A94_B363_1068_59CD),
    ] as [(String, UInt64)])
  func referenceVectors(input: String, expected: UInt64) {
    #expect(XXH64.hash(input) == expected)
  }

  @Test("covers every tail length: 100 bytes 0...99")
  func hundredBytes() {
    #expect(XXH64.hash((0..<100).map { UInt8($0) }) == 0x6AC1_E580_3216_6597)
  }

  @Test("the pointer form equals the specification's steps at every length and offset, 0...160 bytes")
  func pointerForm() {
    let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    bytes.withUnsafeBytes { raw in
      for offset in 0..<8 {
        for count in 0...160 {
          let slice = UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + count)])
          #expect(XXH64.hash(raw.baseAddress! + offset, count: count, seed: 7) == Self.specification(Array(slice), seed: 7))
          #expect(XXH64.hash(slice) == Self.specification(Array(slice), seed: 0))
        }
      }
    }
  }

  /// XXH64 as the specification states it, on an array with plain indices.
  static func specification(_ b: [UInt8], seed: UInt64) -> UInt64 {
    let p1 = XXH64.prime1, p2 = XXH64.prime2, p3 = XXH64.prime3, p4 = XXH64.prime4, p5 = XXH64.prime5
    func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
    func read(_ at: Int, _ n: Int) -> UInt64 { (0..<n).reduce(0) { $0 | UInt64(b[at + $1]) << (8 * UInt64($1)) } }
    func round(_ acc: UInt64, _ input: UInt64) -> UInt64 { rotl(acc &+ input &* p2, 31) &* p1 }
    var i = 0
    var h: UInt64
    if b.count >= 32 {
      var v = [seed &+ p1 &+ p2, seed &+ p2, seed, seed &- p1]
      while i + 32 <= b.count {
        for k in 0..<4 { v[k] = round(v[k], read(i + 8 * k, 8)) }
        i += 32
      }
      h = rotl(v[0], 1) &+ rotl(v[1], 7) &+ rotl(v[2], 12) &+ rotl(v[3], 18)
      for k in 0..<4 { h = (h ^ round(0, v[k])) &* p1 &+ p4 }
    } else {
      h = seed &+ p5
    }
    h &+= UInt64(b.count)
    while i + 8 <= b.count {
      h = rotl(h ^ round(0, read(i, 8)), 27) &* p1 &+ p4
      i += 8
    }
    if i + 4 <= b.count {
      h = rotl(h ^ (read(i, 4) &* p1), 23) &* p2 &+ p3
      i += 4
    }
    while i < b.count {
      h = rotl(h ^ (UInt64(b[i]) &* p5), 11) &* p1
      i += 1
    }
    h ^= h >> 33
    h &*= p2
    h ^= h >> 29
    h &*= p3
    return h ^ (h >> 32)
  }

  @Test("honours the seed")
  func seeded() {
    #expect(XXH64.hash("abc", seed: 1) == 0xBEA9_CA81_9932_8908)
  }
}
