import Testing

@testable import LinkSense

@Suite struct MixedScriptHostTests {
  let rule = MixedScriptHost()

  @Test func latinWithCyrillicLookalike() {
    // "аpple" with a Cyrillic а (U+0430).
    #expect(weight(rule, "https://\u{430}pple.com/") > 0)
  }

  @Test func singleScriptIDNIsFine() {
    #expect(weight(rule, "https://한국.kr/") == 0)
    #expect(weight(rule, "https://пример.рф/") == 0)
    #expect(weight(rule, "https://münchen.de/") == 0)
  }
}
