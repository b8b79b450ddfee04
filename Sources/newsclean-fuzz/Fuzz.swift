import Foundation
import TestSupport
import Ingest
import Markup
import NewsClean

/// Fuzz target for the per-page path: bytes → decode (charset) → parse (libxml2) → clean.
///
/// Built for libFuzzer by `scripts/fuzz` (`-sanitize=fuzzer -D FUZZING`): libFuzzer supplies
/// `main` and calls `LLVMFuzzerTestOneInput`. Built plainly (as `swift build` does for every
/// target), the same entry point is driven by `MutationDriver` below, a deterministic
/// random-mutation loop over the seed corpus, so the target always compiles and can be run
/// where libFuzzer is missing.
let pipeline: PagePipeline = {
  var config = CleanConfig()
  // Small limits keep each execution fast; the limits themselves are part of what is fuzzed.
  config.parseLimits.maxDepth = 200
  config.parseLimits.maxElements = 5_000
  return PagePipeline(config: config)
}()

/// The events of a walk, attributes reduced to the names the cleaner reads.
struct EventRecorder: HTMLVisitor {
  static let names = Set(KnownName.attributeNames.map(\.string))
  var events: [String] = []
  mutating func enter(_ element: ElementRef) -> Bool {
    var line = "+" + element.tag
    element.forEachAttribute { name, value in if Self.names.contains(name) { line += " \(name)=\(value())" } }
    events.append(line)
    return true
  }
  mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) { events.append(String(decoding: utf8, as: UTF8.self)) }
  mutating func leave(_ element: ElementRef) { events.append("-" + element.tag) }
}

/// The cleaner's walk (scripts and unread attributes cut, long values and text as placeholders
/// read back) must show what libxml2 reads of the untouched page: a difference is a crash, so the
/// fuzzer keeps the input.
func checkKnownWalk(_ bytes: [UInt8]) {
  // The parser takes UTF-8 (the pipeline decodes every page first): libxml2 switches a page with
  // a malformed sequence to Latin-1 midway, and what it then reads is no contract of the walk.
  guard String(validating: bytes, as: UTF8.self) != nil else { return }
  var known = EventRecorder()
  var full = EventRecorder()
  let a = HTMLParser.walk(bytes, attributes: .known, visitor: &known)
  let b = HTMLParser.walkAsIs(bytes, visitor: &full)
  if case .success = a, case .success = b, known.events != full.events {
    // Kept before the crash: the crash handler of the Swift runtime runs before libFuzzer's.
    FileManager.default.createFile(atPath: "fuzz-divergence", contents: Data(bytes))
    preconditionFailure("the known-attribute walk differs from the full walk")
  }
}

/// Runs one input through the pipeline three ways: as an HTML file, as a text dump, and as
/// already-decoded JSON Lines content (which skips the charset decoder).
func fuzzOne(_ bytes: [UInt8]) {
  checkKnownWalk(bytes)
  let source = SourceRef(path: "fuzz")
  _ = pipeline.process(RawPage(id: "fuzz", source: source, format: .html, bytes: bytes))
  _ = pipeline.process(RawPage(id: "fuzz", source: source, format: .text, bytes: bytes))
  let unicode = Array(String(decoding: bytes, as: UTF8.self).utf8)
  _ = pipeline.process(RawPage(id: "fuzz", source: source, format: .html, bytes: unicode, alreadyUnicode: true))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  fuzzOne(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}

#if FUZZING
  /// libFuzzer's entry for programs that keep their own `main`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// SwiftPM links an executable's `main` to `<module>_main`; hand control to libFuzzer there.
  @_cdecl("newsclean_fuzz_main")
  func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in LLVMFuzzerTestOneInput(data, size) }
  }
#else
  /// `newsclean-fuzz SECONDS [CORPUS_DIR] [SEED]`: mutates seed files at random (byte flips,
  /// inserts, deletes, splices of two seeds, repeated chunks, dictionary tokens) and runs each
  /// mutant; a crash is a crash of this process, and the last input is kept in
  /// `fuzz-last-input` so it can be replayed.
  @main
  struct MutationDriver {
    static let tokens: [[UInt8]] = [
      "<div>", "</div>", "<p>", "</p>", "<a href=\"http://x.example/\">", "</a>", "<script>", "</script>",
      "<!--", "-->", "<!DOCTYPE html>", "<meta charset=\"euc-kr\">", "<meta charset=utf-16>", "&amp;", "&#0;",
      "&#x110000;", "<![CDATA[", "]]>", "<table><tr><td>", "\u{0}", "\u{FEFF}", "<br/>", "<title>", "</title>",
      "<?xml version=\"1.0\"?>", "<!ENTITY e SYSTEM \"file:///etc/passwd\">", "&e;", "<html>", "<body>",
    ].map { Array($0.utf8) }

    static func main() throws {
      let args = CommandLine.arguments
      let seconds = args.count > 1 ? Double(args[1]) ?? 10 : 10
      let corpusDir = args.count > 2 ? args[2] : "scripts/fuzz-corpus"
      var rng = SplitMix64(seed: args.count > 3 ? UInt64(args[3]) ?? 1 : 1)
      var corpus: [[UInt8]] = []
      for name in (try? FileManager.default.contentsOfDirectory(atPath: corpusDir))?.sorted() ?? [] {
        if let data = FileManager.default.contents(atPath: corpusDir + "/" + name) { corpus.append(Array(data)) }
      }
      if corpus.isEmpty { corpus = [Array("<p>seed</p>".utf8)] }
      let start = Date()
      var executions = 0
      let lastInput = URL(fileURLWithPath: "fuzz-last-input")
      while Date().timeIntervalSince(start) < seconds {
        var input = corpus[Int(rng.next() % UInt64(corpus.count))]
        for _ in 0..<(1 + Int(rng.next() % 8)) { mutate(&input, corpus: corpus, rng: &rng) }
        if executions % 1000 == 0 { try? Data(input).write(to: lastInput) }
        fuzzOne(input)
        executions += 1
      }
      let elapsed = Date().timeIntervalSince(start)
      print("mutation driver: \(executions) executions in \(String(format: "%.0f", elapsed)) s, "
        + "\(String(format: "%.0f", Double(executions) / elapsed)) exec/s, corpus \(corpus.count) seeds")
    }

    static func mutate(_ input: inout [UInt8], corpus: [[UInt8]], rng: inout SplitMix64) {
      let r = rng.next()
      let at = input.isEmpty ? 0 : Int(rng.next() % UInt64(input.count + 1))
      switch r % 7 {
      case 0 where !input.isEmpty: input[min(at, input.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << (rng.next() % 8))
      case 1: input.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
      case 2 where !input.isEmpty:
        let n = min(input.count - min(at, input.count - 1), Int(rng.next() % 16) + 1)
        input.removeSubrange(min(at, input.count - 1)..<(min(at, input.count - 1) + n))
      case 3: input.insert(contentsOf: tokens[Int(rng.next() % UInt64(tokens.count))], at: at)
      case 4:
        let other = corpus[Int(rng.next() % UInt64(corpus.count))]
        if !other.isEmpty {
          let from = Int(rng.next() % UInt64(other.count))
          input.insert(contentsOf: other[from..<min(other.count, from + Int(rng.next() % 256))], at: at)
        }
      case 5 where input.count < 1 << 16:
        let token = tokens[Int(rng.next() % UInt64(tokens.count))]
        for _ in 0..<Int(rng.next() % 64) { input.insert(contentsOf: token, at: at) }
      default:
        if input.count > 4096 { input.removeSubrange(4096...) }
      }
    }
  }

#endif
