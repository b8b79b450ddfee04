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
    switch key {
    case "og:title", "twitter:title":
      guard let content = text() else { return }
      if meta.title == nil { meta.title = content }
    case "og:site_name", "application-name":
      guard let content = text() else { return }
      if meta.siteName == nil { meta.siteName = content }
    case "author", "article:author", "byl", "dc.creator", "sailthru.author":
      guard let content = text() else { return }
      if meta.byline == nil, !content.hasPrefix("http") { meta.byline = content }
    case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "og:published_time", "sailthru.date":
      guard let content = text() else { return }
      if meta.published == nil { meta.published = DateReader.iso8601(content) }
    case "og:url":
      guard let content = text() else { return }
      if meta.canonicalURL == nil { meta.canonicalURL = content }
    case "description", "og:description":
      guard let content = text() else { return }
      if meta.description == nil { meta.description = content }
    case "og:type":
      guard let content = text() else { return }
      if content.lowercased().hasPrefix("product") { meta.declaresProduct = true }
    case "og:locale", "content-language", "language":
      guard let content = text() else { return }
      if meta.declaredLanguage == nil { meta.declaredLanguage = content }
    default: break
    }
  }

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
  static func readJSONLD(_ json: String, into meta: inout PageMetadata) {
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
