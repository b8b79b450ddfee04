import Testing

@testable import NewsClean

/// `MetadataReader.mayDescribePage` lets JSON-LD blocks skip `JSONSerialization`: every block it
/// turns away must be one `readJSONLD` reads nothing from.
@Suite struct JSONLDPrecheckTests {
  static let types = [
    "NewsArticle", "Organization", "BreadcrumbList", "WebPage", "WebSite", "Product", "Report", "Arti\\u0063le",
    "\\u0041rticle", "Posting", "ProductGroup", "IndividualProduct", "Person", "\u{212A}", "Rep\\/ort", "Art\\nicle",
    "Articl\u{00E9}", "Article\u{0301}", "Web\\u0053ite", "BlogPosting", "ImageObject", "\\\\u0041rticle", "article",
  ]
  static let values = ["\"x\"", "\"2024-01-02T03:04:05Z\"", "\"http://a\"", "{\"name\":\"N\"}", "[\"A\",{\"name\":\"B\"}]", "1", "null"]
  static let keys = ["headline", "datePublished", "author", "publisher", "name", "@id", "url"]

  static func object(_ g: inout FastPathAgreementTests.Generator, depth: Int) -> String {
    var fields: [String] = []
    let typeValue = g.next(4) == 0
      ? "[\"\(types[g.next(types.count)])\",\"\(types[g.next(types.count)])\"]" : "\"\(types[g.next(types.count)])\""
    if g.next(5) != 0 { fields.append("\"@type\":\(typeValue)") }
    for _ in 0..<g.next(5) { fields.append("\"\(keys[g.next(keys.count)])\":\(values[g.next(values.count)])") }
    if depth < 2, g.next(3) == 0 {
      fields.append("\"@graph\":[\((0..<g.next(3)).map { _ in object(&g, depth: depth + 1) }.joined(separator: ","))]")
    }
    return "{" + fields.joined(separator: ",") + "}"
  }

  @Test("every block the pre-check turns away leaves the metadata as it was")
  func precheck() {
    var g = FastPathAgreementTests.Generator(state: 17)
    var turnedAway = 0
    var read = 0
    for _ in 0..<4000 {
      var json = Self.object(&g, depth: 0)
      if g.next(4) == 0 { json = "[" + json + "," + Self.object(&g, depth: 0) + "]" }
      var meta = PageMetadata()
      MetadataReader.readJSONLD(json, into: &meta)
      let changed = String(reflecting: meta) != String(reflecting: PageMetadata())
      if MetadataReader.mayDescribePage(Array(json.utf8)) {
        read += 1
      } else {
        turnedAway += 1
        #expect(!changed, "\(json)")
      }
    }
    #expect(turnedAway > 500 && read > 500)
  }
}
