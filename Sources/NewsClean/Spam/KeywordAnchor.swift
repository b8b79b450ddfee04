import LinkSense

/// Anchor text made of commercial, gambling, pharma, loan or adult keywords inside a paragraph:
/// the classic bought link (`… and <a>best online casino</a> …`). The vocabulary is LinkSense's;
/// this signal adds the context that such an anchor sits in the article's prose.
struct KeywordAnchor: ContextSignal {
  static let name = "keyword_anchor"
  static let topics: [any URLSignal] = [GamblingVocabulary(), PharmaVocabulary(), LoanScamVocabulary(), AdultVocabulary()]
  /// A URL with no words of its own, so only the anchor text can match.
  static let neutral = WebURL.parse("http://a.invalid/")!

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    guard let anchor = placement.anchorText, !anchor.isEmpty, !looksLikeURL(anchor) else { return nil }
    for topic in Self.topics {
      if let hit = topic.evaluate(Self.neutral, anchorText: anchor) {
        return LinkSignal(name: Self.name, weight: 0.6, evidence: "anchor «\(anchor)»: \(hit.evidence)")
      }
    }
    return nil
  }
}
