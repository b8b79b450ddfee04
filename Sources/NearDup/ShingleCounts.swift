/// How many documents of a run hold each shingle hash: the `[UInt64: Int32]` that clustering
/// needs, as an open-addressing table.
///
/// Every shingle of every document of a run passes through it, so it is on the hot path of
/// clustering. The keys are XXH64 values, already well mixed, so one multiply gives a slot
/// where `Dictionary` would hash them again with SipHash, and the table is sized once for the
/// run instead of growing (and rehashing everything) step by step. The keys are mixed with a
/// per-process seed first: XXH64 is not keyed, so text crafted to collide in the top bits of
/// its hashes would otherwise turn every probe into a long scan.
struct ShingleCounts {
  private var keys: [UInt64]
  /// 0 marks an empty slot: a stored count is at least 1.
  private var counts: [Int32]
  private var shift: UInt64
  private(set) var count = 0
  private static let seed = UInt64.random(in: .min ... .max)

  @inline(__always)
  private static func slot(_ key: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: ((key ^ seed) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// A table that holds `expected` keys without growing.
  init(expected: Int = 0) {
    let capacity = Self.capacity(for: expected)
    keys = Array(repeating: 0, count: capacity)
    counts = Array(repeating: 0, count: capacity)
    shift = UInt64(64 - capacity.trailingZeroBitCount)
  }

  /// Power of two that keeps `count` keys at most half full.
  private static func capacity(for count: Int) -> Int {
    var capacity = 16
    while capacity < count * 2 { capacity *= 2 }
    return capacity
  }

  /// Adds one to the count of each of `hashes`.
  mutating func addOne(_ hashes: [UInt64]) {
    if (count + hashes.count) * 2 > keys.count { grow(to: count + hashes.count) }
    let mask = keys.count - 1
    let shift = self.shift
    let seed = Self.seed
    var added = 0
    // On the buffers: an array element assignment checks uniqueness every time.
    keys.withUnsafeMutableBufferPointer { keys in
      counts.withUnsafeMutableBufferPointer { counts in
        for key in hashes {
          var i = Int(truncatingIfNeeded: ((key ^ seed) &* 0x9E37_79B9_7F4A_7C15) >> shift)
          while counts[i] != 0 && keys[i] != key { i = (i + 1) & mask }
          if counts[i] == 0 {
            keys[i] = key
            added += 1
          }
          counts[i] += 1
        }
      }
    }
    count += added
  }

  /// The count of `hash`, 0 when absent.
  subscript(hash: UInt64) -> Int32 {
    let mask = keys.count - 1
    var i = Self.slot(hash, shift: shift)
    while true {
      let c = counts[i]
      if c == 0 || keys[i] == hash { return c }
      i = (i + 1) & mask
    }
  }

  /// Every stored hash with its count, in table order (no meaningful order, like a
  /// `Dictionary`'s).
  func forEach<E: Error>(_ body: (UInt64, Int32) throws(E) -> Void) throws(E) {
    for i in 0..<keys.count where counts[i] != 0 { try body(keys[i], counts[i]) }
  }

  private mutating func grow(to needed: Int) {
    var bigger = ShingleCounts(expected: needed)
    let mask = bigger.keys.count - 1
    for i in 0..<keys.count where counts[i] != 0 {
      var j = Self.slot(keys[i], shift: bigger.shift)
      while bigger.counts[j] != 0 { j = (j + 1) & mask }
      bigger.keys[j] = keys[i]
      bigger.counts[j] = counts[i]
    }
    bigger.count = count
    self = bigger
  }
}
