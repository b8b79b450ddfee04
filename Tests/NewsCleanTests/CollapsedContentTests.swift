import Testing

@testable import NewsClean

/// The `hidden` attribute folds content away (streamed server-rendered chunks, accordions); CSS
/// hiding conceals it. The first is read, the second is not.
@Suite struct CollapsedContentTests {
  @Test("prose streamed in a `<div hidden>` chunk is the article")
  func streamedChunk() {
    assertCleans(
      html: """
        <html><head><title>Night buses return to the valley line</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <div hidden id="S:0"><article><h1>Night buses return to the valley line</h1>
        <p>Night buses will run again on the valley line from next month, the transport authority said on Tuesday, after a two-year pause.</p>
        <p>Services will leave the central station every forty minutes between midnight and five in the morning on Fridays and Saturdays.</p>
        </article></div></body></html>
        """,
      title: "Night buses return to the valley line",
      body: [
        "Night buses will run again on the valley line from next month, the transport authority said on Tuesday, after a two-year pause.",
        "Services will leave the central station every forty minutes between midnight and five in the morning on Fridays and Saturdays.",
      ],
      removed: ["Home"])
  }

  @Test("a folded-away list of links is a hidden link block, reported as spam")
  func foldedLinkList() {
    assertCleans(
      html: """
        <html><head><title>Library extends opening hours</title></head><body><article>
        <h1>Library extends opening hours</h1>
        <p>The central library will open until nine in the evening on weekdays from March, the council announced, after a survey of readers.</p>
        <p>Weekend hours stay the same, and the children's room keeps its morning reading sessions on Saturdays.</p>
        <div hidden><a href="https://casino-bonus.test/slots">online casino</a> <a href="https://cheap-pills.top/buy">buy viagra</a></div>
        </article></body></html>
        """,
      title: "Library extends opening hours",
      body: [
        "The central library will open until nine in the evening on weekdays from March, the council announced, after a survey of readers.",
        "Weekend hours stay the same, and the children's room keeps its morning reading sessions on Saturdays.",
      ],
      spam: ["https://casino-bonus.test/slots", "https://cheap-pills.top/buy"],
      removed: ["online casino", "buy viagra"])
  }
}
