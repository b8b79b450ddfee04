import Foundation
import Testing

@testable import NearDup

/// Scores NearDup on a labelled folder (NEARDUP-BBC layout: `docs.jsonl` with `id` and `text`).
///
/// Skipped unless `NEWSCLEAN_NEARDUP_DEV` names the folder. Writes two prediction files in
/// the format of `score_neardup.py` and prints their paths and the speed:
/// one run over all documents (in-memory index), and two runs (first half, second half)
/// sharing one SQLite index, whose outputs are concatenated. `scripts/neardup-eval.sh` runs it.
@Suite("Dev-set evaluation")
struct DevSetEvaluationTests {
  static let folder = ProcessInfo.processInfo.environment["NEWSCLEAN_NEARDUP_DEV"]

  struct Doc: Decodable {
    let id: String
    let text: String
  }

  struct Prediction: Encodable {
    let id: String
    let duplicates: DuplicateInfo
  }

  @Test("one run and two runs sharing an index", .enabled(if: folder != nil))
  func evaluate() throws {
    let folder = URL(fileURLWithPath: Self.folder!)
    let data = try Data(contentsOf: folder.appendingPathComponent("docs.jsonl"))
    let decoder = JSONDecoder()
    let docs = try data.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }.map {
      try decoder.decode(Doc.self, from: Data($0))
    }
    let config = try Self.config(ProcessInfo.processInfo.environment["NEWSCLEAN_NEARDUP_CONFIG"] ?? "")
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("neardup-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)

    // One run, single thread, so docs/s is per core.
    let clock = ContinuousClock()
    var fingerprints: [Fingerprint] = []
    let fingerprintTime = clock.measure {
      fingerprints = docs.map { Fingerprinter.fingerprint($0.text, config: config) }
    }
    var oneRun: [DuplicateInfo] = []
    let clusterTime = try clock.measure {
      let index = try NearDupIndex(config: config, path: nil)
      for (doc, fingerprint) in zip(docs, fingerprints) { index.add(id: doc.id, fingerprint: fingerprint) }
      oneRun = try index.finishInOrder()
    }
    let onePath = output.appendingPathComponent("one-run.jsonl")
    try write(zip(docs, oneRun).map { Prediction(id: $0.id, duplicates: $1) }, to: onePath)

    // Two runs sharing a SQLite index.
    let indexPath = output.appendingPathComponent("index.sqlite").path
    let half = docs.count / 2
    var twoRuns: [Prediction] = []
    let twoRunTime = try clock.measure {
      for range in [0..<half, half..<docs.count] {
        let index = try NearDupIndex(config: config, path: indexPath)
        for i in range { index.add(id: docs[i].id, fingerprint: fingerprints[i]) }
        twoRuns += zip(range, try index.finishInOrder()).map { Prediction(id: docs[$0].id, duplicates: $1) }
      }
    }
    let twoPath = output.appendingPathComponent("two-runs.jsonl")
    try write(twoRuns, to: twoPath)

    let seconds = { (d: Duration) in Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
    let total = seconds(fingerprintTime) + seconds(clusterTime)
    print("NEARDUP-EVAL one-run predictions: \(onePath.path)")
    print("NEARDUP-EVAL two-run predictions: \(twoPath.path)")
    print(
      "NEARDUP-EVAL \(docs.count) docs: fingerprint \(String(format: "%.2f", seconds(fingerprintTime))) s, "
        + "cluster in memory \(String(format: "%.2f", seconds(clusterTime))) s, "
        + "\(Int(Double(docs.count) / total)) docs/s (one core); "
        + "two SQLite runs (clustering + persistence) \(String(format: "%.2f", seconds(twoRunTime))) s")
  }

  /// Overrides for sensitivity checks, e.g. `jaccard=0.25,containment=0.6,boilerplate=20,bands=42,rows=3`.
  static func config(_ overrides: String) throws -> NearDupConfig {
    var config = NearDupConfig()
    for item in overrides.split(separator: ",") {
      let parts = item.split(separator: "=").map(String.init)
      let value = try #require(parts.count == 2 ? Double(parts[1]) : nil, "bad override \(item)")
      switch parts[0] {
      case "jaccard": config.jaccardThreshold = value
      case "containment": config.containmentThreshold = value
      case "minContainment": config.minShinglesForContainment = Int(value)
      case "boilerplate": config.boilerplateMinDocs = Int(value)
      case "suppressed": config.maxSuppressedFraction = value
      case "bands": config.bands = Int(value)
      case "rows": config.rows = Int(value)
      case "shingle": config.wordShingleSize = Int(value)
      default: Issue.record("unknown override \(parts[0])")
      }
    }
    print("NEARDUP-EVAL config \(config)")
    return config
  }

  func write(_ predictions: [Prediction], to url: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = Data()
    for prediction in predictions {
      data.append(try encoder.encode(prediction))
      data.append(UInt8(ascii: "\n"))
    }
    try data.write(to: url)
  }
}
