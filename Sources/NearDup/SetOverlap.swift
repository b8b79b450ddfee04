/// Exact overlap of two ascending, duplicate-free hash arrays.
enum SetOverlap {
  static func intersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
    var i = 0, j = 0, shared = 0
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        while i < a.count && j < b.count {
          let x = a[i], y = b[j]
          if x == y {
            shared += 1
            i += 1
            j += 1
          } else if x < y {
            i += 1
          } else {
            j += 1
          }
        }
      }
    }
    return shared
  }

  /// Jaccard and containment (shared / smaller size); zeros when either set is empty.
  static func measure(_ a: [UInt64], _ b: [UInt64]) -> (jaccard: Double, containment: Double) {
    guard !a.isEmpty, !b.isEmpty else { return (0, 0) }
    let shared = Double(intersectionCount(a, b))
    let union = Double(a.count + b.count) - shared
    return (shared / union, shared / Double(min(a.count, b.count)))
  }
}
