import Testing

@testable import NewsClean

/// Product pages fold their description and specifications into tabs and accordions that a
/// script opens (`style="display:none"` until then). On a page that declares a product, hidden
/// prose is the product's text; a hidden list of links stays hidden everywhere.
@Suite struct ProductTabsTests {
  func page(declaration: String) -> String {
    """
    <html><head><title>Harbour desk lamp – Oakhouse</title>\(declaration)</head><body>
    <main><div class="product"><h1>Harbour desk lamp</h1>
    <p>A desk lamp turned by hand from reclaimed oak, with a brass switch on the cord and a weighted base.</p>
    <div class="details"><div class="panel" style="display:none">
    <p>The shade is woven linen on a steel frame, and the bulb holder takes any E27 bulb up to forty watts.</p></div>
    <div class="panel" style="display:none">
    <p>Wipe the oak with a dry cloth, and oil it once a year with the beeswax that comes in the box.</p></div>
    <div class="panel" style="display:none"><a href="https://casino.example/a">slots</a> <a href="https://casino.example/b">bonus</a> <a href="https://casino.example/c">poker</a></div>
    </div></div></main>
    <footer><p>© Oakhouse Lamps. All rights reserved.</p></footer>
    </body></html>
    """
  }

  @Test("a declared product keeps the prose of its hidden tabs, not a hidden list of links")
  func declaredProductKeepsHiddenProse() {
    guard let record = record(page(declaration: ProductColumnTests.openGraph), format: .html) else { return }
    #expect(record.text.contains("reclaimed oak"))
    #expect(record.text.contains("E27 bulb"))
    #expect(record.text.contains("beeswax"))
    #expect(!record.text.contains("slots"))
    #expect(!record.text.contains("All rights reserved"))
  }

  @Test("without a product declaration hidden prose stays hidden")
  func otherPagesHideIt() {
    guard let record = record(page(declaration: ""), format: .html) else { return }
    #expect(record.text.contains("reclaimed oak"))
    #expect(!record.text.contains("E27 bulb"))
  }
}
