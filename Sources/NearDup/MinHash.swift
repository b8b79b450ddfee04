/// MinHash signatures and LSH band keys.
///
/// Permutation k maps a shingle hash h to the top 32 bits of `a_k * h + b_k (mod 2^64)`,
/// with odd `a_k` and `b_k` drawn from splitmix64 at a fixed seed: a bijection on 64-bit
/// values whose high bits mix well, and identical in every process, so stored signatures
/// stay comparable with new ones.
enum MinHash {
  static func parameters(_ config: NearDupConfig) -> (a: [UInt64], b: [UInt64]) {
    var state = config.minHashSeed
    var a = [UInt64](), b = [UInt64]()
    for _ in 0..<config.permutations {
      a.append(splitmix64(&state) | 1)
      b.append(splitmix64(&state))
    }
    return (a, b)
  }

  static func splitmix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  static func signature(of shingles: [UInt64], config: NearDupConfig) -> [UInt32] {
    let (a, b) = parameters(config)
    var minima = [UInt64](repeating: .max, count: config.permutations)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        minima.withUnsafeMutableBufferPointer { minima in
          for h in shingles {
            for k in 0..<minima.count {
              let v = a[k] &* h &+ b[k]
              if v < minima[k] { minima[k] = v }
            }
          }
        }
      }
    }
    return minima.map { UInt32(truncatingIfNeeded: $0 >> 32) }
  }

  /// One key per band; the band number is hashed in so equal rows in different bands differ.
  static func bandKeys(_ signature: [UInt32], config: NearDupConfig) -> [Int64] {
    var keys = [Int64]()
    keys.reserveCapacity(config.bands)
    var buffer = [UInt32](repeating: 0, count: config.rows + 1)
    for band in 0..<config.bands {
      buffer[0] = UInt32(band)
      for row in 0..<config.rows {
        buffer[row + 1] = signature[band * config.rows + row].littleEndian
      }
      let key = buffer.withUnsafeBytes { XXH64.hash($0) }
      keys.append(Int64(bitPattern: key))
    }
    return keys
  }
}
