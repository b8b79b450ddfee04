/// One piece of evidence about a link: which rule fired, how much it counts, and why.
///
/// Weights add up in `URLScorer`; positive weights push towards spam, negative ones (an
/// editorial host) away from it. `evidence` is a short human-readable reason that ends up in
/// the output record, so a reviewer can see why a link was removed.
public struct LinkSignal: Sendable, Codable, Equatable {
  /// The signal's stable name (the `name` of the `URLSignal` type that produced it).
  public let name: String
  /// Contribution to the spam score.
  public let weight: Double
  /// What was seen, e.g. `host word "casino"`.
  public let evidence: String

  public init(name: String, weight: Double, evidence: String) {
    self.name = name
    self.weight = weight
    self.evidence = evidence
  }
}

/// A context-free rule that looks at one URL (and optionally its anchor text).
///
/// Each rule is one small type with a stable `name`; it returns `nil` when it has nothing to say.
/// Context signals (where the link sits in the page) live in the pipeline and are passed to
/// `URLScorer.assess(_:anchorText:extraSignals:)` as plain `LinkSignal` values.
public protocol URLSignal: Sendable {
  static var name: String { get }
  /// The rule only ever vouches for a link (negative weight), so it cannot make one spam:
  /// `URLScorer.raisingSignals(for:anchorText:)` leaves it out.
  static var onlyLowersScore: Bool { get }
  func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal?
}

extension URLSignal {
  public static var onlyLowersScore: Bool { false }

  /// Builds a signal carrying this type's name.
  func signal(_ weight: Double, _ evidence: String) -> LinkSignal {
    LinkSignal(name: Self.name, weight: weight, evidence: evidence)
  }
}
