/// Disjoint sets over dense integer ids, with path halving and union by size.
struct UnionFind {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  mutating func find(_ x: Int) -> Int {
    var x = x
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  mutating func union(_ a: Int, _ b: Int) {
    var ra = find(a), rb = find(b)
    if ra == rb { return }
    if size[ra] < size[rb] { swap(&ra, &rb) }
    parent[rb] = ra
    size[ra] += size[rb]
  }
}
