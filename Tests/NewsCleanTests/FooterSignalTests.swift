import Testing

@testable import NewsClean

@Suite struct FooterSignalTests {
  let signal = FooterSignal()

  @Test("a copyright line is a footer")
  func copyright() {
    #expect(signal.claims("© 2024 Bayside Courier. All rights reserved."))
    #expect(signal.claims("Copyright 동네소식"))
  }

  @Test("a Korean company registration line is a footer")
  func koreanRegistration() {
    #expect(signal.claims("상호: 동네소식 | 대표자: 김하나 | 사업자등록번호: 123-45-67890"))
  }

  @Test("a Chinese licence line is a footer")
  func chineseLicence() {
    #expect(signal.claims("京ICP备00000000号"))
    #expect(signal.claims("版权所有 城东社区网"))
  }

  @Test("board software credits and render timings are a footer")
  func softwareCredits() {
    #expect(signal.claims("Powered by phpBB Forum Software"))
    #expect(signal.claims("GMT+8, 2024-07-16 09:46 , Processed in 0.031 second(s)"))
  }

  @Test("a long sentence that mentions powered by is prose")
  func longPoweredBy() {
    let text = "The library was powered by solar panels installed by volunteers last spring, and it stayed open through the storm while the district lost power."
    #expect(text.count > 120)
    #expect(!signal.claims(text))
  }

  @Test("a sentence without a footer marker is prose")
  func ordinarySentence() {
    #expect(!signal.claims("The ferry company reserved two extra crossings for the holiday weekend."))
  }
}
