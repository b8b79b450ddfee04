/// The verdict on one URL: spam or not, the total score, and every signal that contributed.
public struct URLAssessment: Sendable, Codable {
  public let url: String
  public let spam: Bool
  public let score: Double
  public let reasons: [LinkSignal]

  public init(url: String, spam: Bool, score: Double, reasons: [LinkSignal]) {
    self.url = url
    self.spam = spam
    self.score = score
    self.reasons = reasons
  }
}

/// Adds up the context-free signals of a URL, plus any context signals the caller found.
///
/// A link is spam when the summed weights reach `threshold`, unless its host is allowlisted.
/// The default threshold is tuned so that URL-only evidence flags at most ~1% of real links
/// found inside articles (see `Tests/LinkSenseTests/DevSetEvaluationTests.swift`): one strong
/// topic word in the host is enough; a weak hint (abused TLD, shop path) needs company.
public struct URLScorer: Sendable {
  /// Score at or above which a link counts as spam.
  public static let defaultThreshold = 1.0

  public let lists: HostLists
  public let threshold: Double
  /// The context-free signals, in reporting order.
  public let rules: [any URLSignal]
  /// `rules` that read `URLWords` (nil for the others), so the words are split once per URL.
  let topicRules: [(any TopicSignal)?]
  /// Whether each rule only lowers the score (`onlyLowersScore`), and the indices of the rules
  /// that can raise it and of those that only vouch, read once: asking each rule's type for
  /// every link cost a dynamic type lookup and a copy of the rule each time.
  let vouches: [Bool]
  let raisingRules: [Int]
  let vouchingRules: [Int]
  /// Whether each rule is one of `topicRules`: tested before that optional existential is read
  /// (reading it copies it, topic rule or not).
  let isTopic: [Bool]

  public init(lists: HostLists = .init(blocked: [], allowed: []), threshold: Double = URLScorer.defaultThreshold) {
    self.lists = lists
    self.threshold = threshold
    // The topic rules are listed apart and their places marked statically: `rule as? any
    // TopicSignal` is a runtime conformance lookup (≈7K instructions each, 17 per scorer, and
    // a scorer is built for every page). `URLScorerTests` checks the marks against the cast.
    let before: [any URLSignal] = [BlocklistHit(lists: lists), AllowlistHit(lists: lists), EditorialHost()]
    let topics: [any TopicSignal] = [GamblingVocabulary(), PharmaVocabulary(), LoanScamVocabulary(), AdultVocabulary()]
    let after: [any URLSignal] = [
      AbusedTLD(), CommercialPath(), PhishingPath(), OpaquePath(), MixedScriptHost(), NumericIPHost(), KeywordStuffedHost(),
      MirrorNumberedHost(), ExecutableDownload(), URLShortener(),
    ]
    var rules = before
    var topicRules = [(any TopicSignal)?](repeating: nil, count: before.count)
    rules.reserveCapacity(before.count + topics.count + after.count)
    topicRules.reserveCapacity(rules.capacity)
    for topic in topics {
      rules.append(topic)
      topicRules.append(topic)
    }
    rules.append(contentsOf: after)
    topicRules.append(contentsOf: repeatElement(nil, count: after.count))
    self.rules = rules
    self.topicRules = topicRules
    isTopic = topicRules.map { $0 != nil }
    let vouches = rules.map { type(of: $0).onlyLowersScore }
    self.vouches = vouches
    raisingRules = rules.indices.filter { !vouches[$0] }
    vouchingRules = rules.indices.filter { vouches[$0] }
  }

  /// Every context-free signal that fires for `url`.
  public func signals(for url: WebURL, anchorText: String?) -> [LinkSignal] {
    signals(for: url, anchorText: anchorText, vouchers: true)
  }

  /// `signals(for:anchorText:)` without the rules that only vouch for a link (editorial host,
  /// allowlist): enough to tell that a link is not spam, since those could only lower its score.
  public func raisingSignals(for url: WebURL, anchorText: String?) -> [LinkSignal] {
    signals(for: url, anchorText: anchorText, vouchers: false)
  }

  private func signals(for url: WebURL, anchorText: String?, vouchers: Bool) -> [LinkSignal] {
    let raising = raisingEvaluation(for: url, anchorText: anchorText)
    return vouchers ? completing(raising, for: url, anchorText: anchorText).signals : raising.signals
  }

  /// What each rule said about one link. Found in two steps: the rules that can raise the score
  /// first, the ones that only vouch when asked (`completing`), so a link the first step leaves
  /// below the threshold is never checked against the editorial lists, and a spam one is not
  /// scored twice.
  public struct Evaluation: Sendable {
    /// What the rules that said something said, with each rule's index in the scorer, in
    /// reporting (index) order. Only those: an entry for every rule, most of them nil, was
    /// made, copied and read through for every link.
    fileprivate var results: [(rule: Int, signal: LinkSignal)]
    /// The vouching rules have been asked too.
    public fileprivate(set) var isComplete: Bool
    /// Which topic vocabularies may match the anchor text (its `TopicScreen` bits), when read:
    /// `TopicVocabularies.PreparedURL.firstHit(anchorText:anchorTopics:)` reuses them.
    public fileprivate(set) var anchorTopics: UInt8? = nil

    /// The signals found so far, in reporting order.
    public var signals: [LinkSignal] { results.map(\.signal) }
  }

  /// The rules that can raise the score (`raisingSignals(for:anchorText:)`), rule by rule.
  public func raisingEvaluation(for url: WebURL, anchorText: String?) -> Evaluation {
    var words: URLWords?
    var screen: TopicScreen?
    var results: [(rule: Int, signal: LinkSignal)] = []
    for i in raisingRules {
      if let signal = evaluate(i, url, anchorText: anchorText, words: &words, screen: &screen) { results.append((i, signal)) }
    }
    return Evaluation(results: results, isComplete: false, anchorTopics: screen?.anchor)
  }

  /// The signals of `evaluation` from rules that can raise the score, whether or not the
  /// vouching rules have been asked.
  public func raisingSignals(of evaluation: Evaluation) -> [LinkSignal] {
    guard evaluation.isComplete else { return evaluation.signals }
    return evaluation.results.compactMap { vouches[$0.rule] ? nil : $0.signal }
  }

  /// `evaluation` with the vouching rules asked too: its `signals` are then
  /// `signals(for:anchorText:)` (the rules are independent, so asking them apart changes nothing).
  public func completing(_ evaluation: Evaluation, for url: WebURL, anchorText: String?) -> Evaluation {
    guard !evaluation.isComplete else { return evaluation }
    var words: URLWords?
    var screen: TopicScreen?
    var evaluation = evaluation
    var added = false
    for i in vouchingRules {
      if let signal = evaluate(i, url, anchorText: anchorText, words: &words, screen: &screen) {
        evaluation.results.append((i, signal))
        added = true
      }
    }
    // Back in reporting order (each rule appears once).
    if added { evaluation.results.sort { $0.rule < $1.rule } }
    evaluation.isComplete = true
    return evaluation
  }

  /// Rule `i` on `url`; topic rules read `words`, split on first need, and not at all when the
  /// link's `screen` (read on first need) rules their vocabulary out of every part of the link.
  private func evaluate(_ i: Int, _ url: WebURL, anchorText: String?, words: inout URLWords?, screen: inout TopicScreen?) -> LinkSignal? {
    if isTopic[i], let topic = topicRules[i] {
      if screen == nil { screen = TopicScreen(url, anchorText: anchorText) }
      guard screen!.mayMatch(topic.topic) else { return nil }
      if words == nil { words = URLWords(url, anchorText: anchorText, screen: screen) }
      return topic.evaluate(url, words: words!)
    }
    return rules[i].evaluate(url, anchorText: anchorText)
  }

  /// Scores `url` with the context-free signals and `extraSignals` (e.g. context signals from the pipeline).
  public func assess(_ url: WebURL, anchorText: String?, extraSignals: [LinkSignal] = []) -> URLAssessment {
    assess(url, reasons: signals(for: url, anchorText: anchorText) + extraSignals)
  }

  /// Scores `url` from signals found already (`signals(for:anchorText:)` and any extra ones,
  /// in reporting order).
  public func assess(_ url: WebURL, reasons: [LinkSignal]) -> URLAssessment {
    let score = (reasons.reduce(0) { $0 + $1.weight } * 1000).rounded() / 1000
    let spam = !lists.isAllowed(url) && score >= threshold
    return URLAssessment(url: url.normalized, spam: spam, score: score, reasons: reasons)
  }
}
