import Testing

@testable import NewsClean

@Suite struct ItemGridTests {
  /// A page with a short introduction and `items` product cards below it, in the same column.
  func shopPage(items: [String], intro: String = "Every lamp in our workshop is turned by hand from reclaimed oak, and each one ships with a linen shade.") -> String {
    let cards = items.enumerated().map { i, name in
      """
      <div class="card"><a href="/lamps/\(i)"><span class="name">\(name)</span></a><span class="price">$\(40 + i * 5).00</span></div>
      """
    }.joined(separator: "\n")
    return """
      <html><head><title>Table lamps – Oakhouse</title></head><body>
      <nav><a href="/">Home</a> <a href="/lamps">Lamps</a> <a href="/shades">Shades</a> <a href="/about">About</a></nav>
      <main><div class="intro"><h1>Table lamps</h1><p>\(intro)</p></div>
      <div class="grid">
      \(cards)
      </div></main>
      <footer><p>© Oakhouse Lamps. All rights reserved.</p></footer>
      </body></html>
      """
  }

  let lamps = [
    "Harbour desk lamp", "Orchard reading lamp", "Meadow bedside lamp", "Quay floor lamp", "Willow wall lamp",
    "Granary pendant lamp", "Lantern porch lamp", "Chapel table lamp", "Mill piano lamp", "Bridge arc lamp",
    "Ferry cabin lamp", "Beacon night lamp",
  ]

  @Test("a listing page keeps its grid of linked items below the short introduction")
  func listingKeepsItems() {
    guard let record = record(shopPage(items: lamps), format: .html) else { return }
    for lamp in lamps { #expect(record.text.contains(lamp), "missing item \(lamp)") }
    #expect(record.text.contains("reclaimed oak"))
    #expect(!record.text.contains("All rights reserved"))
    #expect(!record.text.contains("Shades"))
  }

  @Test("a grid whose items are headings wrapped in their links is a grid of linked items")
  func linkWrappedHeadings() {
    let films = [
      "The Long Harbour", "Orchard Road", "Winter Ferry", "Quay Lights", "Willow Street", "Granary Nights",
      "Chapel Bells", "Mill Race", "Bridge Fog", "Cabin Fever", "Beacon Hill", "Lantern Yard",
    ]
    let items = films.enumerated().map { i, title in
      """
      <li class="chart-item"><div class="poster"></div><a class="title-link" href="/film/\(i)"><h3>\(i + 1). \(title)</h3></a>
      <div class="facts"><span>20\(10 + i)</span> <span>1h 4\(i % 10)m</span></div></li>
      """
    }.joined(separator: "\n")
    let html = """
      <html><head><title>Most watched films</title></head><body>
      <main><section class="top"><div class="intro"><h1>Most watched films</h1>
      <p>The chart ranks films by how often our visitors looked them up this week.</p>
      <p>It is updated every Monday, and a film needs a thousand visits to enter it.</p></div></section>
      <section class="body"><div class="wrap"><ul class="chart">\(items)</ul></div></section></main>
      <footer><p>© Film Index. All rights reserved.</p></footer></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    for film in films { #expect(record.text.contains(film), "missing item \(film)") }
    #expect(record.text.contains("updated every Monday"))
    #expect(!record.text.contains("All rights reserved"))
  }

  @Test("three cards are not a grid")
  func tooFewItems() {
    guard let record = record(shopPage(items: Array(lamps.prefix(3))), format: .html) else { return }
    #expect(!record.text.contains("Harbour desk lamp"))
  }

  @Test("an article longer than half the page's teaser grid keeps the teasers out")
  func articleBesideTeasers() {
    let paragraph = "The harbour board met on Tuesday to discuss the ferry timetable, which has changed four times this year. Members heard from residents, skippers and the island school, and agreed to publish a single timetable for the whole winter season."
    let article = (0..<4).map { _ in paragraph }.joined(separator: "</p><p>")
    guard let record = record(shopPage(items: lamps, intro: article), format: .html) else { return }
    #expect(record.text.contains("ferry timetable"))
    for lamp in lamps { #expect(!record.text.contains(lamp), "teaser \(lamp) kept") }
  }

  /// A category page whose product cards sit in `wrapper` and whose long shop text sits below them
  /// in an element of class `textClass`.
  func categoryPage(wrapper: String, textClass: String, items: [String]? = nil) -> String {
    let cards = (items ?? lamps).enumerated().map { i, name in
      """
      <div class="card"><a href="/lamps/\(i)"><span class="name">\(name)</span></a><span class="price">$\(40 + i * 5).00</span></div>
      """
    }.joined(separator: "\n")
    let paragraph = "Choosing a table lamp starts with the room it will light. A reading corner wants a warm, focused beam, while a hallway console needs a softer glow that welcomes guests without glare."
    let text = (0..<6).map { _ in paragraph }.joined(separator: "</p><p>")
    return """
      <html><head><title>Table lamps – Oakhouse</title></head><body>
      <nav><a href="/">Home</a> <a href="/lamps">Lamps</a> <a href="/shades">Shades</a> <a href="/about">About</a></nav>
      <main><h1>Table lamps</h1>
      <div class="\(wrapper)"><div class="grid">
      \(cards)
      </div></div>
      <div class="\(textClass)"><h2>How to choose a table lamp</h2><p>\(text)</p></div>
      </main>
      <footer><p>© Oakhouse Lamps. All rights reserved.</p></footer>
      </body></html>
      """
  }

  @Test("a category page's text written for search engines does not outweigh its product grid")
  func seoTextBesideGrid() {
    guard let record = record(categoryPage(wrapper: "products", textClass: "collection-seo-text"), format: .html) else { return }
    for lamp in lamps { #expect(record.text.contains(lamp), "missing item \(lamp)") }
    #expect(record.text.contains("reading corner"))
  }

  @Test("the same text without a search-engine name still keeps a smaller grid out")
  func plainTextBesideGrid() {
    guard let record = record(categoryPage(wrapper: "products", textClass: "buying-guide"), format: .html) else { return }
    #expect(record.text.contains("reading corner"))
    #expect(!record.text.contains("Harbour desk lamp"))
  }

  @Test("a paging wrapper around the whole grid is the paged list, not a pager")
  func pagedListWrapper() {
    // Two dozen cards: far more text than a row of page numbers ever holds.
    let items = lamps + lamps.map { $0 + " mark two" }
    guard let record = record(categoryPage(wrapper: "pagination infinite-scroll", textClass: "collection-seo-text", items: items), format: .html)
    else { return }
    for lamp in items { #expect(record.text.contains(lamp), "missing item \(lamp)") }
  }
}
