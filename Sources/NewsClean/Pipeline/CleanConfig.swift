import Markup

/// Every threshold of the per-page pipeline in one place, with its default and the reason for it.
public struct CleanConfig: Sendable {
  /// Parser limits (DOM depth, element count) that keep a hostile page from stalling a batch.
  public var parseLimits = ParseLimits()
  /// A page with less body text than this (in characters) after cleaning is rejected as empty.
  /// One short sentence still passes: short articles must never be dropped.
  public var minimumBodyCharacters = 20
  /// A block at most this long (characters) may be matched whole against the chrome lexicon;
  /// longer blocks are prose even when they contain a chrome word.
  public var maximumChromeLineLength = 80
  /// Spam score at or above which a link is removed (signal weights add up; see `RemoveSpamLinks`).
  public var spamThreshold = 1.0
  /// User host lists for spam decisions (exact host match).
  public var blockedHosts: Set<String> = []
  public var allowedHosts: Set<String> = []

  public init() {}
}
