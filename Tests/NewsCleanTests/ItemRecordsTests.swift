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
