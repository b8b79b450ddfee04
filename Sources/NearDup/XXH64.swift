/// XXH64, the 64-bit xxHash by Yann Collet, written from the published specification.
///
/// Persisted fingerprints need a hash that is stable across processes, machines and Swift
/// versions, which rules out `Hasher` (seeded randomly per process). XXH64 has a fixed
/// specification and reference vectors (checked in `XXH64Tests` against Python `xxhash`).
public enum XXH64 {
  static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
  static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
  static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

  /// Hashes a byte sequence.
  public static func hash<Bytes: Sequence>(_ bytes: Bytes, seed: UInt64 = 0) -> UInt64
  where Bytes.Element == UInt8 {
    let array = Array(bytes)
    return array.withUnsafeBytes { hash($0, seed: seed) }
  }

  /// Hashes the UTF-8 bytes of a string.
  public static func hash(_ string: String, seed: UInt64 = 0) -> UInt64 {
    var copy = string
    return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
  }

  /// Hashes raw memory (no copies).
  public static func hash(_ buffer: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
    guard let base = buffer.baseAddress else { return hash(UnsafeRawPointer(bitPattern: 1)!, count: 0, seed: seed) }
    return hash(base, count: buffer.count, seed: seed)
  }

  /// Hashes the `count` bytes at `base`: the hot path used for shingles. On a pointer with
  /// wrapping offsets (they stay within `0...count`), where the buffer's slices and checked
  /// additions cost a tenth of the hash of a shingle of a few words.
  @inline(__always)
  static func hash(_ base: UnsafeRawPointer, count: Int, seed: UInt64 = 0) -> UInt64 {
    var p = base
    let end = base + count
    var h: UInt64

    @inline(__always) func read64(_ at: UnsafeRawPointer) -> UInt64 {
      UInt64(littleEndian: at.loadUnaligned(as: UInt64.self))
    }
    @inline(__always) func read32(_ at: UnsafeRawPointer) -> UInt64 {
      UInt64(UInt32(littleEndian: at.loadUnaligned(as: UInt32.self)))
    }

    if count >= 32 {
      var v1 = seed &+ prime1 &+ prime2
      var v2 = seed &+ prime2
      var v3 = seed
      var v4 = seed &- prime1
      let limit = end - 32
      while p <= limit {
        v1 = round(v1, read64(p))
        v2 = round(v2, read64(p + 8))
        v3 = round(v3, read64(p + 16))
        v4 = round(v4, read64(p + 24))
        p += 32
      }
      h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
      h = mergeRound(h, v1)
      h = mergeRound(h, v2)
      h = mergeRound(h, v3)
      h = mergeRound(h, v4)
    } else {
      h = seed &+ prime5
    }
    h &+= UInt64(truncatingIfNeeded: count)

    var left = end - p
    while left >= 8 {
      h ^= round(0, read64(p))
      h = rotl(h, 27) &* prime1 &+ prime4
      p += 8
      left &-= 8
    }
    if left >= 4 {
      h ^= read32(p) &* prime1
      h = rotl(h, 23) &* prime2 &+ prime3
      p += 4
      left &-= 4
    }
    while left > 0 {
      h ^= UInt64(p.load(as: UInt8.self)) &* prime5
      h = rotl(h, 11) &* prime1
      p += 1
      left &-= 1
    }

    h ^= h >> 33
    h &*= prime2
    h ^= h >> 29
    h &*= prime3
    h ^= h >> 32
    return h
  }

  @inline(__always) static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 {
    (x << r) | (x >> (64 - r))
  }

  @inline(__always) static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
    rotl(acc &+ input &* prime2, 31) &* prime1
  }

  @inline(__always) static func mergeRound(_ acc: UInt64, _ value: UInt64) -> UInt64 {
    (acc ^ round(0, value)) &* prime1 &+ prime4
  }
}
