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
  private let topicRules: [(any TopicSignal)?]

  public init(lists: HostLists = .init(blocked: [], allowed: []), threshold: Double = URLScorer.defaultThreshold) {
    self.lists = lists
    self.threshold = threshold
    self.rules = [
      BlocklistHit(lists: lists), AllowlistHit(lists: lists), EditorialHost(),
      GamblingVocabulary(), PharmaVocabulary(), LoanScamVocabulary(), AdultVocabulary(),
      AbusedTLD(), CommercialPath(), PhishingPath(), OpaquePath(), MixedScriptHost(), NumericIPHost(), KeywordStuffedHost(),
      MirrorNumberedHost(), ExecutableDownload(), URLShortener(),
    ]
    self.topicRules = rules.map { $0 as? any TopicSignal }
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
    var words: URLWords?
    var out: [LinkSignal] = []
    for (rule, topic) in zip(rules, topicRules) where vouchers || !type(of: rule).onlyLowersScore {
      let signal: LinkSignal?
      if let topic {
        let split = words ?? URLWords(url, anchorText: anchorText)
        words = split
        signal = topic.evaluate(url, words: split)
      } else {
        signal = rule.evaluate(url, anchorText: anchorText)
      }
      if let signal { out.append(signal) }
    }
    return out
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
