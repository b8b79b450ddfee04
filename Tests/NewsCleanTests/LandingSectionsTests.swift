import Testing

@testable import NewsClean

/// A company's landing page is a stack of sibling sections, each with its prose nested deep in
/// layout wrappers (`section > div.container > div.row > div.col > div.text > p`). The section
/// that wins the vote is one part of the page; its siblings belong to it too.
@Suite struct LandingSectionsTests {
  static let quote = "We moved our whole workshop onto the planner in a week. Nobody needed training. Orders stopped slipping through the cracks. Our foremen plan the week on Monday morning now. The invoices go out the same day the job closes. We would not go back."
  static let quote2 = "Our office used to spend Fridays typing up timesheets. Now the hours arrive from the vans by themselves. The bookkeeper finally takes her lunch break. Customers get their invoices before the paint is dry. Support answered every question within the hour. It paid for itself in a month."
  static let quote3 = "Three depots and forty vans are planned from one screen. Dispatch knows where every crew is. Jobs that overrun are flagged before the customer calls. The reports tell us which jobs make money. Our margins went up this year. We recommend it to every contractor we meet."

  /// A section of two columns of prose, five wrappers below the section.
  static func deepSection(_ name: String, _ sentences: [String]) -> String {
    let paragraphs = sentences.map { "<p>\($0)</p>" }
    let half = paragraphs.count / 2
    return """
      <section class="\(name)"><div class="container"><div class="row"><div class="col">
      <h2>\(name.capitalized)</h2><div class="text">\(paragraphs[..<half].joined())</div>
      <div class="text">\(paragraphs[half...].joined())</div>
      </div></div></div></section>
      """
  }

  static let page = """
    <html><head><title>Planner for workshops</title></head><body>
    <nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav>
    <section class="voices"><h2>What our users say</h2><div class="slider">
    <div class="item"><p>\(quote)</p></div><div class="item"><p>\(quote2)</p></div><div class="item"><p>\(quote3)</p></div>
    </div></section>
    \(deepSection("scheduling", [
      "The planner lays out every job of the week on one board that the whole crew can read.",
      "Drag a job to another day and the customer gets the new date by text message.",
      "Each foreman sees only the crews and vans that are his to plan.",
      "Holidays and sick days are marked once and every plan respects them.",
      "A job that needs two crews is booked for both of them at the same hour.",
      "Rain days move the outdoor jobs and leave the indoor ones where they are.",
    ]))
    \(deepSection("invoicing", [
      "Closing a job turns its hours and parts into an invoice without retyping anything.",
      "Payments are matched to invoices as soon as the bank reports them to us.",
      "Overdue invoices are listed first so that nobody has to chase them by memory.",
      "Your accountant gets a read-only login and the year-end export in one file.",
      "Quotes become jobs and jobs become invoices with the same line items.",
      "Card payments on site are booked against the right invoice at once.",
    ]))
    <footer><p>© Planner Ltd. All rights reserved.</p></footer>
    </body></html>
    """

  @Test("the sections beside the winning one are kept though their prose sits deep in layout wrappers")
  func deepSiblingSectionsKept() {
    guard let record = record(Self.page, format: .html) else { return }
    #expect(record.text.contains("Nobody needed training"))
    #expect(record.text.contains("whole crew can read."))
    #expect(record.text.contains("without retyping anything."))
    #expect(!record.text.contains("All rights reserved"))
  }

  /// A news story beside a column of teasers: each card's blurb is a short line of prose deep in
  /// the card, and none competes with the story.
  static let story = """
    <html><head><title>Harbour bridge reopens</title></head><body>
    <section class="page"><div class="content">
    <p>The harbour bridge reopened to traffic on Monday morning after eleven months of repairs. Engineers replaced the whole deck, and the council says the work came in under budget.</p>
    <p>Commuters had spent most of the year on a ferry detour that added forty minutes each way. Traders on the north bank said their takings had fallen by a third, and several closed for good.</p>
    <p>The council's transport chief said the bridge would now last another sixty years. She thanked residents for their patience, and promised a review of how the closure was handled.</p>
    <p>Cyclists get a separated lane for the first time. The old footpath, narrow and often flooded, has been widened to three metres, and new lights line the whole span.</p>
    <p>A ceremony is planned for the spring, once the landscaping on both approaches is finished. Until then, the council asks drivers to keep to the temporary limit of thirty.</p>
    </div>
    <div class="column">
    <div class="card"><div class="card-body"><div class="blurb"><p>Ferry operator plans new timetable for the summer season.</p></div></div></div>
    <div class="card"><div class="card-body"><div class="blurb"><p>North bank traders ask the council for rate relief this year.</p></div></div></div>
    <div class="card"><div class="card-body"><div class="blurb"><p>Cycling club welcomes the separated lane on the new deck.</p></div></div></div>
    </div></section>
    </body></html>
    """

  @Test("a column of teaser cards beside a story stays out: no container in it competes with the story")
  func teaserColumnStaysOut() {
    guard let record = record(Self.story, format: .html) else { return }
    #expect(record.text.contains("eleven months of repairs"))
    #expect(!record.text.contains("Ferry operator plans"))
  }

  @Test("the best vote inside an element is its own or its best descendant's")
  func bestInsideCarriesVotesUp() {
    // 0 > 1 > 2, 0 > 3
    let best = ContentContainer.bestInside(score: [1, 0, 7, 2], parents: [-1, 0, 1, 0])
    #expect(best == [7, 7, 7, 2])
  }
}
