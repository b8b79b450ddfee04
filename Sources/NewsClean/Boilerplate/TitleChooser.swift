/// Picks the article's title (not the site's) from headings, structured data and `<title>`.
///
/// `<title>` usually reads `Article - Board - Site`; the article's heading, when it matches one
/// of those segments or the start of `<title>`, is the title. Boards cut long headings with `…`
/// (GnuBoard at 70 characters), in which case the full text comes from `<title>`.
enum TitleChooser {
  static let separators = [" - ", " | ", " :: ", " – ", " — ", " > ", " « ", " » ", " · ", " :: ", " ｜ ", " ─ ", " _ "]

  static func choose(metadata: PageMetadata, blocks: [Block], structure: PageStructure) -> String? {
    let documentTitle = metadata.documentTitle ?? ""
    let segments = split(documentTitle)
    let structured = metadata.title.map { strip($0, site: metadata.siteName) }
    // Read by index: `filter` copied every block of the page (text, links, ancestors) to test
    // three fields, and counted characters by grapheme breaking. The headings are kept as
    // positions, not copies of their blocks.
    var headings: [Int] = []
    for i in blocks.indices where blocks[i].kind == .heading && blocks[i].level <= 3 && hasAtMostCharacters(blocks[i].text, 300) {
      headings.append(i)
    }
    headings.sort { (blocks[$0].level, blocks[$0].index) < (blocks[$1].level, blocks[$1].index) }
    let site = metadata.siteName.map { ChromeLexicon.normalize($0) }
    // The metadata's normalised forms, worked out once rather than for every heading.
    let normalizedStructured = structured.map { ChromeLexicon.normalize($0) }
    let normalizedSegments = segments.map { ChromeLexicon.normalize($0) }
    let normalizedDocumentTitle = ChromeLexicon.normalize(documentTitle)
    // Plain texts share a prefix of characters exactly when they share its bytes (see `isPlain`).
    let plainDocumentTitle = isPlain(normalizedDocumentTitle)
    // Each heading that matches the title metadata is a candidate; the best match wins:
    // structured data, then `<title>`'s leading segment, then any other segment. A heading in
    // site chrome (the logo in the header) or equal to the site name only counts last.
    var best: (rank: Int, text: String)?
    // Only a greater rank replaces the best, and none is greater than a match of structured data
    // (or, without structured data, of `<title>`): once one is found the rest need not be read.
    let topRank = normalizedStructured == nil ? 4 : 5
    headingLoop: for h in headings {
      let inChrome = !blocks[h].roles.isDisjoint(with: [.header, .navigation, .footer, .aside, .banner])
      for text in variants(blocks[h].text) {
        let n = ChromeLexicon.normalize(text)
        guard hasCharacters(n, atLeast: 2) else { continue }
        var rank = 0
        var chosen = text
        let truncated = isTruncated(text)
        if let normalizedStructured, normalizedStructured == n, !truncated {
          rank = 5
        } else if let first = normalizedSegments.first, first == n, !truncated {
          rank = 4
        } else if !documentTitle.isEmpty,
          plainDocumentTitle && isPlain(n) ? normalizedDocumentTitle.bytesHavePrefix(n) : normalizedDocumentTitle.hasPrefix(n),
          n.count >= 8, !truncated
        {
          rank = 4
        } else if truncated {
          let stem = ChromeLexicon.normalize(String(text.dropLast(text.hasSuffix("…") ? 1 : 3)))
          if stem.count >= 8, let full = segments.indices.first(where: { normalizedSegments[$0].hasPrefix(stem) }).map({ segments[$0] }) {
            rank = 4
            chosen = full
          } else if stem.count >= 8, let structured, let normalizedStructured, normalizedStructured.hasPrefix(stem) {
            rank = 4
            chosen = structured
          }
        } else if normalizedSegments.contains(n) {
          rank = 2
        }
        if rank == 0 { continue }
        if inChrome || n == site { rank -= 3 }
        if best == nil || rank > best!.rank { best = (rank, chosen) }
        if best!.rank >= topRank { break headingLoop }
      }
    }
    if let best, best.rank >= 2 { return best.text }
    if let structured, !structured.isEmpty { return structured }
    if let first = segments.first, !first.isEmpty {
      // The longest leading segment is the article; trailing ones are board and site names.
      return segments.count > 1 ? segments.max(by: { $0.count < $1.count }) : first
    }
    return headings.first(where: { blocks[$0].level == 1 }).map { blocks[$0].text } ?? headings.first.map { blocks[$0].text }
  }

  /// Whether a heading ends with an ellipsis (`…` or `...`), as boards cut long ones. This is
  /// `TitleEcho.endsWithEllipsis`, which reads the last bytes and only falls back to characters
  /// where a mark before the dots could join them (reading the whole heading to learn that it
  /// is plain cost more than the test).
  static func isTruncated(_ text: String) -> Bool {
    TitleEcho.endsWithEllipsis(text)
  }

  /// `isTruncated` as it read before: on the bytes of plain text, by character otherwise.
  static func isTruncatedByPlainness(_ text: String) -> Bool {
    if isPlain(text) { return text.bytesHaveSuffix("…") || text.bytesHaveSuffix("...") }
    return text.hasSuffix("…") || text.hasSuffix("...")
  }

  /// Text dumps carry no markup: the title is the line above the body that shares the most words
  /// with it (a board name or a user name shares none), preferring the first line on a tie.
  static func chooseForDump(_ lines: [Block], isChrome: (Block) -> Bool) -> Int? {
    guard !lines.isEmpty else { return nil }
    // A line cut off with an ellipsis is a shortened title, not the start of the body.
    let firstProse = lines.firstIndex(where: {
      ContentContainer.isProse($0) && $0.text.count >= 60 && !$0.text.hasSuffix("…") && !$0.text.hasSuffix("...")
    }) ?? lines.count
    guard firstProse > 0 else { return nil }
    // The body's words, from its prose only: a footer repeating the site name must not vouch for it.
    let body = Set(lines[firstProse...].prefix(60).filter { ContentContainer.isProse($0) && !isChrome($0) }.flatMap { titleTokens($0.text) })
    var best: (index: Int, score: Double)?
    for i in 0..<min(firstProse, 30) {
      let line = lines[i]
      let text = line.text
      if text.hasPrefix("- ") || text.hasPrefix("* ") || text.count > 200 || isChrome(line) { continue }
      if DateReader.containsDate(in: text) { continue }
      let tokens = titleTokens(text)
      guard !tokens.isEmpty else { continue }
      let overlap = Double(tokens.filter { body.contains($0) }.count) / Double(tokens.count)
      // A post title sits right above its byline (`관리자 2013.07.07 01:59 조회 수 : 5661`).
      let aboveByline = lines[(i + 1)..<min(i + 3, lines.count)].contains { $0.text.count <= 80 && !DateReader.all(in: $0.text).isEmpty }
      // Titles rarely end with a full stop; a dek or lead sentence under the title does.
      let sentence = text.hasSuffix(".") || text.hasSuffix("。") ? 0.5 : 0
      let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
      if letters < 2 { continue }
      // Forum pages print the topic title twice: in the page header and over the first post.
      let repeated = lines[0..<firstProse].filter { $0.text == text }.count > 1 ? 0.2 : 0
      let score = overlap + (i == 0 ? 0.15 : 0) + (aboveByline ? 0.5 : 0) + repeated - sentence
      if best == nil || score > best!.score { best = (i, score) }
    }
    guard let best else { return nil }
    if best.score >= 0.4 { return best.index }
    // Nothing the body echoes: a first line that is not chrome is still the likeliest title.
    return (!isChrome(lines[0]) && !lines[0].text.hasPrefix("- ") && firstProse > 0) ? 0 : nil
  }

  /// Lower-cased words, and single characters for CJK, for overlap counting.
  static func titleTokens(_ s: String) -> [String] {
    var out: [String] = []
    var word = ""
    for ch in s.lowercased() {
      if let scalar = ch.unicodeScalars.first, isCJK(scalar) {
        if !word.isEmpty { out.append(word); word = "" }
        out.append(String(ch))
      } else if ch.isLetter || ch.isNumber {
        word.append(ch)
      } else if !word.isEmpty {
        out.append(word)
        word = ""
      }
    }
    if !word.isEmpty { out.append(word) }
    // Short Latin words (`the`, `of`) are in every body; they would make any line look echoed.
    return out.filter { $0.count >= 4 || ($0.unicodeScalars.first.map(isCJK) ?? false) }
  }

  /// The heading itself and, for GnuBoard's hidden `title > board` heading, its first part.
  private static func variants(_ text: String) -> [String] {
    var out = [text]
    // A separator's bytes must be there before it can be there as characters; most headings
    // hold none of their middle bytes, and then none of the three is searched for.
    guard mayHoldSeparator(text) else { return out }
    for sep in [" > ", " | ", " - "] where text.containsBytes(sep) && text.contains(sep) {
      if let first = text.components(separatedBy: sep).first, !first.isEmpty { out.append(first) }
    }
    return out
  }

  /// Whether `text` has a byte `>`, `|` or `-`: the middle of every separator `variants` reads.
  static func mayHoldSeparator(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in bytes.contains { $0 == 0x3E || $0 == 0x7C || $0 == 0x2D } }
  }

  /// `separators` as bytes.
  static let separatorBytes: [[UInt8]] = separators.map { Array($0.utf8) }

  /// `separators.map { whole.containsBytes($0) }`, in one pass over `whole`: every separator
  /// opens with a space, so only the places after a space byte are compared (searching the
  /// title once per separator was most of what splitting it cost).
  static func separatorsPresent(in whole: String) -> [Bool] {
    var present = [Bool](repeating: false, count: separators.count)
    var whole = whole
    whole.withUTF8 { h in
      for i in h.indices where h[i] == 0x20 {
        for k in separatorBytes.indices where !present[k] {
          let sep = separatorBytes[k]
          guard i + sep.count <= h.count else { continue }
          var j = 1
          while j < sep.count && h[i + j] == sep[j] { j += 1 }
          if j == sep.count { present[k] = true }
        }
      }
    }
    return present
  }

  static func split(_ title: String) -> [String] {
    let whole = normalizeSpace(title)
    var parts = [whole]
    // Every part is a piece of the whole title: a separator whose bytes the title lacks splits
    // no part, and most titles hold one or two of the thirteen (rebuilding the list of parts for
    // each of the others was most of what splitting cost).
    let present = separatorsPresent(in: whole)
    for (k, sep) in separators.enumerated() where present[k] {
      // Without the separator's bytes a part is its only component.
      parts = parts.flatMap { $0.containsBytes(sep) ? $0.components(separatedBy: sep) : [$0] }
    }
    return parts.map { normalizeSpace($0) }.filter { !$0.isEmpty }
  }

  private static func strip(_ title: String, site: String?) -> String {
    guard let site, !site.isEmpty else { return title }
    let parts = split(title)
    let kept = parts.filter { ChromeLexicon.normalize($0) != ChromeLexicon.normalize(site) }
    return kept.count < parts.count && !kept.isEmpty ? kept.joined(separator: " - ") : title
  }
}
