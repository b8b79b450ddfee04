import Foundation
import Testing
import TestSupport

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

@Suite struct WebURLFastPathTests {
  @Test("URLs read on the bytes parse as the general reading parses them")
  func asciiParseAgrees() {
    // Pieces of every part of a URL and of what breaks one: schemes valid and not, userinfo,
    // ports (empty, zero-padded, too large, not digits), trailing and doubled dots, characters
    // a host cannot hold, brackets, Punycode labels in either case, paths, queries, fragments,
    // and text the byte reading must leave to the general one (CR, non-ASCII, brackets).
    let pieces = [
      "http", "HTTPS", "h", "1x", "a+b.c-d", "://", ":/", ":", "/", "//", "?", "#", "@", "user:pw@", "example", "EXAMPLE",
      ".", "..", "com", "co.kr", ":80", ":443", ":8080", ":0080", ":", ":99999", ":12a", ":99999999999999999999999", "a b",
      "<", "%", "^", "|", "\t", "\r", "[::1]", "[", "]", "xn--bcher-kva", "XN--BCHER-KVA", "xn-", "path", "a=b&c=d", "frag",
      "é", "한국", " ", "www", "-", "_", "~", "+",
    ]
    var random = SplitMix64(seed: 0x7572_6C73)
    var parsed = 0
    for round in 0..<30_000 {
      var text = ""
      // Most strings start like a URL, so that the later parts are reached.
      if random.next() % 4 != 0 { text = ["http://", "https://", "HTTP://", "ftp://", "x://"][Int(random.next() % 5)] }
      for _ in 0..<Int(random.next() % 9) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
      let fast = WebURL.asciiParse(text, original: text)
      let general = WebURL.generalParse(text, original: text)
      if let fast {
        #expect(fast == general, "\(round): \(text.debugDescription)")
        if fast != nil { parsed += 1 }
      }
      // And `parse`, which trims the text first, as the general reading of the trimmed text.
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(WebURL.parse(text) == WebURL.generalParse(trimmed, original: text), "\(round): \(text.debugDescription)")
    }
    #expect(parsed > 2_000)
  }

  @Test("percent decoding with the memchr shortcut equals the general decoding")
  func percentDecodingAgrees() {
    let pieces = ["a", "/", "%", "%4", "%41", "%e2%82%ac", "%E2%82", "%zz", "%\u{301}", "é", "한", " ", "+", "%%", "%2F"]
    var random = SplitMix64(seed: 0x7063_7464)
    for _ in 0..<20_000 {
      let text = (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      #expect(WebURL.percentDecoded(text) == WebURL.generalPercentDecoded(text), "\(text.debugDescription)")
    }
  }
}
