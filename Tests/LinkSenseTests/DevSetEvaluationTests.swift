import Foundation
import Testing

@testable import LinkSense

/// Measures `URLScorer` on the labelled URL set `shared/datasets/spamurl-dev/urls.jsonl`.
///
/// Skipped unless `NEWSCLEAN_SPAMURL_DEV` names the file. Prints precision, recall and the
/// legit false-positive rate (share of real in-article links flagged), and fails when that rate
/// goes above 1%: context-free rules must not remove honest links on their own.
@Suite struct DevSetEvaluationTests {
  struct Row: Decodable {
    let url: String
    let label: String
    let category: String?
    let anchor: String?
  }

  static let path = ProcessInfo.processInfo.environment["NEWSCLEAN_SPAMURL_DEV"]

  @Test(.enabled(if: path != nil, "set NEWSCLEAN_SPAMURL_DEV to spamurl-dev/urls.jsonl"))
  func contextFreeScoringOnDevSet() throws {
    let text = try String(contentsOfFile: Self.path!, encoding: .utf8)
    let decoder = JSONDecoder()
    let scorer = URLScorer()
    var tp = 0, fp = 0, fn = 0, tn = 0, unparsed = 0
    var perCategory: [String: (hit: Int, total: Int)] = [:]
    var falsePositives: [String] = []
    var nearMisses: [(Double, String)] = []
    let verbose = ProcessInfo.processInfo.environment["NEWSCLEAN_SPAMURL_VERBOSE"] != nil
    for line in text.split(separator: "\n") where !line.isEmpty {
      let row = try decoder.decode(Row.self, from: Data(line.utf8))
      guard let url = WebURL.parse(row.url) else {
        unparsed += 1
        continue
      }
      let verdict = scorer.assess(url, anchorText: row.anchor)
      let isSpam = row.label == "spam"
      if verbose, !verdict.spam, verdict.score > 0 {
        nearMisses.append((verdict.score, "\(row.label) \(row.category ?? "") \(row.url) \(verdict.reasons.map { "\($0.name):\($0.weight)" })"))
      }
      switch (isSpam, verdict.spam) {
      case (true, true): tp += 1
      case (true, false): fn += 1
      case (false, true):
        fp += 1
        falsePositives.append("\(row.url)  \(verdict.reasons.map { "\($0.name):\($0.weight)" })")
      case (false, false): tn += 1
      }
      let key = row.category ?? "?"
      var entry = perCategory[key] ?? (0, 0)
      entry.total += 1
      if verdict.spam { entry.hit += 1 }
      perCategory[key] = entry
    }
    let precision = Double(tp) / Double(max(tp + fp, 1))
    let recall = Double(tp) / Double(max(tp + fn, 1))
    let legitFPR = Double(fp) / Double(max(fp + tn, 1))
    print(String(format: "spamurl-dev: P=%.3f R=%.3f legitFPR=%.4f (tp=%d fp=%d fn=%d tn=%d unparsed=%d)", precision, recall, legitFPR, tp, fp, fn, tn, unparsed))
    for (category, entry) in perCategory.sorted(by: { $0.key < $1.key }) {
      print("  \(category): flagged \(entry.hit)/\(entry.total)")
    }
    for line in falsePositives { print("  FP \(line)") }
    for (score, line) in nearMisses.sorted(by: { $0.0 > $1.0 }) { print("  near \(score) \(line)") }
    #expect(unparsed == 0)
    #expect(legitFPR <= 0.01)
  }
}
