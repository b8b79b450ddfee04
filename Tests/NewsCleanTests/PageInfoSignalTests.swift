import Testing

@testable import NewsClean

@Suite struct PageInfoSignalTests {
  let signal = PageInfoSignal()

  @Test("a view counter with its label is page info")
  func viewCounter() {
    #expect(signal.claims("조회 수 : 10207"))
    #expect(signal.claims("Views: 1,204"))
  }

  @Test("a numbered post header with a date is page info")
  func numberedPostHeader() {
    #expect(signal.claims("1 ：名無しの住人：2024/03/02(土) 09:15:00.12 ID:aB3xY9"))
    #expect(signal.claims("#3 seedkeeper 2024-05-01 10:20"))
    #expect(signal.claims("2楼 2024-05-01 10:20"))
  }

  @Test("a sentence that starts with a number and mentions a date is not a post header")
  func numberedSentence() {
    #expect(!signal.claims("3 people were injured when the bridge partly collapsed on 2024-05-01, officials said in a statement on Friday afternoon."))
  }

  @Test("a thread size is page info")
  func threadSize() {
    #expect(signal.claims("41KB"))
  }

  @Test("a date with its label is page info")
  func labelledDate() {
    #expect(signal.claims("작성일 25-09-02 21:44"))
    #expect(signal.claims("投稿日：2024年7月20日"))
  }

  @Test("date and author lines of Spanish, Portuguese, French, German and Italian sites are page info")
  func europeanDateLines() {
    #expect(signal.claims("segunda-feira, 22 de janeiro de 2018 às 0:13"))
    #expect(signal.claims("Publicado por Ana Souza"))
    #expect(signal.claims("Publié le 14 février 2021"))
    #expect(signal.claims("Veröffentlicht am 22. März 2018"))
    #expect(signal.claims("Pubblicato il 12 settembre 2016"))
    #expect(signal.claims("Comentarios: 12"))
  }

  @Test("a sentence in those languages with a date in it is no page info")
  func europeanSentenceWithDate() {
    #expect(!signal.claims("El puente fue reabierto por las autoridades el 22 de enero de 2018, tras tres meses de obras."))
    #expect(!signal.claims("Die Brücke wurde am 22. März 2018 von den Behörden nach drei Monaten wieder eröffnet."))
  }

  @Test("several labelled counters on one line are page info")
  func severalCounters() {
    #expect(signal.claims("查看: 1234 | 回复: 5"))
    #expect(signal.claims("Replies 4 · Views 310"))
  }

  @Test("a bare counter with its unit is page info")
  func bareCounter() {
    #expect(signal.claims("2,034회"))
    #expect(signal.claims("58 views"))
    #expect(signal.claims("3件"))
  }

  @Test("an author name with a date is page info")
  func authorAndDate() {
    #expect(signal.claims("관리자 2024.11.10 14:03"))
    #expect(signal.claims("gardenfan Jun 15, 2024"))
  }

  @Test("an author label with a short name is page info")
  func authorLabel() {
    #expect(signal.claims("Author: jdoe"))
    #expect(signal.claims("작성자 관리자"))
  }

  @Test("a sentence with a number and an info word is prose")
  func sentenceWithNumber() {
    #expect(!signal.claims("The council said 1,200 residents signed the petition by Friday."))
    #expect(!signal.claims("조회수가 급증한 이 영상은 지난주 공개됐다."))
  }

  @Test("a sentence with a date is prose")
  func sentenceWithDate() {
    #expect(!signal.claims("The new timetable takes effect on 2024-04-01 and runs through the summer season."))
  }

  @Test("a line without any label, date or counter is not page info")
  func noEvidence() {
    #expect(!signal.claims("gardenfan"))
    #expect(!signal.claims("1234"))
  }

  @Test("a thread's starter line is page info")
  func threadStarter() {
    #expect(signal.claims("Thread starter boobaloobie"))
    #expect(signal.claims("Started by kestrel"))
  }
}
