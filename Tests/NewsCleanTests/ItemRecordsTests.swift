import Testing

@testable import NewsClean

@Suite struct ItemRecordsTests {
  struct Paper {
    let title: String
    let authors: [String]
    let subjects: String
  }

  let papers = [
    Paper(
      title: "Sparse routing for mixture models under tight memory budgets", authors: ["Ana Ruiz", "Tomas Berg"],
      subjects: "Machine Learning (cs.LG)"),
    Paper(
      title: "A field study of annotation drift in crowd-labelled speech corpora", authors: ["Mei Tanaka", "Olu Adeyemi", "Karl Noor"],
      subjects: "Computation and Language (cs.CL)"),
    Paper(
      title: "Counterfactual probes for vision encoders trained on web captions", authors: ["Ines Duarte"],
      subjects: "Computer Vision (cs.CV)"),
    Paper(
      title: "Planning with learned world models in partially observed gridworlds", authors: ["Sven Holm", "Priya Nair"],
      subjects: "Artificial Intelligence (cs.AI)"),
    Paper(
      title: "Energy-aware scheduling of inference jobs on shared accelerators", authors: ["Lea Vogt", "Chen Wei"],
      subjects: "Distributed Computing (cs.DC)"),
  ]

  /// A listing of papers whose every entry is wrapped, title included, in a `div.meta`.
  func listing(_ papers: [Paper], metaHoldsTitle: Bool = true) -> String {
    let entries = papers.enumerated().map { i, p in
      let authors = p.authors.map { "<a href=\"/a/\($0.lowercased().replacingOccurrences(of: " ", with: "-"))\">\($0)</a>" }
        .joined(separator: ", ")
      let title = "<div class=\"list-title\">Title: \(p.title)</div>"
      let meta = """
        <div class="list-authors">\(authors)</div>
        <div class="list-subjects">Subjects: \(p.subjects)</div>
        <div class="list-count">\(1200 + i)</div>
        """
      return metaHoldsTitle
        ? "<dd><div class=\"meta\">\(title)\(meta)</div></dd>"
        : "<dd>\(title)<div class=\"meta\">\(meta)</div></dd>"
    }.joined(separator: "\n")
    return """
      <html><head><title>Recent submissions</title></head><body>
      <nav><a href="/">Home</a> <a href="/list">Lists</a> <a href="/help">Help</a></nav>
      <main><div id="listing"><h1>Recent submissions</h1>
      <p>New papers announced this week in the listed categories, newest first, with their authors and subjects.</p>
      <dl class="articles">
      \(entries)
      </dl></div></main>
      <footer><p>© Preprint Archive. All rights reserved.</p></footer>
      </body></html>
      """
  }

  @Test("a metadata wrapper that holds each entry's title is the record: its author and subject lines stay")
  func wrapperHoldingTitleIsRecord() {
    guard let record = record(listing(papers), format: .html) else { return }
    for p in papers {
      #expect(record.text.contains(p.title), "missing title \(p.title)")
      #expect(record.text.contains(p.authors.joined(separator: ", ")), "missing authors of \(p.title)")
      #expect(record.text.contains("Subjects: \(p.subjects)"), "missing subjects of \(p.title)")
    }
    // A bare counter beside each entry is a widget's figure, not the record's.
    #expect(!record.text.contains("1201"))
    #expect(!record.text.contains("All rights reserved"))
  }

  @Test("a metadata wrapper beside the title is furniture: its lines go")
  func wrapperBesideTitleIsFurniture() {
    guard let record = record(listing(papers, metaHoldsTitle: false), format: .html) else { return }
    for p in papers { #expect(record.text.contains(p.title), "missing title \(p.title)") }
    #expect(!record.text.contains("Subjects: "))
  }

  @Test("three entries are not a list of records")
  func tooFewEntries() {
    guard let record = record(listing(Array(papers.prefix(3))), format: .html) else { return }
    #expect(record.text.contains(papers[0].title))
    #expect(!record.text.contains("Subjects: "))
  }

  @Test("the rule reads kinds, roles and titles")
  func furnitureKinds() {
    #expect(ItemRecords.isFurniture(.markupRole, innerRoles: .pageInfo))
    #expect(ItemRecords.isFurniture(.linkList, innerRoles: [.pageInfo, .title]))
    #expect(!ItemRecords.isFurniture(.markupRole, innerRoles: [.pageInfo, .buttons]))
    #expect(!ItemRecords.isFurniture(.markupRole, innerRoles: [.pageInfo, .comments]))
    #expect(!ItemRecords.isFurniture(.chromeLabel, innerRoles: .pageInfo))
    #expect(ItemRecords.hasWord("In stock (12 units)"))
    #expect(!ItemRecords.hasWord("$39.95"))
    #expect(!ItemRecords.hasWord("6 207"))
  }
}

@Suite struct ItemRecordShelvesTests {
  struct Product {
    let name: String
    let vendor: String
    let stock: Int
  }

  static let shelves: [[Product]] = [
    [
      Product(name: "Trailhead 40 litre hiking backpack in slate", vendor: "Northfold", stock: 12),
      Product(name: "Ridgeline ultralight two person tent", vendor: "Northfold", stock: 7),
      Product(name: "Summit down sleeping bag rated minus five", vendor: "Alpenlicht", stock: 31),
      Product(name: "Canyon insulated steel water bottle", vendor: "Brookware", stock: 54),
    ],
    [
      Product(name: "Lakeside folding camp chair with side table", vendor: "Brookware", stock: 9),
      Product(name: "Ember compact gas stove with piezo igniter", vendor: "Alpenlicht", stock: 18),
      Product(name: "Glacier rechargeable head torch 400 lumen", vendor: "Northfold", stock: 26),
      Product(name: "Harbor quick dry travel towel large", vendor: "Brookware", stock: 40),
    ],
  ]

  /// A product card whose whole record (linked name, vendor, stock line) sits in `div.card__info`.
  func card(_ p: Product, _ i: Int) -> String {
    """
    <li class="grid__item"><div class="card"><div class="card__info">
    <p class="card__title"><a href="/products/item-\(i)">\(p.name)</a></p>
    <p class="card__vendor">\(p.vendor)</p>
    <div class="product-inventory">In stock (\(p.stock) units)</div>
    </div></div></li>
    """
  }

  /// A collection page: an intro, one shelf of cards per category, and a guide below.
  func page(_ shelves: [[Product]], guideParagraphs: Int) -> String {
    var n = 0
    let lists = shelves.enumerated().map { s, products in
      let cards = products.map { p -> String in
        n += 1
        return card(p, n)
      }.joined(separator: "\n")
      return "<section class=\"shelf\"><h2>Shelf \(s + 1)</h2><ul class=\"grid\">\(cards)</ul></section>"
    }.joined(separator: "\n")
    let guide = String(
      repeating: """
        <p>Choosing outdoor gear starts with the trips you actually take: weekend walks need far less than a week \
        in the hills, and weight matters most when you carry everything yourself over long and steep distances.</p>
        """, count: guideParagraphs)
    return """
      <html><head><title>Camping gear</title></head><body>
      <nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/help">Help</a></nav>
      <main id="content"><h1>Camping gear</h1>
      <p>Everything for a night outdoors, from packs and tents to stoves, lights and the small things that make camp comfortable.</p>
      \(lists)
      <div class="guide">\(guide)</div>
      </main>
      <footer><p>© Outdoor Store. All rights reserved.</p></footer>
      </body></html>
      """
  }

  @Test("records shelved in several lists keep their fields though no single shelf holds a third of the page")
  func shelvesTogetherAreThePage() {
    guard let record = record(page(Self.shelves, guideParagraphs: 1), format: .html) else { return }
    for p in Self.shelves.joined() {
      #expect(record.text.contains(p.name), "missing name \(p.name)")
      #expect(record.text.contains("In stock (\(p.stock) units)"), "missing stock of \(p.name)")
    }
    #expect(record.text.contains("Alpenlicht"))
    #expect(!record.text.contains("All rights reserved"))
  }

  @Test("shelves of cards beside a long text are teasers: their furniture lines go")
  func shelvesBesideLongTextAreTeasers() {
    guard let record = record(page(Self.shelves, guideParagraphs: 12), format: .html) else { return }
    #expect(record.text.contains("Choosing outdoor gear"))
    #expect(!record.text.contains("In stock ("))
  }
}
