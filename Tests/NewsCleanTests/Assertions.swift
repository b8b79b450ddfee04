import Ingest
import LinkSense
import Testing

@testable import NewsClean

// MARK: Whole pages

/// Runs the per-page pipeline on an in-memory page, as the batch runner would on a file.
func clean(_ content: String, format: PageFormat, url: String? = nil) -> Verdict<ArticleRecord> {
  let page = RawPage(
    id: "test", source: SourceRef(path: format == .html ? "test.html" : "test.txt", url: url), format: format,
    bytes: Array(content.utf8))
  return PagePipeline().process(page)
}

/// The record of a page that must survive cleaning; records an issue and returns nil otherwise.
func record(
  _ content: String, format: PageFormat, sourceLocation: SourceLocation = #_sourceLocation
) -> ArticleRecord? {
  switch clean(content, format: format) {
  case .keep(let record):
    return record
  case .drop(let rejection):
    Issue.record("page rejected at \(rejection.stage): \(rejection.reason) (\(rejection.detail))", sourceLocation: sourceLocation)
    return nil
  }
}

/// Cleans an HTML page and checks the result against the specification given.
///
/// - `title`: the record's title (nil: no title).
/// - `body`: the paragraphs, exactly and in order.
/// - `spam`: the URLs reported as spam links, in order.
/// - `removed`: strings that must not appear anywhere in the text.
/// - `comments`: the comments' texts, in order.
func assertCleans(
  html: String, title: String?, body: [String], spam: [String] = [], removed: [String] = [], comments: [String] = [],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  check(
    html, format: .html, title: title, body: body, spam: spam, removed: removed, comments: comments,
    sourceLocation: sourceLocation)
}

/// Cleans a text dump (one visible line per line, as a naive scraper saves a page) and checks it.
func assertCleans(
  text: String, title: String?, body: [String], spam: [String] = [], removed: [String] = [], comments: [String] = [],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  check(
    text, format: .text, title: title, body: body, spam: spam, removed: removed, comments: comments,
    sourceLocation: sourceLocation)
}

private func check(
  _ content: String, format: PageFormat, title: String?, body: [String], spam: [String], removed: [String],
  comments: [String], sourceLocation: SourceLocation
) {
  guard let record = record(content, format: format, sourceLocation: sourceLocation) else { return }
  #expect(record.title == title, "title", sourceLocation: sourceLocation)
  #expect(record.paragraphs == body, "paragraphs", sourceLocation: sourceLocation)
  #expect(record.spamLinks.map(\.url) == spam, "spam links", sourceLocation: sourceLocation)
  for gone in removed {
    #expect(!record.text.contains(gone), "«\(gone)» should be gone from the text", sourceLocation: sourceLocation)
  }
  #expect(record.comments.map(\.text) == comments, "comments", sourceLocation: sourceLocation)
}

// MARK: Single blocks

/// A block of plain text, as the parser makes it.
func block(_ text: String, kind: Block.Kind = .paragraph, links: [InlineLink] = []) -> Block {
  var b = Block(text: text, kind: kind)
  b.links = links
  b.linkCharacters = links.reduce(0) { $0 + $1.text.count }
  return b
}

/// An anchor as the parser reads it.
func link(_ href: String, _ text: String, hidden: Bool = false, camouflaged: Bool = false) -> InlineLink {
  InlineLink(href: href, text: text, hidden: hidden, rel: "", camouflaged: camouflaged)
}

extension BoilerplateSignal {
  /// Whether the signal claims `text` as a block of an HTML page, with `roles` between the
  /// content container and the block.
  func claims(_ text: String, roles: MarkupRoles = []) -> Bool {
    matches(block(text), context: BlockContext(innerRoles: roles))
  }

  /// Whether the signal claims `text` as a line of a text dump.
  func claimsLine(_ text: String) -> Bool {
    matches(block(text, kind: .line), context: BlockContext(isTextDump: true))
  }
}

// MARK: Links in context

/// Where a link sits: the sentence `text`, and the link written at `marked` inside it (a bare URL
/// when `anchor` is nil, else an anchor whose text is `marked`).
func placement(
  _ text: String, at marked: String, anchor: Bool = false, hidden: Bool = false, camouflaged: Bool = false,
  articleWords: Set<String> = []
) -> LinkPlacement {
  let range = text.range(of: marked)
  #expect(range != nil, "«\(marked)» is not in the test sentence")
  return LinkPlacement(
    text: text, range: range, anchorText: anchor ? marked : nil, hidden: hidden, roles: [], camouflaged: camouflaged,
    articleWords: ArticleWords(words: articleWords))
}

/// The weight a context signal gives `url` at `placement` (0 when it stays silent).
func weight(_ signal: some ContextSignal, _ url: String, _ placement: LinkPlacement) -> Double {
  guard let parsed = WebURL.parse(url) else {
    Issue.record("unparseable test URL \(url)")
    return .nan
  }
  return signal.evaluate(parsed, placement: placement)?.weight ?? 0
}

// MARK: Stages fed by hand

let testIdentity = PageIdentity(id: "test", source: SourceRef(path: "test.html"), format: .html)
let testCharset = CharsetReport(name: "utf-8", source: "unicode-input", declared: nil, replacements: 0)

/// The blocks the parser makes of `html`.
func parsedBlocks(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Block] {
  let page = Page<Decoded>(raw: testIdentity, charset: testCharset, text: html)
  switch Parse(config: CleanConfig()).process(page) {
  case .keep(let parsed): return parsed.blocks
  case .drop(let rejection):
    Issue.record("parse refused the page: \(rejection.reason)", sourceLocation: sourceLocation)
    return []
  }
}

/// A page at `Phase` whose blocks are `paragraphs`, in order, as if earlier stages made them.
func page<Phase>(_ paragraphs: [String], at phase: Phase.Type = Phase.self, format: PageFormat = .html) -> Page<Phase> {
  var identity = testIdentity
  identity.format = format
  var page = Page<Phase>(raw: identity, charset: testCharset, text: paragraphs.joined(separator: "\n"))
  page.blocks = paragraphs.enumerated().map { i, text in
    var b = block(text, kind: format == .text ? .line : .paragraph)
    b.index = i
    return b
  }
  return page
}
