import Markup
import TestSupport
import Testing

@testable import NewsClean

/// `<meta>` elements as the metadata reader reads them: the key (`property`, else `name`, else
/// `itemprop`, lower-cased) says which field the content (spaces normalized; absent or empty
/// reads nothing) fills, the first one found winning.
@Suite struct MetaReadingTests {
  static let keys = [
    "og:title", "twitter:title", "og:site_name", "application-name", "author", "article:author", "byl", "dc.creator",
    "sailthru.author", "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
    "dc.date.issued", "og:published_time", "sailthru.date", "og:url", "description", "og:description", "og:type",
    "og:locale", "content-language", "language", "viewport", "robots", "OG:Title", "Author", "keywords", "",
  ]

  /// The reading as the rule above states it, over each element's first property, name,
  /// itemprop and content.
  func reference(_ metas: [(property: String?, name: String?, itemprop: String?, content: String?)]) -> PageMetadata {
    var meta = PageMetadata()
    for m in metas {
      let key = (m.property ?? m.name ?? m.itemprop)?.lowercased() ?? ""
      guard let content = m.content.map(normalizeSpace), !content.isEmpty else { continue }
      switch key {
      case "og:title", "twitter:title": if meta.title == nil { meta.title = content }
      case "og:site_name", "application-name": if meta.siteName == nil { meta.siteName = content }
      case "author", "article:author", "byl", "dc.creator", "sailthru.author":
        if meta.byline == nil, !content.hasPrefix("http") { meta.byline = content }
      case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
        "og:published_time", "sailthru.date":
        if meta.published == nil { meta.published = DateReader.iso8601(content) }
      case "og:url": if meta.canonicalURL == nil { meta.canonicalURL = content }
      case "description", "og:description": if meta.description == nil { meta.description = content }
      case "og:type": if content.lowercased().hasPrefix("product") { meta.declaresProduct = true }
      case "og:locale", "content-language", "language": if meta.declaredLanguage == nil { meta.declaredLanguage = content }
      default: break
      }
    }
    return meta
  }

  func read(_ html: String) -> PageMetadata {
    var reader = MetadataReader()
    _ = HTMLParser.walk(Array(html.utf8), attributes: .known, visitor: &reader)
    return reader.finish()
  }

  func fields(_ m: PageMetadata) -> [String?] {
    [m.title, m.byline, m.published, m.siteName, m.canonicalURL, m.declaredLanguage, m.description, m.declaresProduct ? "product" : nil]
  }

  @Test("generated meta elements fill the fields the rule says")
  func generated() {
    let contents: [String?] = [nil, "", "   ", "Harbour ferry", " Product  page ", "product", "http://example.com/a", "2024-03-05T10:00:00Z",
                               "ko-KR", "Ünïcödé\u{00A0}text", "2024년 3월 5일"]
    var random = SplitMix64(seed: 0x6D65_7461)
    for _ in 0..<600 {
      var metas: [(property: String?, name: String?, itemprop: String?, content: String?)] = []
      var html = "<html><head>"
      for _ in 0..<Int(random.next() % 6) {
        func pick() -> String? { random.next() % 3 == 0 ? Self.keys[Int(random.next() % UInt64(Self.keys.count))] : nil }
        let property = pick(), name = pick(), itemprop = pick()
        let content = contents[Int(random.next() % UInt64(contents.count))]
        metas.append((property, name, itemprop, content))
        html += "<meta"
        if let property { html += " property=\"\(property)\"" }
        if let name { html += " name=\"\(name)\"" }
        if let itemprop { html += " itemprop=\"\(itemprop)\"" }
        if let content { html += " content=\"\(content)\"" }
        html += ">"
      }
      html += "</head><body><p>x</p></body></html>"
      #expect(fields(read(html)) == fields(reference(metas)), "\(html)")
    }
  }
}

@Suite struct JSONLDSkipTests {
  func fields(_ m: PageMetadata) -> [String?] {
    [m.title, m.byline, m.published, m.siteName, m.canonicalURL, m.declaredLanguage, m.description, m.declaresProduct ? "product" : nil]
  }

  @Test("a JSON-LD block skipped as reading nothing new would indeed change nothing")
  func skippedBlocksChangeNothing() {
    let types = ["NewsArticle", "Product", "ProductGroup", "IndividualProduct", "WebSite", "Organization", "BlogPosting",
                 "\\u0050roduct", "Report"]
    let fieldsJSON = [
      "\"headline\":\"A title\"", "\"datePublished\":\"2024-03-05T10:00:00Z\"", "\"author\":{\"name\":\"Kim\"}",
      "\"author\":\"http://x\"", "\"publisher\":{\"name\":\"Daily\"}", "\"name\":\"Site\"", "\"description\":\"Product news\"",
    ]
    var random = SplitMix64(seed: 0x6A73_6F6E)
    var skipped = 0
    for _ in 0..<3000 {
      var meta = PageMetadata()
      if random.next() % 4 != 0 { meta.title = "T" }
      if random.next() % 4 != 0 { meta.published = "2020-01-01T00:00:00Z" }
      if random.next() % 4 != 0 { meta.byline = "B" }
      if random.next() % 4 != 0 { meta.siteName = "S" }
      meta.declaresProduct = random.next() % 5 == 0
      var members = ["\"@type\":\"\(types[Int(random.next() % UInt64(types.count))])\""]
      for _ in 0..<Int(random.next() % 4) { members.append(fieldsJSON[Int(random.next() % UInt64(fieldsJSON.count))]) }
      var json = "{" + members.joined(separator: ",") + "}"
      if random.next() % 3 == 0 { json = "{\"@graph\":[" + json + ",{\"@type\":\"WebSite\",\"name\":\"W\"}]}" }
      let bytes = Array(json.utf8)
      guard MetadataReader.readsNothingNew(bytes, meta) else { continue }
      skipped += 1
      var read = meta
      MetadataReader.readJSONLD(json, into: &read)
      #expect(fields(read) == fields(meta), "\(json)")
    }
    #expect(skipped > 300)
  }
}
