import Testing

@testable import LinkSense

@Suite struct MirrorNumberedHostTests {
  let rule = MirrorNumberedHost()

  @Test func wordPlusDigit() {
    #expect(weight(rule, "https://wazamba8.com/") > 0)
  }

  @Test func otherShapesAreSilent() {
    #expect(weight(rule, "https://www.w3.org/") == 0)
    #expect(weight(rule, "https://9to5mac.com/") == 0)
    #expect(weight(rule, "https://example.com/") == 0)
  }

  @Test func isWeakAlone() {
    #expect(!isSpam("https://context7.com/"))
  }
}
