import Dispatch
import Foundation
import Ingest
import NearDup

/// Settings of one batch run.
public struct BatchOptions: Sendable {
  public var clean = CleanConfig()
  public var ingest = IngestLimits()
  /// Pages processed at once; output order never depends on it.
  public var jobs = ProcessInfo.processInfo.activeProcessorCount
  /// Cluster near-duplicate articles across the batch (and across runs with `indexPath`).
  public var nearDuplicates = true
  public var nearDup = NearDupConfig()
  /// SQLite index shared across runs; nil keeps the index in memory for this run only.
  public var indexPath: String?
  /// Show a live progress line on standard error.
  public var progress = false

  public init() {}
}

/// Counts of a finished run.
public struct BatchSummary: Sendable {
  public var pages = 0
  public var records = 0
  public var rejects = 0
  public var seconds = 0.0
  public var rejectsByReason: [String: Int] = [:]
  public var stageSeconds: [String: Double] = [:]

  public var line: String {
    let rate = seconds > 0 ? Double(pages) / seconds : 0
    return "newsclean: \(pages) pages in, \(records) records out, \(rejects) rejected"
      + String(format: " (%.1f s, %.0f pages/s)", seconds, rate)
  }
}

/// A place to write JSON Lines to.
public protocol LineSink: AnyObject {
  func write(_ line: Data) throws
  func flush() throws
}

/// Runs the per-page pipeline over every input, in parallel, and writes records in input order.
///
/// Pages are read in windows; each window is cleaned on all cores and then written in order, so
/// memory is bounded by the window, not by the input. Records go first to a spool file: the
/// near-duplicate clusters are known only once every page has been seen, and then each spooled
/// line gets its cluster fields as it is copied to the output.
public final class BatchRunner {
  let options: BatchOptions
  let pipeline: PagePipeline

  public init(options: BatchOptions) {
    self.options = options
    self.pipeline = PagePipeline(config: options.clean)
  }

  /// Cleans `arguments` (files, folders, `-`), writing records to `output` and refusals to `rejects`.
  public func run(arguments: [String], output: LineSink, rejects: LineSink?) throws -> BatchSummary {
    let started = Date()
    var summary = BatchSummary()
    let reader = PageReader(arguments: arguments, limits: options.ingest)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let index = options.nearDuplicates ? try NearDupIndex(config: options.nearDup, path: options.indexPath) : nil
    let spool = try Spool()
    let jobs = max(1, options.jobs)
    let window = jobs == 1 ? 16 : 64 * jobs
    let progress = options.progress ? Progress() : nil

    var items: [InputItem] = []
    items.reserveCapacity(window)
    func drain() throws {
      let outcomes = process(items, jobs: jobs)
      for outcome in outcomes {
        summary.pages += 1
        switch outcome {
        case .record(let record, let fingerprint):
          var line = try encoder.encode(record)
          line.append(0x0A)
          if let index, let fingerprint {
            index.add(id: record.id, fingerprint: fingerprint)
            try spool.append(line, patch: true)
          } else {
            try spool.append(line, patch: false)
          }
          summary.records += 1
        case .reject(let reject):
          var line = try encoder.encode(reject)
          line.append(0x0A)
          try rejects?.write(line)
          summary.rejects += 1
          summary.rejectsByReason[reject.reason, default: 0] += 1
        }
      }
      items.removeAll(keepingCapacity: true)
      progress?.update(summary, since: started)
    }
    while let item = reader.next() {
      items.append(item)
      if items.count >= window { try drain() }
    }
    try drain()
    try rejects?.flush()

    let assignments = try index?.finishInOrder() ?? []
    try spool.copy(to: output, patches: assignments.map(Self.patch))
    try output.flush()
    progress?.finish()
    summary.seconds = Date().timeIntervalSince(started)
    return summary
  }

  enum Outcome {
    case record(ArticleRecord, Fingerprint?)
    case reject(RejectRecord)
  }

  /// Cleans a window of items on `jobs` threads; results come back in input order.
  private func process(_ items: [InputItem], jobs: Int) -> [Outcome] {
    let results = ResultSlots<Outcome>(count: items.count)
    let work: @Sendable (Int) -> Void = { [pipeline, options] i in
      switch items[i] {
      case .reject(let r):
        results[i] = .reject(RejectRecord(id: r.id, source: r.source, stage: "read", reason: r.reason, detail: r.detail))
      case .page(let page):
        switch pipeline.process(page) {
        case .keep(let record):
          let fingerprint = options.nearDuplicates ? Fingerprinter.fingerprint(record.text, config: options.nearDup) : nil
          results[i] = .record(record, fingerprint)
        case .drop(let rejection):
          results[i] = .reject(RejectRecord(
            id: page.id, source: page.source, stage: rejection.stage, reason: rejection.reason, detail: rejection.detail))
        }
      }
    }
    if jobs == 1 || items.count < 2 {
      for i in items.indices { work(i) }
    } else {
      DispatchQueue.concurrentPerform(iterations: items.count, execute: work)
    }
    return results.values()
  }

  /// The JSON that replaces the empty cross-document fields of a spooled record.
  static func patch(_ info: DuplicateInfo) -> String {
    func json(_ s: String?) -> String {
      guard let s else { return "null" }
      let data = (try? JSONEncoder().encode(s)) ?? Data("null".utf8)
      return String(decoding: data, as: UTF8.self)
    }
    func number(_ d: Double?) -> String { d.map { String(format: "%.4f", $0) } ?? "null" }
    return "\"duplicates\":{\"cluster\":\(json(info.cluster)),\"cluster_size\":\(info.clusterSize),"
      + "\"containment\":\(number(info.containment)),\"exact_hash\":\(json(info.exactHash)),"
      + "\"near_duplicate_of\":\(json(info.nearDuplicateOf)),\"resemblance\":\(number(info.resemblance)),"
  }

  /// What an unpatched record holds in place of the cross-document fields. Keys are sorted and
  /// every quote inside a JSON string is escaped, so this text occurs once, at this place only.
  static let emptyDuplicateFields = Data(
    "\"duplicates\":{\"cluster\":null,\"cluster_size\":null,\"containment\":null,\"exact_hash\":null,\"near_duplicate_of\":null,\"resemblance\":null,".utf8)
}

/// Fixed-size result slots written from several threads, each slot by exactly one of them.
final class ResultSlots<T>: @unchecked Sendable {
  private var slots: [T?]
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  subscript(i: Int) -> T? {
    get { slots[i] }
    set { slots.withUnsafeMutableBufferPointer { $0[i] = newValue } }
  }
  func values() -> [T] { slots.map { $0! } }
}

/// Records waiting for their cluster fields, in a temporary file.
final class Spool {
  private let url: URL
  private let handle: FileHandle
  private var buffer = Data()
  /// For each spooled line: whether it takes the next patch.
  private var takesPatch: [Bool] = []

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("newsclean-spool-\(getpid())-\(UUID().uuidString).jsonl")
    FileManager.default.createFile(atPath: url.path, contents: nil)
    handle = try FileHandle(forUpdating: url)
  }

  deinit {
    try? handle.close()
    try? FileManager.default.removeItem(at: url)
  }

  func append(_ line: Data, patch: Bool) throws {
    buffer.append(line)
    takesPatch.append(patch)
    if buffer.count > 1 << 20 { try handle.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
  }

  func copy(to output: LineSink, patches: [String]) throws {
    try handle.write(contentsOf: buffer)
    buffer.removeAll()
    try handle.seek(toOffset: 0)
    var pending = Data()
    var lineNumber = 0
    var patchIndex = 0
    let empty = BatchRunner.emptyDuplicateFields
    while true {
      let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      if chunk.isEmpty { break }
      pending.append(chunk)
      var start = pending.startIndex
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        var line = pending[start...newline]
        if lineNumber < takesPatch.count, takesPatch[lineNumber], patchIndex < patches.count {
          if let r = line.range(of: empty) {
            var patched = Data(line)
            let offset = r.lowerBound - line.startIndex
            patched.replaceSubrange(offset..<(offset + empty.count), with: Data(patches[patchIndex].utf8))
            line = patched[...]
          }
          patchIndex += 1
        }
        try output.write(Data(line))
        lineNumber += 1
        start = newline + 1
      }
      pending = Data(pending[start...])
    }
  }
}

/// A JSON Lines file or standard output.
public final class FileSink: LineSink {
  private let handle: FileHandle
  private var buffer = Data()
  private let closeOnDeinit: Bool

  public init(path: String?) throws {
    if let path, path != "-" {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
      handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      closeOnDeinit = true
    } else {
      handle = FileHandle.standardOutput
      closeOnDeinit = false
    }
  }

  deinit {
    try? flush()
    if closeOnDeinit { try? handle.close() }
  }

  public func write(_ line: Data) throws {
    buffer.append(line)
    if buffer.count >= 1 << 18 { try flush() }
  }

  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}

/// The live progress line on standard error.
final class Progress {
  private var lastDraw = Date.distantPast

  func update(_ s: BatchSummary, since start: Date) {
    let now = Date()
    guard now.timeIntervalSince(lastDraw) > 0.25 else { return }
    lastDraw = now
    let elapsed = now.timeIntervalSince(start)
    let rate = elapsed > 0 ? Double(s.pages) / elapsed : 0
    let line = String(format: "\r%d pages  %.0f pages/s  %d records  %d rejects  %.0fs ", s.pages, rate, s.records, s.rejects, elapsed)
    FileHandle.standardError.write(Data(line.utf8))
  }

  func finish() {
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
