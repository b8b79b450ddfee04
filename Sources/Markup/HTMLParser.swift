import CLibXML2

/// Limits that keep one hostile page from stalling or exhausting a batch.
public struct ParseLimits: Sendable {
  /// Deepest element nesting accepted; deeper pages are refused rather than walked.
  public var maxDepth: Int
  /// Most elements accepted in one page.
  public var maxElements: Int
  /// Most attributes kept per element (the rest are ignored, not an error).
  public var maxAttributesPerElement: Int

  public init(maxDepth: Int = 2_000, maxElements: Int = 400_000, maxAttributesPerElement: Int = 64) {
    self.maxDepth = maxDepth
    self.maxElements = maxElements
    self.maxAttributesPerElement = maxAttributesPerElement
  }
}

/// Why a page could not be turned into a tree.
public enum ParseFailure: Error, Sendable, Equatable {
  case unparseable
  case tooDeep(limit: Int)
  case tooManyElements(limit: Int)
}

/// Parses UTF-8 HTML with libxml2 into an `HTMLDocument`.
///
/// The caller decodes the page to UTF-8 first (see `Charsets`): libxml2 2.9's own charset sniffing
/// truncates CP949 pages labelled EUC-KR, so it is always told the input is UTF-8. The parser runs
/// with network access forbidden and without loading any DTD, so untrusted pages stay inert.
public enum HTMLParser {
  private static let initialise: Void = {
    xmlInitParser()
    // libxml2 prints encoding and structure errors to stderr even with NOERROR; silence them.
    xmlSetStructuredErrorFunc(nil, { _, _ in })
    xmlThrDefSetGenericErrorFunc(nil, nil)
    initGenericErrorDefaultFunc(nil)
  }()

  /// Tags whose content is never page text. (`noscript` is read: newsclean is a reader without
  /// scripts, and Discourse-style pages put the whole thread there.) `textarea` holds form drafts and, on GnuBoard, hidden
  /// copies of every comment; `template`/`svg`/`math` hold markup, not prose.
  static let skippedTags: Set<String> = [
    "style", "template", "svg", "math", "textarea", "select", "option", "iframe",
    "object", "embed", "canvas", "audio", "video", "map",
  ]

  /// Parses `utf8` into an `HTMLDocument`, a tree of Swift values (for callers that want to look
  /// around the page; the cleaner reads it in one pass with `walk`).
  public static func parse(_ utf8: [UInt8], limits: ParseLimits = ParseLimits()) -> Result<HTMLDocument, ParseFailure> {
    var builder = TreeBuilder()
    switch walk(utf8, limits: limits, visitor: &builder) {
    case .failure(let failure): return .failure(failure)
    case .success(let summary):
      guard let root = builder.root else { return .failure(.unparseable) }
      return .success(HTMLDocument(root: root, elementCount: summary.elementCount, maxDepth: max(1, summary.maxDepth)))
    }
  }

  /// libxml2's options for every parse (the cleaner's and `TreeReference`'s): recover from broken
  /// markup, report nothing, never touch the network, add no default DTD. XML_PARSE_HUGE lifts
  /// libxml2's own depth cap of 256, which otherwise halts the parser silently and drops the rest
  /// of the page; the walk enforces `ParseLimits` exactly instead.
  static let parseOptions = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue
      | XML_PARSE_HUGE.rawValue)

  /// Runs libxml2 over `utf8`, its events going to `sink` through a `StreamingWalk`. The input is
  /// UTF-8 (see the type's comment); the parser never touches the network or loads a DTD.
  static func stream(
    _ utf8: [UInt8], limits: ParseLimits, attributes: AttributeReading, into sink: WalkSink
  ) -> Result<WalkSummary, ParseFailure> {
    utf8.withUnsafeBufferPointer { stream($0, limits: limits, attributes: attributes, into: sink) }
  }

  /// `stream` of the bytes in `utf8`, read in place (valid for the call). `prepare: false` hands
  /// libxml2 the page untouched (`walkAsIs`).
  static func stream(
    _ utf8: UnsafeBufferPointer<UInt8>, limits: ParseLimits, attributes: AttributeReading, into sink: WalkSink,
    prepare: Bool = true
  ) -> Result<WalkSummary, ParseFailure> {
    _ = initialise
    if utf8.isEmpty { return .failure(.unparseable) }
    // Attributes past the visible ones and script and style content (almost half the bytes of a real
    // page, never kept) are cut before libxml2 sees the page; long class lists, links and text
    // become placeholders that the walk reads back from `utf8`. See `Prescan`.
    var spans: [Int] = []
    let pruned = prepare
      ? Prescan.prepared(utf8, reading: attributes, maxVisible: limits.maxAttributesPerElement, substituting: true, spans: &spans)
      : nil
    let options = parseOptions
    guard let ctxt = htmlNewParserCtxt() else { return .failure(.unparseable) }
    defer { htmlFreeParserCtxt(ctxt) }
    guard let sax = ctxt.pointee.sax else { return .failure(.unparseable) }
    let walk = StreamingWalk(limits: limits, attributes: attributes, sink: sink)
    if !spans.isEmpty { walk.names.placed = PlacedValues(base: utf8.baseAddress!, spans: spans) }
    StreamingWalk.install(on: sax)
    let unmanaged = Unmanaged.passRetained(walk)
    defer { unmanaged.release() }
    ctxt.pointee._private = unmanaged.toOpaque()
    func read(_ buffer: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        htmlCtxtReadMemory(ctxt, chars, Int32(clamping: buffer.count), nil, "UTF-8", options)
      }
    }
    let doc: htmlDocPtr? = pruned.map { $0.withUnsafeBufferPointer(read) } ?? read(utf8)
    // No document is built (the walk makes none); free one if libxml2 made it all the same.
    if let doc { xmlFreeDoc(doc) }
    if let failure = walk.failure { return .failure(failure) }
    // Halted for another reason (out of memory, internal error): the page is cut short.
    if ctxt.pointee.disableSAX != 0 { return .failure(.unparseable) }
    guard let summary = walk.finish() else { return .failure(.unparseable) }
    return .success(summary)
  }
}

/// Builds the Swift tree of `HTMLParser.parse` from a walk.
struct TreeBuilder: HTMLVisitor {
  var root: Element?
  private var open: [Element] = []
  private var pendingText: [UInt8] = []

  mutating func enter(_ element: ElementRef) -> Bool {
    flushText()
    var attributes: [(name: String, value: String)] = []
    element.forEachAttribute { name, value in attributes.append((name, value())) }
    let made = Element(tag: element.tag, attributes: attributes)
    if let parent = open.last { parent.children.append(.element(made)) } else { root = made }
    open.append(made)
    return true
  }

  mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
    // One text node per run, as libxml2 delivers them.
    flushText()
    pendingText.append(contentsOf: utf8)
    flushText()
  }

  mutating func leave(_ element: ElementRef) {
    flushText()
    open.removeLast()
  }

  private mutating func flushText() {
    guard !pendingText.isEmpty, let parent = open.last else {
      pendingText.removeAll(keepingCapacity: true)
      return
    }
    parent.children.append(.text(String(decoding: pendingText, as: UTF8.self)))
    pendingText.removeAll(keepingCapacity: true)
  }
}
