import Testing

@testable import NewsClean

@Suite struct DateReaderTests {
  @Test("a two-digit board date is read as 20YY")
  func twoDigitYear() {
    #expect(DateReader.iso8601("24.11.10") == "2024-11-10")
  }

  @Test("a board date with time keeps hours and minutes")
  func dateAndTime() {
    #expect(DateReader.iso8601("25-09-02 21:44") == "2025-09-02T21:44")
    #expect(DateReader.iso8601("2024.11.10 14:03") == "2024-11-10T14:03")
  }

  @Test("slashes and single-digit months are read")
  func slashes() {
    #expect(DateReader.iso8601("2024/3/5") == "2024-03-05")
  }

  @Test("a Korean date is read")
  func korean() {
    #expect(DateReader.iso8601("2024년 11월 10일") == "2024-11-10")
  }

  @Test("a Japanese or Chinese date is read")
  func japaneseChinese() {
    #expect(DateReader.iso8601("2024年7月20日") == "2024-07-20")
  }

  @Test("an English date with a month name is read")
  func englishMonthName() {
    #expect(DateReader.iso8601("Dec 10, 2022") == "2022-12-10")
    #expect(DateReader.iso8601("10 December 2022") == "2022-12-10")
    #expect(DateReader.iso8601("Sat Jun 15, 2024 8:12 am") == "2024-06-15")
  }

  @Test("a full ISO timestamp is kept as given")
  func isoTimestamp() {
    #expect(DateReader.iso8601("2024-11-10T14:03:00+09:00") == "2024-11-10T14:03:00+09:00")
  }

  @Test("a date inside a line is found")
  func dateInLine() {
    #expect(DateReader.iso8601("작성일 24-03-02 09:15 조회 318") == "2024-03-02T09:15")
  }

  @Test("version numbers, decimals and phone numbers are not dates")
  func notDates() {
    #expect(DateReader.iso8601("version 1.2.3") == nil)
    #expect(DateReader.iso8601("pi is 3.14") == nil)
    #expect(DateReader.iso8601("call 010-1234-5678") == nil)
  }

  @Test("impossible months and days are not dates")
  func impossible() {
    #expect(DateReader.iso8601("2024.13.01") == nil)
    #expect(DateReader.iso8601("2024-02-32") == nil)
  }

  @Test("every date in a line is found, left to right")
  func allDates() {
    let found = DateReader.all(in: "이전글 24.11.09 다음글 24.11.11")
    #expect(found.map(DateReader.format) == ["2024-11-09", "2024-11-11"])
  }

  @Test("a line without a date has none")
  func noDate() {
    #expect(DateReader.all(in: "The ferry runs every day in May.").isEmpty)
  }
}
