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
    // Removed items come in runs of one kind: each run is counted first and added once, where
    // hashing every item's kind cost some four hundred instructions an item.
    var counts: [String: Int] = [:]
    var runKind: String?
    var run = 0
    for item in page.removed {
      if item.kind == runKind {
        run += 1
        continue
      }
      if let runKind { counts[runKind, default: 0] += run }
      runKind = item.kind
      run = 1
    }
    if let runKind { counts[runKind, default: 0] += run }
    // Each kept once, in order of first appearance (a set beside the list: asking the list
    // itself made a page of thousands of links quadratic).
    var captions: [String] = []
    var seenCaptions = Set<String>()
    let caption = BoilerplateKind.caption.rawValue
    for item in page.removed where item.kind == caption && seenCaptions.insert(item.text).inserted {
      captions.append(item.text)
    }
    var links: [String] = []
    var seenLinks = Set<String>()
    for link in page.keptLinks where seenLinks.insert(link).inserted { links.append(link) }
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
      removed: .init(counts: counts, items: page.removed.map { .init(kind: $0.kind, text: Self.removedExcerpt($0.text)) }))
    return .keep(record)
  }

  /// `String(text.prefix(300))`, the excerpt a removed item keeps. A text of at most 300 UTF-8
  /// bytes has at most 300 characters (each takes a byte or more), so it is its own prefix: most
  /// removed items are that short, and walking 300 characters by grapheme breaking cost a
  /// thousand instructions and more per item.
  static func removedExcerpt(_ text: String) -> String {
    text.utf8.count <= 300 ? text : String(text.prefix(300))
  }
}

/// Guesses the language of the body from its script, and from the page's declaration for
/// Latin-script text, where script alone cannot tell English from French.
enum LanguageGuess {
  static func guess(text: String, declared: String?) -> String? {
    let counts = scriptCounts(text)
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

  /// Letters of each script (by `allCases` position: a dictionary would hash every letter) among
  /// the first 20,001 scalars of `text`, as `generalScriptCounts` counts them, read on the
  /// string's UTF-8 bytes: a String's bytes are valid UTF-8, so each scalar is decoded from its
  /// lead byte's length, where the scalar view's iterator cost some thirty instructions a scalar.
  static func scriptCounts(_ text: String) -> [Int] {
    var counts = [Int](repeating: 0, count: Script.allCases.count)
    var text = text
    text.withUTF8 { bytes in
      let n = bytes.count
      var i = 0
      var sampled = 0
      var latin = 0
      let raw = UnsafeRawBufferPointer(bytes)
      while i < n {
        // Eight ASCII bytes at a time (eight scalars, while that stays within the sample):
        // the letters among them counted at once, where a byte at a time costs some eight
        // instructions each.
        while i + 8 <= n && sampled + 8 <= 20_001 {
          let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
          if word & 0x8080_8080_8080_8080 != 0 { break }
          latin += Self.asciiLetterCount(word)
          i += 8
          sampled += 8
        }
        if i >= n || sampled > 20_000 { break }
        let b = bytes[i]
        if b < 0x80 {
          // Most of a body is ASCII, whose only script is Latin, for its letters (`Script.of`).
          if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin += 1 }
          i += 1
        } else {
          let (v, length) = scalarValue(in: bytes, at: i)
          i += length
          if let scalar = Unicode.Scalar(v), let s = Script.of(scalar) { counts[s.position] += 1 }
        }
        sampled += 1
        if sampled > 20_000 { break }
      }
      counts[Script.latin.position] += latin
    }
    return counts
  }

  /// How many of the eight ASCII bytes in `word` (no high bit set) are letters, `(b | 0x20)`
  /// in `a`...`z`: byte-wise, each sum and difference stays within its byte.
  @inline(__always)
  static func asciiLetterCount(_ word: UInt64) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let lowered = word | (0x20 &* ones)
    let atLeastA = lowered &+ (0x1F &* ones)  // high bit set where lowered >= 0x61
    let atMostZ = (0xFA &* ones) &- lowered  // high bit set where lowered <= 0x7A
    return (atLeastA & atMostZ & (0x80 &* ones)).nonzeroBitCount
  }

  /// `scriptCounts` through the scalar view (the reference the byte reading must match).
  static func generalScriptCounts(_ text: String) -> [Int] {
    var counts = [Int](repeating: 0, count: Script.allCases.count)
    var sampled = 0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { counts[Script.latin.position] += 1 }
      } else if let s = Script.of(scalar) {
        counts[s.position] += 1
      }
      sampled += 1
      if sampled > 20_000 { break }
    }
    return counts
  }

  private static let englishWords: Set<String> = ["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "said", "it", "as", "by"]

  /// The longest of `englishWords`, in bytes: a longer word cannot be one of them.
  private static let longestEnglishWord = englishWords.map(\.utf8.count).max() ?? 0

  static func englishLike(_ text: String) -> Bool {
    let (words, hits) = plainWordCounts(text) ?? generalWordCounts(text)
    return words > 0 && Double(hits) / Double(words) > 0.08
  }

  /// The words of the first 4,000 characters, lower-cased (runs of letters), and how many of them
  /// are `englishWords`.
  static func generalWordCounts(_ text: String) -> (words: Int, hits: Int) {
    var hits = 0
    var words = 0
    for w in text.prefix(4000).lowercased().split(whereSeparator: { !$0.isLetter }) {
      words += 1
      if englishWords.contains(String(w)) { hits += 1 }
    }
    return (words, hits)
  }

  /// `englishWords` as the keys `plainWordCounts` makes of words: a word's bytes packed low byte
  /// first (every one of them fits in eight bytes).
  private static let englishKeys: [UInt64] = englishWords.map { word in
    precondition(word.utf8.count <= 8)
    return word.utf8.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
  }

  /// `generalWordCounts` read on bytes, or nil unless the first 4,001 scalars are plain (ASCII
  /// other than CR, or typographic punctuation; see `isPlainText`). Lower-casing, splitting into
  /// `Character`s and testing `isLetter` cost some thousand instructions a word; in plain text
  /// none is needed: each scalar is a character (a CR would pair with a LF, and the 4,001st
  /// scalar, plain too, extends none of the first 4,000), the letters are the ASCII ones, and
  /// lower-casing is ASCII's. The scalars are read off the UTF-8 bytes, and a word is compared
  /// with `englishWords` as its bytes packed into an integer (see `englishKeys`), not hashed
  /// as a string.
  static func plainWordCounts(_ text: String) -> (words: Int, hits: Int)? {
    var text = text
    let longest = longestEnglishWord
    let keys = englishKeys
    return text.withUTF8 { bytes -> (words: Int, hits: Int)? in
      var words = 0
      var hits = 0
      var key: UInt64 = 0
      var length = 0
      var n = 0
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        var letter = false
        if b < 0x80 {
          guard b != 0x0D else { return nil }
          letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
          i += 1
        } else {
          let (v, count) = scalarValue(in: bytes, at: i)
          guard isTypographicPunctuation(Unicode.Scalar(v)!) else { return nil }
          i += count
        }
        if n == 4000 { break }  // the 4,001st scalar is plain: it starts a character of its own
        n += 1
        if letter {
          length += 1
          if length <= longest { key |= UInt64(b | 0x20) << (8 * UInt64(length - 1)) }
        } else if length > 0 {
          words += 1
          if length <= longest, keys.contains(key) { hits += 1 }
          length = 0
          key = 0
        }
      }
      if length > 0 {
        words += 1
        if length <= longest, keys.contains(key) { hits += 1 }
      }
      return (words, hits)
    }
  }

  private static func vietnameseLike(_ text: String) -> Bool {
    let marks = text.unicodeScalars.filter { (0x1EA0...0x1EF9).contains($0.value) || $0 == "đ" || $0 == "ơ" || $0 == "ư" }.count
    return marks * 30 > text.count
  }
}
