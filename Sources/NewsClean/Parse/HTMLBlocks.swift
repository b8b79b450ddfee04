#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import Markup

/// Flattens an HTML tree into reading-order blocks, keeping the markup evidence each block needs.
///
/// A block ends wherever a browser would start a new line: at block-level elements and at `<br>`
/// (GnuBoard writes a plain-text post as one `div` with `<br>` pairs between paragraphs).
struct HTMLBlocks: HTMLVisitor {
  static let blockTags: Set<String> = [
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "ul", "ol",
    "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr",
    "td", "th", "blockquote", "pre", "figure", "figcaption", "caption", "form", "fieldset", "legend",
    "address", "center", "hr", "body", "html", "details", "summary", "menu", "hgroup", "label",
    "button", "input",
  ]

  /// `blockTags` by `KnownName` raw value (a test per element open and close).
  static let blockKnown: [Bool] = {
    precondition(blockTags.allSatisfy { tag in KnownName.allCases.contains { $0.string == tag } }, "block tags must be known names")
    return KnownName.allCases.map { blockTags.contains($0.string) }
  }()

  @inline(__always)
  static func isBlock(_ tag: KnownName?) -> Bool { tag.map { blockKnown[$0.rawValue] } ?? false }

  private(set) var blocks: [Block] = []
  /// Role set of each element serial, for later stages that reason about containers.
  private(set) var elementRoles: [MarkupRoles] = []
  /// Parent serial of each element (-1 for the root).
  private(set) var parents: [Int] = []
  /// Tag of each element serial, made by `finish()` from `tagNumbers`.
  private(set) var tags: [String] = []
  /// `ElementRef.tagNumber` of each element serial, and the tag of each number seen: an element
  /// costs an integer here where its tag string cost a reference count on the way in and again
  /// on the way into `tags`.
  private var tagNumbers: [Int32] = []
  private var tagNames: [String?] = []
  /// Class+id signature of each element, used to spot repeated sibling structures (thread posts).
  private(set) var signatures: [String] = []

  /// The text of the block being read, as UTF-8.
  private let buffer = TextBuffer()
  /// Blocks flushed so far: an anchor that opened in the current buffer finds its text at the
  /// byte offset it recorded, one still open across a flush from the start of the buffer.
  private var flushes = 0
  /// What a class value says (roles, screen-reader-only, its part of the signature), cached per
  /// page: pages repeat the same few class strings thousands of times. Ids are often unique per
  /// element, so they are read each time.
  ///
  /// Keyed by the value's bytes as libxml2 holds them (see `AttributeValue.withBytes`), in an
  /// open-addressing table on their FNV-1a hash: no string is made and none hashed with SipHash
  /// for a class seen before. `classSlots` holds entry numbers (-1 empty), `classKeys` each
  /// entry's hash and bytes in `classArena`.
  private var classSlots: [Int32] = []
  private var classKeys: [(hash: UInt64, bytes: Range<Int>)] = []
  private var classArena: [UInt8] = []
  /// The traits of each class value, by entry number; `noClass` is the entry of an element
  /// without a class attribute.
  private var classEntries: [ClassTraits] = []
  private var noClass = -1
  /// What class values seen on earlier pages say (`KnownClasses`), taken on the first class this
  /// page has not seen and handed back by `finish()`.
  private var knownClasses: KnownClasses?
  /// `knownClasses` came from the pool and goes back to it.
  private var pooled = true
  /// Whether a `style` value hides its element, cached per page for the same reason.
  private var styleCache: [String: Bool] = [:]

  private struct ClassTraits {
    var roles: MarkupRoles
    var screenReaderOnly: Bool
    /// `Visibility.isDisplayNoneUtility`: the element is never shown, and its text is not read.
    var displayNone = false
    /// The sorted, de-duplicated class tokens without their numbers (the class part of an
    /// element's signature: phpBB's `post bg1` and `post bg2` are the same kind of element).
    var signatureClasses: String
    /// `tag + "." + signatureClasses` for the tags seen with this class, by `ElementRef.tagNumber`:
    /// the signature of an element without an id, made once instead of concatenated per element.
    /// The first tag's is kept here (most class values go with one tag), the others in `prefixes`.
    var firstTag = -1
    var firstPrefix = ""
    var prefixes: [(tag: Int, prefix: String)] = []
  }

  /// The attributes the walk reads, found in one pass over the element's attributes.
  ///
  /// Values stay libxml2's bytes (valid during `enter`) and a string is made only for the ones
  /// read as strings: most elements have a class or an id, read on their bytes, and no other of
  /// these, so an element costs no string here, and the struct holds no reference to count.
  private struct Attributes {
    var className: AttributeValue?
    var id: AttributeValue?
    var role: AttributeValue?
    var itemprop: AttributeValue?
    var style: AttributeValue?
    var hidden = false
    var type: AttributeValue?
    var href: AttributeValue?
    var rel: AttributeValue?

    /// The attributes of `element`, read into this value in place (read into locals a closure
    /// captured and then copied in, they cost a copy of the whole struct per element).
    init(_ element: ElementRef) {
      element.forEachKnownAttribute { name, value in self.take(name, value) }
    }

    /// Takes the attribute `name` with `value`: the first value wins, as `Element.attribute(_:)`
    /// reads it.
    @inline(__always)
    private mutating func take(_ name: KnownName, _ value: AttributeValue) {
      switch name {
      case .class: if className == nil { className = value }
      case .id: if id == nil { id = value }
      case .role: if role == nil { role = value }
      case .itemprop: if itemprop == nil { itemprop = value }
      case .style: if style == nil { style = value }
      case .hidden: hidden = true
      case .type: if type == nil { type = value }
      case .href: if href == nil { href = value }
      case .rel: if rel == nil { rel = value }
      default: break
      }
    }
  }

  /// The roles of `element` (tag, ARIA role, itemprop, class and id), its signature (tag, class
  /// tokens, numbered-id shape) and whether its class is screen-reader-only, the class part of
  /// each cached.
  ///
  /// A tuple rather than a struct: the caller takes it apart at once, so that the signature's only
  /// owner is a local its append consumes (as a field of a struct it took a retain and a release
  /// per element).
  private mutating func traits(
    of element: ElementRef, _ attributes: Attributes
  ) -> (roles: MarkupRoles, signature: String, screenReaderOnly: Bool, displayNone: Bool) {
    let entry = classEntry(attributes.className)
    let classRoles = classEntries[entry].roles
    let screenReaderOnly = classEntries[entry].screenReaderOnly
    let idRoles = attributes.id.map { id in
      id.withBytes { RoleVocabulary.asciiNameRoles($0) } ?? RoleVocabulary.nameRoles(id.string)
    } ?? []
    // Most elements have neither a role nor an itemprop: no optional string to release for them.
    let roles =
      attributes.role == nil && attributes.itemprop == nil
      ? RoleVocabulary.roles(known: element.knownTag, role: nil, itemprop: nil, named: classRoles.union(idRoles))
      : RoleVocabulary.roles(
        known: element.knownTag, role: attributes.role?.string, itemprop: attributes.itemprop?.string,
        named: classRoles.union(idRoles))
    let tagNumber = element.tagNumber
    var prefix: String
    if classEntries[entry].firstTag == tagNumber {
      prefix = classEntries[entry].firstPrefix
    } else if let hit = classEntries[entry].prefixes.first(where: { $0.tag == tagNumber }) {
      prefix = hit.prefix
    } else {
      prefix = Self.joined(element.tag, 0x2E, classEntries[entry].signatureClasses)
      // Stored in place (no copy of the entry is alive).
      if classEntries[entry].firstTag < 0 {
        classEntries[entry].firstTag = tagNumber
        classEntries[entry].firstPrefix = prefix
      } else {
        classEntries[entry].prefixes.append((tagNumber, prefix))
      }
    }
    if let id = attributes.id {
      prefix = id.withBytes { Self.appendingSignatureID(prefix, utf8: $0) } ?? prefix + Self.signatureID(id.string)
    }
    return (roles, prefix, screenReaderOnly, classEntries[entry].displayNone)
  }

  /// `a + separator + b` (`separator` an ASCII byte), made as one string: concatenating made
  /// the string twice over.
  static func joined(_ a: String, _ separator: UInt8, _ b: String) -> String {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        String(unsafeUninitializedCapacity: x.count + 1 + y.count) { out in
          let o = out.baseAddress!
          if let from = x.baseAddress { o.update(from: from, count: x.count) }
          o[x.count] = separator
          if let from = y.baseAddress { (o + x.count + 1).update(from: from, count: y.count) }
          return x.count + 1 + y.count
        }
      }
    }
  }

  /// `prefix + signatureID(utf8: bytes)`, made as one string; nil where `signatureID(utf8:)` is.
  static func appendingSignatureID(_ prefix: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if bytes.isEmpty { return prefix }
    var digits = false
    for b in bytes {
      if b >= 0x80 || b == 0x0D { return nil }
      if b >= 0x30 && b <= 0x39 { digits = true }
    }
    var prefix = prefix
    return prefix.withUTF8 { head in
      // The prefix, "#" and the id, without its digits when it has any.
      String(unsafeUninitializedCapacity: head.count + 1 + bytes.count) { out in
        if let from = head.baseAddress { out.baseAddress!.update(from: from, count: head.count) }
        var o = head.count
        out[o] = 0x23
        o += 1
        for b in bytes where !(digits && b >= 0x30 && b <= 0x39) {
          out[o] = b
          o += 1
        }
        return o
      }
    }
  }

  /// The `classEntries` index for a class value (absent counts as empty), made on first sight.
  private mutating func classEntry(_ className: AttributeValue?) -> Int {
    guard let className else {
      if noClass < 0 { noClass = newClassEntry(UnsafeBufferPointer(start: nil, count: 0)) }
      return noClass
    }
    return className.withBytes { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
      // Pages have a hundred or more distinct class values: room for them at once.
      if classSlots.isEmpty { classSlots = Array(repeating: -1, count: 512) }
      var mask = classSlots.count - 1
      var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while true {
        let k = Int(classSlots[i])
        if k < 0 { break }
        if classKeys[k].hash == hash,
          classArena.withUnsafeBufferPointer({ sameBytes(UnsafeBufferPointer(rebasing: $0[classKeys[k].bytes]), bytes) })
        {
          return k
        }
        i = (i + 1) & mask
      }
      let entry = newClassEntry(bytes, hash: hash)
      let start = classArena.count
      classArena.append(contentsOf: bytes)
      classKeys[entry] = (hash, start..<classArena.count)
      classSlots[i] = Int32(entry)
      // At most half full: probes stay short.
      if classEntries.count * 2 > classSlots.count {
        classSlots = Array(repeating: -1, count: classSlots.count * 2)
        mask = classSlots.count - 1
        for (k, key) in classKeys.enumerated() where k != noClass {
          var j = Int(truncatingIfNeeded: key.hash ^ (key.hash >> 29)) & mask
          while classSlots[j] >= 0 { j = (j + 1) & mask }
          classSlots[j] = Int32(k)
        }
      }
      return entry
    }
  }

  /// A new `classEntries` entry (with a placeholder key) for the class value whose UTF-8 bytes are
  /// `bytes`: read on the bytes when plain ASCII without carriage returns (as the `String` readings
  /// do on such values), through a string otherwise.
  private mutating func newClassEntry(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int {
    let entry = classEntries.count
    var traits: ClassTraits
    // Read on an earlier page: the same bytes say the same (the traits depend on nothing else).
    if let hash {
      if knownClasses == nil { knownClasses = KnownClasses.take() }
      if let known = knownClasses!.find(hash, bytes) {
        classEntries.append(
          ClassTraits(
            roles: known.roles, screenReaderOnly: known.screenReaderOnly, displayNone: Visibility.isDisplayNoneUtility(bytes),
            signatureClasses: known.signatureClasses))
        classKeys.append((0, 0..<0))
        return entry
      }
    }
    // `asciiNameRoles` reads only plain ASCII without carriage returns, which the other two
    // readings then need not check again.
    if let roles = RoleVocabulary.asciiNameRoles(bytes) {
      traits = ClassTraits(
        roles: roles, screenReaderOnly: Visibility.isScreenReaderOnly(checkedASCII: bytes),
        signatureClasses: Self.signatureClasses(checkedASCII: bytes))
    } else {
      let value = String(decoding: bytes, as: UTF8.self)
      traits = ClassTraits(
        roles: RoleVocabulary.nameRoles(value), screenReaderOnly: Visibility.isScreenReaderOnly(className: value),
        signatureClasses: Self.signatureClasses(value))
    }
    if let hash {
      knownClasses!.insert(hash, bytes, (traits.roles, traits.screenReaderOnly, traits.signatureClasses))
    }
    traits.displayNone = Visibility.isDisplayNoneUtility(bytes)
    classEntries.append(traits)
    classKeys.append((0, 0..<0))
    return entry
  }

  /// Whether markup hides `element` from sighted readers (a hidden input, or a hiding `style`;
  /// the `hidden` attribute folds rather than hides, see `Block.collapsed`), the style part cached.
  private mutating func isHidden(_ element: ElementRef, _ attributes: Attributes) -> Bool {
    if element.knownTag == .input, attributes.type?.string.lowercased() == "hidden" { return true }
    guard let style = attributes.style?.string, !style.isEmpty else { return false }
    if let hit = styleCache[style] { return hit }
    let hidden = Visibility.styleHides(style)
    styleCache[style] = hidden
    return hidden
  }

  private var links: [InlineLink] = []
  private var linkChars = 0
  private var currentKind: Block.Kind = .paragraph
  private var currentLevel = 0

  private var frames: [Frame] = []
  /// The inline element that closed last: its serial, and the buffer's count and `flushes` then
  /// (`SeparatedItems`).
  private var closedInline: (serial: Int, end: Int, flush: Int, length: Int) = (-1, -1, -1, 0)

  /// Feed it a walk of the page (`HTMLParser.walk`), then call `finish()`.
  init() {}

  /// Reads with `knownClasses` for the classes of earlier pages, which stays the caller's (the
  /// tests hold the table's readings to reading each class anew).
  init(knownClasses: KnownClasses) {
    self.knownClasses = knownClasses
    pooled = false
  }

  /// Ends the walk: text still open becomes the last block.
  mutating func finish() {
    flush(insideOpenElements: false)
    // A number below 0 names no tag (`ElementRef.tag` is then empty).
    tags = tagNumbers.map { $0 >= 0 ? tagNames[Int($0)] ?? "" : "" }
    // The walk is over: no class is read after this.
    if pooled, let known = knownClasses {
      knownClasses = nil
      KnownClasses.give(known)
    }
  }

  /// The class part of a signature: distinct class tokens without their numbers, sorted.
  static func signatureClasses(_ value: String) -> String {
    var value = value
    if let fast = value.withUTF8({ asciiSignatureClasses($0) }) { return fast }
    return generalSignatureClasses(value)
  }

  /// `signatureClasses` for any value, through `String` (the reference the ASCII path must match).
  static func generalSignatureClasses(_ value: String) -> String {
    let classes = value.split(separator: " ").map { String($0).trimmingDigits() }
    return Set(classes).sorted().joined(separator: " ")
  }

  /// `signatureClasses` of plain ASCII without carriage returns (one byte per `Character`, and
  /// String order is byte order), done on byte ranges: one string made instead of one per token,
  /// the ranges kept on the stack and put in order by insertion (a class value has a few tokens;
  /// a sorted array of them cost a thousand instructions). Nil for any other value.
  private static func asciiSignatureClasses(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    for b in bytes where b >= 0x80 || b == 0x0D { return nil }
    return signatureClasses(checkedASCII: bytes)
  }

  /// `asciiSignatureClasses` of bytes known to be plain ASCII without carriage returns.
  static func signatureClasses(checkedASCII bytes: UnsafeBufferPointer<UInt8>) -> String {
    let n = bytes.count
    // Tokens are separated by spaces: at most one per two bytes, rounded up.
    return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: n / 2 + 1) { tokens -> String in
      // Tokens split at spaces (empty ones dropped), each without its trailing digits.
      var count = 0
      forEachSpaceSeparatedToken(bytes, from: 0, to: n) { token in
        var end = token.upperBound
        while end > token.lowerBound, bytes[end - 1] >= 0x30, bytes[end - 1] <= 0x39 { end -= 1 }
        (tokens.baseAddress! + count).initialize(to: token.lowerBound..<end)
        count += 1
        return true
      }
      if count == 0 { return "" }
      /// Byte order, a proper prefix first (`lexicographicallyPrecedes`).
      func precedes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        var i = a.lowerBound
        var j = b.lowerBound
        while i < a.upperBound && j < b.upperBound {
          if bytes[i] != bytes[j] { return bytes[i] < bytes[j] }
          i += 1
          j += 1
        }
        return a.count < b.count
      }
      for k in 1..<max(count, 1) {
        let token = tokens[k]
        var j = k
        while j > 0, precedes(token, tokens[j - 1]) {
          tokens[j] = tokens[j - 1]
          j -= 1
        }
        tokens[j] = token
      }
      func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        sameBytes(UnsafeBufferPointer(rebasing: bytes[a]), UnsafeBufferPointer(rebasing: bytes[b]))
      }
      // Distinct tokens joined by one space: never longer than the value.
      return String(unsafeUninitializedCapacity: n) { out in
        var o = 0
        for k in 0..<count {
          let token = tokens[k]
          if k > 0 {
            if same(tokens[k - 1], token) { continue }
            out[o] = 0x20
            o += 1
          }
          for b in token {
            out[o] = bytes[b]
            o += 1
          }
        }
        return o
      }
    }
  }

  /// The id part of a signature: numbered ids (`post_123`, `pid456`, `comment-7`) name a kind of
  /// repeated element, so their letters count; other ids add nothing.
  static func signatureID(_ id: String?) -> String {
    guard let id else { return "" }
    // Plain ASCII without carriage returns: one byte per `Character`, numbers are `0-9`.
    // An id without numbers names one element (`page-header`), which is therefore not one of a
    // repeated kind; a numbered id (`post_123`) names a kind.
    if id.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      guard id.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return id.isEmpty ? "" : "#" + id }
      return "#" + String(decoding: id.utf8.filter { !($0 >= 0x30 && $0 <= 0x39) }, as: UTF8.self)
    }
    guard id.contains(where: \.isNumber) else { return "#" + id }
    return "#" + String(id.filter { !$0.isNumber })
  }

  /// `signatureID` of the id whose UTF-8 bytes are `bytes`, read on the bytes for plain ASCII
  /// without carriage returns (the ASCII path above, made as one string instead of the id's, a
  /// filtered copy and their concatenation). Nil for any other value.
  static func signatureID(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if bytes.isEmpty { return "" }
    var digits = false
    for b in bytes {
      if b >= 0x80 || b == 0x0D { return nil }
      if b >= 0x30 && b <= 0x39 { digits = true }
    }
    // "#" and the id, without its digits when it has any.
    return String(unsafeUninitializedCapacity: bytes.count + 1) { out in
      out[0] = 0x23
      var o = 1
      for b in bytes where !(digits && b >= 0x30 && b <= 0x39) {
        out[o] = b
        o += 1
      }
      return o
    }
  }

  private struct Frame {
    var serial: Int
    var roles: MarkupRoles
    var hidden: Bool
    var collapsed: Bool
    var srOnly: Bool
    /// Inside an element a display-none utility class hides for good (`Visibility.isDisplayNoneUtility`).
    var neverShown: Bool
    var kind: Block.Kind?
    var level: Int
    /// `buffer.count` when the element opened (its text starts there while no block was flushed).
    var textStart: Int
  }

  /// An anchor that is open: the element `serial`, and what its `InlineLink` will hold. Kept apart
  /// from the frames so that a frame holds no string: frames are copied several times per element,
  /// and a copy of one with strings counts references.
  private struct OpenLink {
    var serial: Int
    var href: String
    /// `buffer.count` when the anchor opened, and `flushes` then: while no block was flushed
    /// since, the anchor's text starts at that byte.
    var byteStart: Int
    var flush: Int
    var rel: String
    var camouflaged: Bool
  }

  /// The open anchors, innermost last (each is also in `frames`).
  private var openLinks: [OpenLink] = []

  mutating func enter(_ element: ElementRef) -> Bool {
    let known = element.knownTag
    switch known {
    case .script, .head, .title: return false
    case .br:
      flush()
      return false
    // Alt text is not visible prose; captions come from figcaption.
    case .img: return false
    default: break
    }
    if Self.isBlock(known) { flush() }
    let tagNumber = element.tagNumber
    if tagNumber >= 0 {
      if tagNumber >= tagNames.count { tagNames += repeatElement(nil, count: tagNumber + 1 - tagNames.count) }
      if tagNames[tagNumber] == nil { tagNames[tagNumber] = element.tag }
    }
    let serial = tagNumbers.count
    let top = frames.last
    let parent = top?.serial ?? -1
    let attributes = Attributes(element)
    let (traitRoles, signature, screenReaderOnly, displayNone) = traits(of: element, attributes)
    // An inline item right after a closed sibling of its kind, nothing between them: a row of
    // items (`SeparatedItems`).
    if closedInline.end == buffer.count, closedInline.flush == flushes, closedInline.serial >= 0,
      parents[closedInline.serial] == parent, !Self.isBlock(known), parent >= 0, tagNumbers[parent] >= 0,
      SeparatedItems.separates(previous: signatures[closedInline.serial], next: signature, previousLength: closedInline.length),
      SeparatedItems.rowParents.contains(tagNames[Int(tagNumbers[parent])] ?? ""),
      let last = buffer.bytes.last, !(last == 0x20 || (last >= 0x09 && last <= 0x0D))
    {
      var space: UInt8 = 0x20
      withUnsafePointer(to: &space) { buffer.append(UnsafeBufferPointer(start: $0, count: 1)) }
    }
    var roles = traitRoles
    var inherited = top?.roles ?? []
    // A content wrapper inside a weakly named one (`div.post.has-profile > div.postbody`) is
    // content: the outer class described the post's furniture, not this text.
    if roles.contains(.article), roles.isDisjoint(with: MarkupRoles.chrome) {
      inherited.subtract(MarkupRoles.weakChrome)
    }
    // A header inside an article is the article's own header (title, byline), not site chrome.
    if roles.contains(.header) && inherited.contains(.article) { roles.remove(.header) }
    tagNumbers.append(Int32(truncatingIfNeeded: tagNumber))
    parents.append(parent)
    elementRoles.append(roles)
    signatures.append(signature)
    var frame = Frame(
      serial: serial, roles: inherited.union(roles),
      hidden: (top?.hidden ?? false) || isHidden(element, attributes),
      collapsed: (top?.collapsed ?? false) || attributes.hidden,
      srOnly: (top?.srOnly ?? false) || screenReaderOnly,
      neverShown: (top?.neverShown ?? false) || displayNone,
      kind: top?.kind, level: top?.level ?? 0, textStart: buffer.count)
    switch known {
    case .h1, .h2, .h3, .h4, .h5, .h6:
      frame.kind = .heading
      frame.level = known == .h1 ? 1 : known == .h2 ? 2 : known == .h3 ? 3 : known == .h4 ? 4 : known == .h5 ? 5 : 6
    case .li, .dt, .dd: frame.kind = .listItem
    case .td, .th: frame.kind = .tableCell
    case .blockquote: frame.kind = .quote
    case .pre: frame.kind = .preformatted
    case .figcaption, .caption: frame.kind = .caption
    case .p: if frame.kind == nil || frame.kind == .tableCell { frame.kind = .paragraph }
    case .a:
      openLinks.append(
        OpenLink(
          serial: serial, href: attributes.href?.string ?? "", byteStart: buffer.count, flush: flushes,
          rel: attributes.rel?.string.lowercased() ?? "",
          camouflaged: attributes.style.map { Visibility.isCamouflaged(style: $0.string) } ?? false))
    default: break
    }
    frames.append(frame)
    return true
  }

  mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
    // Text no reader is ever shown is not read at all: inline, it would join the visible text
    // around it (a Q&A post's `$\begingroup$` marker, its hidden comment count).
    if let top = frames.last, top.neverShown { return }
    buffer.append(utf8)
  }

  mutating func leave(_ element: ElementRef) {
    guard let frame = frames.last else { return }
    // The serial compared in place, the link taken out only when it closes: a copy of the last
    // open link counted its two strings on every element closed inside an anchor.
    if !openLinks.isEmpty, openLinks[openLinks.count - 1].serial == frame.serial {
      let link = openLinks.removeLast()
      // The anchor's text: the buffer after the bytes it held when the anchor opened (an anchor
      // still open across a block boundary counts from the start of the block it closes in).
      // (Found by counting scalars from the buffer's start before, which cost a block of
      // thousands of links, a source view or a long index, time quadratic in its length.)
      let bytes = buffer.bytes
      let start = link.flush == flushes ? link.byteStart : 0
      let text = normalizeSpace(utf8: UnsafeBufferPointer(rebasing: bytes[start...]))
      if !link.href.isEmpty || !text.isEmpty {
        links.append(InlineLink(href: link.href, text: text, hidden: frame.hidden, rel: link.rel, camouflaged: link.camouflaged))
        linkChars += characterCount(text)
      }
    }
    if Self.isBlock(element.knownTag) {
      flush()
      closedInline.serial = -1
    } else {
      let start = frame.textStart <= buffer.count ? frame.textStart : 0
      closedInline = (frame.serial, buffer.count, flushes, buffer.count - start)
    }
    frames.removeLast()
  }

  /// Ends the block being read at a boundary inside `frames` (the open elements, innermost last),
  /// or outside every element when not `insideOpenElements`: its text, if any, becomes a block
  /// with the innermost element's traits. (`frames` is read in place: passed as an argument, the
  /// array took a retain and a release per boundary.)
  private mutating func flush(insideOpenElements: Bool = true) {
    // An anchor still open across a block boundary keeps its start at 0 of the next buffer.
    // Most boundaries hold only the white space between tags: no string is made for those.
    let bytes = buffer.bytes
    if !bytes.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
      appendBlock(normalizeSpace(utf8: bytes), insideOpenElements: insideOpenElements)
    }
    buffer.count = 0
    flushes += 1
    if !links.isEmpty { links = [] }
    linkChars = 0
  }

  /// The block of `text` (normalized), if any, for `flush`: apart, so that a blank boundary (most
  /// of them) has no string to release.
  private mutating func appendBlock(_ text: String, insideOpenElements: Bool) {
    if !text.isEmpty {
      let top = insideOpenElements ? frames.last : nil
      let kind = top?.kind ?? .paragraph
      let hidden = top?.hidden ?? false
      var block = Block(text: text, kind: kind)
      block.level = kind == .heading ? top?.level ?? 0 : 0
      block.links = links
      // Most blocks hold no link: 0 whatever the count, so the text (Korean, say) is not counted.
      block.linkCharacters = linkChars == 0 ? 0 : min(linkChars, characterCount(text))
      block.hidden = hidden
      block.collapsed = (top?.collapsed ?? false) && !hidden
      block.screenReaderOnly = top?.srOnly ?? false
      // Made only for a block: most boundaries close no text.
      block.ancestors = insideOpenElements ? frames.map(\.serial) : []
      block.roles = top?.roles ?? []
      block.index = blocks.count
      blocks.append(block)
    }
  }
}

/// The text of the block `HTMLBlocks` is reading: bytes in memory of its own, appended with one
/// copy and emptied by a count. As an array, each of the tens of thousands of pieces of text a
/// page hands out took a hundred instructions of generic `append(contentsOf:)`, and each block
/// boundary as many for `removeAll(keepingCapacity:)`.
///
/// A reference: the copies of an `HTMLBlocks` share it (only one is ever fed a walk).
final class TextBuffer {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes held; set to 0 to empty the buffer.
  var count = 0

  init() {
    capacity = 4096
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  /// The bytes held, valid until the next `append`.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  func append(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let from = utf8.baseAddress else { return }
    if count + utf8.count > capacity {
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count + utf8.count, 2 * capacity))
      grown.update(from: base, count: count)
      base.deallocate()
      base = grown
      capacity = max(count + utf8.count, 2 * capacity)
    }
    (base + count).update(from: from, count: utf8.count)
    count += utf8.count
  }
}

/// Whether two runs of bytes are equal, compared with `memcmp` (`elementsEqual` on an array slice
/// went through generic iterators: several hundred instructions per class value; a loop on the
/// buffers, four a byte).
@inline(__always)
func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  guard a.count == b.count else { return false }
  guard a.count > 0, let x = a.baseAddress, let y = b.baseAddress else { return true }
  return memcmp(x, y, a.count) == 0
}

/// Collapses runs of white space (including no-break spaces) into one space and trims the ends.
///
/// Works on the UTF-8 bytes: the spaces of `isSpace` are whole scalars, so copying every other
/// scalar's bytes unchanged gives the same text as a scalar-by-scalar rebuild, at a fraction of
/// the cost (this runs on every block and every chrome-lexicon lookup).
func normalizeSpace(_ s: String) -> String {
  var s = s
  return s.withUTF8 { normalizeSpace(utf8: $0) }
}

/// `normalizeSpace` of the text whose UTF-8 bytes are `src`.
func normalizeSpace(utf8 src: UnsafeBufferPointer<UInt8>) -> String {
  do {
    let n = src.count
    if n == 0 { return "" }
    // One space replaces at least one space byte: the result is never longer than the input.
    return String(unsafeUninitializedCapacity: n) { dst in
      var o = 0
      var pendingSpace = false
      var i = 0
      while i < n {
        let b = src[i]
        let length: Int
        if b < 0x80 {
          if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
            pendingSpace = o > 0
            i += 1
            continue
          }
          // One ASCII byte: copied straight (most text), without the multi-byte copy loop.
          if pendingSpace {
            dst[o] = 0x20
            o += 1
            pendingSpace = false
          }
          dst[o] = b
          o += 1
          i += 1
          // Eight bytes at a time while they are printable ASCII and single spaces between
          // printable bytes (a byte other than a space was just written, and none is pending):
          // such text is its own normalized form, so the word is copied whole.
          while i + 8 <= n, let from = src.baseAddress {
            let w = UnsafeRawPointer(from + i).loadUnaligned(as: UInt64.self)
            // A byte below 0x20 (`(x - 0x20…) & ~x` sets the top bit of the lowest such byte,
            // and only borrows above it), or from 0x80 on.
            if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 || w & 0x8080_8080_8080_8080 != 0 { break }
            // The spaces, one top bit each (exactly: no carry crosses a byte).
            let t = w ^ 0x2020_2020_2020_2020
            let spaces = ~(((t & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | t) & 0x8080_8080_8080_8080
            // Two spaces in a row, or a space last (which might lead a run or end the text).
            if spaces & (spaces << 8) != 0 || spaces & 0x8000_0000_0000_0000 != 0 { break }
            UnsafeMutableRawPointer(dst.baseAddress! + o).storeBytes(of: w, as: UInt64.self)
            o += 8
            i += 8
          }
          // The rest of the word while it is printable ASCII (most of most text), copied without
          // the tests above: none of these bytes is a space or starts a multi-byte scalar, and no
          // space is pending. Any other byte goes round the outer loop.
          while i < n {
            let c = src[i]
            guard c > 0x20 && c < 0x80 else { break }
            dst[o] = c
            o += 1
            i += 1
          }
          continue
        } else {
          length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
          if isMultiByteSpace(src, i, length) {
            pendingSpace = o > 0
            i += length
            continue
          }
        }
        if pendingSpace {
          dst[o] = 0x20
          o += 1
          pendingSpace = false
        }
        var k = 0
        while k < length && i + k < n {
          dst[o] = src[i + k]
          o += 1
          k += 1
        }
        i += length
      }
      return o
    }
  }
}

/// The non-ASCII scalars `isSpace` accepts, read from their UTF-8 bytes at `i`:
/// U+0085, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
@inline(__always)
private func isMultiByteSpace(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
  guard i + length <= s.count else { return false }
  let b0 = s[i]
  if length == 2 { return b0 == 0xC2 && (s[i + 1] == 0x85 || s[i + 1] == 0xA0) }
  guard length == 3 else { return false }
  let b1 = s[i + 1]
  let b2 = s[i + 2]
  switch b0 {
  case 0xE1: return b1 == 0x9A && b2 == 0x80
  case 0xE2:
    if b1 == 0x80 { return (b2 >= 0x80 && b2 <= 0x8B) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF }
    return b1 == 0x81 && b2 == 0x9F
  case 0xE3: return b1 == 0x80 && b2 == 0x80
  case 0xEF: return b1 == 0xBB && b2 == 0xBF
  default: return false
  }
}

/// Reads whether markup hides an element from sighted readers.
enum Visibility {
  /// Whether an inline `style` value hides its element: `display:none`, `visibility:hidden`, zero
  /// size, off-screen, transparent. These are where injected link blocks hide.
  static func styleHides(_ value: String) -> Bool {
    var value = value
    if let answer = value.withUTF8({ asciiStyleHides($0) }) { return answer }
    return generalStyleHides(value)
  }

  /// `styleHides` for any value, through `String` (the reference the ASCII path must match).
  static func generalStyleHides(_ value: String) -> Bool {
    let style = value.lowercased()
    guard !style.isEmpty else { return false }
    let compact = style.filter { $0 != " " && $0 != "\t" && $0 != "\n" }
    if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
    if compact.contains("font-size:0") && !compact.contains("font-size:0.") { return true }
    if compact.contains("opacity:0;") || compact.hasSuffix("opacity:0") { return true }
    if (compact.contains("height:0") || compact.contains("height:1px")) && compact.contains("overflow:hidden") { return true }
    // Off-screen positioning: a large negative offset.
    for key in ["left:-", "top:-", "text-indent:-", "margin-left:-"] {
      if let r = compact.range(of: key) {
        let digits = compact[r.upperBound...].prefix(while: { $0.isNumber })
        if let n = Int(digits), n >= 500 { return true }
      }
    }
    return false
  }

  /// `styleHides` for plain ASCII values, on bytes: in ASCII every `Character` is one byte (a
  /// `\r\n` pair is one `Character`, but no pattern holds either byte, so matches are the same),
  /// and the numbers are `0-9`. Nil for any other value. Each distinct style is read once per
  /// page, but through `String` and Foundation that cost a hundred thousand instructions.
  private static func asciiStyleHides(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    for b in bytes where b >= 0x80 { return nil }
    // Lower-cased, without spaces, tabs and newlines.
    var compact: [UInt8] = []
    compact.reserveCapacity(bytes.count)
    for b in bytes where b != 0x20 && b != 0x09 && b != 0x0A { compact.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
    if compact.isEmpty { return false }
    func find(_ pattern: StaticString) -> Int? {
      let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
      guard p.count <= compact.count else { return nil }
      outer: for start in 0...(compact.count - p.count) {
        for k in 0..<p.count where compact[start + k] != p[k] { continue outer }
        return start + p.count
      }
      return nil
    }
    func contains(_ pattern: StaticString) -> Bool { find(pattern) != nil }
    if contains("display:none") || contains("visibility:hidden") { return true }
    if contains("font-size:0") && !contains("font-size:0.") { return true }
    if contains("opacity:0;") { return true }
    let suffix = Array("opacity:0".utf8)
    if compact.count >= suffix.count, compact[(compact.count - suffix.count)...].elementsEqual(suffix) { return true }
    if (contains("height:0") || contains("height:1px")) && contains("overflow:hidden") { return true }
    // Off-screen positioning: a large negative offset (the digits after the first occurrence of
    // the key, as `Int` parses them: none or too many for `Int` read as no number).
    for key: StaticString in ["left:-", "top:-", "text-indent:-", "margin-left:-"] {
      guard var i = find(key) else { continue }
      var n = 0
      var digits = 0
      var overflow = false
      while i < compact.count, compact[i] >= 0x30, compact[i] <= 0x39 {
        let (times, o1) = n.multipliedReportingOverflow(by: 10)
        let (plus, o2) = times.addingReportingOverflow(Int(compact[i] - 0x30))
        if o1 || o2 { overflow = true }
        n = plus
        digits += 1
        i += 1
      }
      if digits > 0, !overflow, n >= 500 { return true }
    }
    return false
  }

  /// Whether an element whose `style` attribute is `value` is a link styled to pass for plain
  /// text: no underline and the surrounding colour.
  static func isCamouflaged(style value: String) -> Bool {
    var value = value
    if let answer = value.withUTF8({ asciiIsCamouflaged($0) }) { return answer }
    return generalIsCamouflaged(style: value)
  }

  /// `isCamouflaged(style:)` for plain ASCII values, on bytes (each `Character` one byte, a
  /// `\r\n` pair aside, which no pattern holds a byte of, as in `asciiStyleHides`). Nil for any
  /// other value. Lower-casing and filtering a `String` and Foundation's search cost some
  /// thirty thousand instructions per anchor with a style.
  private static func asciiIsCamouflaged(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    for b in bytes where b >= 0x80 { return nil }
    // Lower-cased, without spaces.
    var compact: [UInt8] = []
    compact.reserveCapacity(bytes.count)
    for b in bytes where b != 0x20 { compact.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
    func contains(_ pattern: StaticString) -> Bool {
      let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
      guard p.count <= compact.count else { return false }
      outer: for start in 0...(compact.count - p.count) {
        for k in 0..<p.count where compact[start + k] != p[k] { continue outer }
        return true
      }
      return false
    }
    return contains("text-decoration:none") && (contains("color:inherit") || contains("color:currentcolor"))
  }

  /// `isCamouflaged(style:)` for any value, through `String` (the reference the ASCII path must match).
  static func generalIsCamouflaged(style value: String) -> Bool {
    let style = value.lowercased()
    let compact = style.filter { $0 != " " }
    return compact.contains("text-decoration:none") && (compact.contains("color:inherit") || compact.contains("color:currentcolor"))
  }

  /// Screen-reader-only text: labels such as 작성자/조회 on GnuBoard that a sighted reader never sees.
  static let srClasses: Set<String> = [
    "sr-only", "sound_only", "screen-reader-text", "visually-hidden", "visuallyhidden", "blind",
    "hidden", "hide", "offscreen", "a11y-hidden", "skip", "readonly-hidden", "ir", "u-hidden",
  ]

  /// The CSS frameworks' display-none utility (`d-none` in Bootstrap 4 and 5 and in Stack
  /// Exchange's Stacks) standing alone: the element is never shown. Q&A sites wrap furniture for
  /// scripts and crawlers in it (MathJax's `$\begingroup$` delimiters, a post's comment count).
  /// With a breakpoint utility beside it (`d-none d-md-block`) the element shows on larger
  /// screens, so any other `d-…` class leaves it visible.
  ///
  /// Only tokens opening with `d-` count, so their `d`s are found with `memchr` (which reads many
  /// bytes an instruction) rather than every token being walked byte by byte: the check runs for
  /// every class value a page holds, and most hold no `d-` token at all.
  static func isDisplayNoneUtility(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let n = bytes.count
    @inline(__always) func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }
    var found = false
    var i = 0
    while i < n, let p = memchr(base + i, 0x64, n - i) {
      let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
      i = at + 1
      // A `d` that opens a token (at the start or after a separator) followed by `-`.
      guard at == 0 || isSeparator(bytes[at - 1]), at + 1 < n, bytes[at + 1] == 0x2D else { continue }
      var end = at + 2
      while end < n, !isSeparator(bytes[end]) { end += 1 }
      let isNone = end - at == 6 && bytes[at + 2] == 0x6E && bytes[at + 3] == 0x6F && bytes[at + 4] == 0x6E && bytes[at + 5] == 0x65
      if !isNone { return false }
      found = true
      i = end
    }
    return found
  }

  /// `isDisplayNoneUtility` token by token (the reference of the `memchr` reading).
  static func isDisplayNoneUtilityByTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    var found = false
    var start = 0
    while start < n {
      var end = start
      while end < n, bytes[end] != 0x20, bytes[end] != 0x09, bytes[end] != 0x0A { end += 1 }
      // A token `d-…`: either the utility itself or one that shows the element somewhere.
      if end - start >= 2, bytes[start] == 0x64, bytes[start + 1] == 0x2D {
        let isNone = end - start == 6 && bytes[start + 2] == 0x6E && bytes[start + 3] == 0x6F && bytes[start + 4] == 0x6E && bytes[start + 5] == 0x65
        if !isNone { return false }
        found = true
      }
      start = end + 1
    }
    return found
  }

  static func isScreenReaderOnly(className value: String) -> Bool {
    var value = value
    // ASCII class values (nearly all) are compared byte by byte, lower-cased in place: pages hold
    // thousands of distinct class strings and a lower-cased copy of each adds up.
    if let answer = value.withUTF8({ isScreenReaderOnlyASCII($0) }) { return answer }
    let cls = value.lowercased()
    for token in cls.split(separator: " ") where srClasses.contains(String(token)) { return true }
    return false
  }

  static let srClassBytes: [[UInt8]] = srClasses.sorted().map { Array($0.utf8) }
  /// A bit for each length (below 64) of the names in `srClassBytes`.
  static let srClassLengths: UInt64 = srClassBytes.reduce(0) { $0 | ($1.count < 64 ? 1 << UInt64($1.count) : 0) }

  /// `isScreenReaderOnly(className:)` for ASCII values; nil for any other.
  fileprivate static func isScreenReaderOnlyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    if bytes.contains(where: { $0 >= 0x80 }) { return nil }
    return isScreenReaderOnly(checkedASCII: bytes)
  }

  /// `isScreenReaderOnlyASCII` of bytes known to be ASCII.
  static func isScreenReaderOnly(checkedASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    let n = bytes.count
    // Read once per value, not once per token.
    let names = srClassBytes
    let lengths = srClassLengths
    while start <= n {
      var end = start
      while end < n, bytes[end] != 0x20 { end += 1 }
      let length = end - start
      // Only a token as long as one of the names is compared (most class tokens are not).
      if length > 0, length < 64, lengths & (1 << UInt64(length)) != 0 {
        candidates: for name in names where name.count == length {
          for k in 0..<length {
            var b = bytes[start + k]
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            if b != name[k] { continue candidates }
          }
          return true
        }
      }
      start = end + 1
    }
    return false
  }
}

/// The traits of the class values read on earlier pages (roles, screen-reader-only, the class
/// part of a signature), behind each page's own table in `HTMLBlocks`: half the distinct class
/// values of a page are new to it, and reading one costs some 4,000 instructions, but a site's
/// pages share most of theirs (a quarter of a page's values were met on an earlier one even on 40
/// pages of different sites). The traits depend on the value's bytes alone, so a value read
/// again gives what reading it gave.
///
/// One page uses one table at a time: a walk takes one from a pool (`take`), or makes one, and
/// hands it back when it is over (`give`), so parallel jobs never share one. Keyed as the page
/// tables are, by the FNV-1a hash of the bytes in an open-addressing table. Emptied when it
/// grows past `limit` values or `arenaLimit` bytes, which bounds its memory.
final class KnownClasses: @unchecked Sendable {
  typealias Traits = (roles: MarkupRoles, screenReaderOnly: Bool, signatureClasses: String)

  // One page (one thread) uses a table at a time and no access overlaps another, so Swift's
  // run-time exclusivity checks (several per look-up) are turned off, as in `Markup.NameCache`.
  /// Each slot holds an entry number in its low 32 bits (all ones: empty) and the high 32 bits of
  /// the entry's hash in the others, so a probe past another value, and a look-up of a value not
  /// in the table (most of them), reads this table alone: the keys, the bytes and the traits are
  /// read only for a value whose hash matches this far. Spread over half a megabyte and more,
  /// each of those reads was likely a cache miss.
  @exclusivity(unchecked) private var slots: [UInt64] = Array(repeating: KnownClasses.empty, count: 2 * KnownClasses.limit)
  @exclusivity(unchecked) private var keys: [(hash: UInt64, bytes: Range<Int>)] = []
  @exclusivity(unchecked) private var arena: [UInt8] = []
  @exclusivity(unchecked) private var traits: [Traits] = []

  init() {
    keys.reserveCapacity(Self.limit)
    traits.reserveCapacity(Self.limit)
    arena.reserveCapacity(Self.arenaLimit)
  }

  static let limit = 16_384
  static let arenaLimit = 1 << 20
  private static let empty: UInt64 = 0xFFFF_FFFF

  private static let pool = JobPool(make: KnownClasses.init)

  static func take() -> KnownClasses { pool.take() }

  static func give(_ table: KnownClasses) { pool.give(table) }

  @inline(__always)
  private func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (slots.count - 1) }

  /// The traits of the value with these bytes (and their `hash`), if read before.
  func find(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> Traits? {
    let mask = slots.count - 1
    let high = hash & 0xFFFF_FFFF_0000_0000
    var i = start(hash)
    while true {
      let slot = slots[i]
      if slot == Self.empty { return nil }
      let k = Int(slot & 0xFFFF_FFFF)
      if slot & 0xFFFF_FFFF_0000_0000 == high, keys[k].hash == hash,
        arena.withUnsafeBufferPointer({ sameBytes(UnsafeBufferPointer(rebasing: $0[keys[k].bytes]), bytes) })
      {
        return traits[k]
      }
      i = (i + 1) & mask
    }
  }

  /// Adds a value not found by `find`.
  func insert(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ value: Traits) {
    if traits.count >= Self.limit || arena.count + bytes.count > Self.arenaLimit {
      // Full: start again (a value is read anew, and gives the same).
      for k in slots.indices { slots[k] = Self.empty }
      keys.removeAll(keepingCapacity: true)
      arena.removeAll(keepingCapacity: true)
      traits.removeAll(keepingCapacity: true)
    }
    let mask = slots.count - 1
    var i = start(hash)
    while slots[i] != Self.empty { i = (i + 1) & mask }
    slots[i] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(traits.count)
    let from = arena.count
    arena.append(contentsOf: bytes)
    keys.append((hash, from..<arena.count))
    traits.append(value)
  }
}

/// Inline items of one kind side by side without a space between them in the markup
/// (`<span class="meta-item">2026</span><span class="meta-item">1h 54m</span>`): a row of
/// items that a stylesheet sets apart (flex gaps, margins, separators drawn by CSS), read by a
/// person as separate words. Joined as written, they glue into one nonsense word (`20261h`), so a
/// space goes between them. Only siblings with one class-named signature are items of a row (an
/// unnamed `<b>` beside an `<i>` is emphasis inside a word), and only when the first holds more
/// than one character: text split into one span per letter for an animation is one word. And
/// only in a layout box (`div`, `li`, `td`): inside a paragraph, a link or a heading, runs of one
/// class are a rich-text editor's style runs, which split words where the style changes.
enum SeparatedItems {
  static let rowParents: Set<String> = [
    "div", "li", "ul", "ol", "dd", "dt", "td", "th", "section", "article", "header", "footer", "nav", "aside", "figure", "main",
  ]

  static func separates(previous: String, next: String, previousLength: Int) -> Bool {
    previousLength >= 2 && previous == next && !LeadParagraphs.isUnnamed(next)
  }
}
