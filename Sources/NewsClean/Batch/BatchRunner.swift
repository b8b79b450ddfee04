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
  /// SQLite index shared across runs; nil keeps a temporary index for this run only.
  public var indexPath: String?
  /// Shingles of the near-duplicate fingerprints held in memory at most: past that many, the
  /// documents so far are clustered and stored as a segment of the run (on disk), so memory is
  /// bounded by this, not by the input (see `NearDupIndex.closeSegment`). Clustering a segment
  /// takes 60-150 bytes a shingle (the more, the more earlier documents are candidates); a news
  /// article has about 400, so the default is about 2,500 articles and about 100 MB at most.
  /// Segments change little: neardup-dev (2,832 documents, 0.95 M shingles, one segment here)
  /// scores the same F1 in 1, 3, 4 or 10 segments. Smaller segments are slower (more lookups in
  /// the stored index): 20,000 generated pages took 70 s at this default and 115 s at 400,000.
  public var nearDupSegmentShingles = 1_000_000
  /// Show a live progress line on standard error.
  public var progress = false
  /// Raw page bytes held in one window at most (besides the item count), so a run of huge
  /// pages does not multiply memory by the window size.
  public var maxWindowBytes = 64 << 20
  /// Set from a signal handler to stop after the window in progress.
  public var stop: StopSignal?
  /// Adds up the wall time of every stage (`--profile`); nil measures nothing.
  public var profile: StageProfile?

  public init() {}
}

/// A flag a signal handler sets and the batch loop polls between pages.
public final class StopSignal: @unchecked Sendable {
  private let lock = NSLock()
  private var set_ = false
  public init() {}
  public var isSet: Bool { lock.withLock { set_ } }
  public func set() { lock.withLock { set_ = true } }
}

/// Where a batch writes, and whether it continues an earlier, unfinished run.
public struct BatchOutput: Sendable {
  /// Records file; nil or "-" for standard output.
  public var records: String?
  /// Rejects file; nil drops rejects.
  public var rejects: String?
  /// Continue from where `records` and `rejects` end (see `Resume.md`).
  public var resume = false

  public init(records: String?, rejects: String?, resume: Bool = false) {
    self.records = records
    self.rejects = rejects
    self.resume = resume
  }
}

/// Counts of a finished run.
public struct BatchSummary: Sendable {
  public var pages = 0
  public var records = 0
  public var rejects = 0
  public var seconds = 0.0
  public var rejectsByReason: [String: Int] = [:]
  public var stageSeconds: [String: Double] = [:]
  /// Items already in the output when a `--resume` run started (not counted in `pages`).
  public var resumedAfter = 0
  /// Stopped by a signal before the inputs were exhausted.
  public var interrupted = false
  /// Records left without their cross-document fields (interrupted with a persistent index).
  public var unpatched = false

  public var line: String {
    let rate = seconds > 0 ? Double(pages) / seconds : 0
    var line = "newsclean: \(pages) pages in, \(records) records out, \(rejects) rejected"
      + String(format: " (%.1f s, %.0f pages/s)", seconds, rate)
    if !rejectsByReason.isEmpty {
      // Most frequent reasons first, so a glance says what went wrong with a batch.
      let reasons = rejectsByReason.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(4)
      line += " [" + reasons.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + (rejectsByReason.count > 4 ? ", …" : "") + "]"
    }
    if resumedAfter > 0 { line += "; resumed after \(resumedAfter) items already written" }
    if interrupted {
      line += "; interrupted" + (unpatched ? " (near-duplicate fields not yet filled)" : "")
        + ": rerun with --resume to finish"
    }
    return line
  }
}

/// A place to write JSON Lines to.
public protocol LineSink: AnyObject {
  func write(_ line: Data) throws
  func flush() throws
}

/// Runs the per-page pipeline over every input, in parallel, and writes records in input order.
///
/// Pages are read in windows (bounded by count and by bytes); each window is cleaned on all cores
/// and then written in order, so memory is bounded by the window, not by the input.
///
/// Records and rejects are written as each window completes, line by line in input order across
/// the two files, so a run killed at any point leaves both files holding complete lines for a
/// prefix of the inputs (plus at most one partial line), which is what `--resume` relies on.
/// Near-duplicate clusters are known only once every page has been seen: records are written
/// with empty cluster fields first and the file is rewritten with them at the end. Standard
/// output cannot be rewritten, so there the records wait in a spool file instead.
public final class BatchRunner {
  let options: BatchOptions
  let pipeline: PagePipeline

  public init(options: BatchOptions) {
    self.options = options
    self.pipeline = PagePipeline(config: options.clean, profile: options.profile)
  }

  /// Cleans `arguments` (files, folders, `-`), writing records to `output` and refusals to `rejects`.
  public func run(arguments: [String], output: LineSink, rejects: LineSink?) throws -> BatchSummary {
    try run(arguments: arguments, records: .sink(output), rejects: rejects.map { .sink($0) }, resume: nil)
  }

  /// Cleans `arguments` into the files of `output`; with `output.resume`, continues a run that
  /// was killed or interrupted so that the finished files equal those of an uninterrupted run.
  public func run(arguments: [String], output: BatchOutput) throws -> BatchSummary {
    let toStdout = output.records == nil || output.records == "-"
    if output.resume && toStdout { throw BatchError.resumeNeedsFiles("--resume needs -o FILE: standard output cannot be continued") }
    if output.resume && output.rejects == nil {
      throw BatchError.resumeNeedsFiles("--resume needs --rejects FILE: the position is counted over records and rejects")
    }
    let records: RecordTarget
    var resume: ResumePoint?
    if toStdout || !output.resume && Self.isSpecialFile(output.records!) {
      // Standard output, or a device or pipe given by name: written once, in order, never
      // rewritten in place (the near-duplicate fields are filled from a spool instead).
      records = .sink(try FileSink(path: toStdout ? nil : output.records))
    } else {
      let file = try LineFile(path: output.records!, resume: output.resume)
      records = .file(file)
    }
    if let path = output.rejects, !output.resume, Self.isSpecialFile(path) {
      return try run(arguments: arguments, records: records, rejects: .sink(try FileSink(path: path)), resume: nil)
    }
    let rejectFile = try output.rejects.map { try LineFile(path: $0, resume: output.resume) }
    if output.resume, case .file(let file) = records {
      resume = ResumePoint(records: file.existingLines, rejects: rejectFile?.existingLines ?? 0)
    }
    return try run(arguments: arguments, records: records, rejects: rejectFile.map { .file($0) }, resume: resume)
  }

  /// A path that exists and is not a regular file (a terminal, /dev/stdout, a FIFO).
  static func isSpecialFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) != S_IFREG
  }

  enum RecordTarget {
    case sink(LineSink)
    case file(LineFile)
  }

  enum RejectTarget {
    case sink(LineSink)
    case file(LineFile)
  }

  struct ResumePoint {
    var records: Int
    var rejects: Int
    var items: Int { records + rejects }
  }

  private func run(arguments: [String], records: RecordTarget, rejects: RejectTarget?, resume: ResumePoint?) throws -> BatchSummary {
    let started = Date()
    var summary = BatchSummary()
    let reader = PageReader(arguments: arguments, limits: options.ingest)
    let index = options.nearDuplicates
      ? try NearDupIndex(config: options.nearDup, path: options.indexPath) : nil
    // Verdicts of the run's segments already clustered (see `nearDupSegmentShingles`).
    var closedSegments: [DuplicateInfo] = []
    func addToIndex(_ index: NearDupIndex, id: String, fingerprint: Fingerprint) throws {
      index.add(id: id, fingerprint: fingerprint)
      if index.pendingShingles >= options.nearDupSegmentShingles {
        closedSegments += try index.closeSegment()
      }
    }
    let jobs = max(1, options.jobs)
    let window = jobs == 1 ? 16 : 64 * jobs
    let progress = options.progress ? Progress() : nil

    // Where record lines go while the run lasts.
    var spool: Spool?
    var recordFile: LineFile?
    switch records {
    case .sink: spool = try Spool()
    case .file(let f): recordFile = f
    }
    var rejectFile: LineFile?
    var rejectSink: LineSink?
    switch rejects {
    case .file(let f): rejectFile = f
    case .sink(let s): rejectSink = s
    case nil: break
    }

    // Records already written by the run being resumed go back into the near-duplicate index.
    if let resume, let index, let recordFile {
      try recordFile.forEachLine(limit: resume.records) { line in
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
          let id = object["id"] as? String, let text = object["text"] as? String
        else { throw BatchError.resumeNeedsFiles("cannot resume: a line of the records file is not a record") }
        try addToIndex(index, id: id, fingerprint: Fingerprinter.fingerprint(text, config: options.nearDup))
      }
    }
    summary.resumedAfter = resume?.items ?? 0

    var items: [InputItem] = []
    var windowBytes = 0
    items.reserveCapacity(window)
    let profile = options.profile
    // With several jobs the next window is read while the workers clean this one (reading,
    // decompressing and parsing JSON Lines is one thread's work); two windows are then in memory,
    // so each holds half the bytes. One job stays one thread: read, then clean.
    let overlapped = jobs > 1
    let maxWindowBytes = overlapped ? max(1, options.maxWindowBytes / 2) : options.maxWindowBytes
    var inFlight: (done: DispatchGroup, outcomes: ResultSlots<[Outcome]>)?
    /// Starts cleaning the window read so far (at once with one job).
    func drain() throws {
      guard overlapped else {
        try write(process(items, jobs: jobs))
        items.removeAll(keepingCapacity: true)
        windowBytes = 0
        return
      }
      try land()
      guard !items.isEmpty else { return }
      let batch = items
      let outcomes = ResultSlots<[Outcome]>(count: 1)
      let done = DispatchGroup()
      done.enter()
      DispatchQueue.global().async { [pipeline, options] in
        outcomes[0] = Self.process(batch, jobs: jobs, pipeline: pipeline, options: options)
        done.leave()
      }
      inFlight = (done, outcomes)
      items.removeAll(keepingCapacity: true)
      windowBytes = 0
    }
    /// Waits for the window being cleaned and writes it.
    func land() throws {
      guard let flight = inFlight else { return }
      flight.done.wait()
      inFlight = nil
      try write(flight.outcomes[0] ?? [])
    }
    func write(_ outcomes: [Outcome]) throws {
      let writeStart = profile == nil ? 0 : StageProfile.now()
      defer { if let profile, !outcomes.isEmpty { profile.add("write", StageProfile.now() - writeStart) } }
      for outcome in outcomes {
        summary.pages += 1
        switch outcome {
        case .record(let id, let line, let fingerprint):
          if let index, let fingerprint { try addToIndex(index, id: id, fingerprint: fingerprint) }
          if let spool {
            try spool.append(line, patch: index != nil)
          } else if let recordFile {
            try rejectFile?.flush()
            try recordFile.write(line)
          }
          summary.records += 1
        case .reject(let reject):
          let line = reject.jsonLine()
          if let rejectFile {
            try recordFile?.flush()
            try rejectFile.write(line)
          } else {
            try rejectSink?.write(line)
          }
          summary.rejects += 1
          summary.rejectsByReason[reject.reason, default: 0] += 1
        }
      }
      try recordFile?.flush()
      try rejectFile?.flush()
      progress?.update(summary, since: started)
    }
    var toSkip = resume?.items ?? 0
    while true {
      if options.stop?.isSet == true {
        summary.interrupted = true
        break
      }
      let readStart = profile == nil ? 0 : StageProfile.now()
      let next = reader.next()
      if let profile, next != nil { profile.add("read", StageProfile.now() - readStart) }
      guard let item = next else { break }
      if toSkip > 0 {
        toSkip -= 1
        continue
      }
      items.append(item)
      if case .page(let page) = item { windowBytes += page.bytes.count }
      if items.count >= window || windowBytes >= maxWindowBytes { try drain() }
    }
    try drain()
    try land()
    try rejectSink?.flush()

    // A persistent index stores a run in one transaction at `finish`; an interrupted run must
    // not store a part of itself, or `--resume` would add that part a second time.
    var patches: [String]?
    if let index {
      if summary.interrupted && options.indexPath != nil {
        summary.unpatched = true
        try index.abandonRun()
      } else {
        patches = try index.finishInOrder(closedSegments: closedSegments).map(Self.patch)
      }
    }
    switch records {
    case .sink(let sink):
      try spool?.copy(to: sink, patches: patches ?? [])
      try sink.flush()
    case .file(let file):
      if let patches { try file.rewrite(patches: patches) }
    }
    progress?.finish()
    summary.seconds = Date().timeIntervalSince(started)
    summary.stageSeconds = options.profile?.totals ?? [:]
    return summary
  }

  enum Outcome {
    /// A record's id and its JSON line (written on the worker thread, not on the one thread that
    /// writes output).
    case record(id: String, line: Data, Fingerprint?)
    case reject(RejectRecord)
  }

  /// Output lines: keys sorted, so the same record is always the same bytes. Records and rejects
  /// are written by `JSONWriter`, which produces what `JSONEncoder` does with this formatting.
  static let recordFormatting: JSONEncoder.OutputFormatting = [.sortedKeys, .withoutEscapingSlashes]

  /// Cleans a window of items on `jobs` threads; results come back in input order.
  private func process(_ items: [InputItem], jobs: Int) -> [Outcome] {
    Self.process(items, jobs: jobs, pipeline: pipeline, options: options)
  }

  private static func process(_ items: [InputItem], jobs: Int, pipeline: PagePipeline, options: BatchOptions) -> [Outcome] {
    let results = ResultSlots<Outcome>(count: items.count)
    let work: @Sendable (Int) -> Void = { [pipeline, options] i in
      switch items[i] {
      case .reject(let r):
        results[i] = .reject(RejectRecord(id: r.id, source: r.source, stage: "read", reason: r.reason, detail: r.detail))
      case .page(let page):
        switch pipeline.process(page) {
        case .keep(let record):
          var fingerprint: Fingerprint?
          if options.nearDuplicates {
            let start = options.profile == nil ? 0 : StageProfile.now()
            fingerprint = Fingerprinter.fingerprint(record.text, config: options.nearDup)
            options.profile?.add("fingerprint", StageProfile.now() - start)
          }
          guard let line = try? record.jsonLine() else {
            results[i] = .reject(RejectRecord(
              id: page.id, source: page.source, stage: "build-record", reason: "unencodable", detail: "the record could not be written as JSON"))
            return
          }
          results[i] = .record(id: record.id, line: line, fingerprint)
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
    // Strings as in the rest of the record (`/` as it is), so a cluster id reads like the record id it names.
    func json(_ s: String?) -> String {
      var w = JSONWriter(escapingSlashes: false)
      w.string(s)
      return String(decoding: w.bytes, as: UTF8.self)
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

extension BatchRunner {
  /// Replaces the cross-document fields of a record line (empty or already filled, as in a
  /// finished run being resumed) with `patch`; nil when the line has none.
  ///
  /// The fields run from `"duplicates":{"cluster":` to the comma after `"resemblance":`. Every
  /// quote inside a JSON string is escaped, so these two texts cannot occur inside a value.
  static func replacingDuplicateFields(_ line: Data, with patch: String) -> Data? {
    line.withUnsafeBytes { bytes -> Data? in
      guard let fields = duplicateFields(in: bytes) else { return nil }
      var out = Data(UnsafeRawBufferPointer(rebasing: bytes[..<fields.lowerBound]))
      out.append(Data(patch.utf8))
      out.append(UnsafeRawBufferPointer(rebasing: bytes[fields.upperBound...]).assumingMemoryBound(to: UInt8.self))
      return out
    }
  }

  /// Where the cross-document fields of a record line lie: from `"duplicates":{"cluster":` up to
  /// and with the comma after `"resemblance":`; nil when the line has none. Searched with
  /// memchr and memcmp: the rewrite at the end of a run passes every byte of the output here.
  static func duplicateFields(in line: UnsafeRawBufferPointer) -> Range<Int>? {
    guard let base = line.baseAddress else { return nil }
    // The first occurrence of `needle` at or after `from`.
    func find(_ needle: StaticString, from: Int) -> Int? {
      let length = needle.utf8CodeUnitCount
      var i = from
      while line.count - i >= length, let hit = memchr(base + i, Int32(needle.utf8Start[0]), line.count - i - length + 1) {
        i = UnsafeRawPointer(hit) - base
        if memcmp(base + i, needle.utf8Start, length) == 0 { return i }
        i += 1
      }
      return nil
    }
    guard let start = find(duplicatesStart, from: 0),
      let resemblance = find(resemblanceKey, from: start + duplicatesStart.utf8CodeUnitCount)
    else { return nil }
    let afterKey = resemblance + resemblanceKey.utf8CodeUnitCount
    guard afterKey < line.count, let comma = memchr(base + afterKey, Int32(UInt8(ascii: ",")), line.count - afterKey)
    else { return nil }
    return start..<(UnsafeRawPointer(comma) - base + 1)
  }

  static let duplicatesStart: StaticString = "\"duplicates\":{\"cluster\":"
  static let resemblanceKey: StaticString = "\"resemblance\":"
}

/// Why a batch could not start.
public enum BatchError: Error, CustomStringConvertible {
  case resumeNeedsFiles(String)
  case io(String)

  public var description: String {
    switch self {
    case .resumeNeedsFiles(let s), .io(let s): return s
    }
  }
}

/// A JSON Lines output file written with plain write(2) calls, so that what a killed process
/// wrote is on disk up to its last call; on resume, opened at the end of its last complete line.
final class LineFile {
  let path: String
  private var fd: Int32
  /// Bytes not yet written: `buffer[0 ..< buffered]`.
  private let buffer = UnsafeMutableRawPointer.allocate(byteCount: LineFile.bufferCapacity, alignment: 16)
  private var buffered = 0
  /// Buffered bytes are written once there are this many...
  private static let flushThreshold = 1 << 18
  /// ... or when the next line would not fit in the buffer.
  private static let bufferCapacity = 1 << 19
  /// Complete lines found in the file when it was opened for resuming.
  private(set) var existingLines = 0

  init(path: String, resume: Bool) throws {
    self.path = path
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (resume ? 0 : O_TRUNC)
    fd = open(path, flags, 0o644)
    guard fd >= 0 else { throw BatchError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
    if resume {
      // Count complete lines and cut a partial last line (a write cut short by kill -9).
      let (lines, end) = try Self.completeLines(path)
      existingLines = lines
      guard ftruncate(fd, off_t(end)) == 0 else { throw BatchError.io("cannot truncate \(path): \(String(cString: strerror(errno)))") }
    }
    lseek(fd, 0, SEEK_END)
  }

  deinit {
    close(fd)
    buffer.deallocate()
  }

  private static func completeLines(_ path: String) throws -> (lines: Int, end: Int) {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw BatchError.io("cannot read \(path)") }
    defer { try? handle.close() }
    var lines = 0
    var offset = 0
    var end = 0
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
        guard let base = raw.baseAddress else { return }
        var i = 0
        while i < raw.count, let hit = memchr(base + i, 0x0A, raw.count - i) {
          let newline = hit - UnsafeMutableRawPointer(mutating: base)
          lines += 1
          end = offset + newline + 1
          i = newline + 1
        }
      }
      offset += chunk.count
    }
    return (lines, end)
  }

  func write(_ line: Data) throws {
    try line.withUnsafeBytes { try write($0) }
  }

  /// Appends bytes to the buffer, written out once it holds `bufferCapacity`; bytes that do not
  /// fit in an empty buffer are written at once. The buffer is allocated once and never grows:
  /// a `Data` buffer reallocated (and copied) as it filled, at every flush again.
  func write(_ bytes: UnsafeRawBufferPointer) throws {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    if buffered + bytes.count > Self.bufferCapacity { try flush() }
    if bytes.count >= Self.bufferCapacity {
      try writeAll(bytes)
      return
    }
    (buffer + buffered).copyMemory(from: source, byteCount: bytes.count)
    buffered += bytes.count
    if buffered >= Self.flushThreshold { try flush() }
  }

  func flush() throws {
    guard buffered > 0 else { return }
    try writeAll(UnsafeRawBufferPointer(start: buffer, count: buffered))
    buffered = 0
  }

  private func writeAll(_ raw: UnsafeRawBufferPointer) throws {
    var done = 0
    while done < raw.count {
      let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
      if n < 0 {
        if errno == EINTR { continue }
        throw BatchError.io("cannot write \(path): \(String(cString: strerror(errno)))")
      }
      done += n
    }
  }

  /// Calls `body` with each of the first `limit` lines (without the newline).
  func forEachLine(limit: Int, _ body: (Data) throws -> Void) throws {
    try forEachLineBytes(limit: limit) { try body(Data($0)) }
  }

  /// `forEachLine` without a copy of each line: the bytes are valid only during the call.
  private func forEachLineBytes(limit: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    guard limit > 0, let handle = FileHandle(forReadingAtPath: path) else { return }
    defer { try? handle.close() }
    var pending: [UInt8] = []
    var seen = 0
    while seen < limit, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      chunk.withUnsafeBytes { pending.append(contentsOf: $0) }
      let consumed = try pending.withUnsafeBytes { buffer -> Int in
        var start = 0
        // memchr, not Data.firstIndex: a 10 MB record line must not cost a byte-wise loop.
        while seen < limit, start < buffer.count,
          let hit = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start)
        {
          let newline = UnsafeRawPointer(hit) - buffer.baseAddress!
          try body(UnsafeRawBufferPointer(rebasing: buffer[start..<newline]))
          seen += 1
          start = newline + 1
        }
        return start
      }
      pending.removeFirst(consumed)
    }
  }

  /// Rewrites the file with the cross-document fields of every record filled in: into a
  /// temporary file first, then renamed over, so a kill leaves the old or the new file whole.
  func rewrite(patches: [String]) throws {
    try flush()
    let temporary = path + ".newsclean-tmp"
    let out = try LineFile(path: temporary, resume: false)
    var index = 0
    var newline = UInt8(0x0A)
    try forEachLineBytes(limit: Int.max) { line in
      // The line around its patch, written in pieces: no copy of the line is made.
      if index < patches.count, let fields = BatchRunner.duplicateFields(in: line) {
        try out.write(UnsafeRawBufferPointer(rebasing: line[..<fields.lowerBound]))
        var patch = patches[index]
        try patch.withUTF8 { try out.write(UnsafeRawBufferPointer($0)) }
        try out.write(UnsafeRawBufferPointer(rebasing: line[fields.upperBound...]))
      } else {
        try out.write(line)
      }
      index += 1
      try withUnsafeBytes(of: &newline) { try out.write($0) }
    }
    try out.flush()
    guard rename(temporary, path) == 0 else {
      throw BatchError.io("cannot rename \(temporary) to \(path): \(String(cString: strerror(errno)))")
    }
    // The descriptor still points at the old (now unlinked) file; later writes must not land there.
    close(fd)
    fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
  }
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
    // A fresh temporary file of our own: FileManager's create is fine here (no device to spare).
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
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
    while true {
      let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      if chunk.isEmpty { break }
      pending.append(chunk)
      var start = pending.startIndex
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        var line = pending[start...newline]
        if lineNumber < takesPatch.count, takesPatch[lineNumber], patchIndex < patches.count {
          if let patched = BatchRunner.replacingDuplicateFields(Data(line), with: patches[patchIndex]) {
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
      // open(2), not FileManager.createFile: that one writes through a temporary file and a
      // rename, which would replace a device such as /dev/stdout instead of writing to it.
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
      handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
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
