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
}
