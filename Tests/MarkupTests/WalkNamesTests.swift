import Markup
import Testing

/// Names found by their bytes (`NameCache`) and the byte reading of a script's type.
@Suite("Walk names")
struct WalkNamesTests {
  struct Names: HTMLVisitor {
    var seen: [(tag: String, known: KnownName?, attributes: [String])] = []
    mutating func enter(_ element: ElementRef) -> Bool {
      var attributes: [String] = []
      element.forEachAttribute { name, value in attributes.append("\(name)=\(value())") }
      seen.append((element.tag, element.knownTag, attributes))
      return true
    }
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {}
    mutating func leave(_ element: ElementRef) {}
  }

  @Test("short, 16-byte, long and upper-case names keep their strings and cases")
  func names() throws {
    let html = """
      <html><body><DIV CLASS="a"><x-sixteen-bytes1 data-sixteen-byte="1"></x-sixteen-bytes1>\
      <x-seventeen-bytes1 data-seventeen-bytes="2"></x-seventeen-bytes1>\
      <x-a-rather-long-custom-element-name data-a-rather-long-attribute-name="3"></x-a-rather-long-custom-element-name>\
      <p id="b" Class="c">t</p><x-sixteen-bytes1></x-sixteen-bytes1></DIV></body></html>
      """
    var names = Names()
    guard case .success = HTMLParser.walk(Array(html.utf8), visitor: &names) else { Issue.record("no parse"); return }
    let tags = names.seen.map(\.tag)
    #expect(tags == [
      "html", "body", "div", "x-sixteen-bytes1", "x-seventeen-bytes1", "x-a-rather-long-custom-element-name", "p",
      "x-sixteen-bytes1",
    ])
    #expect(names.seen.map(\.known) == [.html, .body, .div, nil, nil, nil, .p, nil])
    #expect(names.seen[2].attributes == ["class=a"])
    #expect(names.seen[3].attributes == ["data-sixteen-byte=1"])
    #expect(names.seen[4].attributes == ["data-seventeen-bytes=2"])
    #expect(names.seen[5].attributes == ["data-a-rather-long-attribute-name=3"])
    #expect(names.seen[6].attributes == ["id=b", "class=c"])
  }

  @Test("every known name reads back as itself")
  func knownStrings() {
    #expect(KnownName.class.string == "class")
    #expect(Set(KnownName.allCases.map(\.string)).count == KnownName.allCases.count)
    // The written-out list is each case's own name, in case order.
    #expect(KnownName.allCases.map(\.string) == KnownName.allCases.map { String(describing: $0) })
  }

  @Test("JSON-LD script types, in any case")
  func jsonLD() {
    for type in ["application/ld+json", "APPLICATION/LD+JSON", "ld+json", "x ld+jsonx", "application/Ld+Json;charset=utf-8", "ld+json é"] {
      #expect(HTMLParser.isJSONLDType(type) == type.lowercased().contains("ld+json"), "\(type)")
      #expect(HTMLParser.isJSONLDType(type))
    }
    for type in ["", "text/javascript", "ld json", "ld+jso", "application/json", "é"] {
      #expect(!HTMLParser.isJSONLDType(type), "\(type)")
    }
  }
}
