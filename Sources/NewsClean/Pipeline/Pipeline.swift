import Ingest

/// The newsclean pipeline, drawn once.
///
/// ```
///   inputs (files, folders, .gz, JSON Lines, WARC, stdin)          Ingest.PageReader
///        |  RawPage                                   InputReject --------------------+
///        v                                                                           |
///   [ Decode ]           bytes -> Unicode, charset chosen and recorded               |
///        |  Page<Decoded>                                                            |
///        v                                                                           |
///   [ Parse ]            HTML (libxml2) or text dump -> blocks + metadata            |
///        |  Page<Parsed>                                                             |
///        v                                                                           |
///   [ StripBoilerplate ] main content chosen; chrome removed; comments set apart     |
///        |  Page<Stripped>                                                           |
///        v                                                                           |
///   [ RemoveDuplicatedBody ] a second copy of the body inside the page removed       |
///        |  Page<Deduplicated>                                                       |
///        v                                                                           |
///   [ RemoveSpamLinks ]  injected URLs and anchors removed, sentences repaired       |
///        |  Page<Despammed>                                                          |
///        v                                                                           |
///   [ BuildRecord ]      the output record (title, text, metadata, audit trail)      |
///        |  ArticleRecord                              Rejection (stage, reason) ----+
///        v                                                                           v
///   near-duplicate clustering across pages (NearDup)              rejects.jsonl
///        |
///        v
///   records.jsonl (input order, byte-stable)
/// ```
///
/// Each stage is a small value type that declares its `Input` and `Output`; `then` composes two
/// stages only when the first one's output is the second one's input, so a pipeline assembled in
/// the wrong order does not compile. A stage never throws: it returns a `Verdict`, and a refusal
/// carries its reason to the rejects file.
public protocol Stage<Input, Output> {
  associatedtype Input
  associatedtype Output
  /// Name used in stats and in the rejects file (`decode`, `parse`, …).
  static var name: String { get }
  func process(_ input: Input) -> Verdict<Output>
}

/// What a stage decided about one page.
public enum Verdict<Value> {
  case keep(Value)
  case drop(Rejection)
}

/// A refused page: which stage refused it and why.
public struct Rejection: Error, Equatable, Sendable {
  public var stage: String
  /// Short machine-readable code (`binary`, `undecodable`, `empty-after-cleaning`, …).
  public var reason: String
  /// A sentence for people.
  public var detail: String

  public init(stage: String, reason: String, detail: String) {
    self.stage = stage
    self.reason = reason
    self.detail = detail
  }
}

/// Two stages run one after the other.
public struct Chain<First: Stage, Second: Stage>: Stage where First.Output == Second.Input {
  public typealias Input = First.Input
  public typealias Output = Second.Output
  public static var name: String { "\(First.name)+\(Second.name)" }
  let first: First
  let second: Second

  public func process(_ input: Input) -> Verdict<Output> {
    switch first.process(input) {
    case .keep(let middle): return second.process(middle)
    case .drop(let rejection): return .drop(rejection)
    }
  }
}

extension Stage {
  /// This stage followed by `next`.
  public func then<Next: Stage>(_ next: Next) -> Chain<Self, Next> where Next.Input == Output {
    Chain(first: self, second: next)
  }
}

/// The whole per-page pipeline: raw page in, record out.
public struct PagePipeline: Sendable {
  public let config: CleanConfig
  /// Where each stage's wall time is added (`--profile`); nil times nothing.
  public let profile: StageProfile?

  public init(config: CleanConfig = CleanConfig(), profile: StageProfile? = nil) {
    self.config = config
    self.profile = profile
  }

  /// Runs every per-page stage on `page`.
  public func process(_ page: RawPage) -> Verdict<ArticleRecord> {
    let pipeline = Decode(config: config).timed(profile)
      .then(Parse(config: config).timed(profile))
      .then(StripBoilerplate(config: config).timed(profile))
      .then(RemoveDuplicatedBody(config: config).timed(profile))
      .then(RemoveSpamLinks(config: config).timed(profile))
      .then(BuildRecord(config: config).timed(profile))
    return pipeline.process(page)
  }
}
