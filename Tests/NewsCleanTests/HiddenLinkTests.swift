import Testing

@testable import NewsClean

@Suite struct HiddenLinkTests {
  let signal = HiddenLink()
  let text = "sports betting bonus"

  @Test("a link in hidden markup is strong evidence")
  func hidden() {
    #expect(weight(signal, "https://bet-bonus.test/", placement(text, at: text, anchor: true, hidden: true)) == 2.0)
  }

  @Test("a visible link says nothing")
  func visible() {
    #expect(weight(signal, "https://bet-bonus.test/", placement(text, at: text, anchor: true)) == 0)
  }

  @Test("a hidden link alone is enough to be spam in the pipeline")
  func hiddenLinkIsReported() {
    let html = """
      <html><body><article>
      <p>The harbour ferry resumed its crossings on Monday after three months in dry dock, the port authority said.</p>
      <p>Engineers replaced both propeller shafts and repainted the hull before the safety inspection last week.</p>
      <div style="display:none"><a href="https://garden-tools.test/">garden tools</a></div>
      </article></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.spamLinks.map(\.url) == ["https://garden-tools.test/"])
    #expect(record.spamLinks.first?.reasons.map(\.signal).contains(HiddenLink.name) == true)
    #expect(!record.text.contains("garden tools"))
  }
}
