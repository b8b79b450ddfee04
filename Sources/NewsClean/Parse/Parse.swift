import Ingest
import LinkSense
import Markup

/// Turns decoded text into blocks and metadata: HTML through libxml2, text dumps line by line.
///
/// Both kinds of input end as the same `[Block]`, so every later stage serves both.
public struct Parse: Stage {
  public static let name = "parse"
  let config: CleanConfig

  public init(config: CleanConfig) { self.config = config }

  public func process(_ page: Page<Decoded>) -> Verdict<Page<Parsed>> {
    var next: Page<Parsed> = page.advanced()
    switch page.raw.format {
    case .text:
      next.blocks = TextDumpBlocks.blocks(from: page.text)
    case .html:
      var reading = PageReading()
      // The page's bytes read in place (the bytes read, or a native string's): no copy.
      let walked = page.content.withUTF8 {
        HTMLParser.walk($0, limits: config.parseLimits, attributes: .known, visitor: &reading)
      }
      switch walked {
      case .failure(.unparseable):
        return .drop(Rejection(stage: Self.name, reason: "unparseable", detail: "libxml2 built no document from the page"))
      case .failure(.tooDeep(let limit)):
        return .drop(Rejection(stage: Self.name, reason: "limit-dom-depth", detail: "elements nest deeper than the limit of \(limit)"))
      case .failure(.tooManyElements(let limit)):
        return .drop(Rejection(stage: Self.name, reason: "limit-dom-nodes", detail: "more elements than the limit of \(limit)"))
      case .success:
        next.metadata = reading.metadata.finish()
        var builder = reading.blocks
        builder.finish()
        next.blocks = builder.blocks
        next.structure = PageStructure(
          parents: builder.parents, tags: builder.tags, roles: builder.elementRoles, signatures: builder.signatures)
        next.metadata.siteDomain = SiteDomain.of(
          canonical: next.metadata.canonicalURL ?? page.raw.source.url, blocks: next.blocks)
      }
    }
    if next.blocks.isEmpty {
      return .drop(Rejection(stage: Self.name, reason: "no-text", detail: "the page has markup but no visible text"))
    }
    return .keep(next)
  }
}

/// One walk of an HTML page feeding both readers: metadata sees every element (the head
/// included), the block builder skips what it declines (the head, scripts) without stopping the
/// metadata reader.
struct PageReading: HTMLVisitor {
  var metadata = MetadataReader()
  var blocks = HTMLBlocks()
  /// Above zero while inside an element the block builder declined: its nesting depth there.
  private var blocksSkipping = 0

  /// Both readers only append the text they are given to a buffer, so a run in pieces reads the
  /// same as the run whole.
  static var takesTextInPieces: Bool { true }

  mutating func enter(_ element: ElementRef) -> Bool {
    _ = metadata.enter(element)
    if blocksSkipping > 0 {
      blocksSkipping += 1
    } else if !blocks.enter(element) {
      blocksSkipping = 1
    }
    return true
  }

  mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
    metadata.text(utf8)
    if blocksSkipping == 0 { blocks.text(utf8) }
  }

  mutating func leave(_ element: ElementRef) {
    metadata.leave(element)
    if blocksSkipping > 0 {
      blocksSkipping -= 1
    } else {
      blocks.leave(element)
    }
  }
}

/// Splits a text dump (one visible line per block, as naive scrapers save pages) into blocks.
enum TextDumpBlocks {
  static func blocks(from text: String) -> [Block] {
    var blocks: [Block] = []
    for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
      let line = normalizeSpace(String(rawLine))
      if line.isEmpty { continue }
      var block = Block(text: line, kind: .line)
      block.index = blocks.count
      blocks.append(block)
    }
    return blocks
  }
}

/// Finds the page's own registrable domain.
enum SiteDomain {
  static func of(canonical: String?, blocks: [Block]) -> String? {
    if let canonical, let url = WebURL.parse(canonical), let domain = PublicSuffixList.shared.registrableDomain(of: url.host) {
      return domain
    }
    // The domain most of the navigation, header and footer links point to (at least three).
    var counts: [String: Int] = [:]
    for block in blocks where !block.roles.isDisjoint(with: [.navigation, .header, .footer, .buttons, .form]) {
      for link in block.links {
        guard link.href.hasPrefix("http"), let url = WebURL.parse(link.href),
          let domain = PublicSuffixList.shared.registrableDomain(of: url.host)
        else { continue }
        counts[domain, default: 0] += 1
      }
    }
    guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= 3 else { return nil }
    return best.key
  }
}
