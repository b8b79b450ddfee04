import Testing

@testable import NewsClean

@Suite struct CitedAsSourceTests {
  let signal = CitedAsSource()

  @Test("a URL after Source: is cited as a source")
  func english() {
    let url = "https://stats.example/ferry"
    #expect(weight(signal, url, placement("Passenger numbers rose. Source: https://stats.example/ferry", at: url)) == -1.0)
  }

  @Test("a URL after 출처 is cited as a source")
  func korean() {
    let url = "https://stats.example/ferry"
    #expect(weight(signal, url, placement("출처: https://stats.example/ferry", at: url)) == -1.0)
  }

  @Test("a URL after 来源 is cited as a source")
  func chinese() {
    let url = "https://stats.example/library"
    #expect(weight(signal, url, placement("来源：https://stats.example/library", at: url)) == -1.0)
  }

  @Test("a URL after via is cited as a source")
  func via() {
    let url = "https://port.example/notice"
    #expect(weight(signal, url, placement("The notice was posted via https://port.example/notice", at: url)) == -1.0)
  }

  @Test("a URL in running prose is not a citation")
  func prose() {
    let url = "https://shop-deals.test/x"
    #expect(weight(signal, url, placement("Residents called it a problem and https://shop-deals.test/x pledged to act.", at: url)) == 0)
  }

  @Test("a link whose place in the text is unknown is not a citation")
  func noRange() {
    let p = LinkPlacement(text: "Source: somewhere", range: nil, anchorText: "somewhere", hidden: false, roles: [])
    #expect(weight(signal, "https://stats.example/", p) == 0)
  }
}
