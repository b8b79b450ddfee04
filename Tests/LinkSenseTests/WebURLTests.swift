import Testing

@testable import LinkSense

@Suite struct WebURLTests {
  @Test func splitsAndNormalises() throws {
    let url = try #require(WebURL.parse("HTTPS://News.Example.COM.:443/a/b?x=1#frag"))
    #expect(url.scheme == "https")
    #expect(url.host == "news.example.com")
    #expect(url.port == nil)
    #expect(url.path == "/a/b")
    #expect(url.query == "x=1")
    #expect(url.normalized == "https://news.example.com/a/b?x=1")
    #expect(url.tld == "com")
  }

  @Test func keepsNonDefaultPortAndDropsUserinfo() throws {
    let url = try #require(WebURL.parse("http://user:pw@example.org:8080"))
    #expect(url.host == "example.org")
    #expect(url.port == 8080)
    #expect(url.normalized == "http://example.org:8080/")
  }

  @Test func decodesPunycodeHosts() throws {
    let url = try #require(WebURL.parse("http://xn--3e0b707e.xn--3e0b707e/"))
    #expect(url.host == "한국.한국")
    #expect(url.asciiHost == "xn--3e0b707e.xn--3e0b707e")
    #expect(WebURL.parse("https://xn--mnchen-3ya.de")?.host == "münchen.de")
  }

  @Test func recognisesIPHosts() {
    #expect(WebURL.parse("http://192.168.0.1/x")?.isIPAddress == true)
    #expect(WebURL.parse("http://192.168.0.1/x")?.tld == "")
    #expect(WebURL.parse("http://[::1]:8080/")?.isIPAddress == true)
  }

  @Test func rejectsNonURLs() {
    #expect(WebURL.parse("example.com") == nil)
    #expect(WebURL.parse("http://") == nil)
    #expect(WebURL.parse("http://exa mple.com") == nil)
    #expect(WebURL.parse("1http://a.com") == nil)
  }

  @Test func decodesPercentEscapedPaths() {
    #expect(WebURL.parse("https://ko.wikipedia.org/wiki/%EC%A7%80%EB%B0%A9")?.decodedPath == "/wiki/지방")
  }
}
