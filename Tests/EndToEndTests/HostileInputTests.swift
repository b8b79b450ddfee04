import TestSupport
import Foundation
@testable import Ingest
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built CLI against hostile inputs (issue 8). Every fixture is generated here, in a temporary
/// folder; every batch must exit 0 with records + rejects = inputs and a reason on every reject.
@Suite("Hostile input and interruptions", .serialized)
struct HostileInputTests {
  // MARK: - Harness

  /// One run of the CLI: exit status, record and reject lines, standard error, peak memory.
  struct Run {
    var status: Int32
    var records: [[String: Any]]
    var rejects: [[String: Any]]
    var recordBytes: Data
    var rejectBytes: Data
    var stderr: String
    var peakKB: Int
    var seconds: Double

    func reasons() -> [String] { rejects.map { $0["reason"] as? String ?? "" } }
    /// The first reject / record whose source path ends with `suffix`.
    func reject(_ suffix: String) -> [String: Any]? { rejects.first { Self.path($0).hasSuffix(suffix) } }
    func record(_ suffix: String) -> [String: Any]? { records.first { Self.path($0).hasSuffix(suffix) } }
    static func path(_ line: [String: Any]) -> String { (line["source"] as? [String: Any])?["path"] as? String ?? "" }
  }

  /// A scratch folder removed at the end of the test.
  final class Scratch {
    let url: URL
    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("newsclean-hostile-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit {
      // chmod 000 files and odd links must not stop the cleanup.
      _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
      try? FileManager.default.removeItem(at: url)
    }
    var path: String { url.path }
    func file(_ name: String) -> String { url.appendingPathComponent(name).path }
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let p = file(name)
      try FileManager.default.createDirectory(
        atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: p))
      return p
    }
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
  }

  static func binary() throws -> String {
    var candidates: [String] = []
    if let first = CommandLine.arguments.first {
      var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("newsclean").path)
        dir = dir.deletingLastPathComponent()
      }
    }
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(repository.appendingPathComponent(".build/debug/newsclean").path)
    for c in candidates where FileManager.default.isExecutableFile(atPath: c) { return c }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.joined(separator: ", ")])
  }

  /// Starts the CLI (posix_spawn, so the peak memory of this one child can be read with wait4).
  static func spawn(_ arguments: [String], in directory: String) throws -> pid_t {
    let argv = ([try binary()] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let errPath = directory + "/stderr.txt"
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, argv[0]!, &actions, nil, argv, environ)
    guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
    return pid
  }

  static func wait(_ pid: pid_t) -> (status: Int32, peakKB: Int) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let exited = (status & 0x7F) == 0
    return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), usage.ru_maxrss)
  }

  /// Runs `newsclean clean INPUTS -o records --rejects rejects EXTRA` in `scratch`.
  static func clean(_ inputs: [String], _ scratch: Scratch, extra: [String] = [], out: String = "records.jsonl", rej: String = "rejects.jsonl") throws -> Run {
    let recordsPath = scratch.file(out)
    let rejectsPath = scratch.file(rej)
    let started = Date()
    let pid = try spawn(["clean"] + inputs + ["-o", recordsPath, "--rejects", rejectsPath, "--quiet"] + extra, in: scratch.path)
    let (status, peak) = wait(pid)
    return try collect(status: status, peakKB: peak, scratch, recordsPath, rejectsPath, seconds: Date().timeIntervalSince(started))
  }

  static func collect(status: Int32, peakKB: Int, _ scratch: Scratch, _ recordsPath: String, _ rejectsPath: String, seconds: Double) throws -> Run {
    let recordBytes = (try? Data(contentsOf: URL(fileURLWithPath: recordsPath))) ?? Data()
    let rejectBytes = (try? Data(contentsOf: URL(fileURLWithPath: rejectsPath))) ?? Data()
    func lines(_ data: Data) throws -> [[String: Any]] {
      try data.split(separator: 0x0A).map { line in
        guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
          throw CocoaError(.propertyListReadCorrupt)
        }
        return object
      }
    }
    let stderr = (try? String(contentsOfFile: scratch.file("stderr.txt"), encoding: .utf8)) ?? ""
    return Run(
      status: status, records: try lines(recordBytes), rejects: try lines(rejectBytes), recordBytes: recordBytes,
      rejectBytes: rejectBytes, stderr: stderr, peakKB: peakKB, seconds: seconds)
  }

  /// The contract of every batch: exit 0, every input accounted for once, every reject explained.
  static func expectAccounted(_ run: Run, inputs: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(run.status == 0, "exit status \(run.status); stderr: \(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.records.count + run.rejects.count == inputs,
      "\(run.records.count) records + \(run.rejects.count) rejects != \(inputs) inputs", sourceLocation: sourceLocation)
    for reject in run.rejects {
      let reason = reject["reason"] as? String ?? ""
      let detail = reject["detail"] as? String ?? ""
      #expect(!reason.isEmpty && !detail.isEmpty, "reject without a reason: \(reject)", sourceLocation: sourceLocation)
    }
  }

  static let article = """
    <html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>
    <p>The city council approved the annual budget on Tuesday after a long debate about road repairs.</p>
    <p>Members agreed to spend more on schools and less on new parking garages next year.</p>
    </article></body></html>
    """

  // MARK: - Files that are not pages

  @Test("empty and whitespace-only files are rejected with a reason")
  func emptyAndWhitespace() throws {
    let s = try Scratch()
    try s.write("in/empty.html", "")
    try s.write("in/blank.html", "   \n\t\r\n  ")
    try s.write("in/blank.txt", "\n\n\n")
    let run = try Self.clean([s.file("in")], s)
    Self.expectAccounted(run, inputs: 3)
    #expect(run.records.isEmpty)
  }

  @Test("PNG bytes named .html are rejected as binary")
  func binaryNamedHTML() throws {
    let s = try Scratch()
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<4096 { png.append(UInt8.random(in: 0...255, using: &rng)) }
    try s.write("image.html", png)
    let run = try Self.clean([s.file("image.html")], s)
    Self.expectAccounted(run, inputs: 1)
    #expect(run.reasons() == ["binary"])
  }

  @Test("truncated, corrupt and junk-trailed gzip")
  func brokenGzip() throws {
    let s = try Scratch()
    let gz = GzipWriter.gzip(Array(Self.article.utf8))
    try s.write("in/truncated.html.gz", Array(gz[..<(gz.count / 2)]))
    var corrupt = gz
    for i in 10..<min(30, corrupt.count) { corrupt[i] = 0xFF }
    try s.write("in/corrupt.html.gz", corrupt)
    try s.write("in/junk.html.gz", gz + Array("trailing junk, not gzip".utf8))
    let run = try Self.clean([s.file("in")], s)
    Self.expectAccounted(run, inputs: 3)
    #expect(run.reject("corrupt.html.gz")?["reason"] as? String == "gzip-corrupt")
    #expect(run.reject("truncated.html.gz")?["reason"] as? String == "gzip-truncated")
    // The member before the junk is a whole page.
    #expect(run.record("junk.html.gz") != nil)
  }

  @Test("a 1 MB gzip bomb inflating to 1.1 GB is rejected fast, in little memory")
  func decompressionBomb() throws {
    let s = try Scratch()
    // Deflate zeros in a stream: 1 MiB at a time, never the whole gigabyte in memory.
    let writer = GzipWriter(level: 9)
    writer.write(Array("<html><body><p>".utf8))
    let zeros = [UInt8](repeating: 0x20, count: 1 << 20)
    for _ in 0..<1100 { writer.write(zeros) }
    let bomb = writer.finish()
    #expect(bomb.count < 2 << 20)
    try s.write("bomb.html.gz", bomb)
    let run = try Self.clean([s.file("bomb.html.gz")], s)
    Self.expectAccounted(run, inputs: 1)
    #expect(run.reasons() == ["too-large"])
    #expect(run.seconds < 30)
    #expect(run.peakKB < 300 << 10, "peak memory \(run.peakKB) KB")
  }

  // MARK: - Bytes and charsets

  @Test("NUL bytes in HTML are rejected as binary or cleaned, never a crash")
  func nulBytes() throws {
    let s = try Scratch()
    try s.write("a.html", Array(Self.article.utf8.prefix(200)) + [0, 0, 0] + Array(Self.article.utf8.dropFirst(200)))
    try s.write("b.html", Array(Self.article.utf8) + [UInt8](repeating: 0, count: 3000))
    let run = try Self.clean([s.file("a.html"), s.file("b.html")], s)
    Self.expectAccounted(run, inputs: 2)
    for record in run.records { #expect(!(record["text"] as? String ?? "").contains("\u{0}")) }
  }

  @Test("invalid UTF-8 declared UTF-8, wrong declared charset, UTF-16 with and without BOM")
  func charsets() throws {
    let s = try Scratch()
    let text = "<html><head><meta charset=\"utf-8\"></head><body><p>Invalid bytes \u{FFFD} follow the council budget story here.</p></body></html>"
    var invalid = Array(text.utf8)
    invalid.insert(contentsOf: [0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80], at: 80)
    try s.write("in/invalid-utf8.html", invalid)
    // Windows-1251 bytes labelled ISO-8859-1 (Cyrillic read as Latin-1): cleaned, not crashed.
    let cyrillic: [UInt8] = [0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8, 0x20] + Array(repeating: [0xE3, 0xEE, 0xF0, 0xEE, 0xE4, 0xE0, 0x20], count: 10).flatMap { $0 }
    try s.write("in/wrong-charset.html", Array("<meta charset=\"iso-8859-1\"><p>".utf8) + cyrillic + Array("</p>".utf8))
    let utf16 = "<html><body><p>UTF-16 page about the council budget, long enough to keep.</p></body></html>"
    try s.write("in/utf16le-bom.html", [0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try s.write("in/utf16be-bom.html", [0xFE, 0xFF] + utf16.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    try s.write("in/utf16le-nobom.html", utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try s.write("in/utf16be-nobom.html", utf16.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    let run = try Self.clean([s.file("in")], s)
    Self.expectAccounted(run, inputs: 6)
    for name in ["utf16le-bom.html", "utf16be-bom.html"] {
      #expect((run.record(name)?["text"] as? String ?? "").contains("UTF-16 page about the council budget"), "\(name)")
    }
    // Without a BOM the page is either recognised or refused; it never turns into garbage text with NULs.
    for record in run.records { #expect(!(record["text"] as? String ?? "").contains("\u{0}")) }
  }

  @Test("a single 10 MB line of text")
  func tenMegabyteLine() throws {
    let s = try Scratch()
    var line = [UInt8]()
    line.reserveCapacity(10 << 20)
    let word = Array("council ".utf8)
    while line.count < 10 << 20 { line += word }
    try s.write("line.txt", line)
    let run = try Self.clean([s.file("line.txt")], s)
    Self.expectAccounted(run, inputs: 1)
  }

  // MARK: - Markup

  @Test("pages of only markup or only script are rejected as empty")
  func onlyMarkupOrScript() throws {
    let s = try Scratch()
    try s.write("in/markup.html", "<html><head><meta name=x></head><body><div><span></span><img src=a.png></div></body></html>")
    try s.write("in/script.html", "<html><body><script>" + String(repeating: "var x = '<p>not text</p>';\n", count: 2000) + "</script></body></html>")
    try s.write("in/style.html", "<html><head><style>" + String(repeating: "p { color: red }\n", count: 2000) + "</style></head></html>")
    let run = try Self.clean([s.file("in")], s)
    Self.expectAccounted(run, inputs: 3)
    #expect(run.records.isEmpty)
  }

  @Test("a 20 MB page is cleaned, and refused by name under a smaller --max-page-bytes")
  func hugePage() throws {
    let s = try Scratch()
    var html = "<html><body><article>"
    var i = 0
    while html.utf8.count < 20 << 20 {
      html += "<p>Paragraph \(i) of a very long report on the council budget and the road repairs.</p>\n"
      i += 1
    }
    try s.write("huge.html", html + "</article></body></html>")
    let run = try Self.clean([s.file("huge.html")], s)
    Self.expectAccounted(run, inputs: 1)
    #expect(run.peakKB < 1 << 20, "peak memory \(run.peakKB) KB")
    let limited = try Self.clean([s.file("huge.html")], s, extra: ["--max-page-bytes", "\(1 << 20)"])
    Self.expectAccounted(limited, inputs: 1)
    #expect(limited.reasons() == ["too-large"])
    #expect((limited.rejects.first?["detail"] as? String ?? "").contains("1,048,576"))
  }

  @Test("100,000 nested divs are refused naming the depth limit; 500 levels are cleaned whole")
  func deepNesting() throws {
    let s = try Scratch()
    try s.write("in/deep.html", "<html><body>" + String(repeating: "<div>", count: 100_000) + "x" + String(repeating: "</div>", count: 100_000) + "</body></html>")
    // libxml2 2.9 halts silently past 256 levels unless told otherwise: the tail must survive.
    try s.write("in/d500.html", "<html><body>" + String(repeating: "<div>", count: 500) + "Deep text of the story." + String(repeating: "</div>", count: 500)
      + "<p>The tail paragraph after deep nesting must survive in the record.</p></body></html>")
    // Unmatched end tags under a deep stack: libxml2 scans the whole stack for each one.
    try s.write("in/flood.html", "<html><body>" + String(repeating: "<div>", count: 100_000) + String(repeating: "</span>", count: 100_000))
    let run = try Self.clean([s.file("in")], s)
    Self.expectAccounted(run, inputs: 3)
    #expect(run.reject("deep.html")?["reason"] as? String == "limit-dom-depth")
    #expect((run.reject("deep.html")?["detail"] as? String ?? "").contains("2000"))
    #expect(run.reject("flood.html")?["reason"] as? String == "limit-dom-depth")
    #expect((run.record("d500.html")?["text"] as? String ?? "").contains("The tail paragraph after deep nesting"))
    #expect(run.seconds < 60)
  }

  @Test("100,000 attributes on one element finish quickly")
  func manyAttributes() throws {
    let s = try Scratch()
    let attributes = (0..<100_000).map { "data-a\($0)=\"v\"" }.joined(separator: " ")
    try s.write("attrs.html", "<html><body><div \(attributes)><p>The council approved the budget after a long debate.</p></div></body></html>")
    let run = try Self.clean([s.file("attrs.html")], s)
    Self.expectAccounted(run, inputs: 1)
    #expect(run.seconds < 10, "took \(run.seconds) s (libxml2's duplicate check is quadratic)")
    #expect(run.records.count == 1)
  }

  @Test("external entities and entity bombs stay inert")
  func entities() throws {
    let s = try Scratch()
    try s.write("in/xxe.html", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html><body><p>Entity: &e; and the council budget story goes on.</p></body></html>")
    try s.write("in/xxe2.html", "<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><html><body><p>External DTD and the council budget story goes on here.</p></body></html>")
    var lol = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    for i in 1...9 { lol += "<!ENTITY lol\(i) \"" + String(repeating: i == 1 ? "&lol;" : "&lol\(i - 1);", count: 10) + "\">" }
    lol += "]><html><body><p>&lol9; the council budget story goes on here.</p></body></html>"
    try s.write("in/lol.html", lol)
    let run = try Self.clean([s.file("in")], s)
    Self.expectAccounted(run, inputs: 3)
    let everything = String(decoding: run.recordBytes + run.rejectBytes, as: UTF8.self)
    #expect(!everything.contains("root:x:0:0"))
    #expect(!everything.contains("lollollol"))
    #expect(run.recordBytes.count < 100_000)
  }

  // MARK: - Containers

  @Test("malformed JSON Lines: one reject per bad line; duplicate ids kept apart")
  func malformedJSONLines() throws {
    let s = try Scratch()
    let body = "<p>The council approved the annual budget after a long debate on Tuesday.</p>"
    let lines = [
      "{\"id\":\"a\",\"html\":\"\(body)\"}",
      "this is not json",
      "[1,2,3]",
      "{\"id\":5,\"html\":\"x\"}",
      "{\"id\":\"b\"}",
      "",
      "{\"id\":\"a\",\"html\":\"<p>A different story about the school board meeting on Monday night.</p>\"}",
      "{\"id\":\"c\",\"html\":\"<p>truncated",
    ]
    try s.write("pages.jsonl", lines.joined(separator: "\n"))
    let run = try Self.clean([s.file("pages.jsonl")], s)
    Self.expectAccounted(run, inputs: 7)  // the blank line is not an item
    #expect(run.records.filter { $0["id"] as? String == "a" }.count == 2)
    #expect(Set(run.reasons()) == ["jsonl-invalid-json", "jsonl-not-object", "jsonl-bad-field", "jsonl-missing-content"])
    let clusters = run.records.compactMap { ($0["duplicates"] as? [String: Any])?["cluster_size"] as? Int }
    #expect(clusters == [1, 1], "two different pages with one id must not be merged")
  }

  @Test("malformed WARC records are rejected and reading goes on")
  func malformedWARC() throws {
    let s = try Scratch()
    func record(_ body: String, length: Int? = nil) -> String {
      let block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
      return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\nContent-Length: \(length ?? block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
    }
    let warc = "garbage before the first record\n" + record(Self.article)
      + "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: not-a-number\r\n\r\n"
      + record(Self.article) + record(Self.article, length: 99_999)
    try s.write("dump.warc", warc)
    let run = try Self.clean([s.file("dump.warc")], s)
    #expect(run.status == 0)
    #expect(run.records.count == 2)
    #expect(run.rejects.count >= 2)
    #expect(run.reasons().allSatisfy { $0 == "warc-malformed" })
  }

  // MARK: - File systems

  @Test("symlink cycle, /dev/zero, dangling link, FIFO, unreadable file, odd names")
  func directoryWalk() throws {
    let s = try Scratch()
    let root = s.file("tree")
    for name in ["with space.html", "한국어 기사.html", "no-extension", "UPPER.HTML", "sub/inner.htm"] {
      try s.write("tree/" + name, Self.article)
    }
    try FileManager.default.createSymbolicLink(atPath: root + "/sub/loop", withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: root + "/zero.html", withDestinationPath: "/dev/zero")
    try FileManager.default.createSymbolicLink(atPath: root + "/dangling.html", withDestinationPath: root + "/missing.html")
    #expect(mkfifo(root + "/fifo.html", 0o644) == 0)
    let locked = try s.write("tree/locked.html", Self.article)
    chmod(locked, 0)
    let run = try Self.clean([root], s)
    // 5 pages + loop + /dev/zero + dangling + FIFO + locked.
    Self.expectAccounted(run, inputs: 10)
    #expect(run.records.count >= 5)
    #expect(run.reject("/loop")?["reason"] as? String == "symlink-loop")
    #expect(run.reject("zero.html")?["reason"] as? String == "not-a-regular-file")
    #expect(run.reject("fifo.html")?["reason"] as? String == "not-a-regular-file")
    #expect(run.reject("dangling.html")?["reason"] as? String == "unreadable")
    if getuid() == 0 {
      // root reads a chmod 000 file anyway; there is nothing to reject (the test runs as root here).
      #expect(run.record("locked.html") != nil)
    } else {
      #expect(run.reject("locked.html")?["reason"] as? String == "unreadable")
    }
    #expect(run.record("한국어 기사.html") != nil)
    #expect(run.record("UPPER.HTML") != nil)
  }

  // MARK: - Determinism and interruptions

  /// A few hundred small pages, some of them near-duplicates of each other, some rejected.
  static func corpus(_ s: Scratch, pages: Int = 300) throws -> String {
    var rng = SplitMix64(seed: 7)
    let words = "alpha beta gamma delta news city council budget school river market rain storm team match vote party mayor police fire road bridge train".split(separator: " ")
    func sentence(_ n: Int) -> String { (0..<n).map { _ in String(words[Int(rng.next() % UInt64(words.count))]) }.joined(separator: " ") }
    let shared = (0..<30).map { _ in sentence(80) }
    for i in 0..<pages {
      let name = String(format: "corpus/p%04d.html", i)
      if i % 37 == 5 {
        try s.write(name, "")
        continue
      }
      let body = i % 3 == 0 ? shared[i % 30] : sentence(80)
      try s.write(name, "<html><head><title>Story \(i)</title></head><body><article><h1>Story \(i)</h1><p>\(body).</p><p>\(sentence(25)).</p></article></body></html>")
    }
    return s.file("corpus")
  }

  @Test("--jobs 1 and --jobs 2 give byte-identical output")
  func jobsDeterminism() throws {
    let s = try Scratch()
    let corpus = try Self.corpus(s)
    try s.write("more/xxe.html", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e; council budget story that is long enough.</p>")
    try s.write("more/pages.jsonl", "{\"id\":\"a\",\"html\":\"<p>The council approved the annual budget after a long debate.</p>\"}\nnot json\n")
    let one = try Self.clean([corpus, s.file("more")], s, extra: ["--jobs", "1"], out: "r1.jsonl", rej: "j1.jsonl")
    let two = try Self.clean([corpus, s.file("more")], s, extra: ["--jobs", "2"], out: "r2.jsonl", rej: "j2.jsonl")
    Self.expectAccounted(one, inputs: 303)
    #expect(one.recordBytes == two.recordBytes)
    #expect(one.rejectBytes == two.rejectBytes)
  }

  /// Kills a run with `signal` once its records file has `lines` lines; returns its exit status.
  static func interrupt(_ arguments: [String], _ s: Scratch, signal: Int32, afterLines lines: Int) throws -> Int32 {
    let pid = try spawn(arguments, in: s.path)
    let records = s.file("records.jsonl")
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline {
      let data = (try? Data(contentsOf: URL(fileURLWithPath: records))) ?? Data()
      if data.filter({ $0 == 0x0A }).count >= lines { break }
      usleep(2_000)
    }
    kill(pid, signal)
    return wait(pid).status
  }

  @Test("kill -9 midway, then --resume, equals an uninterrupted run", arguments: [false, true])
  func killAndResume(nearDuplicates: Bool) throws {
    let s = try Scratch()
    let corpus = try Self.corpus(s, pages: 400)
    let options = ["--jobs", "1"] + (nearDuplicates ? [] : ["--no-near-duplicates"])
    let full = try Self.clean([corpus], s, extra: options, out: "full.jsonl", rej: "full-rejects.jsonl")
    Self.expectAccounted(full, inputs: 400)
    let arguments = ["clean", corpus, "-o", s.file("records.jsonl"), "--rejects", s.file("rejects.jsonl"), "--quiet"] + options
    let status = try Self.interrupt(arguments, s, signal: SIGKILL, afterLines: 100)
    #expect(status == 128 + SIGKILL)
    // What the killed run left is valid JSON Lines up to its last complete line.
    let partial = try Data(contentsOf: URL(fileURLWithPath: s.file("records.jsonl")))
    #expect(partial.split(separator: 0x0A).count < 390, "the run was not stopped midway")
    // Simulate a write cut short by the kill.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: s.file("records.jsonl")))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"id\":\"cut sh".utf8))
    try handle.close()
    let resumed = try Self.clean([corpus], s, extra: options + ["--jobs", "2", "--resume"])
    #expect(resumed.status == 0)
    #expect(resumed.recordBytes == full.recordBytes)
    #expect(resumed.rejectBytes == full.rejectBytes)
    #expect(resumed.stderr.contains("resumed after"))
  }

  @Test("Ctrl-C stops cleanly with valid JSON Lines and the summary; --resume finishes the batch", arguments: [false, true])
  func interruptAndResume(persistentIndex: Bool) throws {
    let s = try Scratch()
    let corpus = try Self.corpus(s, pages: 400)
    let index = persistentIndex ? ["--index", s.file("full.sqlite")] : []
    let full = try Self.clean([corpus], s, extra: ["--jobs", "1"] + index, out: "full.jsonl", rej: "full-rejects.jsonl")
    let index2 = persistentIndex ? ["--index", s.file("resumed.sqlite")] : []
    let arguments = ["clean", corpus, "-o", s.file("records.jsonl"), "--rejects", s.file("rejects.jsonl"), "--quiet", "--jobs", "1"] + index2
    let status = try Self.interrupt(arguments, s, signal: SIGINT, afterLines: 100)
    #expect(status == 130)
    let stopped = try Self.collect(status: 0, peakKB: 0, s, s.file("records.jsonl"), s.file("rejects.jsonl"), seconds: 0)
    #expect(stopped.stderr.contains("interrupted"))
    #expect(stopped.stderr.contains("pages in"))
    #expect(stopped.records.count + stopped.rejects.count < 400)
    let resumed = try Self.clean([corpus], s, extra: ["--jobs", "2", "--resume"] + index2)
    #expect(resumed.status == 0)
    #expect(resumed.recordBytes == full.recordBytes)
    #expect(resumed.rejectBytes == full.rejectBytes)
  }

  @Test("a mixed hostile batch: exit 0, all accounted for, bounded memory")
  func mixedBatch() throws {
    let s = try Scratch()
    try s.write("mix/ok.html", Self.article)
    try s.write("mix/empty.html", "")
    try s.write("mix/bomb.html.gz", (0..<200).flatMap { _ in GzipWriter.gzip([UInt8](repeating: 0x41, count: 1 << 20)) })
    try s.write("mix/flood.html", "<html><body>" + String(repeating: "<div>", count: 1_999) + String(repeating: "</b>", count: 200_000))
    try s.write("mix/comments.html", String(repeating: "<!---->", count: 500_000))
    try s.write("mix/tags.html", String(repeating: "<p>", count: 1_000_000))
    let run = try Self.clean([s.file("mix")], s, extra: ["--jobs", "2"])
    Self.expectAccounted(run, inputs: 6)
    #expect(run.reject("comments.html")?["reason"] as? String == "limit-dom-nodes")
    #expect(run.reject("tags.html")?["reason"] as? String == "limit-dom-nodes")
    #expect(run.reject("bomb.html.gz")?["reason"] as? String == "too-large")
    #expect(run.peakKB < 1 << 20, "peak memory \(run.peakKB) KB")
  }
}

