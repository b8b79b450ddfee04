import Foundation
import Testing

/// The built CLI on `samples/pages`, compared byte for byte with `samples/expected/`.
///
/// The goldens are regenerated only by `scripts/update-goldens` and reviewed like code; a change
/// here is a change in behaviour.
@Suite("Samples end to end")
struct SamplesGoldenTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `newsclean` binary built next to this test bundle (or in `.build/debug`).
  static func binary() throws -> URL {
    var candidates: [URL] = []
    if let first = CommandLine.arguments.first {
      var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("newsclean"))
        dir = dir.deletingLastPathComponent()
      }
    }
    candidates.append(repository.appendingPathComponent(".build/debug/newsclean"))
    for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.map(\.path).joined(separator: ", ")])
  }

  /// Runs `newsclean clean samples/pages` from the repository root and returns (records, rejects, stderr).
  static func cleanSamples(jobs: Int) throws -> (Data, Data, String) {
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("newsclean-golden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let out = tmp.appendingPathComponent("records.jsonl")
    let rej = tmp.appendingPathComponent("rejects.jsonl")
    let process = Process()
    process.executableURL = try binary()
    process.currentDirectoryURL = repository
    process.arguments = ["clean", "samples/pages", "--jobs", "\(jobs)", "--quiet", "-o", out.path, "--rejects", rej.path]
    let errPipe = Pipe()
    process.standardError = errPipe
    try process.run()
    let err = errPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return (try Data(contentsOf: out), try Data(contentsOf: rej), String(decoding: err, as: UTF8.self))
  }

  @Test("cleaning samples/ gives exactly the reviewed records and rejects")
  func matchesGoldens() throws {
    let (records, rejects, _) = try Self.cleanSamples(jobs: 1)
    let expected = Self.repository.appendingPathComponent("samples/expected")
    let goldenRecords = try Data(contentsOf: expected.appendingPathComponent("records.jsonl"))
    let goldenRejects = try Data(contentsOf: expected.appendingPathComponent("rejects.jsonl"))
    if records != goldenRecords {
      let got = String(decoding: records, as: UTF8.self).split(separator: "\n")
      let want = String(decoding: goldenRecords, as: UTF8.self).split(separator: "\n")
      let firstDiff = Array(zip(got, want)).firstIndex(where: { $0.0 != $0.1 }) ?? min(got.count, want.count)
      Issue.record("records differ from samples/expected/records.jsonl at line \(firstDiff + 1) (run scripts/update-goldens and review)")
    }
    #expect(rejects == goldenRejects)
  }

  @Test("every sample page yields a record or a reject, and the summary says so")
  func accountsForEveryPage() throws {
    let (records, rejects, stderr) = try Self.cleanSamples(jobs: 2)
    let pages = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("samples/pages").path)
      .filter { !$0.hasPrefix(".") }
    let lines = { (d: Data) in String(decoding: d, as: UTF8.self).split(separator: "\n").count }
    #expect(lines(records) + lines(rejects) == pages.count)
    #expect(stderr.contains("\(pages.count) pages in"))
  }

  @Test("records written to a device path go to the device, which stays a device")
  func devicePathOutput() throws {
    let process = Process()
    process.executableURL = try Self.binary()
    process.currentDirectoryURL = Self.repository
    process.arguments = ["clean", "samples/pages", "--jobs", "1", "--quiet", "-o", "/dev/stdout"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let golden = try Data(contentsOf: Self.repository.appendingPathComponent("samples/expected/records.jsonl"))
    #expect(data == golden)
    let kind = try FileManager.default.attributesOfItem(atPath: "/dev/stdout")[.type] as? FileAttributeType
    #expect(kind != .typeRegular)
  }

  @Test("two jobs give the same bytes as one")
  func parallelIsDeterministic() throws {
    let (one, _, _) = try Self.cleanSamples(jobs: 1)
    let (two, _, _) = try Self.cleanSamples(jobs: 2)
    #expect(one == two)
  }

  @Test("near-duplicate fields name other records exactly as their ids are written, slashes included")
  func clusterIdsMatchRecordIds() throws {
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("newsclean-ids-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let story = (1...6).map { n in
      "<p>The harbour board met on Tuesday to settle the winter ferry timetable, item \(n) of the agenda, after residents and skippers asked for one timetable for the whole season.</p>"
    }.joined()
    var lines: [String] = []
    for id in ["site-a/2024/ferry", "site-b/news/ferry"] {
      let object: [String: String] = ["id": id, "html": "<html><body><article><h1>Ferry timetable</h1>\(story)</article></body></html>"]
      lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
    }
    let input = tmp.appendingPathComponent("pages.jsonl")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
    let process = Process()
    process.executableURL = try Self.binary()
    process.arguments = ["clean", input.path, "--quiet"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let records = String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    #expect(records.count == 2)
    let second = try #require(records.last ?? nil)
    let duplicates = try #require(second["duplicates"] as? [String: Any])
    #expect(duplicates["near_duplicate_of"] as? String == "site-a/2024/ferry")
    #expect(String(decoding: data, as: UTF8.self).contains("\"near_duplicate_of\":\"site-a/2024/ferry\""))
  }
}

