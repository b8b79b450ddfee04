import Testing

@testable import NewsClean

/// Pages that hide their whole content until a script fades it in.
@Suite struct FadedInContentTests {
  let paragraphs = [
    "The new typeface began as a fix for a small problem: letters that blurred on cheap phone screens at small sizes.",
    "Over eight years the designers widened the counters, opened the apertures and tuned every weight by hand.",
    "Now the family is free to use, and its variable axes let one file stand in for forty static fonts.",
  ]

  func page(mainStyle: String) -> String {
    """
    <html><body><nav><a href="/">Home</a> <a href="/library">Library</a></nav>
    <main style="\(mainStyle)"><h1>How a typeface grew up</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined())
    <div style="display:none"><a href="https://pills.example/buy">cheap pills</a> <a href="https://casino.example/">casino bonus</a></div>
    </main></body></html>
    """
  }

  @Test("content hidden by an opacity fade-in is read when it holds most of the page's prose")
  func fadedInMain() {
    guard let record = record(page(mainStyle: "opacity:0"), format: .html) else { return }
    for paragraph in paragraphs { #expect(record.text.contains(paragraph)) }
    #expect(!record.text.contains("cheap pills"))
  }

  @Test("on such a page a hidden block of links is still a hidden link block")
  func hiddenLinksStayHidden() {
    guard let record = record(page(mainStyle: "opacity:0"), format: .html) else { return }
    #expect(!record.text.contains("casino bonus"))
  }

  @Test("a hidden block on a page whose prose is visible stays hidden")
  func ordinaryHiddenBlock() {
    let html = """
      <html><body><main><h1>How a typeface grew up</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined())
      <p style="opacity:0">This sentence was hidden from readers on purpose, so it is not part of the article at all.</p></main></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(!record.text.contains("hidden from readers"))
  }
}
