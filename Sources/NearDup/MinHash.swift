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
    let count = config.permutations
    var minima = [UInt64](repeating: .max, count: count)
    // Eight permutations per step, written out: the loop's count and test would otherwise
    // cost a third of the five instructions (load, multiply, add, compare, branch) that each
    // permutation needs. The minimum stays in memory behind a branch on purpose: it changes
    // only a few times per permutation, and a select in its place (a running minimum kept
    // in a register) makes LLVM shuffle registers for every shingle.
    let blocked = count & ~7
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        minima.withUnsafeMutableBufferPointer { minima in
          guard let pa = a.baseAddress, let pb = b.baseAddress, let pm = minima.baseAddress else { return }
          for h in shingles {
            var k = 0
            while k < blocked {
              let v0 = pa[k] &* h &+ pb[k]
              if v0 < pm[k] { pm[k] = v0 }
              let v1 = pa[k + 1] &* h &+ pb[k + 1]
              if v1 < pm[k + 1] { pm[k + 1] = v1 }
              let v2 = pa[k + 2] &* h &+ pb[k + 2]
              if v2 < pm[k + 2] { pm[k + 2] = v2 }
              let v3 = pa[k + 3] &* h &+ pb[k + 3]
              if v3 < pm[k + 3] { pm[k + 3] = v3 }
              let v4 = pa[k + 4] &* h &+ pb[k + 4]
              if v4 < pm[k + 4] { pm[k + 4] = v4 }
              let v5 = pa[k + 5] &* h &+ pb[k + 5]
              if v5 < pm[k + 5] { pm[k + 5] = v5 }
              let v6 = pa[k + 6] &* h &+ pb[k + 6]
              if v6 < pm[k + 6] { pm[k + 6] = v6 }
              let v7 = pa[k + 7] &* h &+ pb[k + 7]
              if v7 < pm[k + 7] { pm[k + 7] = v7 }
              k += 8
            }
            while k < count {
              let v = pa[k] &* h &+ pb[k]
              if v < pm[k] { pm[k] = v }
              k += 1
            }
          }
        }
      }
    }
    return minima.map { UInt32(truncatingIfNeeded: $0 >> 32) }
  }

  /// `signature(of:config:)` as plainly as it can be written; the tests hold the fast one to it.
  static func referenceSignature(of shingles: [UInt64], config: NearDupConfig) -> [UInt32] {
    let (a, b) = parameters(config)
    var minima = [UInt64](repeating: .max, count: config.permutations)
    for h in shingles {
      for k in 0..<minima.count {
        let v = a[k] &* h &+ b[k]
        if v < minima[k] { minima[k] = v }
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
