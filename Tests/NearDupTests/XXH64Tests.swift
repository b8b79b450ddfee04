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

  @Test("honours the seed")
  func seeded() {
    #expect(XXH64.hash("abc", seed: 1) == 0xBEA9_CA81_9932_8908)
  }
}
