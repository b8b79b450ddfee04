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

@Suite struct ListContinuationTests {
  static let shows: [(title: String, about: String)] = [
    ("Green Thumbs Weekly", "Two allotment keepers answer listener questions about soil, seed and the slugs that eat everything they plant each spring."),
    ("The Compost Heap", "A slow and friendly show about turning kitchen scraps into rich dark earth, with a guest gardener in every episode."),
    ("Seed Savers Radio", "Stories of the people who keep old varieties of beans, squash and tomatoes alive by saving and swapping their seed."),
    ("Balcony Harvest", "How to grow herbs, salad and even potatoes in pots on a small city balcony, one season at a time, with real results."),
    ("Pruning Hour", "An orchard keeper explains when and how to cut back apple, pear and plum trees so that they fruit well every year."),
    ("Pond Life Podcast", "Frogs, newts, dragonflies and the plants that shelter them: building a small wildlife pond and watching it fill with life."),
    ("Roots and Shoots", "A family learns to garden from scratch on a bare new-build plot, mistakes and small triumphs included in every episode."),
    ("The Greenhouse Diaries", "Heating, watering and shading a small glass house through the year, from early seedlings to the last winter lettuce."),
    ("Wild Edges", "Letting the margins of a garden grow wild for insects and birds, and what a year of mowing less does for a lawn."),
  ]

  /// A podcast directory whose template leaves each entry's description loose after the entry;
  /// the first six entries sit in a wrapper, the rest run on beside it (`continued: true`), or
  /// a sidebar of other shows follows the wrapper (`continued: false`).
  func page(continued: Bool) -> String {
    func entry(_ s: (title: String, about: String), _ i: Int) -> String {
      "<div class=\"show-card\"><h3><a href=\"/show/\(i)\">\(s.title)</a></h3></div><p>\(s.about)</p>"
    }
    let first = Self.shows.prefix(6).enumerated().map { entry($1, $0) }.joined(separator: "\n")
    let rest = Self.shows.dropFirst(6).enumerated().map { entry($1, $0 + 6) }.joined(separator: "\n")
    let tail = continued
      ? rest
      : "<div class=\"promo-box\"><h3>Also on our network</h3><p>\(Self.shows[6].about)</p><p>\(Self.shows[7].about)</p></div>"
    return """
      <html><head><title>Gardening podcasts</title></head><body>
      <nav><a href="/">Home</a> <a href="/podcasts">Podcasts</a> <a href="/about">About</a></nav>
      <div class="page"><div class="results">
      <div class="results-chunk">\(first)</div>
      \(tail)
      </div></div>
      <footer><p>© Podcast Directory. All rights reserved.</p></footer>
      </body></html>
      """
  }

  @Test("entries of the container's list that run on beside it are kept, with their loose descriptions")
  func listRunsOn() {
    guard let record = record(page(continued: true), format: .html) else { return }
    for s in Self.shows { #expect(record.text.contains(s.about), "missing description of \(s.title)") }
    #expect(!record.text.contains("All rights reserved"))
  }

  @Test("an element of another template beside the container is not the list going on")
  func otherTemplateIsNot() {
    guard let record = record(page(continued: false), format: .html) else { return }
    #expect(record.text.contains(Self.shows[0].about))
    #expect(!record.text.contains("Also on our network"))
  }
}
