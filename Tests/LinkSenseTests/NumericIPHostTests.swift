import Testing

@testable import LinkSense

@Suite struct NumericIPHostTests {
  @Test func ipHostsWeigh() {
    #expect(weight(NumericIPHost(), "http://103.68.181.215/bin") > 0)
  }

  @Test func namesAreSilent() {
    #expect(weight(NumericIPHost(), "http://example.com/") == 0)
  }

  @Test func ipPlusExecutableIsSpam() {
    #expect(isSpam("http://103.68.181.215/setup.exe"))
  }
}
