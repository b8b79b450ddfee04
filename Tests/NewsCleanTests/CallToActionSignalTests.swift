import Testing

@testable import NewsClean

@Suite struct CallToActionSignalTests {
  let signal = CallToActionSignal()

  @Test("a follow prompt is a call to action")
  func follow() {
    #expect(signal.claims("Follow us on Instagram for more harbour news."))
  }

  @Test("newsletter small print is a call to action")
  func signUp() {
    #expect(signal.claims("By signing up, you agree to our terms."))
    #expect(signal.claims("Sign up for our morning briefing"))
  }

  @Test("a photo credit is furniture in English, Korean, Japanese and Chinese")
  func photoCredits() {
    #expect(signal.claims("Credit: Jane Park"))
    #expect(signal.claims("사진=동네소식"))
    #expect(signal.claims("写真：実行委員会提供"))
    #expect(signal.claims("图片来源：城东社区"))
  }

  @Test("calls to action are reported as chrome labels")
  func kind() {
    #expect(signal.kind == .chromeLabel)
  }

  @Test("a sentence that starts with a similar word is prose")
  func followingIsProse() {
    #expect(!signal.claims("Following the vote, the council adjourned."))
    #expect(!signal.claims("Photographers gathered at the gate before dawn."))
  }
}
