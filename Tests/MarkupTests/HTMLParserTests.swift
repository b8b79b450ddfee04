import Markup
import Testing

/// What the libxml2-backed parser hands the cleaner: a Swift tree with text, tags and attributes.
@Suite("Parsing HTML into a tree")
struct HTMLParserTests {
  func parse(_ html: String, limits: ParseLimits = ParseLimits()) -> HTMLDocument? {
    if case .success(let d) = HTMLParser.parse(Array(html.utf8), limits: limits) { return d }
    return nil
  }

  func body(_ d: HTMLDocument) -> Element? {
    d.root.childElements.first { $0.tag == "body" }
  }

  @Test("tags and attribute names come out lower-case, values as written")
  func lowerCaseNames() throws {
    let d = try #require(parse("<HTML><BODY><DIV CLASS=\"Post Body\" ID=x>hi</DIV></BODY></HTML>"))
    let div = try #require(body(d)?.childElements.first)
    #expect(div.tag == "div")
    #expect(div.attribute("class") == "Post Body")
    #expect(div.attribute("id") == "x")
  }

  @Test("entities are decoded in text and attributes")
  func entities() throws {
    let d = try #require(parse("<p title=\"a &amp; b\">caf&eacute; &#54665;&#48373; &lt;tag&gt;</p>"))
    let p = try #require(d.root.descendants().first { $0.tag == "p" })
    #expect(p.textContent == "café 행복 <tag>")
    #expect(p.attribute("title") == "a & b")
  }

  @Test("scripts and styles carry no text, but JSON-LD is kept")
  func scripts() throws {
    let html = """
      <html><head><script type="application/ld+json">{"headline":"H"}</script><style>p{color:red}</style></head>
      <body><script>var x = "<p>not text</p>";</script><p>text</p></body></html>
      """
    let d = try #require(parse(html))
    let all = d.root.descendants()
    #expect(all.first { $0.tag == "script" && $0.attribute("type") == "application/ld+json" }?.textContent == "{\"headline\":\"H\"}")
    #expect(all.first { $0.tag == "style" }?.textContent == "")
    #expect(body(d)?.textContent.contains("not text") == false)
    #expect(body(d)?.textContent.contains("text") == true)
  }

  @Test("noscript content is read: a reader without scripts sees it")
  func noscript() throws {
    let d = try #require(parse("<body><noscript><p>The whole thread</p></noscript></body>"))
    #expect(body(d)?.textContent == "The whole thread")
  }

  @Test("form fields and textareas carry no text")
  func formFields() throws {
    let d = try #require(parse("<body><p>kept</p><textarea>draft comment</textarea><select><option>A</option></select></body>"))
    #expect(body(d)?.textContent == "kept")
  }

  @Test("unclosed and misnested markup is recovered")
  func recovery() throws {
    let d = try #require(parse("<body><p>one<p>two<b><i>three</b></i><td>four</body>"))
    let text = body(d)?.textContent ?? ""
    for word in ["one", "two", "three", "four"] { #expect(text.contains(word)) }
  }

  @Test("a page nested deeper than the limit is refused, naming the limit")
  func depthLimit() {
    let html = String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300)
    let result = HTMLParser.parse(Array(html.utf8), limits: ParseLimits(maxDepth: 100))
    if case .failure(.tooDeep(let limit)) = result {
      #expect(limit == 100)
    } else {
      Issue.record("expected tooDeep, got \(result)")
    }
  }

  @Test("more elements than the limit are refused")
  func nodeLimit() {
    let html = "<body>" + String(repeating: "<span>x</span>", count: 500) + "</body>"
    let result = HTMLParser.parse(Array(html.utf8), limits: ParseLimits(maxElements: 100))
    if case .failure(.tooManyElements(let limit)) = result {
      #expect(limit == 100)
    } else {
      Issue.record("expected tooManyElements, got \(result)")
    }
  }

  @Test("external entities are never loaded")
  func externalEntities() throws {
    let html = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html><body><p>a&e;b</p></body></html>"
    let d = try #require(parse(html))
    #expect(d.root.textContent.contains("root:") == false)
  }

  @Test("an empty input is unparseable, not a crash")
  func empty() {
    if case .failure(.unparseable) = HTMLParser.parse([]) {} else { Issue.record("empty input parsed") }
  }
}
