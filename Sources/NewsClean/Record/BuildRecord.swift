/// Assembles the output record from a cleaned page.
public struct BuildRecord: Stage {
  public static let name = "build-record"
  let config: CleanConfig

  public init(config: CleanConfig) { self.config = config }

  public func process(_ page: Page<Despammed>) -> Verdict<ArticleRecord> {
    let paragraphs = page.blocks.map(\.text)
    let text = paragraphs.joined(separator: "\n\n")
    if ContentContainer.textUnits(text) < config.minimumBodyCharacters {
      return .drop(Rejection(
        stage: Self.name, reason: "empty-after-cleaning",
        detail: "only \(text.count) characters of body text are left after cleaning"))
    }
    var counts: [String: Int] = [:]
    for item in page.removed { counts[item.kind, default: 0] += 1 }
    var captions: [String] = []
    for item in page.removed where item.kind == BoilerplateKind.caption.rawValue && !captions.contains(item.text) {
      captions.append(item.text)
    }
    var links: [String] = []
    for link in page.keptLinks where !links.contains(link) { links.append(link) }
    let metadata = page.metadata
    let record = ArticleRecord(
      id: page.raw.id,
      source: page.raw.source,
      format: page.raw.format.rawValue,
      title: metadata.title,
      text: text,
      paragraphs: paragraphs,
      language: LanguageGuess.guess(text: text, declared: metadata.declaredLanguage),
      charset: page.charset,
      byline: metadata.byline,
      published: metadata.published,
      siteName: metadata.siteName,
      url: metadata.canonicalURL ?? page.raw.source.url,
      comments: page.comments,
      captions: captions,
      spamLinks: page.spamLinks,
      links: links,
      duplicates: .init(withinDocument: page.duplicate),
      removed: .init(counts: counts, items: page.removed.map { .init(kind: $0.kind, text: String($0.text.prefix(300))) }))
    return .keep(record)
  }
}

/// Guesses the language of the body from its script, and from the page's declaration for
/// Latin-script text, where script alone cannot tell English from French.
enum LanguageGuess {
  static func guess(text: String, declared: String?) -> String? {
    // Counts by `allCases` position: a dictionary would hash every letter.
    var counts = [Int](repeating: 0, count: Script.allCases.count)
    var sampled = 0
    for scalar in text.unicodeScalars {
      if let s = Script.of(scalar) { counts[s.position] += 1 }
      sampled += 1
      if sampled > 20_000 { break }
    }
    let total = counts.reduce(0, +)
    guard total > 0 else { return nil }
    if counts[Script.kana.position] * 20 > total { return "ja" }
    // The commonest script; a tie goes to the later name, as a comparison of (count, name) gives.
    guard
      let top = Script.allCases.filter({ counts[$0.position] > 0 })
        .max(by: { (counts[$0.position], $0.rawValue) < (counts[$1.position], $1.rawValue) })
    else { return nil }
    let declaredBase = declared.map { String($0.lowercased().prefix(while: { $0 != "-" && $0 != "_" })) }
    switch top {
    case .hangul: return "ko"
    case .kana: return "ja"
    case .han: return declaredBase == "ja" ? "ja" : "zh"
    case .cyrillic: return declaredBase.flatMap { ["ru", "uk", "bg", "sr", "mk", "be", "kk"].contains($0) ? $0 : nil } ?? "ru"
    case .thai: return "th"
    case .arabic: return declaredBase ?? "ar"
    case .greek: return "el"
    case .latin:
      if let d = declaredBase, d.count == 2, !["ko", "ja", "zh", "ru", "th"].contains(d) { return d }
      return englishLike(text) ? "en" : (vietnameseLike(text) ? "vi" : nil)
    }
  }

  private static let englishWords: Set<String> = ["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "said", "it", "as", "by"]

  private static func englishLike(_ text: String) -> Bool {
    var hits = 0
    var words = 0
    for w in text.prefix(4000).lowercased().split(whereSeparator: { !$0.isLetter }) {
      words += 1
      if englishWords.contains(String(w)) { hits += 1 }
    }
    return words > 0 && Double(hits) / Double(words) > 0.08
  }

  private static func vietnameseLike(_ text: String) -> Bool {
    let marks = text.unicodeScalars.filter { (0x1EA0...0x1EF9).contains($0.value) || $0 == "đ" || $0 == "ơ" || $0 == "ư" }.count
    return marks * 30 > text.count
  }
}
