#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CLibXML2

/// Turns libxml2's parse events (its SAX interface) into `HTMLVisitor` calls, in the order and
/// with the content that a walk of the tree libxml2 would have built gives.
///
/// Why not build the tree and walk it: making the tree (a node, a copied name, an attribute node
/// and a text node per attribute, a text node per run of text) and freeing it again was a third
/// of libxml2's whole cost on real pages, for a tree the cleaner reads once, front to back.
///
/// What the tree would have done and this reproduces (libxml2 2.9's `SAX2.c`, HTML mode):
/// - **Runs of text are joined.** Consecutive text (or script text) events are one node; an
///   element, a comment or a processing instruction ends the run.
/// - **Text outside every element is dropped**, as is text after the root element closed.
/// - **The root is the first element.** An element that starts after the root closed (content
///   after `</html>`) is added to the root as its last child when the root was the document's
///   first node, and otherwise becomes a second top-level element that a tree walk never visits.
///   So the root's `leave` waits for the end of the parse.
/// - **Prefixed names lose their prefix**: `<o:p>` (pasted from Word) is a `p`.
/// - **Elements closed without an end event** (a start tag cut off at the end of the input) are
///   closed when libxml2's own stack of open elements shows they are gone.
///
/// Limits are enforced as the events arrive, so a hostile page stops the parser at once.
final class StreamingWalk {
  private struct Frame {
    var tagEntry: Int32
    /// libxml2's open-element count (`nameNr`) while this element was open.
    var parseDepth: Int32
    /// Nesting in the tree the walk reproduces (the root is 1).
    var treeDepth: Int
    /// `enter` was called and accepted the element: a `leave` is due.
    var entered: Bool
    /// The element's children are visited (text delivered, elements entered).
    var descends: Bool
  }

  private let limits: ParseLimits
  private let knownOnly: Bool
  private let sink: WalkSink
  /// The sink's visitor takes a run of text in pieces (`HTMLVisitor.takesTextInPieces`): text
  /// goes to it as libxml2 hands it out, and `pending` stays empty.
  private let textInPieces: Bool
  let names = NameCache()
  // The walk belongs to one parse on one thread, and no access to its state overlaps another
  // (the visitor never reaches back into the walk), so Swift's run-time exclusivity checks,
  // several per event, are turned off, as in `NameCache`.
  @exclusivity(unchecked) private var frames: [Frame] = []
  @exclusivity(unchecked) private var pending: [UInt8] = []
  @exclusivity(unchecked) private var rootSeen = false
  /// The root element closed; its frame stays at the bottom of `frames` until the parse ends.
  @exclusivity(unchecked) private var rootClosed = false
  /// A node (a doctype, a comment) came before the root element.
  @exclusivity(unchecked) private var nodeBeforeRoot = false
  @exclusivity(unchecked) private var doctypeSeen = false
  /// Every element, comment and processing instruction, for the node limit.
  @exclusivity(unchecked) private var nodes = 0
  @exclusivity(unchecked) private var elements = 0
  @exclusivity(unchecked) private var deepest = 0
  @exclusivity(unchecked) private(set) var failure: ParseFailure?

  init(limits: ParseLimits, attributes: AttributeReading, sink: WalkSink) {
    self.limits = limits
    knownOnly = attributes == .known
    self.sink = sink
    textInPieces = sink.takesTextInPieces
  }

  /// Points `sax` at this walk; `ctxt._private` must hold the walk while libxml2 parses.
  static func install(on sax: UnsafeMutablePointer<xmlSAXHandler>) {
    // No document is built: these would make its nodes.
    sax.pointee.startDocument = nil
    sax.pointee.endDocument = nil
    sax.pointee.setDocumentLocator = nil
    sax.pointee.reference = nil
    sax.pointee.ignorableWhitespace = nil
    sax.pointee.internalSubset = { ctx, _, _, _ in
      StreamingWalk.with(ctx) { _, walk in walk.doctype() }
    }
    sax.pointee.startElement = { ctx, name, attributes in
      guard let name else { return }
      StreamingWalk.with(ctx) { ctxt, walk in walk.start(ctxt, name, attributes) }
    }
    sax.pointee.endElement = { ctx, _ in
      StreamingWalk.with(ctx) { ctxt, walk in walk.end(ctxt) }
    }
    sax.pointee.characters = { ctx, bytes, length in
      guard let bytes, length > 0 else { return }
      StreamingWalk.with(ctx) { _, walk in walk.characters(bytes, Int(length)) }
    }
    sax.pointee.cdataBlock = { ctx, bytes, length in
      guard let bytes, length > 0 else { return }
      StreamingWalk.with(ctx) { _, walk in walk.characters(bytes, Int(length)) }
    }
    sax.pointee.comment = { ctx, _ in
      StreamingWalk.with(ctx) { ctxt, walk in walk.otherNode(ctxt) }
    }
    sax.pointee.processingInstruction = { ctx, _, _ in
      StreamingWalk.with(ctx) { ctxt, walk in walk.otherNode(ctxt) }
    }
  }

  /// Calls `body` with the parser context and the walk it holds in `_private`, if any. The walk
  /// is lent, not retained: the parse that calls back holds it for its whole run (`stream`), and
  /// a retain and a release per event (several per element) cost as much as the event's test.
  @inline(__always)
  private static func with(
    _ ctx: UnsafeMutableRawPointer?, _ body: (UnsafeMutablePointer<xmlParserCtxt>, StreamingWalk) -> Void
  ) {
    guard let ctxt = ctx?.assumingMemoryBound(to: xmlParserCtxt.self), let p = ctxt.pointee._private else { return }
    Unmanaged<StreamingWalk>.fromOpaque(p)._withUnsafeGuaranteedRef { body(ctxt, $0) }
  }

  // MARK: Events

  private func doctype() {
    doctypeSeen = true
    if !rootSeen { nodeBeforeRoot = true }
  }

  private func start(
    _ ctxt: UnsafeMutablePointer<xmlParserCtxt>, _ rawName: UnsafePointer<xmlChar>,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    nodes += 1
    // nameNr is libxml2's own open-element stack, this element included: exactly the nesting.
    let parseDepth = ctxt.pointee.nameNr
    if Int(parseDepth) > limits.maxDepth { return stop(ctxt, .tooDeep(limit: limits.maxDepth)) }
    if nodes > limits.maxElements { return stop(ctxt, .tooManyElements(limit: limits.maxElements)) }
    flushText()
    closeSilentlyClosed(above: parseDepth - 1)

    let parent: Frame?
    if frames.isEmpty {
      rootSeen = true
      parent = nil
    } else if rootClosed && frames.count == 1 {
      // Content after the root closed: the tree makes it the root's last child only when the root
      // was the document's first node; otherwise it is a second top-level element, never walked.
      guard !nodeBeforeRoot && !doctypeSeen else {
        frames.append(Frame(tagEntry: -1, parseDepth: parseDepth, treeDepth: 0, entered: false, descends: false))
        return
      }
      parent = frames[0]
    } else {
      parent = frames[frames.count - 1]
    }
    let treeDepth = (parent?.treeDepth ?? 0) + 1
    // libxml2 hands the same tag name at the same address (see `AddressCache`).
    let tagEntry = names.tagAddresses.name(rawName) { names.name(Self.tagEntry($0, ctxt, names)) }.entry
    guard parent?.descends ?? true else {
      frames.append(Frame(tagEntry: tagEntry, parseDepth: parseDepth, treeDepth: treeDepth, entered: false, descends: false))
      return
    }
    elements += 1
    let element = ElementRef(
      attributes: attributes, maxAttributes: limits.maxAttributesPerElement, knownOnly: knownOnly, names: names,
      tagEntry: tagEntry)
    let known = element.knownTag
    let skipped = known.map { HTMLParser.skippedKnown[$0.rawValue] } ?? false
    let isScript = known == .script
    let rawText = isScript && element.attribute(.type).map(HTMLParser.isJSONLDType) == true
    let descends = !skipped && (!isScript || rawText)
    // Depth counts elements whose children are elements to read (a script's text is not).
    if descends && !rawText {
      if treeDepth > limits.maxDepth { return stop(ctxt, .tooDeep(limit: limits.maxDepth)) }
      deepest = max(deepest, treeDepth)
    }
    let entered = sink.enter(element)
    frames.append(Frame(tagEntry: tagEntry, parseDepth: parseDepth, treeDepth: treeDepth, entered: entered, descends: entered && descends))
  }

  private func end(_ ctxt: UnsafeMutablePointer<xmlParserCtxt>) {
    // The element closing is still on libxml2's stack.
    let parseDepth = ctxt.pointee.nameNr
    flushText()
    closeSilentlyClosed(above: parseDepth)
    guard let top = frames.last, top.parseDepth == parseDepth, !(rootClosed && frames.count == 1) else { return }
    if frames.count == 1 {
      rootClosed = true
      return
    }
    frames.removeLast()
    if top.entered { sink.leave(ElementRef(tagEntry: top.tagEntry, names: names)) }
  }

  private func characters(_ bytes: UnsafePointer<xmlChar>, _ length: Int) {
    // Text with no open element has no node to join.
    guard let top = frames.last, !(rootClosed && frames.count == 1), top.descends else { return }
    // Text `Prescan` replaced with a placeholder arrives as the placeholder alone (it spans the
    // whole text between two tags): the run gets the page's own bytes.
    let text =
      bytes[0] == Prescan.placeholderMark && names.placed != nil
      ? names.placed!.bytes(of: bytes, count: length) : UnsafeBufferPointer(start: bytes, count: length)
    if textInPieces {
      sink.text(text)
      return
    }
    pending.append(contentsOf: text)
  }

  /// A comment or processing instruction: not read, but a node (it ends a run of text and counts
  /// toward the node limit: 32 MB of `<!---->` is four million of them).
  private func otherNode(_ ctxt: UnsafeMutablePointer<xmlParserCtxt>) {
    nodes += 1
    if nodes > limits.maxElements { return stop(ctxt, .tooManyElements(limit: limits.maxElements)) }
    if !rootSeen { nodeBeforeRoot = true }
    flushText()
  }

  /// Ends the walk after the parse: the elements still open close, the root last.
  func finish() -> WalkSummary? {
    guard rootSeen else { return nil }
    flushText()
    while let top = frames.popLast() {
      if top.entered { sink.leave(ElementRef(tagEntry: top.tagEntry, names: names)) }
    }
    return WalkSummary(elementCount: elements, maxDepth: deepest)
  }

  // MARK: Helpers

  /// Closes the frames libxml2 no longer has open (those deeper than `parseDepth`), innermost
  /// first; the root's frame waits for `finish`.
  @inline(__always)
  private func closeSilentlyClosed(above parseDepth: Int32) {
    while frames.count > 1, let top = frames.last, top.parseDepth > parseDepth {
      frames.removeLast()
      if top.entered { sink.leave(ElementRef(tagEntry: top.tagEntry, names: names)) }
    }
    if frames.count == 1, !rootClosed, let root = frames.first, root.parseDepth > parseDepth {
      // The root itself went without an end event.
      rootClosed = true
    }
  }

  @inline(__always)
  private func flushText() {
    guard !pending.isEmpty else { return }
    pending.withUnsafeBufferPointer { sink.text($0) }
    pending.removeAll(keepingCapacity: true)
  }

  private func stop(_ ctxt: UnsafeMutablePointer<xmlParserCtxt>, _ failure: ParseFailure) {
    if self.failure == nil { self.failure = failure }
    xmlStopParser(ctxt)
  }

  /// The name cache entry of the tag the tree would show: the part after a namespace prefix.
  private static func tagEntry(
    _ name: UnsafePointer<xmlChar>, _ ctxt: UnsafeMutablePointer<xmlParserCtxt>, _ names: NameCache
  ) -> Int32 {
    var i = 0
    while name[i] != 0 && name[i] != 0x3A { i += 1 }
    guard name[i] == 0x3A else { return names.entry(name) }
    var prefix: UnsafeMutablePointer<xmlChar>?
    guard let local = xmlSplitQName(ctxt, name, &prefix) else { return names.entry(name) }
    // libxml2 allocates with the C allocator (newsclean never installs its own through
    // xmlMemSetup), so `free` releases what `xmlFree` would.
    defer {
      free(local)
      if let prefix { free(prefix) }
    }
    return names.entry(local)
  }
}

/// The receiving end of a `StreamingWalk`: the visitor, behind a class so that the C callbacks,
/// which cannot be generic, reach it.
protocol WalkSink: AnyObject {
  var takesTextInPieces: Bool { get }
  func enter(_ element: ElementRef) -> Bool
  func text(_ utf8: UnsafeBufferPointer<UInt8>)
  func leave(_ element: ElementRef)
}

final class VisitorSink<V: HTMLVisitor>: WalkSink {
  @exclusivity(unchecked) var visitor: V

  init(_ visitor: V) { self.visitor = visitor }

  var takesTextInPieces: Bool { V.takesTextInPieces }

  func enter(_ element: ElementRef) -> Bool { visitor.enter(element) }
  func text(_ utf8: UnsafeBufferPointer<UInt8>) { visitor.text(utf8) }
  func leave(_ element: ElementRef) { visitor.leave(element) }
}
