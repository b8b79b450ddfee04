import Testing

@testable import NewsClean

@Suite struct OnTopicTargetTests {
  let signal = OnTopicTarget()
  let words: Set<String> = ["harbour", "ferry", "returns", "repairs", "winter", "crossings", "island"]
  let text = "The harbour ferry resumed its crossings after winter repairs."

  @Test("a target that names the article's subject is editorial")
  func onTopic() {
    let url = "https://courier.example/harbour-ferry-returns"
    #expect(weight(signal, url, placement(text, at: "crossings", anchor: true, articleWords: words)) == -0.6)
  }

  @Test("a target about something else says nothing")
  func offTopic() {
    let url = "https://lucky-spins.test/claim-bonus-today"
    #expect(weight(signal, url, placement(text, at: "crossings", anchor: true, articleWords: words)) == 0)
  }

  @Test("generic URL words do not make a target on topic")
  func genericWords() {
    let url = "https://news.test/article/index.html"
    #expect(weight(signal, url, placement(text, at: "crossings", anchor: true, articleWords: ["news", "article", "index"])) == 0)
  }

  @Test("without the article's words nothing is said")
  func noArticleWords() {
    let url = "https://courier.example/harbour-ferry-returns"
    #expect(weight(signal, url, placement(text, at: "crossings", anchor: true)) == 0)
  }
}
