import Testing

@testable import LinkSense

/// The weight `signal` gives `url` (0 when it stays silent); tests read as "rule X gives Y".
func weight(_ signal: some URLSignal, _ url: String, anchor: String? = nil) -> Double {
  guard let parsed = WebURL.parse(url) else {
    Issue.record("unparseable test URL \(url)")
    return .nan
  }
  return signal.evaluate(parsed, anchorText: anchor)?.weight ?? 0
}

/// True when `URLScorer()` calls `url` spam from the URL alone.
func isSpam(_ url: String, anchor: String? = nil, scorer: URLScorer = URLScorer()) -> Bool {
  scorer.assess(WebURL.parse(url)!, anchorText: anchor).spam
}
