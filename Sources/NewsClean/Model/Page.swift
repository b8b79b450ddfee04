import Ingest

/// Phases a page passes through; `Page<Phase>` is tagged with the last stage it went through, so a
/// stage can only be handed a page that is ready for it.
public enum Decoded {}
public enum Parsed {}
public enum Stripped {}
public enum Deduplicated {}
public enum Despammed {}

/// One page on its way through the pipeline.
///
/// The fields fill in as stages run: `text` after decoding, `blocks` and `metadata` after parsing,
/// `comments` and `removed` from boilerplate stripping on, `duplicate` and `spamLinks` later.
public struct Page<Phase> {
  public var raw: PageIdentity
  public var charset: CharsetReport
  /// The decoded page (HTML source or text dump), as stored by decoding.
  var content: PageContent
  /// The decoded page (HTML source or text dump) as a String (made from the bytes when decoding
  /// kept them; stages read `content` in place).
  public var text: String {
    get { content.string }
    set { content = .string(newValue) }
  }

  init(raw: PageIdentity, charset: CharsetReport, text: String) {
    self.init(raw: raw, charset: charset, content: .string(text))
  }

  init(raw: PageIdentity, charset: CharsetReport, content: PageContent) {
    self.raw = raw
    self.charset = charset
    self.content = content
  }
  public var blocks: [Block] = []
  public var metadata = PageMetadata()
  public var comments: [Comment] = []
  public var removed: [RemovedItem] = []
  public var duplicate = WithinDocumentDuplicate()
  public var spamLinks: [SpamLink] = []
  /// Legitimate links seen in the kept body (reported, never removed).
  public var keptLinks: [String] = []
  /// Element structure of an HTML page (empty for text dumps), for stages that reason about containers.
  var structure = PageStructure()
  /// Prose found outside the chosen content container, kept aside so that a second copy of the body
  /// placed in another container can be recognised as a duplicate.
  var setAside: [Block] = []
  /// Links of hidden blocks: never text, but evidence for the spam stage.
  var hiddenLinks: [InlineLink] = []
  /// Links of visible chrome stripped from the post region (signatures, post footers).
  var strippedLinks: [StrippedLink] = []
  /// The removed second copy of the body: its injected links are still reported.
  var droppedCopies: [Block] = []

  /// The same page, tagged as having passed the next stage.
  func advanced<Next>(to: Next.Type = Next.self) -> Page<Next> {
    var next = Page<Next>(raw: raw, charset: charset, content: content)
    next.blocks = blocks
    next.metadata = metadata
    next.comments = comments
    next.removed = removed
    next.duplicate = duplicate
    next.spamLinks = spamLinks
    next.keptLinks = keptLinks
    next.structure = structure
    next.setAside = setAside
    next.hiddenLinks = hiddenLinks
    next.strippedLinks = strippedLinks
    next.droppedCopies = droppedCopies
    return next
  }
}

/// A decoded page's text: a String, or the page's own bytes when they already were the text
/// (valid UTF-8 without a BOM, most of the web), kept as read instead of copied into a String.
enum PageContent {
  case string(String)
  /// Valid UTF-8: `CharsetDecoder` proved it before choosing this.
  case utf8([UInt8])

  var string: String {
    switch self {
    case .string(let text): return text
    case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// Calls `body` with the text's UTF-8 bytes, in place.
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    switch self {
    case .string(var text): return try text.withUTF8(body)
    case .utf8(let bytes): return try bytes.withUnsafeBufferPointer(body)
    }
  }
}

/// Where a page came from and what kind of input it is.
public struct PageIdentity: Sendable {
  public var id: String
  public var source: SourceRef
  public var format: PageFormat
}

/// How the bytes were turned into text.
public struct CharsetReport: Codable, Equatable, Sendable {
  /// Canonical name of the charset used (`utf-8`, `windows-949`, …).
  public var name: String
  /// How it was chosen: `bom`, `transport`, `meta`, `detected`, `fallback`, `unicode-input`.
  public var source: String
  /// What the page or transport declared, when that differs or was overridden.
  public var declared: String?
  /// Invalid byte sequences replaced by U+FFFD.
  public var replacements: Int
}

/// Metadata found in the page's head, structured data and body.
public struct PageMetadata: Sendable {
  public var title: String?
  public var documentTitle: String?
  public var byline: String?
  public var published: String?
  public var siteName: String?
  public var canonicalURL: String?
  public var declaredLanguage: String?
  public var description: String?
  /// The page says it sells one product (`og:type` `product`, JSON-LD `@type` `Product`): its
  /// name and description are the content, wherever the template puts their column.
  public var declaresProduct = false
  /// The page's own registrable domain: from its canonical URL or source URL, else the domain its
  /// navigation links point to. Links there are the site's own, never injections.
  public var siteDomain: String?
}

/// A reader comment set apart from the article.
public struct Comment: Codable, Equatable, Sendable {
  public var author: String?
  public var date: String?
  public var text: String

  /// Absent author and date are written as `null`, so every comment has the same keys.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(author, forKey: .author)
    try c.encode(date, forKey: .date)
    try c.encode(text, forKey: .text)
  }
}

/// Something stripped from the page, kept for the audit trail.
public struct RemovedItem: Sendable, Equatable {
  /// Why: `chrome-label`, `navigation`, `empty-comments`, `markup-role`, … (see `BoilerplateKind`).
  public var kind: String
  public var text: String
}

/// The within-page duplicate finding.
public struct WithinDocumentDuplicate: Codable, Equatable, Sendable {
  public var found = false
  /// `exact`, `near`, `truncated`, `partial`, or nil when nothing was found.
  public var kind: String?
  public var removedParagraphs = 0
  enum CodingKeys: String, CodingKey {
    case found, kind
    case removedParagraphs = "removed_paragraphs"
  }
}

/// A link judged to be injected spam and removed from the body.
public struct SpamLink: Codable, Equatable, Sendable {
  public var url: String
  public var score: Double
  public var reasons: [SpamReason]
  /// A short window of the text around the link, as it was before removal.
  public var context: String
}

/// One signal that contributed to a spam decision.
public struct SpamReason: Codable, Equatable, Sendable {
  public var signal: String
  public var weight: Double
  public var evidence: String
}

/// Parent, tag, roles and class signature of every element serial of an HTML page.
struct PageStructure {
  var parents: [Int] = []
  var tags: [String] = []
  var roles: [MarkupRoles] = []
  var signatures: [String] = []
}

/// The children of every element of a `PageStructure`, in document order, in two flat arrays:
/// the children of `e` are `list[start[e]..<start[e + 1]]`. An array per element would cost an
/// allocation for each element with children, thousands per page.
struct ChildIndex {
  private let list: [Int]
  private let start: [Int]
  /// Elements without a parent, in document order.
  let roots: [Int]

  init(parents: [Int]) {
    // Count each element's children, turn the counts into start offsets, then place each child
    // at its parent's next free offset (serials ascending, so each list is in document order).
    // Through the buffers: every subscript of the arrays asked for uniqueness and bounds, which
    // cost several times the counting itself (every parent is a serial of the list).
    let count = parents.count
    var start = [Int](repeating: 0, count: count + 1)
    var rootCount = 0
    parents.withUnsafeBufferPointer { parents in
      start.withUnsafeMutableBufferPointer { start in
        for parent in parents {
          if parent >= 0 { start[parent + 1] += 1 } else { rootCount += 1 }
        }
        var sum = 0
        for e in 0...count {
          sum += start[e]
          start[e] = sum
        }
      }
    }
    let total = start[count]
    var roots = [Int](repeating: 0, count: rootCount)
    var list = [Int](repeating: 0, count: total)
    // Each parent's next free offset, read from `start` as the children are placed.
    var next = start
    parents.withUnsafeBufferPointer { parents in
      next.withUnsafeMutableBufferPointer { next in
        list.withUnsafeMutableBufferPointer { list in
          roots.withUnsafeMutableBufferPointer { roots in
            var r = 0
            for serial in 0..<parents.count {
              let parent = parents[serial]
              if parent >= 0 {
                list[next[parent]] = serial
                next[parent] += 1
              } else {
                roots[r] = serial
                r += 1
              }
            }
          }
        }
      }
    }
    self.list = list
    self.start = start
    self.roots = roots
  }

  func children(_ element: Int) -> ArraySlice<Int> { list[start[element]..<start[element + 1]] }
}

/// A link whose block was stripped as chrome, kept as evidence for the spam stage.
struct StrippedLink {
  var link: InlineLink
  var roles: MarkupRoles
  var text: String
}
