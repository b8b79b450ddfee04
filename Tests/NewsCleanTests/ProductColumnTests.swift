import Markup
import Testing

@testable import NewsClean

@Suite struct ProductColumnTests {
  /// A shop's product page: a gallery column with a few captions, and the product's name and
  /// description in a column the template calls a sidebar. `declaration` goes in the head.
  func productPage(declaration: String) -> String {
    """
    <html><head><title>Harbour desk lamp – Oakhouse</title>\(declaration)</head><body>
    <nav><a href="/">Home</a> <a href="/lamps">Lamps</a> <a href="/shades">Shades</a></nav>
    <main><div class="product">
    <div id="left_block"><div class="gallery"><p>Shown here with the linen shade in natural, on a walnut desk in our workshop window.</p>
    <p>Every lamp is packed by hand in recycled card and ships within three working days.</p></div></div>
    <div class="sidebar" id="right_block"><h1>Harbour desk lamp</h1>
    <p>A desk lamp turned by hand from reclaimed oak, with a brass switch on the cord and a weighted base that keeps it steady on a crowded desk.</p>
    <p>The shade is woven linen on a steel frame; the bulb holder takes any E27 bulb up to forty watts.</p></div>
    </div></main>
    <footer><p>© Oakhouse Lamps. All rights reserved.</p></footer>
    </body></html>
    """
  }

  static let openGraph = #"<meta property="og:type" content="product">"#
  static let jsonLD = #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Harbour desk lamp"}</script>"#

  @Test("a page declaring a product keeps the description column that holds its name", arguments: [openGraph, jsonLD])
  func declaredProductKeepsSidebarColumn(declaration: String) {
    guard let record = record(productPage(declaration: declaration), format: .html) else { return }
    #expect(record.text.contains("reclaimed oak"))
    #expect(record.text.contains("E27 bulb"))
    #expect(!record.text.contains("All rights reserved"))
  }

  @Test("without a product declaration a sidebar stays a sidebar")
  func undeclaredSidebarStaysOut() {
    guard let record = record(productPage(declaration: ""), format: .html) else { return }
    #expect(!record.text.contains("reclaimed oak"))
  }

  @Test("the metadata reader sees a product declared in Open Graph or JSON-LD, and nothing else")
  func metadataReadsDeclaration() {
    let article = #"<meta property="og:type" content="article">"#
    for (declaration, expected) in [(Self.openGraph, true), (Self.jsonLD, true), (article, false), ("", false)] {
      var reader = MetadataReader()
      guard case .success = HTMLParser.walk(Array(productPage(declaration: declaration).utf8), visitor: &reader) else {
        Issue.record("no parse")
        continue
      }
      #expect(reader.finish().declaresProduct == expected, "\(declaration)")
    }
  }
}
