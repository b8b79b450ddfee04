import Testing

@testable import NewsClean

@Suite struct LinkListSignalTests {
  let signal = LinkListSignal()

  func matches(_ text: String, _ links: [InlineLink]) -> Bool {
    signal.matches(block(text, links: links), context: BlockContext())
  }

  @Test("a menu made of links is a link list")
  func menu() {
    #expect(matches("Home Local Sport Weather", [link("/", "Home"), link("/local", "Local"), link("/sport", "Sport"), link("/weather", "Weather")]))
  }

  @Test("a short line that is mostly links and no sentence is a link list")
  func tagCloud() {
    #expect(matches("Tags: ferry, harbour, island", [link("/t/ferry", "ferry"), link("/t/harbour", "harbour"), link("/t/island", "island")]))
  }

  @Test("a sentence with one link in it is prose")
  func sentenceWithLink() {
    #expect(!matches(
      "The report, published by the audit office, found twelve errors in the ferry accounts.",
      [link("https://audit.example/report", "the audit office")]))
  }

  @Test("a URL written out as its own anchor is prose, not navigation")
  func autoLinkedURL() {
    #expect(!matches("https://data.example/ferry-timetable.csv", [link("https://data.example/ferry-timetable.csv", "https://data.example/ferry-timetable.csv")]))
  }

  @Test("a block without links is not a link list")
  func noLinks() {
    #expect(!matches("Home Local Sport Weather", []))
  }
}
