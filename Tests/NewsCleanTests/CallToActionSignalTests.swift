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

  @Test("long sign-up small print with words of consent is furniture")
  func signUpSmallPrint() {
    #expect(signal.claims(
      "By signing up, you agree to receive recurring automated SMS marketing messages from Harbour Deals at the number provided. Msg and data rates may apply. Reply STOP to cancel, HELP for help. Consent is not a condition of purchase. See our Terms of Use and Privacy Policy for details of how we use your data."))
    #expect(signal.claims("By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy."))
  }

  @Test("a how-to step that starts like small print is content")
  func howToStep() {
    #expect(!signal.claims("By clicking the gear icon in the top corner, you open the settings where the timetable can be changed."))
  }
}

