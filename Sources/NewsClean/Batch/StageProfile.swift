import Foundation

/// Wall time spent in each stage, summed over every page of a run (`newsclean clean --profile`).
///
/// Stages are timed with `CLOCK_MONOTONIC` around their `process` call; with several jobs the
/// times of all threads add up, so the sum can exceed the run's elapsed time. Timing never
/// changes what a stage returns.
public final class StageProfile: @unchecked Sendable {
  /// Rows of the report in pipeline order; stages not listed here follow in name order.
  public static let order = [
    "read", "decode", "parse", "strip-boilerplate", "remove-duplicated-body", "remove-spam-links",
    "build-record", "fingerprint", "write",
  ]

  private let lock = NSLock()
  private var seconds: [String: Double] = [:]
  private var calls: [String: Int] = [:]

  public init() {}

  /// Seconds since an arbitrary fixed point, from the monotonic clock.
  @inline(__always)
  public static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
  }

  /// Adds `elapsed` seconds (one call) to `stage`.
  public func add(_ stage: String, _ elapsed: Double) {
    lock.lock()
    seconds[stage, default: 0] += elapsed
    calls[stage, default: 0] += 1
    lock.unlock()
  }

  /// Runs `body` and adds its wall time to `stage`.
  @inline(__always)
  public func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
    let start = Self.now()
    defer { add(stage, Self.now() - start) }
    return try body()
  }

  /// Total seconds per stage so far.
  public var totals: [String: Double] { lock.withLock { seconds } }

  /// The table printed on standard error: stage, seconds, share, calls, milliseconds per call.
  public func report(pages: Int, elapsed: Double) -> String {
    let (seconds, calls) = lock.withLock { (self.seconds, self.calls) }
    let names = Self.order.filter { seconds[$0] != nil } + seconds.keys.filter { !Self.order.contains($0) }.sorted()
    let sum = seconds.values.reduce(0, +)
    var out = "stage                    seconds   share    calls  ms/call\n"
    for name in names {
      let s = seconds[name] ?? 0
      let n = calls[name] ?? 0
      out += name.padding(toLength: 22, withPad: " ", startingAt: 0)
        + String(format: "%9.3f  %5.1f%%  %7d  %7.3f\n", s, sum > 0 ? 100 * s / sum : 0, n, n > 0 ? 1000 * s / Double(n) : 0)
    }
    out += "sum of stages".padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%9.3f\n", sum)
    out += String(
      format: "elapsed                %9.3f  (%d pages, %.1f pages/s)\n", elapsed, pages, elapsed > 0 ? Double(pages) / elapsed : 0)
    return out
  }
}

/// A stage whose wall time goes into a `StageProfile`; its output is the inner stage's, unchanged.
public struct Timed<Inner: Stage>: Stage {
  public typealias Input = Inner.Input
  public typealias Output = Inner.Output
  public static var name: String { Inner.name }
  let inner: Inner
  let profile: StageProfile?

  public func process(_ input: Input) -> Verdict<Output> {
    guard let profile else { return inner.process(input) }
    let start = StageProfile.now()
    let verdict = inner.process(input)
    profile.add(Inner.name, StageProfile.now() - start)
    return verdict
  }
}

extension Stage {
  /// This stage, timed into `profile` when there is one.
  public func timed(_ profile: StageProfile?) -> Timed<Self> {
    Timed(inner: self, profile: profile)
  }
}
