import LinkSense

/// Anchor text made of commercial, gambling, pharma, loan or adult keywords inside a paragraph:
/// the classic bought link (`… and <a>best online casino</a> …`). The vocabulary is LinkSense's;
/// this signal adds the context that such an anchor sits in the article's prose.
struct KeywordAnchor: ContextSignal {
  static let name = "keyword_anchor"
  static let maxWeight = 0.6
  /// A URL with no words of its own, so only the anchor text can match.
  static let neutral = TopicVocabularies.PreparedURL(WebURL.parse("http://a.invalid/")!)

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    guard let anchor = placement.anchorText, !anchor.isEmpty, !looksLikeURL(anchor) else { return nil }
    // The four topic vocabularies, tried in order, the URL's words split once.
    if let hit = Self.neutral.firstHit(anchorText: anchor, anchorTopics: placement.anchorTopics) {
      return LinkSignal(name: Self.name, weight: Self.maxWeight, evidence: "anchor «\(anchor)»: \(hit.evidence)")
    }
    return nil
  }
}
