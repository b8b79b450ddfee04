import Testing

@testable import LinkSense

@Suite struct ExecutableDownloadTests {
  let rule = ExecutableDownload()

  @Test func executablesWeighMoreThanArchives() {
    #expect(weight(rule, "http://example.com/update.exe") > weight(rule, "http://example.com/files/tool.zip"))
    #expect(weight(rule, "http://example.com/files/tool.zip") > 0)
  }

  @Test func documentsAreSilent() {
    #expect(weight(rule, "https://agency.gov/report.pdf") == 0)
    #expect(weight(rule, "https://example.com/page.html") == 0)
  }
}
