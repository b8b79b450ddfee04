import LinkSense

/// Finds injected links in the body, removes them and repairs the sentence; keeps editorial links.
///
/// Every link is scored by LinkSense's context-free signals (host, path, vocabulary, lists) plus
/// the context signals of this folder (spliced into a sentence, hidden, keyword anchor, foreign
/// script, signature, cited as a source). At `CleanConfig.spamThreshold` it is removed: a bare
/// URL disappears from the text, an injected keyword anchor disappears with its text, and a link
/// laid over one of the article's own words loses only the link, never the word.
public struct RemoveSpamLinks: Stage {
  public static let name = "remove-spam-links"
  let config: CleanConfig
  let scorer: URLScorer
  let contextSignals: [any ContextSignal] = [
    SplicedIntoSentence(), HiddenLink(), KeywordAnchor(), HijackedWord(), CamouflagedLink(), OnTopicTarget(), SameSiteLink(), ForeignScriptAnchor(), SignatureLink(), CitedAsSource(),
  ]

  public init(config: CleanConfig) {
    self.config = config
    self.scorer = URLScorer(lists: HostLists(blocked: config.blockedHosts, allowed: config.allowedHosts), threshold: config.spamThreshold)
  }

  public func process(_ page: Page<Deduplicated>) -> Verdict<Page<Despammed>> {
    var next: Page<Despammed> = page.advanced()
    var reported = Set<String>()
    let site = page.metadata.siteDomain
    var kept: [Block] = []
    let words = Self.articleWords(page.blocks)
    for var block in page.blocks {
      block = clean(block, page: &next, reported: &reported, articleWords: words)
      if ChromeLexicon.normalize(block.text).isEmpty { continue }
      kept.append(block)
    }
    next.blocks = kept
    // A removed second copy may carry the injection the kept copy lacks; report it all the same.
    for block in page.droppedCopies { _ = clean(block, page: &next, reported: &reported, articleWords: words) }
    // Hidden link blocks were stripped as text already; their links are still reported.
    for link in page.hiddenLinks {
      guard let url = WebURL.parse(link.href), url.scheme.hasPrefix("http") else { continue }
      let placement = LinkPlacement(text: link.text, range: nil, anchorText: link.text, hidden: true, roles: [])
      let assessment = assess(url, placement: placement, site: site)
      if assessment.spam, reported.insert(url.normalized).inserted {
        next.spamLinks.append(spamLink(url, assessment, context: link.text))
      }
    }
    // Links of chrome stripped from the post (signatures, the post's own footer) leave with their
    // text; the spam among them is still reported.
    for stripped in page.strippedLinks {
      guard let url = WebURL.parse(stripped.link.href), url.scheme.hasPrefix("http") else { continue }
      let placement = LinkPlacement(
        text: stripped.text, range: stripped.text.range(of: stripped.link.text), anchorText: stripped.link.text,
        hidden: false, roles: stripped.roles)
      let assessment = assess(url, placement: placement, site: site)
      if assessment.spam, reported.insert(url.normalized).inserted {
        next.spamLinks.append(spamLink(url, assessment, context: stripped.text))
      }
    }
    if next.blocks.isEmpty {
      return .drop(Rejection(stage: Self.name, reason: "empty-after-cleaning", detail: "nothing but spam links was left in the body"))
    }
    return .keep(next)
  }

  /// Lower-cased words of the body, without the URLs written in it (a spliced URL must not
  /// vouch for itself).
  static func articleWords(_ blocks: [Block]) -> Set<String> {
    var words = Set<String>()
    for block in blocks {
      for token in block.text.lowercased().split(separator: " ") where !token.containsBytes("://") && !token.hasPrefix("www.") {
        for w in token.split(whereSeparator: { !$0.isLetter }) where w.count >= 4 { words.insert(String(w)) }
      }
    }
    return words
  }

  private func assess(_ url: WebURL, placement: LinkPlacement, site: String?) -> URLAssessment {
    var placement = placement
    placement.siteDomain = site
    let extra = contextSignals.compactMap { $0.evaluate(url, placement: placement) }
    return scorer.assess(url, anchorText: placement.anchorText, extraSignals: extra)
  }

  /// `written` is the URL as it stands in the page when that differs from the parsed one
  /// (`hxxp://shop[.]example`): the report names what the reader saw, and the reasons say how
  /// it was read.
  private func spamLink(_ url: WebURL, _ a: URLAssessment, context: String, written: String? = nil) -> SpamLink {
    var reasons = a.reasons.map { SpamReason(signal: $0.name, weight: $0.weight, evidence: $0.evidence) }
    if let written, written != url.original {
      reasons.append(SpamReason(signal: "obfuscated_url", weight: 0, evidence: "written \(written), read as \(url.original)"))
    }
    return SpamLink(
      url: written ?? url.original, score: (a.score * 1000).rounded() / 1000, reasons: reasons,
      context: String(context.prefix(200)))
  }

  /// Scores the block's links, removes the spam ones and repairs the text around them.
  private func clean(_ block: Block, page: inout Page<Despammed>, reported: inout Set<String>, articleWords: Set<String>) -> Block {
    var block = block
    let site = page.metadata.siteDomain
    // Bare URLs written in the text, and auto-links whose text is the URL.
    var cuts: [Range<String.Index>] = []
    var handledAnchors = Set<Int>()
    for found in URLFinder.find(in: block.text) {
      let placement = LinkPlacement(
        text: block.text, range: found.range, anchorText: nil, hidden: false, roles: block.roles, articleWords: articleWords)
      let assessment = assess(found.url, placement: placement, site: site)
      for (i, link) in block.links.enumerated() where link.text == found.raw { handledAnchors.insert(i) }
      if assessment.spam {
        cuts.append(found.range)
        if reported.insert(found.url.normalized).inserted {
          page.spamLinks.append(spamLink(
            found.url, assessment, context: window(block.text, found.range), written: found.obfuscated ? found.raw : nil))
        }
      } else {
        page.keptLinks.append(found.url.original)
      }
    }
    // Anchors with their own text.
    for (i, link) in block.links.enumerated() where !handledAnchors.contains(i) {
      guard let url = WebURL.parse(link.href), url.scheme.hasPrefix("http") else { continue }
      let range = block.text.range(of: link.text)
      let placement = LinkPlacement(
        text: block.text, range: range, anchorText: link.text, hidden: link.hidden, roles: block.roles,
        camouflaged: link.camouflaged, articleWords: articleWords)
      let assessment = assess(url, placement: placement, site: site)
      guard assessment.spam else {
        page.keptLinks.append(url.original)
        continue
      }
      if reported.insert(url.normalized).inserted {
        page.spamLinks.append(spamLink(url, assessment, context: range.map { window(block.text, $0) } ?? link.text))
      }
      // The anchor's words go only when they are the injection itself (keywords, another
      // script, a URL); a link laid over the article's own word leaves the word in place.
      let injectedText = assessment.reasons.contains { r in
        r.name == KeywordAnchor.name || r.name == ForeignScriptAnchor.name || r.name == HiddenLink.name
      } || looksLikeURL(link.text)
      if injectedText, let range { cuts.append(range) }
    }
    guard !cuts.isEmpty else { return block }
    block.text = Self.repair(block.text, removing: cuts)
    return block
  }

  private func window(_ text: String, _ range: Range<String.Index>) -> String {
    let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
    let end = text.index(range.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
    return String(text[start..<end])
  }

  /// Removes the spans and mends the prose: no doubled spaces, no space before punctuation,
  /// no empty brackets left behind.
  static func repair(_ text: String, removing cuts: [Range<String.Index>]) -> String {
    var out = ""
    var cursor = text.startIndex
    for r in cuts.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.lowerBound >= cursor {
      out += text[cursor..<r.lowerBound]
      cursor = r.upperBound
    }
    out += text[cursor...]
    for (from, to) in [("()", ""), ("( )", ""), ("[]", ""), ("（）", ""), ("<>", "")] { out = out.replacingAll(from, with: to) }
    out = normalizeSpace(out)
    for p in [",", ".", ";", ":", "!", "?", ")", "”", "。", "、", "，"] { out = out.replacingAll(" " + p, with: p) }
    out = out.replacingAll("( ", with: "(")
    return out.trimmingCharacters(in: ",;:")
  }
}
