import Testing

@testable import LinkSense

@Suite struct URLShortenerTests {
  @Test func shortenersAreNotedButNearlyWeightless() {
    let w = weight(URLShortener(), "http://amzn.to/2A5qzvo")
    #expect(w > 0 && w < 0.1)
    #expect(!isSpam("https://bit.ly/abc"))
  }

  @Test func otherHostsAreSilent() {
    #expect(weight(URLShortener(), "https://example.com/") == 0)
  }

  /// The length filter turns away only hosts the set lookup would not find.
  @Test func lengthFilterAnswersAsTheLookup() {
    var hosts = Array(URLShortener.hosts)
    hosts += URLShortener.hosts.map { "www." + $0 } + URLShortener.hosts.map { "www2." + $0 } + URLShortener.hosts.map { $0 + "x" }
    hosts += ["www.", "www", "www.\u{301}bit.ly", "wWw.bit.ly", "www.shorturl.att", "example.com", "averyveryverylonghost.example", "bit.ly.evil.example"]
    for host in hosts {
      guard let url = WebURL.parse("https://\(host)/x") else { continue }
      let stripped = url.host.hasPrefix("www.") ? String(url.host.dropFirst(4)) : url.host
      let reference = URLShortener.hosts.contains(stripped)
      #expect((URLShortener().evaluate(url, anchorText: nil) != nil) == reference, "\(host)")
    }
  }
}
