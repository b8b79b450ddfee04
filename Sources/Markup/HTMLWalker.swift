#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CLibXML2

/// Receives a parsed page as events in document order: an element opens, text, an element closes.
///
/// Reading the page this way costs no copy of it: the cleaner takes what it needs (tag, a few
/// attributes, the text) straight from libxml2's tree while it walks, where building a Swift tree
/// first and reading that cost more than libxml2's whole parse (an object and two arrays for each
/// of thousands of elements, made and freed again).
public protocol HTMLVisitor {
  /// An element opens. Returning false skips its content: no events for anything inside it and no
  /// `leave` for it.
  mutating func enter(_ element: ElementRef) -> Bool
  /// A run of text (or CDATA) inside the current element, as UTF-8 bytes that are valid only
  /// during the call.
  mutating func text(_ utf8: UnsafeBufferPointer<UInt8>)
  /// The element that `enter` accepted closes.
  mutating func leave(_ element: ElementRef)
  /// Whether `text` may receive a run of text in several consecutive calls (the pieces libxml2
  /// hands out), for a visitor that only concatenates what it is given. A run is then passed on
  /// as it arrives instead of being copied into one buffer first and handed over whole. False
  /// unless a visitor says otherwise.
  static var takesTextInPieces: Bool { get }
}

extension HTMLVisitor {
  public static var takesTextInPieces: Bool { false }
}

/// The tag and attribute names the cleaner tests on (nearly) every element, numbered so that such
/// a test is an integer compare or an array read instead of hashing or comparing strings.
///
/// Each distinct name of a page is matched against this list once (see `NameCache`); an element
/// then carries its tag's case, and `forEachKnownAttribute` hands out attributes by case.
public enum KnownName: Int, CaseIterable, Sendable {
  // Tags.
  case html, head, body, title, meta, link, script, style, template, svg, math, textarea, select
  case option, iframe, object, embed, canvas, audio, video, map, br, img, a, p, div, section
  case article, main, header, footer, nav, aside, li, ul, ol, dl, dt, dd, h1, h2, h3, h4, h5, h6
  case table, thead, tbody, tfoot, tr, td, th, blockquote, pre, figure, figcaption, caption, form
  case fieldset, legend, address, center, hr, details, summary, menu, hgroup, label, button, input
  case time
  // Attributes (`style` and `title` above serve as attribute names too).
  case `class`, id, role, itemprop, hidden, type, href, rel, lang, property, name, content, datetime

  /// The names that are attribute names, the only attributes a walk with `AttributeReading.known`
  /// shows.
  public static let attributeNames: [KnownName] = [
    .class, .id, .role, .itemprop, .hidden, .type, .href, .rel, .lang, .property, .name, .content, .datetime,
    .style, .title,
  ]

  /// The name as it appears in lower-case markup.
  public var string: String { Self.strings[rawValue] }

  /// Each case's name, in case order, written out: made with `String(describing:)` they cost
  /// 1.5 million instructions (the run-time reflection of the enum). `WalkNamesTests` holds the
  /// list to `String(describing:)`.
  static let strings: [String] = [
    "html", "head", "body", "title", "meta", "link", "script", "style", "template", "svg", "math", "textarea", "select",
    "option", "iframe", "object", "embed", "canvas", "audio", "video", "map", "br", "img", "a", "p", "div", "section",
    "article", "main", "header", "footer", "nav", "aside", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
    "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "pre", "figure", "figcaption",
    "caption", "form", "fieldset", "legend", "address", "center", "hr", "details", "summary", "menu", "hgroup", "label",
    "button", "input", "time",
    "class", "id", "role", "itemprop", "hidden", "type", "href", "rel", "lang", "property", "name", "content", "datetime",
  ]
  static let byString: [String: KnownName] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.string, $0) })
}

/// Which attributes a walk shows its visitor.
public enum AttributeReading: Sendable {
  /// All of them (up to `ParseLimits.maxAttributesPerElement`).
  case all
  /// Only those named in `KnownName.attributeNames`: the others are cut before libxml2 reads the
  /// page (see `Prescan`), which spares it a quarter of a real page's bytes.
  case known
}

/// The element an `HTMLVisitor` event is about, valid only during that event.
///
/// Attribute names are lower-case; only the first `ParseLimits.maxAttributesPerElement` attributes
/// are visible (libxml2 drops a repeated attribute name, so the first value is the only one). In
/// `leave` the element has no attributes: libxml2 freed them when the start tag was read.
public struct ElementRef {
  /// libxml2's attributes of the start tag: name, value, name, value, …, then nil.
  let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  let maxAttributes: Int
  /// Only attributes named in `KnownName.attributeNames` are shown (`AttributeReading.known`).
  let knownOnly: Bool
  /// Owned by the walk, which outlives every event: held unmanaged and read through `withNames`,
  /// without reference counting (through an `unowned(unsafe)` reference each call on it still
  /// took a retain and a release: one per attribute and per tag read).
  let names: Unmanaged<NameCache>
  let tagEntry: Int32
  /// The tag as a `KnownName`, if it is one.
  public let knownTag: KnownName?

  init(
    attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, maxAttributes: Int, knownOnly: Bool, names: NameCache,
    tagEntry: Int32
  ) {
    self.attributes = attributes
    self.maxAttributes = maxAttributes
    self.knownOnly = knownOnly
    self.names = Unmanaged.passUnretained(names)
    self.tagEntry = tagEntry
    knownTag = tagEntry >= 0 ? names.known(tagEntry) : nil
  }

  /// Calls `body` with the walk's names, lent for the call.
  @inline(__always)
  func withNames<R>(_ body: (NameCache) -> R) -> R { names._withUnsafeGuaranteedRef(body) }

  /// The element `tagEntry` names, without attributes (for `leave`).
  init(tagEntry: Int32, names: NameCache) {
    self.init(attributes: nil, maxAttributes: 0, knownOnly: false, names: names, tagEntry: tagEntry)
  }

  /// Lower-case tag name (`div`, `p`, `a`).
  public var tag: String { tagEntry >= 0 ? withNames { $0.string(tagEntry) } : "" }

  /// A number for the tag name, the same for every element of one walk whose tag has the same bytes:
  /// elements with equal numbers have equal tags (a key for per-page caches that costs no hashing).
  public var tagNumber: Int { Int(tagEntry) }

  /// The value of attribute `name` (lower-case), if present.
  public func attribute(_ name: String) -> String? {
    var found: String?
    forEachAttribute { attributeName, value in
      if found == nil, attributeName == name { found = value() }
    }
    return found
  }

  /// The value of attribute `name`, if present.
  public func attribute(_ name: KnownName) -> String? {
    var found: String?
    forEachKnownAttribute { attributeName, value in
      if found == nil, attributeName == name { found = value.string }
    }
    return found
  }

  /// Calls `body` with each attribute's name and a function that makes its value (values cost a
  /// copy, so only the ones asked for are made).
  public func forEachAttribute(_ body: (String, () -> String) -> Void) {
    forEachAttributeName { name, value in body(withNames { $0.string(name.entry) }) { value.string } }
  }

  /// `forEachAttribute` for the attributes whose names are `KnownName`s (the others are skipped
  /// without making their names); each value is made only when asked for.
  public func forEachKnownAttribute(_ body: (KnownName, AttributeValue) -> Void) {
    forEachAttributeName { name, value in
      if name.known >= 0, let known = KnownName(rawValue: Int(name.known)) { body(known, value) }
    }
  }

  private func forEachAttributeName(_ body: (NameCache.Name, AttributeValue) -> Void) {
    guard let attributes else { return }
    var i = 0
    while i < 2 * maxAttributes, let pointer = attributes[i] {
      let name = withNames { $0.attributeName(interned: pointer) }
      // Reading known attributes, the rest are hidden whether or not the prescan could cut them.
      if !knownOnly || name.isAttributeName { body(name, AttributeValue(name: pointer, value: attributes[i + 1], names: names)) }
      i += 2
    }
  }
}

/// An attribute's value, valid only during the event that handed it out.
public struct AttributeValue {
  let name: UnsafePointer<xmlChar>
  /// nil for an attribute written without a value (`<input disabled>`).
  let value: UnsafePointer<xmlChar>?
  /// The walk's names, which hold the page's values `Prescan` replaced with placeholders (read
  /// only for a value that is one, and lent, as in `ElementRef`: handing out a value costs no
  /// reference counting).
  let names: Unmanaged<NameCache>

  /// The value (a copy).
  public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

  /// Calls `body` with the value's UTF-8 bytes, valid only during the call, without a copy.
  ///
  /// An attribute written without a value reads as libxml2's tree gives it: HTML's boolean
  /// attributes (`checked`, `disabled`, `selected`, …) as their own name, any other as empty.
  public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let value, value[0] == Prescan.placeholderMark,
      let placed = names._withUnsafeGuaranteedRef({ $0.placed?.bytes(of: value) })
    {
      return body(placed)
    }
    let bytes = value ?? (htmlIsBooleanAttr(name) != 0 ? name : nil)
    guard let bytes else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    return bytes.withMemoryRebound(to: CChar.self, capacity: 1) { body(UnsafeBufferPointer(start: bytes, count: strlen($0))) }
  }
}

/// Attribute values `Prescan` took out of libxml2's way, read back from the page's own bytes
/// (which outlive the parse that hands out the placeholders).
struct PlacedValues {
  let base: UnsafePointer<UInt8>
  /// Start and length in `base` of each value, by placeholder number.
  let spans: [Int]

  /// The bytes a placeholder (`0x7F` and a decimal number, NUL-terminated or `count` bytes long)
  /// stands for.
  ///
  /// `Prescan` places nothing on a page where libxml2 could hand out a DEL of its own (the byte
  /// itself or a reference to it), so every value starting with one is a placeholder. Should
  /// anything else arrive all the same, it is read as it is rather than trusted as a number.
  func bytes(of placeholder: UnsafePointer<xmlChar>, count: Int = .max) -> UnsafeBufferPointer<UInt8> {
    var k = 0
    var p = 1
    while p < count, placeholder[p] != 0 {
      let digit = Int(placeholder[p]) - 0x30
      guard digit >= 0, digit <= 9, k <= spans.count else { return asIs(placeholder, count) }
      k = k * 10 + digit
      p += 1
    }
    guard p > 1, 2 * k + 1 < spans.count else { return asIs(placeholder, count) }
    return UnsafeBufferPointer(start: base + spans[2 * k], count: spans[2 * k + 1])
  }

  private func asIs(_ bytes: UnsafePointer<xmlChar>, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    var n = 0
    while n < count, bytes[n] != 0 { n += 1 }
    return UnsafeBufferPointer(start: bytes, count: n)
  }
}

/// Lower-cased Swift strings (and `KnownName`s) for libxml2's tag and attribute names, made once
/// per distinct name.
///
/// Names are matched by their bytes: a name of up to 16 bytes is packed into two words and found
/// in an open-addressing table, which costs a few dozen instructions where a Swift string per
/// element (and its hashing) cost a thousand. Longer names, rare, go through a dictionary of
/// strings. In front of the table, a name libxml2 handed out before is found by its address
/// (`AddressCache`, which says why that is sound). The cache belongs to one walk on one thread
/// and no access to it overlaps another, so Swift's run-time exclusivity checks (several per
/// element) are turned off.
final class NameCache {
  private struct Key: Equatable {
    var low: UInt64
    var high: UInt64
  }

  @exclusivity(unchecked) private var keys: [Key] = Array(repeating: Key(low: 0, high: 0), count: 64)
  /// Entry of each slot, or -1 for an empty slot.
  @exclusivity(unchecked) private var slots: [Int32] = Array(repeating: -1, count: 64)
  @exclusivity(unchecked) private var used = 0
  @exclusivity(unchecked) private var strings: [String] = []
  /// `KnownName` raw value of each entry, or -1.
  @exclusivity(unchecked) private var knowns: [Int8] = []
  @exclusivity(unchecked) private var long: [String: Int32] = [:]
  /// Values replaced by placeholders in the page being walked (see `Prescan`).
  @exclusivity(unchecked) var placed: PlacedValues?
  /// Entries of attribute names by their address, in front of the table (see `AddressCache`).
  private let attributeAddresses = AddressCache()
  /// Tag entries (after the walk took any prefix off) by the address of the name libxml2 gave.
  let tagAddresses = AddressCache()

  deinit {
    attributeAddresses.deallocate()
    tagAddresses.deallocate()
  }

  /// What an element walk asks of a name, read from the table once per name (and per address).
  struct Name {
    var entry: Int32
    /// `KnownName` raw value, or -1.
    var known: Int8
    /// One of `KnownName.attributeNames`.
    var isAttributeName: Bool
  }

  /// The `Name` of entry `entry`.
  func name(_ entry: Int32) -> Name {
    Name(entry: entry, known: knowns[Int(entry)], isAttributeName: isAttributeName(entry))
  }

  /// The `Name` of an attribute name libxml2 handed to a parse event, found by its address when
  /// seen before.
  @inline(__always)
  func attributeName(interned pointer: UnsafePointer<xmlChar>) -> Name {
    attributeAddresses.name(pointer) { name(entry($0)) }
  }

  /// The entry of the name at `pointer` (NUL-terminated), made on first sight.
  @inline(__always)
  func entry(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
    // Pack the first 16 bytes (zero after the terminator) into two words.
    var key = Key(low: 0, high: 0)
    var length = 0
    while length < 16 {
      let b = pointer[length]
      if b == 0 { break }
      if length < 8 {
        key.low |= UInt64(b) << (8 * UInt64(length))
      } else {
        key.high |= UInt64(b) << (8 * UInt64(length - 8))
      }
      length += 1
    }
    if length == 16, pointer[16] != 0 { return longEntry(pointer) }
    let mask = keys.count - 1
    var i = Self.slot(key, mask)
    while true {
      let entry = slots[i]
      if entry < 0 { return insert(key, pointer, at: i) }
      if keys[i] == key { return entry }
      i = (i + 1) & mask
    }
  }

  func string(_ entry: Int32) -> String { strings[Int(entry)] }

  /// Whether the entry's name is one of `KnownName.attributeNames`.
  func isAttributeName(_ entry: Int32) -> Bool {
    let raw = knowns[Int(entry)]
    return raw >= 0 && Self.attributeNameFlags[Int(raw)]
  }

  private static let attributeNameFlags: [Bool] = KnownName.allCases.map { KnownName.attributeNames.contains($0) }

  func known(_ entry: Int32) -> KnownName? {
    let raw = knowns[Int(entry)]
    return raw < 0 ? nil : KnownName(rawValue: Int(raw))
  }

  @inline(__always)
  private static func slot(_ key: Key, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0x94D0_49BB_1331_11EB)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  private func newEntry(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
    let made = lowercasedASCII(String(cString: pointer))
    let entry = Int32(strings.count)
    strings.append(made)
    knowns.append(KnownName.byString[made].map { Int8($0.rawValue) } ?? -1)
    return entry
  }

  private func longEntry(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
    let raw = String(cString: pointer)
    if let hit = long[raw] { return hit }
    let entry = newEntry(pointer)
    long[raw] = entry
    return entry
  }

  private func insert(_ key: Key, _ pointer: UnsafePointer<xmlChar>, at slot: Int) -> Int32 {
    let entry = newEntry(pointer)
    keys[slot] = key
    slots[slot] = entry
    used += 1
    // Keep the table at most half full so probes stay short.
    if used * 2 > keys.count { grow() }
    return entry
  }

  private func grow() {
    let oldKeys = keys
    let oldSlots = slots
    keys = Array(repeating: Key(low: 0, high: 0), count: oldKeys.count * 2)
    slots = Array(repeating: -1, count: oldKeys.count * 2)
    let mask = keys.count - 1
    for (k, entry) in oldSlots.enumerated() where entry >= 0 {
      var i = Self.slot(oldKeys[k], mask)
      while slots[i] >= 0 { i = (i + 1) & mask }
      keys[i] = oldKeys[k]
      slots[i] = entry
    }
  }

  private func lowercasedASCII(_ s: String) -> String {
    s.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? s.lowercased() : s
  }
}

/// Name cache entries by the address of the name, a direct-mapped table in front of the byte
/// lookup of `NameCache` (which packs the name's bytes each time: a dozen instructions a byte).
///
/// Why an address names one name: libxml2's HTML parser (2.9 and later) hands out tag and
/// attribute names from its parse's dictionary (`htmlParseHTMLName` returns `xmlDictLookup`: one
/// copy of each distinct name, kept until the parse is freed), and the names of the elements it
/// implies (`html`, `head`, `body`, `p`) from string literals. So within one parse an address
/// always holds the same name, and a repeated name comes back at the same address. A name copied
/// into memory that is freed (the local part `xmlSplitQName` makes of a prefixed name) must not
/// be looked up here, only the name libxml2 handed to the event. A miss, or a slot taken by
/// another address, falls back to the bytes, so a collision costs time, never a wrong entry.
///
/// The slots are plain memory the owning `NameCache` frees (`deallocate()`): an array here cost a
/// reference count and a uniqueness check per name looked up.
struct AddressCache {
  private struct Slot {
    var address: UInt
    var name: NameCache.Name
  }

  private static let size = 256
  private let slots: UnsafeMutablePointer<Slot>

  init() {
    slots = .allocate(capacity: Self.size)
    slots.initialize(repeating: Slot(address: 0, name: NameCache.Name(entry: -1, known: -1, isAttributeName: false)), count: Self.size)
  }

  func deallocate() { slots.deallocate() }

  /// The name cached for `pointer`, or `make(pointer)`, cached.
  @inline(__always)
  func name(_ pointer: UnsafePointer<xmlChar>, orMake make: (UnsafePointer<xmlChar>) -> NameCache.Name) -> NameCache.Name {
    let address = UInt(bitPattern: pointer)
    // The high bits of a multiplicative hash: dictionary strings sit close together.
    let slot = slots + Int(truncatingIfNeeded: (UInt64(address) &* 0x9E37_79B9_7F4A_7C15) >> 56)
    if slot.pointee.address == address { return slot.pointee.name }
    let made = make(pointer)
    slot.pointee = Slot(address: address, name: made)
    return made
  }
}

extension HTMLParser {
  /// Parses `utf8` and walks the page's elements and text in document order, calling `visitor`.
  ///
  /// What the walk leaves out is what the cleaner never reads: comments, processing instructions,
  /// the content of `skippedTags` and of scripts other than JSON-LD (whose text is delivered).
  /// The events arrive while libxml2 parses (see `StreamingWalk`), as a walk of the tree it would
  /// have built gives them. A page over a limit fails; the visitor may then have seen part of it.
  public static func walk<V: HTMLVisitor>(
    _ utf8: [UInt8], limits: ParseLimits = ParseLimits(), attributes: AttributeReading = .all, visitor: inout V
  ) -> Result<WalkSummary, ParseFailure> {
    let sink = VisitorSink(visitor)
    defer { visitor = sink.visitor }
    return stream(utf8, limits: limits, attributes: attributes, into: sink)
  }

  /// `walk` of the bytes in `utf8` (valid for the call), read in place: a page held in a string
  /// goes to the parser through `withUTF8`, without a copy into an array.
  public static func walk<V: HTMLVisitor>(
    _ utf8: UnsafeBufferPointer<UInt8>, limits: ParseLimits = ParseLimits(), attributes: AttributeReading = .all,
    visitor: inout V
  ) -> Result<WalkSummary, ParseFailure> {
    let sink = VisitorSink(visitor)
    defer { visitor = sink.visitor }
    return stream(utf8, limits: limits, attributes: attributes, into: sink)
  }

  /// `walk` of the page exactly as libxml2 reads it: nothing cut or replaced before the parse, every
  /// attribute shown. Slower; the reference the cleaner's walk is held to by the tests and the
  /// fuzz target.
  public static func walkAsIs<V: HTMLVisitor>(
    _ utf8: [UInt8], limits: ParseLimits = ParseLimits(), visitor: inout V
  ) -> Result<WalkSummary, ParseFailure> {
    let sink = VisitorSink(visitor)
    defer { visitor = sink.visitor }
    return utf8.withUnsafeBufferPointer { stream($0, limits: limits, attributes: .all, into: sink, prepare: false) }
  }

  /// Whether a script's `type` value names JSON-LD: `lowercased().contains("ld+json")`, read on
  /// the bytes of an ASCII value (where that is a byte search, `\r\n` being the only
  /// multi-byte `Character` and matching no byte of the pattern) instead of through Foundation.
  public static func isJSONLDType(_ type: String) -> Bool {
    // A static string's bytes: no array made per call (every script's type comes here twice).
    let patternText: StaticString = "ld+json"
    let pattern = UnsafeBufferPointer(start: patternText.utf8Start, count: patternText.utf8CodeUnitCount)
    var type = type
    let ascii: Bool? = type.withUTF8 { bytes in
      if bytes.contains(where: { $0 >= 0x80 }) { return nil }
      guard bytes.count >= pattern.count else { return false }
      outer: for start in 0...(bytes.count - pattern.count) {
        for k in 0..<pattern.count {
          var b = bytes[start + k]
          if b >= 0x41 && b <= 0x5A { b += 0x20 }
          if b != pattern[k] { continue outer }
        }
        return true
      }
      return false
    }
    return ascii ?? type.lowercased().contains("ld+json")
  }

  /// `skippedTags` by `KnownName` raw value.
  static let skippedKnown: [Bool] = {
    precondition(skippedTags.allSatisfy { KnownName.byString[$0] != nil }, "skipped tags must be known names")
    return KnownName.allCases.map { skippedTags.contains($0.string) }
  }()
}

/// What a walk saw of the page.
public struct WalkSummary: Sendable {
  /// Elements visited.
  public let elementCount: Int
  /// Deepest nesting of an element whose content was read.
  public let maxDepth: Int
}
