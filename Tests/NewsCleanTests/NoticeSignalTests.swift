import Testing

@testable import NewsClean

@Suite struct NoticeSignalTests {
  let signal = NoticeSignal()

  @Test("a disclaimer is a notice in Chinese")
  func chineseDisclaimer() {
    #expect(signal.claims("免责声明：本站文章仅代表作者观点。"))
  }

  @Test("a cookie banner is a notice")
  func cookies() {
    #expect(signal.claims("We use cookies to improve your experience on our site."))
  }

  @Test("a cookie banner is a notice in French, German, Spanish, Italian and Russian")
  func cookiesInOtherLanguages() {
    for banner in [
      "Nous utilisons des cookies essentiels au bon fonctionnement de ce site.",
      "Wir verwenden Cookies, um Inhalte zu personalisieren.",
      "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
      "Utilizziamo i cookie per offrirti la migliore esperienza.",
      "Мы используем файлы cookie для улучшения работы сайта.",
    ] {
      #expect(signal.claims(banner), "\(banner)")
    }
    #expect(!signal.claims("Cookies were first used by Netscape in 1994 to remember shopping baskets."))
  }

  @Test("the site describing itself is a notice in Korean")
  func koreanSiteNotice() {
    #expect(signal.claims("이 사이트는 지역 소식을 모아 보여 주는 주민 게시판입니다."))
  }

  @Test("a Japanese reprint notice is a notice")
  func japaneseReprint() {
    #expect(signal.claims("無断転載を禁じます。"))
  }

  @Test("a forum rules reminder is a notice")
  func forumRules() {
    #expect(signal.claims("Please read the forum rules before posting."))
  }

  @Test("notices are reported as footer lines")
  func kind() {
    #expect(signal.kind == .footer)
  }

  @Test("a sentence about notices is prose")
  func sentenceAboutNotices() {
    #expect(!signal.claims("Notices were sent to all residents on Monday."))
    #expect(!signal.claims("The site is expected to reopen in May."))
  }

  @Test("a long paragraph is never a notice")
  func longParagraph() {
    let text = "We use cookies " + String(repeating: "and more words ", count: 25)
    #expect(text.count > 300)
    #expect(!signal.claims(text))
  }

  @Test("a no-JavaScript banner is a notice")
  func javascriptDisabled() {
    #expect(signal.claims("JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding."))
  }
}
