import Foundation
import Markup

/// Reads title, byline, dates, site name, canonical URL and language from the head and JSON-LD,
/// from a walk of the page (`HTMLParser.walk`); `finish()` gives the result.
struct MetadataReader: HTMLVisitor {
  private var meta = PageMetadata()
  private var firstTime: String?
  private var sawRoot = false
  /// Open `title`/JSON-LD `script` elements (nesting depth) whose text is being collected.
  private var capturing: (kind: Capture, depth: Int)?
  private var captured: [UInt8] = []

  private enum Capture { case title, jsonLD }

  init() {}

  mutating func enter(_ element: ElementRef) -> Bool {
    if !sawRoot {
      sawRoot = true
      meta.declaredLanguage = element.attribute(.lang).flatMap { $0.isEmpty ? nil : $0 }
    }
    if let open = capturing {
      capturing = (open.kind, open.depth + 1)
      return true
    }
    switch element.knownTag {
    case .title:
      if meta.documentTitle == nil { capturing = (.title, 1) }
    case .meta:
      Self.readMeta(element, into: &meta)
    case .link:
      var rel: AttributeValue?, href: AttributeValue?
      element.forEachKnownAttribute { name, value in
        switch name {
        case .rel: if rel == nil { rel = value }
        case .href: if href == nil { href = value }
        default: break
        }
      }
      if rel?.string.lowercased() == "canonical", let href = href?.string, !href.isEmpty {
        meta.canonicalURL = meta.canonicalURL ?? href
      }
    case .time:
      if firstTime == nil { firstTime = element.attribute(.datetime) }
    case .script:
      if let type = element.attribute(.type), HTMLParser.isJSONLDType(type) { capturing = (.jsonLD, 1) }
    default: break
    }
    return true
  }

  mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
    if capturing != nil { captured.append(contentsOf: utf8) }
  }

  mutating func leave(_ element: ElementRef) {
    guard let open = capturing else { return }
    if open.depth > 1 {
      capturing = (open.kind, open.depth - 1)
      return
    }
    switch open.kind {
    case .title: meta.documentTitle = normalizeSpace(String(decoding: captured, as: UTF8.self))
    case .jsonLD:
      if Self.mayDescribePage(captured), !Self.readsNothingNew(captured, meta) {
        Self.readJSONLD(String(decoding: captured, as: UTF8.self), into: &meta)
      }
    }
    capturing = nil
    captured.removeAll(keepingCapacity: true)
  }

  /// The metadata read, once the walk is over.
  func finish() -> PageMetadata {
    var meta = meta
    if meta.published == nil, let t = firstTime { meta.published = DateReader.iso8601(t) }
    if let t = meta.title, t.isEmpty { meta.title = nil }
    return meta
  }

  private static func readMeta(_ element: ElementRef, into meta: inout PageMetadata) {
    // The first value of each name, found in one pass over the attributes (`attribute(_:)` per
    // name reads them all each time), made into strings only for the ones used.
    var property: AttributeValue?, name: AttributeValue?, itemprop: AttributeValue?, content: AttributeValue?
    element.forEachKnownAttribute { attributeName, value in
      switch attributeName {
      case .property: if property == nil { property = value }
      case .name: if name == nil { name = value }
      case .itemprop: if itemprop == nil { itemprop = value }
      case .content: if content == nil { content = value }
      default: break
      }
    }
    let key = (property ?? name ?? itemprop)?.string.lowercased() ?? ""
    // The content, made (and its spaces normalized) only for a key read below: most `meta`
    // elements (viewport, robots, verification codes) say nothing read here. Nil when absent or
    // empty, which reads nothing for any key.
    func text() -> String? { content.map { normalizeSpace($0.string) }.flatMap { $0.isEmpty ? nil : $0 } }
    guard let field = metaFields[key] else { return }
    switch field {
    case .title:
      guard let content = text() else { return }
      if meta.title == nil { meta.title = content }
    case .siteName:
      guard let content = text() else { return }
      if meta.siteName == nil { meta.siteName = content }
    case .byline:
      guard let content = text() else { return }
      if meta.byline == nil, !content.hasPrefix("http") { meta.byline = content }
    case .published:
      guard let content = text() else { return }
      if meta.published == nil { meta.published = DateReader.iso8601(content) }
    case .url:
      guard let content = text() else { return }
      if meta.canonicalURL == nil { meta.canonicalURL = content }
    case .description:
      guard let content = text() else { return }
      if meta.description == nil { meta.description = content }
    case .type:
      guard let content = text() else { return }
      if content.lowercased().hasPrefix("product") { meta.declaresProduct = true }
    case .language:
      guard let content = text() else { return }
      if meta.declaredLanguage == nil { meta.declaredLanguage = content }
    }
  }

  /// What a `meta` element's content says, by the element's lower-cased key.
  enum MetaField {
    case title, siteName, byline, published, url, description, type, language
  }

  /// The keys `readMeta` reads and what each says: one hash per `meta` element, where a `switch`
  /// over the keys compared the key with each of some thirty strings in turn (about 1,500
  /// instructions an element).
  static let metaFields: [String: MetaField] = {
    var fields: [String: MetaField] = [:]
    let groups: [(MetaField, [String])] = [
      (.title, ["og:title", "twitter:title"]),
      (.siteName, ["og:site_name", "application-name"]),
      (.byline, ["author", "article:author", "byl", "dc.creator", "sailthru.author"]),
      (
        .published,
        [
          "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
          "og:published_time", "sailthru.date",
        ]
      ),
      (.url, ["og:url"]),
      (.description, ["description", "og:description"]),
      (.type, ["og:type"]),
      (.language, ["og:locale", "content-language", "language"]),
    ]
    for (field, keys) in groups {
      for key in keys { fields[key] = field }
    }
    return fields
  }()

  /// The words one of which a JSON-LD `@type` must contain for `readJSONLD` to read anything
  /// from the block (`Article`, `Posting`, `Report`, the product types, `WebSite`).
  static let typeWords: [[UInt8]] = ["Article", "Posting", "Report", "Product", "WebSite"].map { Array($0.utf8) }

  /// False only when `readJSONLD` would read nothing from the JSON-LD text `utf8`, which spares
  /// `JSONSerialization` the blocks that cannot matter (breadcrumbs, organisations, web pages).
  ///
  /// A decoded JSON string's letters are the text's own bytes or come from `\u` escapes (every
  /// other escape gives a non-letter, and bytes that are not UTF-8 become U+FFFD, not nothing), so
  /// without a `\u` a type holding one of `typeWords` has it in the bytes. `contains` and `==`
  /// compare by canonical equivalence, but the only non-ASCII scalar equivalent to an ASCII letter
  /// is U+212A KELVIN SIGN (`K`), in none of the words.
  static func mayDescribePage(_ utf8: [UInt8]) -> Bool {
    utf8.withUnsafeBufferPointer { bytes in
      let n = bytes.count
      var i = 0
      while i < n {
        let b = bytes[i]
        if b == 0x5C, i + 1 < n, bytes[i + 1] == 0x75 { return true }  // `\u`
        if b == 0x41 || b == 0x50 || b == 0x52 || b == 0x57 {  // A, P, R, W
          for word in typeWords where word[0] == b && i + word.count <= n {
            var k = 1
            while k < word.count && bytes[i + k] == word[k] { k += 1 }
            if k == word.count { return true }
          }
        }
        i += 1
      }
      return false
    }
  }

  /// True when `readJSONLD` could change nothing in `meta`: it fills only a title, a publication
  /// date, a byline and a site name that are still missing, and sets `declaresProduct`, which
  /// needs a type holding `Product` (in the bytes unless written with a `\u` escape, as
  /// `mayDescribePage` explains). Pages whose meta elements named all four spare
  /// `JSONSerialization` the whole JSON-LD block.
  static func readsNothingNew(_ utf8: [UInt8], _ meta: PageMetadata) -> Bool {
    guard meta.title != nil, meta.published != nil, meta.byline != nil, meta.siteName != nil else { return false }
    if meta.declaresProduct { return true }
    return utf8.withUnsafeBufferPointer { bytes in
      let product: [UInt8] = Array("Product".utf8)
      let n = bytes.count
      var i = 0
      while i < n {
        if bytes[i] == 0x5C, i + 1 < n, bytes[i + 1] == 0x75 { return false }  // `\u`
        if bytes[i] == 0x50, i + product.count <= n {
          var k = 1
          while k < product.count && bytes[i + k] == product[k] { k += 1 }
          if k == product.count { return false }
        }
        i += 1
      }
      return true
    }
  }

  /// Reads the JSON-LD text `json` (see `mayDescribePage` for what it must contain to matter).
  ///
  /// `JSONLDScan` reads the usual JSON-LD, only the values read here, at a tenth of what
  /// `JSONSerialization` costs (some 200,000 instructions a block); whatever it is not sure
  /// `JSONSerialization` reads the same goes to `readJSONLDGeneral`, which the tests hold it to.
  static func readJSONLD(_ json: String, into meta: inout PageMetadata) {
    var json = json
    if let top = json.withUTF8({ JSONLDScan.read($0) }) {
      read(top, into: &meta)
      return
    }
    readJSONLDGeneral(json, into: &meta)
  }

  /// `readJSONLDGeneral` over what `JSONLDScan` read: the same walk, the same values.
  static func read(_ top: JSONLDScan.Item, into meta: inout PageMetadata) {
    var queue: [JSONLDScan.Item] = [top]
    var seen = 0
    var next = 0
    while next < queue.count && seen < 200 {
      let item = queue[next]
      next += 1
      seen += 1
      switch item {
      case .array(let items): queue.append(contentsOf: items)
      case .other: continue
      case .object(let dict):
        if let graph = dict.graph { queue.append(graph) }
        let type = dict.type
        let articleLike = type.contains("Article") || type.contains("Posting") || type == "Report" || type.contains("BlogPosting")
        if articleLike {
          if meta.title == nil, let h = dict.headline { meta.title = normalizeSpace(h) }
          if meta.published == nil, let d = dict.datePublished { meta.published = DateReader.iso8601(d) }
          if meta.byline == nil { meta.byline = dict.author.flatMap(personName) }
          if meta.siteName == nil, let name = dict.publisherName { meta.siteName = name }
        }
        if type == "Product" || type == "ProductGroup" || type == "IndividualProduct" { meta.declaresProduct = true }
        if type == "WebSite", meta.siteName == nil, let name = dict.name { meta.siteName = name }
      }
    }
  }

  private static func personName(_ value: JSONLDScan.Person) -> String? {
    switch value {
    case .string(let s): return s.hasPrefix("http") ? nil : normalizeSpace(s)
    case .object(let name): return name.map(normalizeSpace)
    case .array(let a):
      let names = a.compactMap { personName($0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    case .other: return nil
    }
  }

  /// `readJSONLD` through `JSONSerialization`, for any JSON.
  static func readJSONLDGeneral(_ json: String, into meta: inout PageMetadata) {
    guard let data = json.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return }
    var queue: [Any] = [object]
    var seen = 0
    while !queue.isEmpty && seen < 200 {
      let item = queue.removeFirst()
      seen += 1
      if let array = item as? [Any] { queue.append(contentsOf: array); continue }
      guard let dict = item as? [String: Any] else { continue }
      if let graph = dict["@graph"] { queue.append(graph) }
      let type = (dict["@type"] as? String) ?? ((dict["@type"] as? [String])?.first ?? "")
      let articleLike = type.contains("Article") || type.contains("Posting") || type == "Report" || type.contains("BlogPosting")
      if articleLike {
        if meta.title == nil, let h = dict["headline"] as? String { meta.title = normalizeSpace(h) }
        if meta.published == nil, let d = dict["datePublished"] as? String { meta.published = DateReader.iso8601(d) }
        if meta.byline == nil { meta.byline = personName(dict["author"]) }
        if meta.siteName == nil, let publisher = dict["publisher"] as? [String: Any], let name = publisher["name"] as? String {
          meta.siteName = name
        }
      }
      if type == "Product" || type == "ProductGroup" || type == "IndividualProduct" { meta.declaresProduct = true }
      if type == "WebSite", meta.siteName == nil, let name = dict["name"] as? String { meta.siteName = name }
    }
  }

  private static func personName(_ value: Any?) -> String? {
    if let s = value as? String { return s.hasPrefix("http") ? nil : normalizeSpace(s) }
    if let d = value as? [String: Any] { return (d["name"] as? String).map(normalizeSpace) }
    if let a = value as? [Any] {
      let names = a.compactMap { personName($0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    }
    return nil
  }
}

/// The values `MetadataReader.readJSONLD` reads from a JSON-LD block, read in one pass over its
/// bytes without making the rest (JSON-LD blocks describe images, offers and breadcrumbs at
/// length): the top value, the elements of arrays and the `@graph` of objects as `Item`s, and of
/// each object the `@type`, `headline`, `datePublished`, `author`, `publisher` name and `name`
/// as `JSONSerialization`'s values would read through the casts of `readJSONLDGeneral`.
///
/// Nil whenever it is not sure `JSONSerialization` would read the same: text that is not strict
/// RFC 8259 JSON (which `JSONSerialization` may or may not accept), a top value that is not an
/// object or an array, a number with an exponent or more than 15 characters (which may not fit
/// a Double), a `\u` escape of a surrogate or of NUL, nesting deeper than 64, and an object
/// naming one of the keys read twice (which of the two a dictionary keeps is not ours to guess).
enum JSONLDScan {
  indirect enum Item {
    case array([Item])
    case object(Object)
    case other
  }

  indirect enum Person {
    case string(String)
    case object(name: String?)
    case array([Person])
    case other
  }

  struct Object {
    /// The `@graph` value, whatever it is.
    var graph: Item?
    /// `(@type as? String) ?? ((@type as? [String])?.first ?? "")`.
    var type = ""
    var headline: String?
    var datePublished: String?
    var author: Person?
    /// The `name` string of a `publisher` object.
    var publisherName: String?
    var name: String?
  }

  private struct Unsure: Error {}

  static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Item? {
    guard let base = bytes.baseAddress else { return nil }
    var scan = Scanner(p: base, n: bytes.count)
    do {
      scan.blanks()
      guard scan.i < scan.n, scan.p[scan.i] == 0x7B || scan.p[scan.i] == 0x5B else { return nil }
      let top = try scan.item()
      scan.blanks()
      return scan.i == scan.n ? top : nil
    } catch {
      return nil
    }
  }

  private struct Scanner {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0
    var depth = 0
    /// The current key, unescaped.
    var key: [UInt8] = []

    mutating func blanks() {
      while i < n, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
    }

    mutating func expect(_ c: UInt8) throws {
      guard i < n, p[i] == c else { throw Unsure() }
      i += 1
    }

    /// A value read as an `Item`.
    mutating func item() throws -> Item {
      guard i < n else { throw Unsure() }
      switch p[i] {
      case 0x7B: return .object(try object())
      case 0x5B:
        var items: [Item] = []
        try elements { items.append(try $0.item()) }
        return .array(items)
      default:
        try skip()
        return .other
      }
    }

    /// A value read as `personName` reads it.
    mutating func person() throws -> Person {
      guard i < n else { throw Unsure() }
      switch p[i] {
      case 0x22: return .string(try string())
      case 0x7B: return .object(name: try object().name)
      case 0x5B:
        var people: [Person] = []
        try elements { people.append(try $0.person()) }
        return .array(people)
      default:
        try skip()
        return .other
      }
    }

    /// A value read as `as? String`.
    mutating func text() throws -> String? {
      guard i < n else { throw Unsure() }
      if p[i] == 0x22 { return try string() }
      try skip()
      return nil
    }

    /// An `@type` value: a string, or the first of an array of nothing but strings, or "".
    mutating func type() throws -> String {
      guard i < n else { throw Unsure() }
      if p[i] == 0x22 { return try string() }
      guard p[i] == 0x5B else {
        try skip()
        return ""
      }
      var first: String?
      var onlyStrings = true
      try elements { scan in
        if let s = try scan.text() {
          if first == nil { first = s }
        } else {
          onlyStrings = false
        }
      }
      return onlyStrings ? first ?? "" : ""
    }

    /// The array or object at `i`, from `open` to `close`, each element (or member) read by
    /// `body`; the blanks around them and the commas between are passed over here.
    private mutating func list(_ open: UInt8, _ close: UInt8, _ body: (inout Scanner) throws -> Void) throws {
      try expect(open)
      depth += 1
      if depth > 64 { throw Unsure() }
      blanks()
      if i < n, p[i] == close {
        i += 1
        depth -= 1
        return
      }
      while true {
        blanks()
        try body(&self)
        blanks()
        guard i < n else { throw Unsure() }
        if p[i] == 0x2C {
          i += 1
          continue
        }
        try expect(close)
        break
      }
      depth -= 1
    }

    /// The elements of the array at `i`, each read by `body`.
    mutating func elements(_ body: (inout Scanner) throws -> Void) throws {
      try list(0x5B, 0x5D, body)
    }

    /// The members of the object at `i`: each key read into `key` (or only checked, without
    /// `readingKeys`), then its value read by `body`.
    mutating func members(readingKeys: Bool, _ body: (inout Scanner) throws -> Void) throws {
      try list(0x7B, 0x7D) { s in
        if readingKeys { try s.keyString() } else { try s.skipString() }
        s.blanks()
        try s.expect(0x3A)
        s.blanks()
        try body(&s)
      }
    }

    /// The object at `i`, its keys read.
    mutating func object() throws -> Object {
      var object = Object()
      var found = 0
      try members(readingKeys: true) { s in
        let k = Self.keyNumber(s.key)
        if k >= 0 {
          // A key read twice: which value a dictionary keeps is not ours to guess.
          if found & (1 << k) != 0 { throw Unsure() }
          found |= 1 << k
        }
        switch k {
        case 0: object.graph = try s.item()
        case 1: object.type = try s.type()
        case 2: object.headline = try s.text()
        case 3: object.datePublished = try s.text()
        case 4: object.author = try s.person()
        case 5:
          if s.i < s.n, s.p[s.i] == 0x7B { object.publisherName = try s.object().name } else { try s.skip() }
        case 6: object.name = try s.text()
        default: try s.skip()
        }
      }
      return object
    }

    static let keys: [[UInt8]] = ["@graph", "@type", "headline", "datePublished", "author", "publisher", "name"].map { Array($0.utf8) }

    static func keyNumber(_ key: [UInt8]) -> Int {
      for (k, candidate) in keys.enumerated() where candidate == key { return k }
      return -1
    }

    /// Any value, checked and passed over.
    mutating func skip() throws {
      guard i < n else { throw Unsure() }
      switch p[i] {
      case 0x22: try skipString()
      case 0x7B: try members(readingKeys: false) { try $0.skip() }
      case 0x5B: try elements { try $0.skip() }
      case 0x74: try word("true")
      case 0x66: try word("false")
      case 0x6E: try word("null")
      default: try number()
      }
    }

    mutating func word(_ w: StaticString) throws {
      let count = w.utf8CodeUnitCount
      guard i + count <= n, memcmp(p + i, w.utf8Start, count) == 0 else { throw Unsure() }
      i += count
    }

    /// A number as RFC 8259 writes one, without an exponent and at most 15 characters long.
    mutating func number() throws {
      let start = i
      if i < n, p[i] == 0x2D { i += 1 }
      guard i < n, p[i] >= 0x30, p[i] <= 0x39 else { throw Unsure() }
      if p[i] == 0x30 {
        i += 1
      } else {
        while i < n, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
      }
      if i < n, p[i] == 0x2E {
        i += 1
        guard i < n, p[i] >= 0x30, p[i] <= 0x39 else { throw Unsure() }
        while i < n, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
      }
      if i < n, p[i] == 0x65 || p[i] == 0x45 { throw Unsure() }
      if i - start > 15 { throw Unsure() }
    }

    /// The end of the string at `i` (its opening quote), checked: no control character, only
    /// the escapes JSON has. Returns whether it holds an escape.
    @discardableResult
    mutating func skipString() throws -> Bool {
      try expect(0x22)
      var escaped = false
      while true {
        // Plain bytes (the text is well-formed UTF-8: bytes from 0x80 are its characters).
        while i < n, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20 { i += 1 }
        guard i < n else { throw Unsure() }
        let c = p[i]
        if c == 0x22 {
          i += 1
          return escaped
        }
        guard c == 0x5C else { throw Unsure() }
        escaped = true
        guard i + 1 < n else { throw Unsure() }
        switch p[i + 1] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
        case 0x75:
          guard let v = hex4(i + 2), v != 0, !(0xD800...0xDFFF).contains(v) else { throw Unsure() }
          i += 6
        default: throw Unsure()
        }
      }
    }

    func hex4(_ at: Int) -> UInt32? {
      guard at + 4 <= n else { return nil }
      var v: UInt32 = 0
      for k in 0..<4 {
        let c = p[at + k]
        let d: UInt32
        switch c {
        case 0x30...0x39: d = UInt32(c - 0x30)
        case 0x41...0x46: d = UInt32(c - 0x41 + 10)
        case 0x61...0x66: d = UInt32(c - 0x61 + 10)
        default: return nil
        }
        v = v * 16 + d
      }
      return v
    }

    /// The string at `i`, unescaped.
    mutating func string() throws -> String {
      let start = i + 1
      let escaped = try skipString()
      let end = i - 1
      if !escaped { return String(decoding: UnsafeBufferPointer(start: p + start, count: end - start), as: UTF8.self) }
      var out: [UInt8] = []
      unescape(start, end, into: &out)
      return String(decoding: out, as: UTF8.self)
    }

    /// The key at `i`, unescaped into `key`.
    mutating func keyString() throws {
      let start = i + 1
      let escaped = try skipString()
      let end = i - 1
      key.removeAll(keepingCapacity: true)
      if escaped {
        unescape(start, end, into: &key)
      } else {
        key.append(contentsOf: UnsafeBufferPointer(start: p + start, count: end - start))
      }
    }

    /// The checked string bytes `start..<end` with their escapes read (see `skipString`).
    func unescape(_ start: Int, _ end: Int, into out: inout [UInt8]) {
      var k = start
      while k < end {
        let c = p[k]
        guard c == 0x5C else {
          out.append(c)
          k += 1
          continue
        }
        let e = p[k + 1]
        k += 2
        switch e {
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75:
          // Checked by `skipString`: four hex digits, neither NUL nor a surrogate.
          let v = hex4(k)!
          k += 4
          out.append(contentsOf: String(Character(Unicode.Scalar(v)!)).utf8)
        default: out.append(e)
        }
      }
    }
  }
}
