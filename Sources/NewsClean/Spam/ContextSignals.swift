import LinkSense

/// Where a link sits in the article, as the context signals see it.
struct LinkPlacement {
  /// The block's text.
  var text: String
  /// The link's span in `text`, when the URL or anchor text is written there.
  var range: Range<String.Index>?
  /// The anchor text (nil for a bare URL).
  var anchorText: String?
  /// The link sat in hidden markup.
  var hidden: Bool
  var roles: MarkupRoles
  /// Styled to look like the text around it.
  var camouflaged = false
  /// Lower-cased words of the article body (for topic checks); nil where there is no article
  /// around the link to compare with.
  var articleWords: ArticleWords? = nil
  /// The page's own registrable domain, when known.
  var siteDomain: String? = nil
  /// Which topic vocabularies may match the anchor text, as the link's context-free evaluation
  /// read them (`URLScorer.Evaluation.anchorTopics`), when it did.
  var anchorTopics: UInt8? = nil
}

/// A signal that reads a link's surroundings rather than the URL alone.
protocol ContextSignal {
  static var name: String { get }
  /// The signal only ever vouches for a link (its weight is negative). It cannot make a link
  /// spam, and a kept link's reasons are not reported, so it is only asked about links that the
  /// other signals already make spam.
  static var onlyLowersScore: Bool { get }
  /// The largest weight the signal ever gives (the default, infinity, claims no bound). A link
  /// whose signals so far, plus the most the ones not yet asked could add, stay below the
  /// threshold is not spam whatever those say, so they are not asked.
  static var maxWeight: Double { get }
  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal?
}

extension ContextSignal {
  static var onlyLowersScore: Bool { false }
  static var maxWeight: Double { .infinity }
}

/// A bare URL spliced into the middle of a sentence: words on both sides, no citation cue before
/// it (`… a social problem" and https://shop.example/x pledged …`). Real articles put a bare URL
/// at the end of a sentence, in parentheses, or after "source:"/"at"/"see".
struct SplicedIntoSentence: ContextSignal {
  static let name = "spliced_into_sentence"
  static let weight = 1.0
  /// Between two sentences of one paragraph.
  static let betweenSentencesWeight = 0.7
  static var maxWeight: Double { max(weight, betweenSentencesWeight) }
  static let citationCues = [
    "출처", "원문", "자료", "링크", "참고", "참조", "홈페이지", "사이트", "source", "sources", "via", "see", "at", "from", "link",
    "url", "website", "homepage", "reference", "available", "visit", "read", "here", "more", "出典", "参考", "参照", "リンク",
    "来源", "来自", "链接", "参见", "网址", "官网",
  ]

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    guard let range = placement.range, placement.anchorText == nil || looksLikeURL(placement.anchorText ?? "") else { return nil }
    let before = placement.text[..<range.lowerBound]
    let after = placement.text[range.upperBound...]
    // Only the link's neighbours are read, not the paragraph up to it and after it: a source
    // listing holds thousands of URLs in one block, and splitting the whole text for each made
    // the stage quadratic in its length.
    let wordsBefore = Self.lastWords(before, count: 3)
    let wordsAfter = after.split(maxSplits: 2, omittingEmptySubsequences: true, whereSeparator: { $0 == " " }).prefix(2)
    guard let previous = wordsBefore.last, let following = wordsAfter.first else { return nil }
    // A colon, bracket or dash right before the URL introduces it on purpose.
    if let last = previous.last, ":：([（【「-—–>".contains(last) { return nil }
    // Between two sentences of one paragraph it is still an insertion, but a weaker sign: some
    // writers do drop a bare link after a sentence.
    let betweenSentences = previous.last.map { ".!?。！？".contains($0) } ?? false
    if let first = following.first, !(first.isLetter || first.isNumber) { return nil }
    // The cue must stand right before the URL (`see https://…`, `available at https://…`).
    let cueWindow = wordsBefore.suffix(2).map { ChromeLexicon.normalize(String($0)) }
    // Latin cues are whole words (`that` is not `at`); CJK cues end a word (`출처는`, `来源`).
    for cue in Self.citationCues where cueWindow.contains(where: { $0 == cue || (!cue.first!.isASCII && $0.hasSuffix(cue)) }) {
      return nil
    }
    guard previous.contains(where: { $0.isLetter || $0.isNumber || $0 == "\"" || $0 == "”" }) else { return nil }
    if betweenSentences {
      return LinkSignal(name: Self.name, weight: Self.betweenSentencesWeight, evidence: "between sentences: «\(previous) ⟨url⟩ \(following)»")
    }
    return LinkSignal(name: Self.name, weight: Self.weight, evidence: "«\(previous) ⟨url⟩ \(following)»")
  }
}

extension SplicedIntoSentence {
  /// `text.split(whereSeparator: { $0 == " " }).suffix(count)`, read back from the end of `text`
  /// as far as those words reach.
  static func lastWords(_ text: Substring, count: Int) -> [Substring] {
    var words: [Substring] = []
    var end = text.endIndex
    while words.count < count {
      while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
      guard end > text.startIndex else { break }
      var start = text.index(before: end)
      while start > text.startIndex, text[text.index(before: start)] != " " { start = text.index(before: start) }
      words.append(text[start..<end])
      end = start
    }
    return words.reversed()
  }
}

/// Every byte of `s` is ASCII.
private func isASCII(_ s: String) -> Bool {
  var s = s
  return s.withUTF8 { b in !b.contains(where: { $0 >= 0x80 }) }
}

/// A link inside hidden markup (`display:none`, off-screen, zero font size): no reader sees it,
/// so its only audience is a search engine.
struct HiddenLink: ContextSignal {
  static let name = "hidden_markup"
  static let maxWeight = 2.0

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    placement.hidden ? LinkSignal(name: Self.name, weight: Self.maxWeight, evidence: "the link sits in markup hidden from readers") : nil
  }
}

/// Anchor text written in another script than the sentence around it (a Korean casino keyword in
/// an English paragraph).
struct ForeignScriptAnchor: ContextSignal {
  static let name = "foreign_script_anchor"
  static let maxWeight = 0.6

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    // An ASCII anchor's only script is Latin (its letters are `A-Z`, `a-z`), which is never
    // foreign here: most anchors are decided without reading them further.
    guard let anchor = placement.anchorText, !isASCII(anchor) else { return nil }
    guard !looksLikeURL(anchor), characterCount(anchor) >= 2, let anchorScript = Script.dominant(anchor) else { return nil }
    // Latin brand names inside CJK prose are normal; a CJK anchor in Latin prose is not. (Decided
    // before the surrounding text is copied and read: most anchors are Latin.)
    if anchorScript == .latin { return nil }
    var surrounding = placement.text
    if let range = placement.range { surrounding.removeSubrange(range) }
    guard let textScript = Script.dominant(surrounding), characterCount(surrounding) >= 20 else { return nil }
    if anchorScript == textScript { return nil }
    // Kanji words sit in kana prose, and hanja in Korean: one writing tradition, not an insertion.
    let eastAsian: Set<Script> = [.han, .kana, .hangul]
    if anchorScript == .han, eastAsian.contains(textScript) { return nil }
    return LinkSignal(name: Self.name, weight: Self.maxWeight, evidence: "\(anchorScript) anchor in \(textScript) text")
  }
}

/// A link laid over a few ordinary words of the article (`… not a <a href=shop>goal</a>.`):
/// the anchor text says nothing about where the link goes. Editorial links are usually named
/// after their target or point at an editorial host (which LinkSense weighs down), so this
/// signal alone stays below the threshold; it tips a link that also has a suspicious URL.
struct HijackedWord: ContextSignal {
  static let name = "hijacked_word"
  static let maxWeight = 0.7

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    guard let anchor = placement.anchorText, !looksLikeURL(anchor), placement.range != nil else { return nil }
    // Plain text (every scalar a character) splits at its space bytes, as the `Character` split
    // would, without breaking graphemes.
    let words = isPlain(anchor) ? anchor.splitAtByte(0x20) : anchor.split(separator: " ")
    guard !words.isEmpty, words.count <= 4, characterCount(anchor) <= 40, hasCharacters(placement.text, atLeast: 20) else { return nil }
    let target = (url.host + " " + url.path).lowercased()
    let plainTarget = target.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    for word in words {
      let w = ChromeLexicon.normalize(String(word))
      guard w.count >= 3 else { continue }
      // Between plain ASCII strings (no CR) a substring is a byte run; otherwise Foundation's
      // search, which also matches canonically equivalent text.
      let named = plainTarget && w.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? target.containsBytes(w) : target.contains(w)
      if named { return nil }
    }
    return LinkSignal(name: Self.name, weight: Self.maxWeight, evidence: "anchor «\(anchor)» inside prose names nothing of \(url.host)")
  }
}

/// A link dressed as plain text (`style="color:inherit;text-decoration:none"`): readers cannot
/// see it is a link, which only an injected link wants.
struct CamouflagedLink: ContextSignal {
  static let name = "camouflaged_link"
  static let maxWeight = 0.8

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    placement.camouflaged ? LinkSignal(name: Self.name, weight: Self.maxWeight, evidence: "styled to look like plain text") : nil
  }
}

/// The link's target names the article's own subject (`…/google-bets-future-launch-stadia…` in a
/// story about Stadia): an editorial link, whatever its anchor text.
struct OnTopicTarget: ContextSignal {
  static let name = "on_topic_target"
  static let onlyLowersScore = true
  /// URL words that say nothing about a topic.
  static let generic: Set<String> = [
    "www", "com", "net", "org", "html", "htm", "php", "asp", "aspx", "index", "news", "article", "articles", "blog",
    "post", "posts", "view", "story", "stories", "page", "pages", "category", "tag", "tags", "https", "http", "amp",
  ]

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    guard let article = placement.articleWords else { return nil }
    let words = Self.letterRuns(url.host + " " + url.path).filter { $0.count >= 4 && !Self.generic.contains($0) }
    let distinct = Set(words)
    guard distinct.count >= 2 else { return nil }
    // Only now are the article's words needed (an empty article shares none).
    let shared = distinct.filter { article.contains($0) }
    guard shared.count >= 2, shared.count * 2 >= distinct.count else { return nil }
    return LinkSignal(name: Self.name, weight: -0.6, evidence: "target words in the article: \(shared.sorted().prefix(4).joined(separator: ", "))")
  }

  /// The runs of letters in `s`, lower-cased. By bytes in plain text (`isPlainText`), where the
  /// letters are `A-Z`/`a-z` and each is one character.
  static func letterRuns(_ s: String) -> [String] {
    guard isPlainText(s) else { return s.lowercased().split(whereSeparator: { !($0.isLetter) }).map(String.init) }
    var runs: [String] = []
    var current: [UInt8] = []
    for b in s.utf8 {
      if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
        current.append(b | 0x20)
      } else if !current.isEmpty {
        runs.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    if !current.isEmpty { runs.append(String(decoding: current, as: UTF8.self)) }
    return runs
  }
}

/// A link in a forum signature under a post.
struct SignatureLink: ContextSignal {
  static let name = "signature_link"
  static let maxWeight = 0.8

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    placement.roles.contains(.signature) ? LinkSignal(name: Self.name, weight: Self.maxWeight, evidence: "link in a post signature") : nil
  }
}

/// A link introduced as the article's source (`출처: …`, `Source: …`, `来源：…`): editorial.
struct CitedAsSource: ContextSignal {
  static let name = "cited_as_source"
  static let onlyLowersScore = true
  static let cues = ["출처", "원문", "source", "sources", "via", "出典", "来源", "参考", "reference", "참고"]

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    guard let range = placement.range else { return nil }
    let before = ChromeLexicon.normalize(String(placement.text[..<range.lowerBound].suffix(24)))
    // In ASCII text, characters are bytes (the cues hold no CR or LF), so the cues are found by
    // bytes; elsewhere Foundation's search, which also matches canonically equivalent text.
    let ascii = before.utf8.allSatisfy { $0 < 0x80 }
    for cue in Self.cues {
      let cited =
        ascii
        ? before.hasSuffix(cue) || Self.asciiCueForms(cue).contains(where: { before.containsBytes($0) })
        : before.hasSuffix(cue) || before.contains(cue + " ") || before.contains(cue + ":") || before.contains(cue + "：")
      if cited { return LinkSignal(name: Self.name, weight: -1.0, evidence: "introduced as a source") }
    }
    return nil
  }

  /// The forms of `cue` that can occur in ASCII text: followed by a space or a colon (never by
  /// the full-width colon, and a non-ASCII cue not at all).
  static func asciiCueForms(_ cue: String) -> [String] {
    cue.utf8.allSatisfy { $0 < 0x80 } ? [cue + " ", cue + ":"] : []
  }
}

/// Coarse writing systems, enough to tell a foreign insertion.
enum Script: String, CaseIterable, CustomStringConvertible {
  case latin, hangul, kana, han, cyrillic, thai, arabic, greek

  var description: String { rawValue }

  static func of(_ scalar: Unicode.Scalar) -> Script? {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
    case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return .hangul
    case 0x3040...0x30FF: return .kana
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return .han
    case 0x0400...0x04FF: return .cyrillic
    case 0x0E00...0x0E7F: return .thai
    case 0x0600...0x06FF: return .arabic
    case 0x0370...0x03FF: return .greek
    default: return nil
    }
  }

  /// Script of most letters in `s`, with Japanese (kana present) and Han told apart.
  static func dominant(_ s: String) -> Script? {
    // Counts by `allCases` position: a dictionary would hash every letter.
    var counts = [Int](repeating: 0, count: allCases.count)
    for scalar in s.unicodeScalars { if let sc = of(scalar) { counts[sc.position] += 1 } }
    if counts[Script.kana.position] > 0 {
      counts[Script.kana.position] += counts[Script.han.position]
      counts[Script.han.position] = 0
    }
    // Most letters; a tie goes to the name that sorts last.
    return allCases.filter { counts[$0.position] > 0 }
      .max(by: { (counts[$0.position], $0.rawValue) < (counts[$1.position], $1.rawValue) })
  }

  /// Index in `allCases`.
  var position: Int {
    switch self {
    case .latin: return 0
    case .hangul: return 1
    case .kana: return 2
    case .han: return 3
    case .cyrillic: return 4
    case .thai: return 5
    case .arabic: return 6
    case .greek: return 7
    }
  }
}

/// A link to the page's own site (its login page, another of its posts): never an injection.
struct SameSiteLink: ContextSignal {
  static let name = "same_site"
  static let onlyLowersScore = true

  func evaluate(_ url: WebURL, placement: LinkPlacement) -> LinkSignal? {
    guard let site = placement.siteDomain, PublicSuffixList.shared.registrableDomain(of: url.host) == site else { return nil }
    return LinkSignal(name: Self.name, weight: -1.5, evidence: "the page's own site \(site)")
  }
}
