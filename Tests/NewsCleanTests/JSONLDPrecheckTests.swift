import Foundation
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

/// `JSONLDScan` reads JSON-LD without `JSONSerialization`: whenever it reads a block, the metadata
/// must be what `readJSONLDGeneral` (through `JSONSerialization`) makes of it.
@Suite struct JSONLDScanTests {
  /// Pieces that make a block read differently, or not strict JSON, or not one the scan is sure of.
  static let oddValues = [
    "\"a\\\"b\"", "\"tab\\tand\\nline\"", "\"\\u00e9t\\u00E9\"", "\"\\ud83d\\ude00\"", "\"\\u0000\"", "\"bad\\x\"", "\"ctl\u{01}\"",
    "1e5", "-0.5", "01", "1.", "-", "12345678901234567", "true", "false", "nul", "[]", "{}", "[1,]", "{\"a\":1,}",
    "\"  spaced   out  \"", "[\"A\", null]", "[null, \"A\"]", "[[\"A\"],\"B\"]", "{\"name\":1}", "{\"name\":\"X\",\"name\":\"Y\"}",
    "\"한국어 기자\"", "\"http://author\"", "[]", "[\"\"]",
  ]
  static let keys = ["headline", "datePublished", "author", "publisher", "name", "url", "image", "\\u0040id", "h\\u0065adline"]

  static func value(_ g: inout FastPathAgreementTests.Generator, depth: Int) -> String {
    switch g.next(16) {
    case 0, 1 where depth < 3: return object(&g, depth: depth + 1)
    case 2, 3 where depth < 3: return "[" + (0..<g.next(3)).map { _ in value(&g, depth: depth + 1) }.joined(separator: ", ") + "]"
    case 4: return oddValues[g.next(oddValues.count)]
    default: return JSONLDPrecheckTests.values[g.next(JSONLDPrecheckTests.values.count)]
    }
  }

  static func object(_ g: inout FastPathAgreementTests.Generator, depth: Int) -> String {
    var fields: [String] = []
    if g.next(4) != 0 {
      let types = JSONLDPrecheckTests.types
      fields.append("\"@type\": " + (g.next(4) == 0 ? "[\"\(types[g.next(types.count)])\", \"\(types[g.next(types.count)])\"]" : "\"\(types[g.next(types.count)])\""))
    }
    // Each key at most once, in a random order; now and then one named twice (the scan leaves those).
    let first = g.next(keys.count)
    for k in 0..<keys.count where g.next(3) == 0 {
      fields.append("\"\(keys[(first + k) % keys.count])\" :\(value(&g, depth: depth))")
    }
    if g.next(10) == 0 { fields.append("\"\(keys[g.next(keys.count)])\" :\(value(&g, depth: depth))") }
    if depth < 2, g.next(3) == 0 {
      fields.append("\"@graph\":[\((0..<g.next(3)).map { _ in object(&g, depth: depth + 1) }.joined(separator: ",\n"))]")
    }
    return "{ " + fields.joined(separator: ", ") + " }"
  }

  static func same(_ a: PageMetadata, _ b: PageMetadata) -> Bool { String(reflecting: a) == String(reflecting: b) }

  @Test("every block the scan reads reads as JSONSerialization reads it")
  func generated() {
    var g = FastPathAgreementTests.Generator(state: 0x6A73_6F6E)
    var scanned = 0
    var fellBack = 0
    for _ in 0..<6000 {
      var json = Self.object(&g, depth: 0)
      switch g.next(8) {
      case 0: json = "[" + json + ", " + Self.object(&g, depth: 0) + "]"
      case 1: json = "\n  " + json + "\n"
      case 2: json += " x"
      case 3: json = "\"top\""
      default: break
      }
      var bytes = json
      guard let top = bytes.withUTF8({ JSONLDScan.read($0) }) else {
        fellBack += 1
        continue
      }
      scanned += 1
      // JSONSerialization takes every block the scan reads...
      #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) != nil, "\(json)")
      // ...and makes the same of it, whatever was read before.
      for start in [PageMetadata(), Self.partlyRead] {
        var fast = start
        MetadataReader.read(top, into: &fast)
        var general = start
        MetadataReader.readJSONLDGeneral(json, into: &general)
        #expect(Self.same(fast, general), "\(json)")
      }
    }
    // Not vacuous: most blocks were read by the scan, and some were left to JSONSerialization.
    #expect(scanned > 2000 && fellBack > 1000)
  }

  static let partlyRead: PageMetadata = {
    var meta = PageMetadata()
    meta.title = "Title"
    meta.siteName = "Site"
    return meta
  }()

  @Test("the blocks of the other tests read the same through the scan")
  func known() {
    let blocks = [
      #"{"@context":"https://schema.org","@type":"NewsArticle","headline":"  A   headline ","datePublished":"2024-03-01T10:00:00+09:00","author":[{"@type":"Person","name":"Kim"},{"name":"Lee"}],"publisher":{"@type":"Organization","name":"Daily"}}"#,
      #"[{"@type":"WebSite","name":"Site name"},{"@type":["BlogPosting","Thing"],"headline":"H","author":"http://x"}]"#,
      #"{"@graph":[{"@type":"Product","name":"P"},{"@type":"Report","headline":"R","author":{"name":1}}]}"#,
    ]
    for json in blocks {
      var bytes = json
      let top = bytes.withUTF8 { JSONLDScan.read($0) }
      #expect(top != nil, "\(json)")
      guard let top else { continue }
      var fast = PageMetadata()
      MetadataReader.read(top, into: &fast)
      var general = PageMetadata()
      MetadataReader.readJSONLDGeneral(json, into: &general)
      #expect(Self.same(fast, general), "\(json)")
      #expect(!Self.same(fast, PageMetadata()), "\(json)")
    }
  }
}
