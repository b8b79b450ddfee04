import Testing

@testable import NewsClean

@Suite struct BareCounterSignalTests {
  let signal = BareCounterSignal()

  @Test("a forum user card's counts and a reply's age are page info")
  func userCard() {
    #expect(signal.claims("4,726"))
    #expect(signal.claims("135k"))
    #expect(signal.claims("· 3y"))
    #expect(signal.claims("+12"))
    #expect(signal.claims("225"))
  }

  @Test("a post's number, the link to the post itself, is page info")
  func postNumber() {
    #expect(signal.claims("#12"))
    #expect(signal.matches(block("#3", kind: .listItem), context: BlockContext()))
    #expect(!signal.claims("#1 in sales"))
  }

  @Test("a small whole number alone may be a step of a how-to and stays")
  func stepNumber() {
    #expect(!signal.claims("7"))
    #expect(!signal.claims("12"))
  }

  @Test("numbers that carry meaning stay: percentages, prices, phone numbers, words")
  func meaningfulNumbers() {
    #expect(!signal.claims("70%"))
    #expect(!signal.claims("$30.00"))
    #expect(!signal.claims("415-561-0230"))
    #expect(!signal.claims("2,034 members"))
  }

  @Test("a number in a table cell or a heading is data")
  func tablesAndHeadings() {
    #expect(!signal.matches(block("4,726", kind: .tableCell), context: BlockContext()))
    #expect(!signal.matches(block("2024", kind: .heading), context: BlockContext()))
  }

  @Test("in a list (a user card's stats) even a small number is a counter")
  func smallNumberInList() {
    #expect(signal.matches(block("11", kind: .listItem), context: BlockContext()))
  }
}
