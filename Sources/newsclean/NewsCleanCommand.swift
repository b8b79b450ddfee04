import ArgumentParser
import Dispatch
import Foundation
import LinkSense
import NewsClean

@main
struct NewsCleanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsclean",
    abstract: "Turn scraped news and board pages into clean article records.",
    discussion: """
      Reads HTML pages, text dumps, JSON Lines and WARC files (plain or .gz), strips board and \
      site chrome, keeps the article body once, sets comments apart, removes injected spam links \
      and clusters near-duplicate articles. One JSON record per input page; pages that cannot be \
      cleaned go to the rejects file with the stage and the reason.
      """,
    subcommands: [Clean.self, CheckURLs.self],
    defaultSubcommand: Clean.self)
}

extension NewsCleanCommand {
  struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Clean pages into article records (JSON Lines).",
      discussion: """
        Examples:
          newsclean clean samples/pages -o records.jsonl --rejects rejects.jsonl
          newsclean clean dump.warc.gz --jobs 4 --index seen.sqlite -o out.jsonl
          cat page.html | newsclean clean - > record.jsonl
        """)

    @Argument(help: "Files, folders (walked recursively in sorted order) or - for standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write records here instead of standard output.")
    var output: String?

    @Option(help: "Write rejected pages here (JSON Lines: id, source, stage, reason, detail).")
    var rejects: String?

    @Option(help: "Pages cleaned in parallel (default: all cores). Output is the same for any value.")
    var jobs: Int?

    @Option(help: "SQLite near-duplicate index shared across runs.")
    var index: String?

    @Flag(help: "Do not cluster near-duplicate articles.")
    var noNearDuplicates = false

    @Option(help: """
      Near-duplicate fingerprints held in memory, in shingles (about 400 an article): past this, \
      the run is clustered in segments stored on disk, so memory does not grow with the input.
      """)
    var nearDupSegment: Int = BatchOptions().nearDupSegmentShingles

    @Option(help: "File of hosts whose links are always spam (one per line, exact host match).")
    var blocklist: String?

    @Option(help: "File of hosts whose links are never spam (one per line, exact host match).")
    var allowlist: String?

    @Option(help: "Largest page accepted, in bytes after decompression.")
    var maxPageBytes: Int = 32 << 20

    @Option(help: "Deepest element nesting accepted.")
    var maxDomDepth: Int = 2_000

    @Option(help: "Most elements accepted in one page.")
    var maxDomNodes: Int = 400_000

    @Flag(help: "No progress display.")
    var quiet = false

    @Flag(help: "Print the wall time spent in each stage (summed over pages and jobs) on standard error.")
    var profile = false

    @Flag(help: """
      Continue an unfinished run (killed, or stopped with Ctrl-C) from where -o and --rejects end, \
      with the same inputs and options; the finished files equal those of an uninterrupted run.
      """)
    var resume = false

    func validate() throws {
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
      if maxPageBytes < 1 { throw ValidationError("--max-page-bytes must be positive") }
      if maxDomDepth < 1 { throw ValidationError("--max-dom-depth must be positive") }
      if maxDomNodes < 1 { throw ValidationError("--max-dom-nodes must be positive") }
      if resume && (output == nil || output == "-") { throw ValidationError("--resume needs -o FILE") }
      if resume && rejects == nil {
        throw ValidationError("--resume needs --rejects FILE: the position is counted over both files")
      }
    }

    func run() throws {
      var options = BatchOptions()
      if let jobs { options.jobs = jobs }
      options.indexPath = index
      options.nearDuplicates = !noNearDuplicates
      options.nearDupSegmentShingles = max(1, nearDupSegment)
      options.ingest.maxPageBytes = maxPageBytes
      options.clean.parseLimits.maxDepth = maxDomDepth
      options.clean.parseLimits.maxElements = maxDomNodes
      let lists = try HostLists.load(blocklist: blocklist, allowlist: allowlist)
      options.clean.blockedHosts = lists.blocked
      options.clean.allowedHosts = lists.allowed
      options.progress = !quiet && isatty(STDERR_FILENO) == 1
      let stop = StopSignal()
      options.stop = stop
      if profile { options.profile = StageProfile() }
      let watchers = Self.stopOnSignals([SIGINT, SIGTERM], stop)
      defer { withExtendedLifetime(watchers) {} }
      let summary: BatchSummary
      do {
        summary = try BatchRunner(options: options).run(
          arguments: inputs, output: BatchOutput(records: output, rejects: rejects, resume: resume))
      } catch let error as BatchError {
        throw ValidationError(error.description)
      }
      FileHandle.standardError.write(Data((summary.line + "\n").utf8))
      if let stages = options.profile {
        FileHandle.standardError.write(Data(stages.report(pages: summary.pages, elapsed: summary.seconds).utf8))
      }
      // 128 + SIGINT, as shells report a command stopped by Ctrl-C.
      if summary.interrupted { throw ExitCode(130) }
    }

    /// The first SIGINT or SIGTERM asks the batch to stop after the window in progress (records
    /// so far stay valid, the summary is printed); a second one ends the process at once.
    static func stopOnSignals(_ signals: [Int32], _ stop: StopSignal) -> [DispatchSourceSignal] {
      signals.map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
          if stop.isSet {
            signal(number, SIG_DFL)
            raise(number)
          }
          stop.set()
          FileHandle.standardError.write(Data("\nnewsclean: stopping after the pages in progress (again to quit at once)\n".utf8))
        }
        source.resume()
        return source
      }
    }
  }

  struct CheckURLs: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check-urls",
      abstract: "Score a list of URLs for spam without their pages (context-free signals only).",
      discussion: """
        One URL per input line; one JSON object per output line: {"url", "spam", "score", "reasons"}.
        Example:
          newsclean check-urls links.txt > verdicts.jsonl
        """)

    @Argument(help: "A file of URLs, or - for standard input.")
    var input: String = "-"

    @Option(help: "File of hosts whose links are always spam.")
    var blocklist: String?

    @Option(help: "File of hosts whose links are never spam.")
    var allowlist: String?

    func run() throws {
      let scorer = URLScorer(lists: try HostLists.load(blocklist: blocklist, allowlist: allowlist))
      let data: Data
      if input == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
      } else {
        guard let d = FileManager.default.contents(atPath: input) else { throw ValidationError("cannot read \(input)") }
        data = d
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      var out = Data()
      for raw in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.isEmpty || line.hasPrefix("#") { continue }
        let assessment: URLAssessment
        if let url = WebURL.parse(line) {
          assessment = scorer.assess(url, anchorText: nil)
        } else {
          assessment = URLAssessment(url: line, spam: false, score: 0, reasons: [LinkSignal(name: "unparseable", weight: 0, evidence: "not a URL")])
        }
        out.append(try encoder.encode(assessment))
        out.append(0x0A)
      }
      FileHandle.standardOutput.write(out)
    }
  }
}
