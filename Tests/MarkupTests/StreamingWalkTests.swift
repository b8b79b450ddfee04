import TestSupport
import Foundation
@testable import Markup
import Testing

/// The cleaner reads pages from libxml2's parse events without building libxml2's tree. These
/// tests hold it to the tree: on each page, the events it hands a visitor are the events of a walk
/// over the tree libxml2 builds of the same page (`TreeReference`).
@Suite("Streaming walk reads what the tree holds")
struct StreamingWalkTests {
  /// Records a walk in `TreeReference`'s notation.
  struct Recorder: HTMLVisitor {
    var events: [String] = []
    mutating func enter(_ element: ElementRef) -> Bool {
      var line = "+" + element.tag
      element.forEachAttribute { name, value in line += " \(name)=\(value())" }
      events.append(line)
      return true
    }
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
      events.append(String(reflecting: String(decoding: utf8, as: UTF8.self)))
    }
    mutating func leave(_ element: ElementRef) { events.append("-" + element.tag) }
  }

  func streamed(_ html: String) -> [String]? {
    streamed(Array(html.utf8))
  }

  func streamed(_ bytes: [UInt8]) -> [String]? {
    var recorder = Recorder()
    guard case .success = HTMLParser.walk(bytes, visitor: &recorder) else { return nil }
    return recorder.events
  }

  func expectSame(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let reference = TreeReference.events(Array(html.utf8))
    #expect(streamed(html) == reference, "\(html)", sourceLocation: sourceLocation)
  }

  @Test("runs of text are joined until an element or a comment ends them")
  func textRuns() {
    expectSame("<p>one &amp; two" + String(repeating: "long text ", count: 400) + "</p>")
    expectSame("<p>before<!-- note -->after<?pi x?>end</p>")
    expectSame("<div>\n  <p>a</p>\n  <br>\n <b> x </b> <i>y</i>\n</div>")
  }

  @Test("content after the root closed joins the root when the root came first")
  func afterRootWithoutDoctype() {
    expectSame("<html><body><p>in</p></body></html><p>after</p> tail")
    expectSame("<html><body><p>in</p></body></html>\n<div class=x>after<b>bold</b></div></html><p>again</p>")
  }

  @Test("content after the root closed is a second top-level element behind a doctype or a comment")
  func afterRootBehindDoctype() {
    expectSame("<!DOCTYPE html><html><body><p>in</p></body></html><p>after</p>")
    expectSame("<!-- generated --><html><body><p>in</p></body></html><p>after</p>")
    expectSame("<html><body><p>in</p></body></html><!DOCTYPE html><p>after</p>")
  }

  @Test("prefixed names lose their prefix, as in the tree")
  func prefixedNames() {
    expectSame("<p>Word<o:p></o:p> text<fb:like data-href=x></fb:like><x:y:z>deep</x:y:z><:odd>o</:odd></p>")
  }

  @Test("attributes without a value read as the tree gives them")
  func booleanAttributes() {
    expectSame("<input type=checkbox checked disabled data-flag><option selected>x</option><div hidden>h</div>")
    expectSame("<p class=\"\" id=a ID=b title='q &quot;t&quot;'>x</p>")
  }

  @Test("scripts, styles and skipped tags: only JSON-LD text is read")
  func scriptsAndSkipped() {
    expectSame("""
      <html><head><title>T</title><script type="application/ld+json">{"a":"<b>"}</script>\
      <style>p{}</style></head><body><script>var x='<p>'</script><textarea>draft</textarea>\
      <svg><text>icon</text></svg><noscript><p>read</p></noscript></body></html>
      """)
  }

  @Test("broken markup: misnesting, stray and misplaced tags, a start tag cut off at the end")
  func brokenMarkup() {
    expectSame("<body><p>one<p>two<b><i>three</b></i><td>four</body><body class=x><head><p>five")
    expectSame("<table><tr><td>a<td>b</table></div></span>text<html lang=ko><p>x")
    expectSame("<div><p>cut off <a href=\"x\" class=")
    expectSame("<div><p>cut off <a href=x")
    expectSame("just text, no tags")
    expectSame("  \n <!-- only a comment --> ")
  }

  @Test("generated markup: every event matches the tree's")
  func generated() {
    var random = SplitMix64(seed: 7)
    let tags = ["div", "p", "span", "a", "b", "table", "tr", "td", "li", "ul", "html", "body", "head", "script",
                "style", "br", "img", "o:p", "h2", "select", "option", "noscript", "title", "form", "textarea"]
    let bits = ["text", " ", "\n", "&amp;", "&#xAC00;", "é", "<!--c-->", "</html>", "<!DOCTYPE html>", "<", ">", "&", "\"", "=", "<?x?>"]
    for _ in 0..<400 {
      var html = ""
      for _ in 0..<Int(random.next() % 40) {
        switch random.next() % 4 {
        case 0:
          let tag = tags[Int(random.next() % UInt64(tags.count))]
          let attribute = random.next() % 3 == 0 ? " class=\"c\(random.next() % 4)\" checked" : ""
          html += "<\(tag)\(attribute)>"
        case 1: html += "</\(tags[Int(random.next() % UInt64(tags.count))])>"
        default: html += bits[Int(random.next() % UInt64(bits.count))]
        }
      }
      expectSame(html)
    }
  }

  @Test("names found again by their address read as the tree names them")
  func namesByAddress() {
    // More distinct tag and attribute names than the address table has slots (so slots are
    // shared and taken over), each met again in another case; prefixed names, whose local part
    // libxml2 copies and frees (the next copy may land at the same address with other bytes);
    // names past 16 bytes; and elements libxml2 implies, whose names are string literals.
    var html = "implied text<td>cell</td>"
    for k in 0..<600 {
      let tag = k < 300 ? "x-n\(k)" : "X-N\(k - 300)"
      let attribute = k < 300 ? "data-a\(k)" : "DATA-A\(k - 300)"
      html += "<\(tag) \(attribute)=\"\(k)\" o:a\(k % 5)=p><o:p\(k % 9)>\(k)</o:p\(k % 9)><q:p\(k % 9)></q:p\(k % 9)>"
      html += "<x-a-name-longer-than-sixteen-bytes-\(k % 3) class=c></x-a-name-longer-than-sixteen-bytes-\(k % 3)></\(tag)>"
      if k % 50 == 0 { html += "</body></html><p>after the root</p><html><body>" }
    }
    expectSame(html)
  }

  @Test("the bundled sample pages stream as their trees walk")
  func samplePages() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../samples/pages")
    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "html" }
    #expect(!files.isEmpty)
    for file in files {
      let bytes = [UInt8](try Data(contentsOf: file))
      #expect(streamed(bytes) == TreeReference.events(bytes), "\(file.lastPathComponent)")
    }
  }
}


/// A walk that reads only the known attributes cuts the others before libxml2 parses the page;
/// what it shows must be what a full walk shows of those attributes.
@Suite("Reading only known attributes")
struct KnownAttributeReadingTests {
  func events(_ bytes: [UInt8], _ reading: AttributeReading) -> [String]? {
    var recorder = StreamingWalkTests.Recorder()
    guard case .success = HTMLParser.walk(bytes, attributes: reading, visitor: &recorder) else { return nil }
    return recorder.events
  }

  /// The events of the page as libxml2 reads it untouched (`walkAsIs`), with the attributes
  /// outside `KnownName.attributeNames` left out.
  func filtered(_ bytes: [UInt8]) -> [String]? {
    let names = Set(KnownName.attributeNames.map(\.string))
    var recorder = FilteringRecorder(names: names)
    guard case .success = HTMLParser.walkAsIs(bytes, visitor: &recorder) else { return nil }
    return recorder.events
  }

  struct FilteringRecorder: HTMLVisitor {
    let names: Set<String>
    var events: [String] = []
    mutating func enter(_ element: ElementRef) -> Bool {
      var line = "+" + element.tag
      element.forEachAttribute { name, value in if names.contains(name) { line += " \(name)=\(value())" } }
      events.append(line)
      return true
    }
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
      events.append(String(reflecting: String(decoding: utf8, as: UTF8.self)))
    }
    mutating func leave(_ element: ElementRef) { events.append("-" + element.tag) }
  }

  func expectSame(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(events(bytes, .known) == filtered(bytes), "\(label)", sourceLocation: sourceLocation)
  }

  @Test("unread attributes of every shape are cut without touching the rest")
  func shapes() {
    let html = """
      <html lang=en><body><div data-a="1" class="post" data-b='2>3' id=x data-c=bare hidden data-d \
      style="color:red" onclick="go('<p>')" data-e = "spaced"><a href="/x" data-f=1/>link</a>\
      <img src=a.png srcset="a 1x, b 2x" alt="A picture"><p DATA-G=1 CLASS=Upper>text</p>\
      <b data-k \u{0C}= "v" title="a\u{0C}b" data-l="x\u{0C}y" class=k>ff</b><p data-h="unclosed>tail</p><span @odd=1 title=t>odd</span><i data-i=\u{0C}ff class=f>x</i>\
      <script type="application/ld+json">{"body":"<p data-j=\\"1\\" class=\\"k\\">"}</script>
      """
    expectSame(Array(html.utf8), html)
  }

  @Test("a page holding a NUL keeps its attributes: libxml2 stops reading there")
  func nul() {
    expectSame(Array("<div data-a=1 class=x>a</div>\u{0}<p data-b=2 id=y>b</p>".utf8), "NUL")
  }

  @Test("generated tags with many attributes")
  func generated() {
    var random = SplitMix64(seed: 11)
    let names = ["class", "id", "data-x", "src", "href", "style", "rel", "onclick", "hidden", "checked", "a:b", "_u", ".d"]
    let values = ["=\"v\"", "='w x'", "=bare", "", " = \"s\"", "=\"a>b\"", "=&amp;", "=\"", "=/"]
    for _ in 0..<300 {
      var html = "<body>"
      for _ in 0..<Int(random.next() % 8) {
        html += "<div"
        for _ in 0..<Int(random.next() % 6) {
          html += " " + names[Int(random.next() % UInt64(names.count))] + values[Int(random.next() % UInt64(values.count))]
        }
        html += random.next() % 4 == 0 ? "/>" : ">text "
      }
      expectSame(Array(html.utf8), html)
    }
  }

  @Test("the bundled sample pages")
  func samplePages() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../samples/pages")
    for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) where file.pathExtension == "html" {
      expectSame([UInt8](try Data(contentsOf: file)), file.lastPathComponent)
    }
  }
  /// The placeholders `Prescan` leaves for long values, as the bytes libxml2 is given.
  func placeholders(_ html: String) -> Int {
    let bytes = Array(html.utf8)
    var spans: [Int] = []
    let prepared = bytes.withUnsafeBufferPointer {
      Prescan.prepared($0, reading: .known, maxVisible: 64, substituting: true, spans: &spans)
    }
    return prepared == nil ? 0 : spans.count / 2
  }

  @Test("long class lists and links read back from the page as they were")
  func placedValues() {
    let html = """
      <html><body><div class="flex items-center justify-between px-4 py-2" id="main-content-wrapper">\
      <a href="https://example.com/news/2024/11/10/story-title?utm_source=feed" title="A long link title here">x</a>\
      <p CLASS='single quoted class list' style="color: red; margin: 0 auto">y</p>\
      <p class="multi\nline\tclass list" href="/with/&amp;/entity/in/it">z</p>\
      <p class="caf\u{E9} au lait" id="carriage\rreturn">w</p>\
      <p class=unquoted-but-long-value title="short">v</p><p class="a>b inside quotes">u</p></body></html>
      """
    expectSame(Array(html.utf8), "placed")
    // Not vacuous: the plain ASCII values were replaced (the entity, non-ASCII, CR and unquoted ones were not).
    #expect(placeholders(html) == 8)
  }

  @Test("meta content reads back from the page as it was; beside an http-equiv it stays")
  func placedContent() {
    let html = """
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\
      <meta CONTENT="text/html; charset=iso-8859-1" HTTP-EQUIV=content-type>\
      <meta property="og:description" content="A long description of the story, in plain words">\
      <meta name="twitter:image" content='https://example.com/images/story.jpg'>\
      <meta name="keywords" content="with &amp; entity inside it">\
      <meta charset="utf-8"></head><body><p>caf\u{E9} text</p></body></html>
      """
    expectSame(Array(html.utf8), "placed content")
    // Not vacuous: the two plain contents without an http-equiv were replaced, and only those.
    #expect(placeholders(html) == 2)
  }

  @Test("a character reference to DEL (&#127;) cannot pass for a placeholder either")
  func deleteReference() {
    let long = "a long class value for a placeholder"
    for reference in ["&#127;", "&#x7f;", "&#X7F;", "&#0127;", "&#127"] {
      let html = #"<div class="\#(reference)5" id="\#(long)"><p class="\#(long)">\#(reference)0 and the text after it, long</p><p>\#(reference)</p></div>"#
      expectSame(Array(html.utf8), reference)
    }
  }

  @Test("a page holding a DEL byte gets no placeholder, so none of its values can pass for one")
  func deleteByte() {
    let html = "<div class=\"\u{7F}0 looks like a placeholder\" id=\"another-long-identifier\">t</div>"
    #expect(placeholders(html) == 0)
    expectSame(Array(html.utf8), "DEL")
  }

  @Test("long text between tags reads back from the page as it was, whatever its characters")
  func generatedPlacedText() {
    var random = SplitMix64(seed: 0x7465_7874)
    let pieces: [[UInt8]] = [
      Array("words of text ".utf8), [0x20], [0x0A], [0x09], [0x0D], [0x0D, 0x0A], Array("&amp;".utf8), [0x26], Array("< b".utf8),
      Array("é".utf8), Array("한국어".utf8), Array("😀".utf8), [0xEF, 0xBF, 0xBE], Array("\u{85}".utf8),
      [0x01], [0x0C], [0x7F], Array(repeating: 0x20, count: 950), Array(repeating: 0x0A, count: 1100), Array("0123456789".utf8),
    ]
    let tags = ["<p>", "</p>", "<div class=\"x\">", "</div >", "</div\n>", "</ div>", "<br>", "<b>", "</b>", "<!-- c -->",
                "<title>", "</title>", "<pre>", "</pre>", "<head>", "<html>", "</body>", "</html>", "<td>", "<li>", "<a href=\"/x\">", "</a>", "<x:y>", "<p/>"]
    for round in 0..<400 {
      var page: [UInt8] = []
      for _ in 0..<Int(random.next() % 12) + 2 {
        page += Array(tags[Int(random.next() % UInt64(tags.count))].utf8)
        for _ in 0..<Int(random.next() % 6) { page += pieces[Int(random.next() % UInt64(pieces.count))] }
      }
      expectSame(page, "round \(round): \(String(decoding: page.prefix(300), as: UTF8.self))")
    }
  }

  @Test("JSON-LD script content reads back from the page as it was, whatever its characters")
  func generatedPlacedScripts() {
    // Well-formed UTF-8, as the cleaner hands libxml2 (characters XML does not allow included).
    var random = SplitMix64(seed: 0x6A73_6F6E)
    let pieces: [[UInt8]] = [
      Array("{\"@type\": \"NewsArticle\", \"headline\": \"words\"} ".utf8), [0x20], [0x0A], [0x09], [0x0D], [0x0D, 0x0A],
      Array("&amp;".utf8), [0x26], Array("</b>".utf8), Array("</scrip".utf8), Array("</SCRIPTX>".utf8), Array("<p class=\"x\">".utf8),
      Array("<noscript>".utf8), Array("<!-- c -->".utf8), Array("é".utf8), Array("한국어".utf8), Array("😀".utf8),
      [0xEF, 0xBF, 0xBE], Array("\u{85}".utf8), [0x01], [0x0C],
      Array(repeating: 0x61, count: 1500), Array(repeating: 0x20, count: 40),
    ]
    let opens = ["<script type=\"application/ld+json\">", "<SCRIPT TYPE='application/LD+JSON'>", "<script type=application/json>",
                 "<style type=\"text/json\">", "<script>"]
    let closes = ["</script>", "</SCRIPT >", "</script\n>", "</style>", ""]
    var placed = 0
    for round in 0..<400 {
      var page: [UInt8] = Array("<html><head>".utf8)
      for _ in 0..<Int(random.next() % 4) + 1 {
        page += Array(opens[Int(random.next() % UInt64(opens.count))].utf8)
        for _ in 0..<Int(random.next() % 6) { page += pieces[Int(random.next() % UInt64(pieces.count))] }
        page += Array(closes[Int(random.next() % UInt64(closes.count))].utf8)
      }
      page += Array("</head><body><p>text</p></body></html>".utf8)
      var spans: [Int] = []
      _ = page.withUnsafeBufferPointer { Prescan.prepared($0, reading: .known, maxVisible: 64, substituting: true, spans: &spans) }
      placed += spans.count / 2
      expectSame(page, "round \(round): \(String(decoding: page.prefix(300), as: UTF8.self))")
    }
    // Not vacuous: many of the scripts were replaced.
    #expect(placed > 40)
  }

  @Test("long blank text after a start tag reads the same as a placeholder, in every context")
  func generatedBlankText() {
    var random = SplitMix64(seed: 0x626C_616E)
    let blanks: [[UInt8]] = [
      Array(repeating: 0x20, count: 30), Array("\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t".utf8),
      Array("\r\n                              ".utf8), Array(repeating: 0x0A, count: 1100), Array(repeating: 0x20, count: 10),
      Array("   \u{0C}                       ".utf8), Array("                        &nbsp;".utf8), Array("                        &amp;".utf8),
    ]
    let tags = ["<html>", "<HTML lang=ko>", "<head>", "<Head>", "<body>", "<BODY class=\"x\">", "</head>", "</body>", "</html>",
                "<div>", "<div/>", "<p>", "</p>", "<br>", "<BR>", "<img src=x>", "<meta charset=utf-8>", "<link rel=x>",
                "<input>", "<hr>", "<col>", "<param>", "<basefont>", "<isindex>", "<frame>", "<area>", "<base>", "<embed>",
                "<title>", "</title>", "<o:p>", "<span class=\"s\">", "</span>", "<table>", "<td>", "<noscript>", "</noscript>",
                "<!-- comment of some length -->", "text", "<x-custom>", "<textarea>", "</textarea>", "<select>", "<option>"]
    var placed = 0
    for round in 0..<800 {
      var page: [UInt8] = []
      for _ in 0..<Int(random.next() % 12) + 1 {
        page += Array(tags[Int(random.next() % UInt64(tags.count))].utf8)
        if random.next() % 3 != 0 { page += blanks[Int(random.next() % UInt64(blanks.count))] }
      }
      if random.next() % 4 == 0 { page.append(0) }
      var spans: [Int] = []
      _ = page.withUnsafeBufferPointer { Prescan.prepared($0, reading: .known, maxVisible: 64, substituting: true, spans: &spans) }
      placed += spans.count / 2
      expectSame(page, "round \(round): \(String(decoding: page.prefix(300), as: UTF8.self).debugDescription)")
    }
    // Not vacuous: many blank runs were replaced.
    #expect(placed > 300)
  }

  @Test("comments end where libxml2 ends them (at --> or --!>) and read the same emptied")
  func generatedComments() {
    var random = SplitMix64(seed: 0x636F_6D6D)
    let pieces: [[UInt8]] = [
      Array("<!--".utf8), Array("-->".utf8), Array("--!>".utf8), Array("--".utf8), Array("-".utf8), Array("!".utf8), Array(">".utf8),
      Array("<!---->".utf8), Array("<!--->".utf8), Array("<!-->".utf8), Array("<!----!>".utf8), Array(" a comment of some length ".utf8),
      Array("<p class=\"a long class value\" data-x=\"1\">".utf8), Array("</p>".utf8), Array("<script>var a = 1;</script>".utf8),
      Array("<div>".utf8), Array("</div>".utf8), Array("text between the tags, long enough".utf8), Array("한국어".utf8),
      [0xEF, 0xBF, 0xBE], [0x0D, 0x0A], [0x01], Array("<!DOCTYPE html>".utf8), Array("<?pi x?>".utf8),
    ]
    var emptied = 0
    for round in 0..<500 {
      var page: [UInt8] = random.next() % 3 == 0 ? Array("<!-- before the root, long -->".utf8) : []
      page += Array("<html><body>".utf8)
      for _ in 0..<Int(random.next() % 14) + 2 { page += pieces[Int(random.next() % UInt64(pieces.count))] }
      let prepared = Prescan.prepared(page, reading: .known, maxVisible: 64)
      if prepared.count < page.count, String(decoding: page, as: UTF8.self).contains("<!--") { emptied += 1 }
      expectSame(page, "round \(round): \(String(decoding: page.prefix(300), as: UTF8.self))")
      // Every attribute read: the same walk as libxml2's of the untouched page.
      var asIs = StreamingWalkTests.Recorder()
      _ = HTMLParser.walkAsIs(page, visitor: &asIs)
      #expect(events(page, .all) == asIs.events, "round \(round)")
    }
    // Not vacuous: comments were emptied on many of the pages.
    #expect(emptied > 100)
  }

  @Test("JSON-LD with entities, tags and line ends in it is a placeholder; content opening with a tag is not")
  func placedScript() {
    let json = #"{"@type": "NewsArticle", "url": "https://example.com/?a=1&b=2", "body": "<p>x</p>"}"# + "\r\n\t"
    let html = "<html><head><script type=\"application/ld+json\">\(json)</script>"
      + "<script type=\"application/ld+json\"><p>\(json)</p></script></head><body>t</body></html>"
    #expect(placeholders(html) == 1)
    expectSame(Array(html.utf8), "placed script")
  }

  @Test("well-formed UTF-8 is told from every malformed kind")
  func utf8Validation() {
    func check(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { Prescan.validUTF8Character($0.baseAddress!, bytes.count) } }
    #expect(check(Array("é".utf8)) == 2)
    #expect(check(Array("한".utf8)) == 3)
    #expect(check(Array("😀".utf8)) == 4)
    #expect(check(Array("\u{FFFD}".utf8)) == 3)
    for bad: [UInt8] in [[0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF],
                         [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xC3], [0xE1, 0x80]] {
      #expect(check(bad) == nil, "\(bad)")
    }
  }

  @Test("markup libxml2 splits its own way: every cut still leaves the page as libxml2 reads it")
  func libxml2Tokenizing() {
    let long = "a long class value for a placeholder"
    let cases: [(String, String)] = [
      ("a script that never ends holds the rest", #"<p>x</p><script>var a = 1;<p class="\#(long)" data-x=1>Body text of the article here.</p>"#),
      ("a self-closed script is empty", #"<script src="a.js" /><p data-x=1 class="\#(long)">Kept text of the article, long enough.</p><script>b()</script><p>after</p>"#),
      ("a bogus token's quote is no quote", #"<p>t <a hr/ef="https:x class="i\#(long)><H of a text dump" data-y=2>more news</a></p>"#),
      ("an end tag with junk swallows to the next >", #"<p>news</abothe mayor. <a href="http://></p><p data-q=1 class="\#(long)">The mayor said more about it today.</p>"#),
      ("an end tag without a name is text", #"<p>a </ b> c <i data-x=1 class="\#(long)">the words inside the italics</i></p>"#),
      ("a comment that never ends holds the rest", #"<p>a</p><!-- open <p data-x=1 class="\#(long)">not markup at all</p>"#),
      ("processing instructions and doctypes", #"<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD <x>" "y"><p data-x=1 class="\#(long)">text after the doctype here</p><? bad><p class="\#(long)">more</p>"#),
      ("a form feed is no blank to libxml2", "<p data-a=1\u{0C}class=\"\(long)\" data-b=2>form feed text between the tags</p>"),
      ("a NUL ends the markup libxml2 reads", "<p data-a=1 class=\"\(long)\">before the NUL byte here</p>\u{0}<p data-b=2 class=\"\(long)\">after</p>"),
      ("a script whose content opens with an end tag", #"<html><head><script type="x" a</script></head><script type="y"></script><p data-x=1 class="\#(long)">after the scripts, some text</p>"#),
      ("a script whose content opens with an unknown end tag", #"<p>a</p><script></foo><div data-x=1 class="\#(long)">x</div></script><p class="\#(long)">text after the script here</p>"#),
      ("a script closed by a noscript, a style by a body", #"<script><noscript><p data-x=1 class="\#(long)">no script text here</p></noscript><style><body class="\#(long)"><p>the body text, long enough</p>"#),
      ("an empty script and a script named longer", #"<script src="a.js"></script><p class="\#(long)">between the two scripts</p><script></scriptx><p class="\#(long)">raw</p></script><p>end</p>"#),
      ("an inline svg holding another svg", #"<svg class="sprite"><symbol id="a"><svg><path d="M0 0"/></svg></symbol> <symbol id="b"><title>x</title></symbol></svg><div id="top-of-page" class="\#(long)">text after the icons here</div>"#),
      ("a name of a hundred letters and more", "<p \(String(repeating: "a", count: 120))=1 data-x=2 class=\"\(long)\">long attribute names</p>"),
    ]
    for (label, html) in cases { expectSame(Array(html.utf8), label) }
  }

  @Test("a tag with more attributes than the walk shows: repeated names and unread ones keep the same visible set")
  func manyAttributes() {
    var random = SplitMix64(seed: 0x6D61_6E79)
    let names = ["class", "id", "title", "data-a", "data-b", "onclick", "style", "x1", "x2", "x3", "href", "rel"]
    for round in 0..<60 {
      var html = "<div"
      for k in 0..<(60 + Int(random.next() % 40)) {
        let name = random.next() % 3 == 0 ? names[Int(random.next() % UInt64(names.count))] : "n\(k % 50)"
        html += " \(name)=\"value number \(k) of the tag\""
      }
      html += ">text</div>"
      expectSame(Array(html.utf8), "round \(round)")
    }
  }

  @Test("generated long values of every byte class")
  func generatedPlacedValues() {
    var random = SplitMix64(seed: 0x706C_6163_6564)
    let pieces = ["word", " ", "-", "_", "\n", "\t", "\r", "&amp;", "&", "é", ">", "<", "/", "=", "'", "0123", "\u{7F}", "\u{1}"]
    let names = ["class", "href", "id", "style", "title", "rel", "data-x", "CLASS"]
    for _ in 0..<300 {
      var html = "<body>"
      for _ in 0..<Int(random.next() % 6) + 1 {
        html += "<div"
        for _ in 0..<Int(random.next() % 4) + 1 {
          var value = ""
          for _ in 0..<Int(random.next() % 10) + 2 { value += pieces[Int(random.next() % UInt64(pieces.count))] }
          let quote = random.next() % 3 == 0 ? "'" : "\""
          html += " " + names[Int(random.next() % UInt64(names.count))] + "=" + quote + value.replacingOccurrences(of: quote, with: "") + quote
        }
        html += ">text</div>"
      }
      expectSame(Array(html.utf8), html)
    }
  }
}

@Suite("Prescan byte tests")
struct PrescanByteTests {
  @Test("the eight-bytes-at-a-time value check agrees with the byte-wise one")
  func verbatimWords() {
    var random = SplitMix64(seed: 0x7665_7262)
    let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x26, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
    for _ in 0..<20_000 {
      let length = Int(random.next() % 40)
      var bytes: [UInt8] = []
      for _ in 0..<length {
        bytes.append(random.next() % 4 == 0 ? interesting[Int(random.next() % UInt64(interesting.count))] : UInt8(0x20 + random.next() % 0x5F))
      }
      let expected = bytes.allSatisfy(Prescan.isVerbatimByte)
      let got = bytes.withUnsafeBufferPointer { Prescan.isCopiedVerbatim($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, length) }
      #expect(got == expected, "\(bytes)")
      if got != expected { return }
    }
  }
}

/// A visitor that takes text in pieces (`HTMLVisitor.takesTextInPieces`) is handed text as
/// libxml2 delivers it; what it gathers between two element events must be the text a visitor
/// of whole runs gathers there.
@Suite("Text in pieces")
struct TextInPiecesTests {
  /// Element events, and the text gathered between two of them as one event.
  struct Gatherer {
    var events: [String] = []
    var text: [UInt8] = []
    var calls = 0

    mutating func close() {
      if !text.isEmpty { events.append(String(reflecting: String(decoding: text, as: UTF8.self))) }
      text.removeAll()
    }
    mutating func enter(_ element: ElementRef) -> Bool {
      close()
      events.append("+" + element.tag)
      return element.tag != "blockquote"  // a declined element: its content is not walked
    }
    mutating func add(_ utf8: UnsafeBufferPointer<UInt8>) {
      calls += 1
      text.append(contentsOf: utf8)
    }
    mutating func leave(_ element: ElementRef) {
      close()
      events.append("-" + element.tag)
    }
  }

  struct Runs: HTMLVisitor {
    var gatherer = Gatherer()
    mutating func enter(_ element: ElementRef) -> Bool { gatherer.enter(element) }
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) { gatherer.add(utf8) }
    mutating func leave(_ element: ElementRef) { gatherer.leave(element) }
  }

  struct Pieces: HTMLVisitor {
    static var takesTextInPieces: Bool { true }
    var gatherer = Gatherer()
    mutating func enter(_ element: ElementRef) -> Bool { gatherer.enter(element) }
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) { gatherer.add(utf8) }
    mutating func leave(_ element: ElementRef) { gatherer.leave(element) }
  }

  /// Both walks' events (nil for a failed walk) and how many text calls each took.
  func walks(_ bytes: [UInt8], _ reading: AttributeReading = .all) -> (runs: [String]?, pieces: [String]?, runCalls: Int, pieceCalls: Int) {
    var runs = Runs()
    var pieces = Pieces()
    let a = HTMLParser.walk(bytes, attributes: reading, visitor: &runs)
    let b = HTMLParser.walk(bytes, attributes: reading, visitor: &pieces)
    runs.gatherer.close()
    pieces.gatherer.close()
    var ok = true
    if case .failure = a { ok = false }
    if case .failure = b { ok = false }
    return ok
      ? (runs.gatherer.events, pieces.gatherer.events, runs.gatherer.calls, pieces.gatherer.calls)
      : (nil, nil, 0, 0)
  }

  @Test("long text, entities and comments arrive in pieces that join to the runs")
  func pieces() {
    let html = "<p>one &amp; two &#xAC00; " + String(repeating: "long text ", count: 800) + "<!-- c -->after</p>x<b>y</b>"
    let result = walks(Array(html.utf8))
    #expect(result.runs != nil)
    #expect(result.pieces == result.runs)
    // The pieces path is taken: more calls than runs.
    #expect(result.pieceCalls > result.runCalls)
  }

  @Test("generated markup: the text between element events is the same")
  func generated() {
    var random = SplitMix64(seed: 0x7069_6563)
    let tags = ["div", "p", "span", "a", "b", "table", "tr", "td", "li", "html", "body", "head", "script", "style", "br",
                "o:p", "title", "blockquote", "textarea", "noscript"]
    let bits = ["text", " ", "\n", "&amp;", "&#xAC00;", "é", "<!--c-->", "</html>", "<!DOCTYPE html>", "<", ">", "&", "<?x?>",
                String(repeating: "word ", count: 300), "<![CDATA[cd]]>"]
    for _ in 0..<400 {
      var html = ""
      for _ in 0..<Int(random.next() % 40) {
        switch random.next() % 4 {
        case 0: html += "<\(tags[Int(random.next() % UInt64(tags.count))])>"
        case 1: html += "</\(tags[Int(random.next() % UInt64(tags.count))])>"
        default: html += bits[Int(random.next() % UInt64(bits.count))]
        }
      }
      let result = walks(Array(html.utf8))
      #expect(result.pieces == result.runs, "\(html)")
    }
  }

  @Test("the bundled sample pages, all attributes and known ones")
  func samplePages() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../samples/pages")
    for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) where file.pathExtension == "html" {
      let bytes = [UInt8](try Data(contentsOf: file))
      for reading in [AttributeReading.all, .known] {
        let result = walks(bytes, reading)
        #expect(result.pieces == result.runs, "\(file.lastPathComponent)")
      }
    }
  }
}
