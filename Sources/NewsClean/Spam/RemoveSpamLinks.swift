import Foundation
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
  let contextSignals: [any ContextSignal] = RemoveSpamLinks.plan.contextSignals

  /// `onlyLowersScore` of each of `contextSignals`, read once (asked of each signal's type for
  /// every link, it cost a dynamic type lookup each time).
  let contextVouches: [Bool]

  /// The order the context signals that can raise the score are asked in: those reading a flag
  /// first, the dearest (`HijackedWord`, which lower-cases the target and normalizes each word)
  /// last, so that a link the others leave well below the threshold never asks it.
  static let askingOrder = [
    HiddenLink.name, CamouflagedLink.name, SignatureLink.name, SplicedIntoSentence.name, KeywordAnchor.name,
    ForeignScriptAnchor.name, HijackedWord.name,
  ]
  /// Indices into `contextSignals` of the signals that can raise the score, in `askingOrder`
  /// (any other after them), and `ceilings[k]`: the most the signals from `raisingOrder[k]` on
  /// can add together (their `maxWeight`s).
  let raisingOrder: [Int]
  let ceilings: [Double]

  public init(config: CleanConfig) {
    self.config = config
    self.scorer = Self.scorer(for: config)
    contextVouches = Self.plan.contextVouches
    raisingOrder = Self.plan.raisingOrder
    ceilings = Self.plan.ceilings
  }

  /// The context signals and what is read off them once: the same for every config, and a stage
  /// is made for every page (working them out each time cost some 8,000 instructions a page).
  nonisolated(unsafe) private static let plan: (contextSignals: [any ContextSignal], contextVouches: [Bool], raisingOrder: [Int], ceilings: [Double]) = {
    let contextSignals: [any ContextSignal] = [
      SplicedIntoSentence(), HiddenLink(), KeywordAnchor(), HijackedWord(), CamouflagedLink(), OnTopicTarget(), SameSiteLink(), ForeignScriptAnchor(), SignatureLink(), CitedAsSource(),
    ]
    let contextVouches = contextSignals.map { type(of: $0).onlyLowersScore }
    let names = contextSignals.map { type(of: $0).name }
    let rank = { (i: Int) in Self.askingOrder.firstIndex(of: names[i]) ?? Self.askingOrder.count }
    let raisingOrder = contextSignals.indices.filter { !contextVouches[$0] }.sorted { (rank($0), $0) < (rank($1), $1) }
    let maxWeights = contextSignals.map { type(of: $0).maxWeight }
    var ceilings = [Double](repeating: 0, count: raisingOrder.count + 1)
    for k in raisingOrder.indices.reversed() { ceilings[k] = ceilings[k + 1] + max(maxWeights[raisingOrder[k]], 0) }
    return (contextSignals, contextVouches, raisingOrder, ceilings)
  }()

  /// The scorer made last, and the lists and threshold it was made for: a run has one config,
  /// and making a scorer (its rules and their marks) for every page cost some 23,000
  /// instructions. A scorer holds no state, so one serves every page and job.
  nonisolated(unsafe) private static var lastScorer: (blocked: Set<String>, allowed: Set<String>, threshold: Double, scorer: URLScorer)?
  private static let scorerLock = NSLock()

  private static func scorer(for config: CleanConfig) -> URLScorer {
    scorerLock.lock()
    defer { scorerLock.unlock() }
    if let last = lastScorer, last.threshold == config.spamThreshold, last.blocked == config.blockedHosts,
      last.allowed == config.allowedHosts
    {
      return last.scorer
    }
    let scorer = URLScorer(lists: HostLists(blocked: config.blockedHosts, allowed: config.allowedHosts), threshold: config.spamThreshold)
    lastScorer = (config.blockedHosts, config.allowedHosts, config.spamThreshold, scorer)
    return scorer
  }

  public func process(_ page: Page<Deduplicated>) -> Verdict<Page<Despammed>> {
    var next: Page<Despammed> = page.advanced()
    var reported = Set<String>()
    let site = page.metadata.siteDomain
    var kept: [Block] = []
    let words = ArticleWords(page.blocks)
    var cache = URLSignalCache()
    // Room for every anchor of the page at once: growing the table moved its keys (nine strings
    // of a URL each) again and again.
    cache.entries.reserveCapacity(page.blocks.reduce(page.hiddenLinks.count + page.strippedLinks.count) { $0 + $1.links.count })
    for var block in page.blocks {
      block = clean(block, page: &next, reported: &reported, articleWords: words, cache: &cache)
      if Self.isBlank(block.text) { continue }
      kept.append(block)
    }
    next.blocks = kept
    // A removed second copy may carry the injection the kept copy lacks; report it all the same.
    for block in page.droppedCopies { _ = clean(block, page: &next, reported: &reported, articleWords: words, cache: &cache) }
    // Hidden link blocks were stripped as text already; their links are still reported.
    for link in page.hiddenLinks {
      guard let url = WebURL.parse(link.href), url.scheme.hasPrefix("http") else { continue }
      let placement = LinkPlacement(text: link.text, range: nil, anchorText: link.text, hidden: true, roles: [])
      let assessment = assess(url, placement: placement, site: site, cache: &cache)
      if assessment.spam, reported.insert(url.normalized).inserted {
        next.spamLinks.append(spamLink(url, assessment, context: link.text))
      }
    }
    // Links of chrome stripped from the post (signatures, the post's own footer) leave with their
    // text; the spam among them is still reported.
    for stripped in page.strippedLinks {
      guard let url = WebURL.parse(stripped.link.href), url.scheme.hasPrefix("http") else { continue }
      let placement = LinkPlacement(
        text: stripped.text, range: Self.range(of: stripped.link.text, in: stripped.text), anchorText: stripped.link.text,
        hidden: false, roles: stripped.roles)
      let assessment = assess(url, placement: placement, site: site, cache: &cache)
      if assessment.spam, reported.insert(url.normalized).inserted {
        next.spamLinks.append(spamLink(url, assessment, context: stripped.text))
      }
    }
    if next.blocks.isEmpty {
      return .drop(Rejection(stage: Self.name, reason: "empty-after-cleaning", detail: "nothing but spam links was left in the body"))
    }
    return .keep(next)
  }

  /// Nothing but punctuation and spaces is left (`ChromeLexicon.normalize` gives nothing).
  static func isBlank(_ text: String) -> Bool {
    // An ASCII letter or digit survives normalising; only text without one needs the full check.
    if text.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }) {
      return false
    }
    return ChromeLexicon.normalize(text).isEmpty
  }

  /// Lower-cased words of the body, without the URLs written in it (a spliced URL must not
  /// vouch for itself).
  static func articleWords(_ blocks: [Block]) -> Set<String> {
    var words = Set<String>()
    for block in blocks where !addPlainWords(of: block.text, to: &words) && !addCaselessWords(of: block.text, to: &words) {
      addWords(of: block.text, to: &words)
    }
    return words
  }

  /// `articleWords` of one text, through `String` and `Character` (the reference the byte
  /// readings must match).
  static func addWords(of text: String, to words: inout Set<String>) {
    for token in text.lowercased().split(separator: " ") where !token.containsBytes("://") && !token.hasPrefix("www.") {
      for w in token.split(whereSeparator: { !$0.isLetter }) where w.count >= 4 { words.insert(String(w)) }
    }
  }

  /// Whether `articleWords` reads scalar `v` by itself (`addCaselessWords`): ASCII without CR,
  /// Latin-1, and the plain scalars (`isPlainScalar`, each a character on its own) from U+2010
  /// on that have no case (punctuation, symbols, CJK, kana, jamo, Hangul syllables), full-width
  /// forms excepted. `ArticleWordsTests` checks every one of them.
  @inline(__always)
  static func isCaselessWordScalar(_ v: UInt32) -> Bool {
    v < 0x100 ? v != 0x0D : v >= 0x2010 && !(0xFF01...0xFF9D).contains(v) && isPlainScalar(v)
  }

  /// Scalar `v` lower-cased as `String.lowercased()` does it for the scalars of
  /// `isCaselessWordScalar`: the capitals of ASCII and Latin-1 (not `×`) move by 0x20, and the
  /// rest stay as they are.
  @inline(__always)
  static func caselessLower(_ v: UInt32) -> UInt32 {
    (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7) ? v + 0x20 : v
  }

  /// Whether scalar `v` of `isCaselessWordScalar` is a letter as `Character.isLetter` reads the
  /// character it is.
  @inline(__always)
  static func caselessIsLetter(_ v: UInt32) -> Bool {
    if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    // Hangul syllables, the bulk of such text, are all letters.
    if v >= 0xAC00 && v <= 0xD7A3 { return true }
    return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
  }

  /// `addWords` for a text whose every scalar `isCaselessWordScalar` accepts (Korean, Chinese and
  /// Japanese prose with ASCII and Latin-1 in it), read scalar by scalar off the bytes: each
  /// scalar is a character, lower-casing keeps its UTF-8 length, and only ASCII and Latin-1
  /// capitals change. False, with nothing added, for any other text. The general reading
  /// lower-cases and walks characters, some hundred thousand instructions per paragraph.
  static func addCaselessWords(of text: String, to words: inout Set<String>) -> Bool {
    var text = text
    return text.withUTF8 { bytes -> Bool in
      let n = bytes.count
      var i = 0
      while i < n {
        let (v, length) = scalarValue(in: bytes, at: i)
        if !isCaselessWordScalar(v) { return false }
        i += length
      }
      // Lower-cased runs of letters are built here (lower-casing keeps every scalar's length).
      var run: [UInt8] = []
      var start = 0
      while start < n {
        // One space-separated token: bytes[start..<end] (a space byte is the space character).
        var end = start
        while end < n && bytes[end] != 0x20 { end += 1 }
        defer { start = end + 1 }
        guard end > start else { continue }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // `www.` in any case (lower-cased first), or `://` anywhere: a URL written in the text.
        if token.count >= 4 && token[0] | 0x20 == 0x77 && token[1] | 0x20 == 0x77 && token[2] | 0x20 == 0x77 && token[3] == 0x2E {
          continue
        }
        if token.count >= 3 && containsSchemeSeparator(token) { continue }
        var k = start
        var letters = 0
        while true {
          var letter = false
          var v: UInt32 = 0
          var length = 0
          if k < end {
            (v, length) = scalarValue(in: bytes, at: k)
            letter = caselessIsLetter(v)
          }
          if letter {
            let lower = caselessLower(v)
            if lower == v {
              for j in 0..<length { run.append(bytes[k + j]) }
            } else if lower < 0x80 {
              run.append(UInt8(lower))
            } else {
              // A Latin-1 capital: two bytes, C3 and the lower-case letter's second byte.
              run.append(0xC3)
              run.append(UInt8(0x80 | (lower & 0x3F)))
            }
            letters += 1
          } else {
            if letters >= 4 { words.insert(String(decoding: run, as: UTF8.self)) }
            run.removeAll(keepingCapacity: true)
            letters = 0
            if k >= end { break }
          }
          k += length
        }
      }
      return true
    }
  }

  /// `articleWords` for one plain text (`isPlainText`: ASCII and typographic punctuation), read
  /// off the bytes: there splitting bytes gives what splitting characters gives, without
  /// grapheme breaking. False, with nothing added, for any other text.
  private static func addPlainWords(of text: String, to words: inout Set<String>) -> Bool {
    forEachPlainWord(of: text) { words.insert(String(decoding: $0, as: UTF8.self)) }
  }

  /// Calls `body` with each word `addPlainWords` reads in `text`, lower-cased (in a scratch
  /// buffer valid during the call). False, with no call, when `text` is not plain.
  static func forEachPlainWord(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard isPlainText(text) else { return false }
    var text = text
    text.withUTF8 { bytes in
      guard !bytes.isEmpty else { return }
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { scratch in
      @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
      @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
      var start = 0
      while start < bytes.count {
        // One space-separated token: bytes[start..<end].
        var end = start
        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
        defer { start = end + 1 }
        guard end > start else { continue }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if token.count >= 4 && lower(token[0]) == 0x77 && lower(token[1]) == 0x77 && lower(token[2]) == 0x77 && token[3] == 0x2E {
          continue
        }
        if token.count >= 3 && containsSchemeSeparator(token) { continue }
        var i = 0
        while i < token.count {
          guard isLetter(token[i]) else {
            i += 1
            continue
          }
          var j = i
          while j < token.count && isLetter(token[j]) { j += 1 }
          if j - i >= 4 {
            for k in i..<j { scratch[k - i] = lower(token[k]) }
            body(UnsafeBufferPointer(rebasing: scratch[0..<(j - i)]))
          }
          i = j
        }
      }
      }
    }
    return true
  }

  /// The token contains `://`.
  private static func containsSchemeSeparator(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i + 2 < token.count {
      if token[i] == 0x3A && token[i + 1] == 0x2F && token[i + 2] == 0x2F { return true }
      i += 1
    }
    return false
  }

  /// Only `spam` of a kept link's assessment is read: its score and reasons may lack signals
  /// that could not have made it spam.
  private func assess(_ url: WebURL, placement: LinkPlacement, site: String?, cache: inout URLSignalCache) -> URLAssessment {
    var placement = placement
    placement.siteDomain = site
    let key = URLSignalCache.Key(url: url, anchorText: placement.anchorText)
    // The context-free signals depend on nothing else: a link met again in the page (a dropped
    // copy, a hidden or stripped link repeating a body one) reuses them.
    let cached = cache.entries[key]
    var evaluation = cached ?? scorer.raisingEvaluation(for: url, anchorText: placement.anchorText)
    let raising = scorer.raisingSignals(of: evaluation)
    placement.anchorTopics = evaluation.anchorTopics
    // The context signals that can raise the score, asked until the rest could not lift the link
    // to the threshold any more (with a margin far above rounding error): it is kept then.
    var context = [LinkSignal?](repeating: nil, count: contextSignals.count)
    var score = raising.reduce(0) { $0 + $1.weight }
    for (k, i) in raisingOrder.enumerated() {
      if score + ceilings[k] < scorer.threshold - 0.01 {
        if cached == nil { cache.entries[key] = evaluation }
        return URLAssessment(url: url.normalized, spam: false, score: score, reasons: raising + context.compactMap { $0 })
      }
      context[i] = contextSignals[i].evaluate(url, placement: placement)
      score += context[i]?.weight ?? 0
    }
    // Signals that only lower the score cannot make a link spam: where the others leave it below
    // the threshold, it stays kept whatever they say. (That verdict's reasons lack them, which
    // is fine only because a kept link's reasons are never reported.)
    let withoutVouchers = scorer.assess(url, reasons: raising + context.compactMap { $0 })
    guard withoutVouchers.spam else {
      if cached == nil { cache.entries[key] = evaluation }
      return withoutVouchers
    }
    for i in contextSignals.indices where contextVouches[i] {
      context[i] = contextSignals[i].evaluate(url, placement: placement)
    }
    // Stored again only when new or newly completed (hashing the key costs a pass over the URL).
    let wasComplete = evaluation.isComplete
    evaluation = scorer.completing(evaluation, for: url, anchorText: placement.anchorText)
    if cached == nil || !wasComplete { cache.entries[key] = evaluation }
    return scorer.assess(url, reasons: evaluation.signals + context.compactMap { $0 })
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
  private func clean(_ block: Block, page: inout Page<Despammed>, reported: inout Set<String>, articleWords: ArticleWords, cache: inout URLSignalCache) -> Block {
    var block = block
    let site = page.metadata.siteDomain
    // Bare URLs written in the text, and auto-links whose text is the URL.
    var cuts: [Range<String.Index>] = []
    var handledAnchors = Set<Int>()
    // The anchors by their text, to find those a bare URL stands for (made once a block, when it
    // writes a URL: asking every anchor for every URL made a listing of thousands quadratic).
    var anchorsByText: [String: [Int]]?
    for found in URLFinder.find(in: block.text) {
      let placement = LinkPlacement(
        text: block.text, range: found.range, anchorText: nil, hidden: false, roles: block.roles, articleWords: articleWords)
      let assessment = assess(found.url, placement: placement, site: site, cache: &cache)
      if anchorsByText == nil {
        anchorsByText = [:]
        for (i, link) in block.links.enumerated() { anchorsByText![link.text, default: []].append(i) }
      }
      handledAnchors.formUnion(anchorsByText![found.raw] ?? [])
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
    // Anchors with their own text. (Whether the text is plain is read once a block, not once a
    // link: a listing of thousands of links in one block made that quadratic.)
    var textIsPlain: Bool?
    // Anchors stand in the text in the order of the links: each is looked for from where the one
    // before it was found, which also finds an anchor whose words the text says earlier too at its
    // own place (and a block of thousands of anchors is read once, not once per anchor).
    var searchFrom = block.text.startIndex
    for (i, link) in block.links.enumerated() where !handledAnchors.contains(i) {
      guard let url = WebURL.parse(link.href), url.scheme.hasPrefix("http") else { continue }
      if textIsPlain == nil { textIsPlain = isPlain(block.text) }
      let range =
        Self.range(of: link.text, in: block.text, textIsPlain: textIsPlain!, from: searchFrom)
        ?? Self.range(of: link.text, in: block.text, textIsPlain: textIsPlain!)
      if let range, range.lowerBound >= searchFrom { searchFrom = range.upperBound }
      let placement = LinkPlacement(
        text: block.text, range: range, anchorText: link.text, hidden: link.hidden, roles: block.roles,
        camouflaged: link.camouflaged, articleWords: articleWords)
      let assessment = assess(url, placement: placement, site: site, cache: &cache)
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

  /// `text.range(of: needle)`. Found by bytes when both are plain (see `isPlain`: every scalar is
  /// a character and already composed, so characters start at scalars and canonical equivalence
  /// is byte equality), sparing Foundation's search, which cost some 30,000 instructions a link
  /// on Korean and Chinese prose. Plain includes ASCII without CR, the fast path's first domain.
  static func range(of needle: String, in text: String) -> Range<String.Index>? {
    range(of: needle, in: text, textIsPlain: isPlain(text))
  }

  /// `range(of:in:)` with `isPlain(text)` given, looked for at or after `start` (a position of
  /// `text`, the start when nil).
  static func range(of needle: String, in text: String, textIsPlain: Bool, from start: String.Index? = nil) -> Range<String.Index>? {
    let start = start ?? text.startIndex
    guard !needle.isEmpty, textIsPlain, isPlain(needle) else { return text.range(of: needle, range: start..<text.endIndex) }
    var text = text
    var needle = needle
    let first = text.utf8.distance(from: text.startIndex, to: start)
    let offset = text.withUTF8 { h in
      needle.withUTF8 { n -> Int? in
        guard n.count <= h.count else { return nil }
        var i = first
        while i <= h.count - n.count {
          if h[i] == n[0] && memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return i }
          i += 1
        }
        return nil
      }
    }
    guard let offset else { return nil }
    let lower = text.utf8.index(text.startIndex, offsetBy: offset)
    return lower..<text.utf8.index(lower, offsetBy: needle.utf8.count)
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

/// `URLScorer.Evaluation`s of the links of one page, by URL and anchor text (all the
/// context-free signals read).
struct URLSignalCache {
  struct Key: Hashable {
    let url: WebURL
    let anchorText: String?

    /// Hashes the URL as written and nothing else (keys stay equal as all their parts are): the
    /// full hash went over every part of the URL and the anchor text, which for non-ASCII text
    /// means normalizing it first, on every lookup and every insertion. One page's links differ
    /// by URL; two keys of one URL with different anchors are told apart by `==`.
    func hash(into hasher: inout Hasher) {
      hasher.combine(url.original)
    }
  }
  var entries: [Key: URLScorer.Evaluation] = [:]
}

/// The article's words for `OnTopicTarget`, split on first use: most pages have no link whose
/// target has words to compare, and splitting the whole body costs more than scoring a link.
final class ArticleWords {
  private let blocks: [Block]
  private var cached: Set<String>?
  /// The words of the plain blocks, and of the others, once read (`contains`).
  private var plain: PlainWordTable?
  private var others = Set<String>()

  init(_ blocks: [Block]) { self.blocks = blocks }

  /// Words known beforehand (tests).
  init(words: Set<String>) {
    blocks = []
    cached = words
  }

  /// `RemoveSpamLinks.articleWords` of the blocks.
  var words: Set<String> {
    if let cached { return cached }
    let words = RemoveSpamLinks.articleWords(blocks)
    cached = words
    return words
  }

  /// `words.contains(word)`. The plain blocks' words (most text) are kept as bytes in a
  /// `PlainWordTable` instead of a set of strings: a string and a SipHash insertion for every
  /// word of the body cost most of a page's spam stage when one of its links needed them.
  func contains(_ word: String) -> Bool {
    if let cached { return cached.contains(word) }
    if plain == nil {
      var table = PlainWordTable()
      for block in blocks
      where !RemoveSpamLinks.forEachPlainWord(of: block.text, { table.insert($0) })
        && !RemoveSpamLinks.addCaselessWords(of: block.text, to: &others)
      {
        RemoveSpamLinks.addWords(of: block.text, to: &others)
      }
      plain = table
    }
    if others.contains(word) { return true }
    // The table holds ASCII letters only; a string holding anything else equals none of them
    // (no other scalar's canonical form is a lower-case ASCII letter).
    var word = word
    return word.withUTF8 { w in w.allSatisfy { $0 < 0x80 } && plain!.contains(w) }
  }
}

/// Byte strings (the lower-cased words of plain text) in one arena, found through an
/// open-addressing table on their FNV-1a hash.
struct PlainWordTable {
  private var arena: [UInt8] = []
  /// Entry `k` is `arena[starts[k]..<starts[k + 1]]`, with hash `hashes[k]`.
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  /// Entry index + 1 by hash, 0 for an empty slot; a power of two, at most half full.
  private var slots = [Int32](repeating: 0, count: 256)

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return h
  }

  /// The slot holding `bytes`, or the empty slot where it would go.
  private func slot(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = Int(slots[slot]) - 1
      if entry < 0 { return slot }
      if hashes[entry] == hash && starts[entry + 1] - starts[entry] == bytes.count
        && arena.withUnsafeBufferPointer({ a in (0..<bytes.count).allSatisfy { a[starts[entry] + $0] == bytes[$0] } })
      {
        return slot
      }
      slot = (slot + 1) & mask
    }
  }

  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
    let h = Self.hash(bytes)
    let at = slot(of: bytes, hash: h)
    guard slots[at] == 0 else { return }
    arena.append(contentsOf: bytes)
    starts.append(arena.count)
    hashes.append(h)
    slots[at] = Int32(hashes.count)
    if hashes.count * 2 > slots.count {
      slots = [Int32](repeating: 0, count: slots.count * 2)
      let mask = slots.count - 1
      for (k, h) in hashes.enumerated() {
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(k + 1)
      }
    }
  }

  func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    slots[slot(of: bytes, hash: Self.hash(bytes))] != 0
  }
}
