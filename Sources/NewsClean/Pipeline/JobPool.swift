import Foundation

/// Scratch kept from page to page: a page takes one value (`take`) and hands it back when it is
/// done (`give`), so the tables in it are allocated once per job rather than once per page, and
/// parallel jobs never share one (a value is out of the pool while a page uses it). The pool
/// holds at most as many values as pages were ever in flight at once, so its memory is bounded
/// by the jobs, not by the input.
final class JobPool<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Value] = []
  private let make: () -> Value
  /// Whether a handed-back value is worth keeping (a table grown by one huge page is not).
  private let keeps: (Value) -> Bool

  init(make: @escaping () -> Value, keeps: @escaping (Value) -> Bool = { _ in true }) {
    self.make = make
    self.keeps = keeps
  }

  func take() -> Value {
    lock.lock()
    let value = values.popLast()
    lock.unlock()
    return value ?? make()
  }

  func give(_ value: Value) {
    guard keeps(value) else { return }
    lock.lock()
    values.append(value)
    lock.unlock()
  }
}
