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

  @Test("dates with the month in Spanish, Portuguese, French, German, Italian or Dutch are read")
  func europeanMonthNames() {
    #expect(DateReader.iso8601("lunes, 22 de enero de 2018") == "2018-01-22")
    #expect(DateReader.iso8601("5 de mayo del 2020") == "2020-05-05")
    #expect(DateReader.iso8601("segunda-feira, 22 de janeiro de 2018 às 0:13") == "2018-01-22")
    #expect(DateReader.iso8601("3 de março de 2019") == "2019-03-03")
    #expect(DateReader.iso8601("Publié le 14 février 2021") == "2021-02-14")
    #expect(DateReader.iso8601("15 août 2022") == "2022-08-15")
    #expect(DateReader.iso8601("7 décembre 2023") == "2023-12-07")
    #expect(DateReader.iso8601("22. März 2018, 10:13 Uhr") == "2018-03-22")
    #expect(DateReader.iso8601("1. Oktober 2017") == "2017-10-01")
    #expect(DateReader.iso8601("12 settembre 2016") == "2016-09-12")
    #expect(DateReader.iso8601("9 mei 2015") == "2015-05-09")
    #expect(DateReader.iso8601("30 de septiembre de 2024") == "2024-09-30")
  }

  @Test("English words that abbreviate a month elsewhere are no month")
  func englishWordsAreNoMonths() {
    #expect(DateReader.iso8601("set 5 2018") == nil)
    #expect(DateReader.iso8601("out 12, 2019") == nil)
    #expect(DateReader.iso8601("the de 12 2019") == nil)
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
