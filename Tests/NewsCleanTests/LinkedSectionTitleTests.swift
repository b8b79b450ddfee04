import Testing

@testable import NewsClean

@Suite struct LinkedSectionTitleTests {
  static let lakes = [
    ("Lake Ardmore", "https://parks.example.org/ardmore", "A quiet reservoir north of town with a shaded path along the water, benches every few hundred metres and a kiosk that rents canoes on summer weekends."),
    ("Lago di Sella", "https://visit.example.it/sella", "The alpine lake sits at the end of a gravel road; the loop around it takes an hour on foot, and the meadow on the far shore is the best place for a picnic."),
    ("Birch Pond", "https://trails.example.net/birch", "Smaller than the others but never crowded, the pond is ringed by birch woods and a boardwalk that keeps your boots dry even after a week of rain."),
  ]

  /// A list article: each entry's name a heading linked to its site, then the entry's prose.
  /// `heading` renders an entry's title from its name and address.
  func listArticle(heading: (String, String) -> String, after: String = "") -> String {
    let entries = Self.lakes.map { "\(heading($0.0, $0.1))\n<p>\($0.2)</p>" }.joined(separator: "\n")
    return """
      <html><head><title>Three lakes for a day out</title></head><body>
      <nav><a href="/">Home</a> <a href="/travel">Travel</a> <a href="/food">Food</a></nav>
      <article><h1>Three lakes for a day out</h1>
      <p>Summer is short, so we asked our readers where they go when the city gets too hot. These are the three lakes they named most often, all within an hour's drive.</p>
      \(entries)
      \(after)
      </article>
      <footer><p>© Weekend Guide. All rights reserved.</p></footer>
      </body></html>
      """
  }

  @Test("an entry's linked name above its prose is a section title, at any level below the page title")
  func linkedTitlesBeforeProseStay() {
    for level in 2...4 {
      let page = listArticle(heading: { "<h\(level)><a href=\"\($1)\">\($0)</a></h\(level)>" })
      guard let record = record(page, format: .html) else { return }
      for lake in Self.lakes {
        #expect(record.text.contains(lake.0), "h\(level) \(lake.0)")
      }
      #expect(record.text.contains("boardwalk that keeps your boots dry"))
    }
  }

  @Test("a documentation heading wrapped in a permalink to itself is a section title")
  func permalinkHeadingsStay() {
    let page = listArticle(heading: { name, _ in
      let id = name.lowercased().replacingOccurrences(of: " ", with: "_")
      return "<section><h2 id=\"\(id)\"><a class=\"anchor\" href=\"#\(id)\">\(name)</a></h2>"
    })
    guard let record = record(page, format: .html) else { return }
    #expect(record.text.contains("Lago di Sella"))
    #expect(record.text.contains("Birch Pond"))
  }

  @Test("a linked heading followed by links, not prose, is still a link list")
  func linkedHeadingOverLinksGoes() {
    let more = """
      <h3><a href="/travel/lakes">More lake guides</a></h3>
      <ul><li><a href="/travel/lakes/north">Northern lakes for swimmers</a></li>
      <li><a href="/travel/lakes/south">Southern lakes with campsites</a></li></ul>
      """
    let page = listArticle(heading: { "<h3><a href=\"\($1)\">\($0)</a></h3>" }, after: more)
    guard let record = record(page, format: .html) else { return }
    #expect(record.text.contains("Birch Pond"))
    #expect(!record.text.contains("More lake guides"))
    #expect(!record.text.contains("Northern lakes for swimmers"))
  }

  @Test("the rule reads headings only: a linked paragraph line above prose stays a link list")
  func linkedParagraphIsNotATitle() {
    let page = listArticle(heading: { "<p><a href=\"\($1)\">\($0)</a></p>" })
    guard let record = record(page, format: .html) else { return }
    #expect(!record.text.contains("Lago di Sella"))
    #expect(record.text.contains("boardwalk that keeps your boots dry"))
  }

  @Test("a definition term linked to its page, above its definition in prose, is content")
  func linkedTermsWithDefinitionsStay() {
    let terms = Self.lakes.map { "<dt><a href=\"\($0.1)\">\($0.0)</a></dt><dd><p>\($0.2)</p></dd>" }.joined(separator: "\n")
    let page = listArticle(heading: { _, _ in "" }).replacingOccurrences(of: "</article>", with: "<dl>\(terms)</dl></article>")
    guard let record = record(page, format: .html) else { return }
    #expect(record.text.contains("Lago di Sella"))
    #expect(record.text.contains("Birch Pond"))
  }

  @Test("a linked list item is a term only under a dt whose list holds the definition")
  func definedTermNeedsDefinitionOfSameList() {
    // Elements: 0 dl, 1 dt, 2 dd, 3 p (in dd), 4 ul, 5 li, 6 div, 7 p.
    let structure = PageStructure(
      parents: [-1, 0, 0, 2, -1, 4, -1, 6], tags: ["dl", "dt", "dd", "p", "ul", "li", "div", "p"],
      roles: Array(repeating: [], count: 8), signatures: Array(repeating: "", count: 8))
    #expect(LinkedSectionTitle.isDefinedTerm([0, 1], definition: [0, 2, 3], structure: structure))
    #expect(!LinkedSectionTitle.isDefinedTerm([4, 5], definition: [0, 2, 3], structure: structure))
    #expect(!LinkedSectionTitle.isDefinedTerm([0, 1], definition: [6, 7], structure: structure))
  }
}
