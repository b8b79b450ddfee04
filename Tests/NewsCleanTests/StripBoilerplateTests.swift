import Testing

@testable import NewsClean

@Suite struct StripBoilerplateTests {
  let stage = StripBoilerplate(config: CleanConfig())
  let prose = "Our spring seed swap takes place this Saturday from ten until one in the church hall on Mill Lane."

  func stripDump(_ lines: [String]) -> Page<Stripped>? {
    switch stage.process(page(lines, at: Parsed.self, format: .text)) {
    case .keep(let page): return page
    case .drop(let rejection):
      Issue.record("dropped: \(rejection.reason)")
      return nil
    }
  }

  @Test("a dump's comment section starts at a comment-count heading")
  func commentCountHeading() {
    guard let out = stripDump(["Seed swap this Saturday", prose, "2 thoughts on “Seed swap this Saturday”", "Priya 2024.03.02 10:15", "See you there!"]) else { return }
    #expect(out.blocks.map(\.text) == [prose])
    #expect(out.comments.map(\.text) == ["See you there!"])
  }

  @Test("in a thread dump without a heading, replies start after the post's reply buttons")
  func repliesAfterPostActions() {
    let second = "Bring your spare seeds in labelled envelopes; we will have tables for vegetables, herbs and flowers."
    guard let out = stripDump(["Seed swap this Saturday", prose, second, "Reply Quote", "Priya 2024.03.02 10:15", "See you there with my tomato seeds!"])
    else { return }
    #expect(out.blocks.map(\.text) == [prose, second])
    #expect(out.comments.map(\.text) == ["See you there with my tomato seeds!"])
  }

  @Test("reply buttons followed by the body again do not start the replies")
  func pastedCopyAfterButtons() {
    let second = "Bring your spare seeds in labelled envelopes; we will have tables for vegetables, herbs and flowers."
    guard let out = stripDump(["Seed swap this Saturday", prose, second, "Like Reply", prose, second]) else { return }
    #expect(out.comments.isEmpty)
    #expect(out.blocks.map(\.text) == [prose, second, prose, second])
  }

  @Test("a sentence that mentions commenting on something is not a comment heading")
  func sentenceIsNotHeading() {
    let mention = "The council invited residents to comment on the plans before the end of March."
    guard let out = stripDump(["Seed swap this Saturday", prose, mention]) else { return }
    #expect(out.blocks.map(\.text) == [prose, mention])
    #expect(out.comments.isEmpty)
  }

  @Test("a dump's title line is taken out of the body and becomes the title")
  func dumpTitle() {
    guard let out = stripDump(["Seed swap this Saturday", prose]) else { return }
    #expect(out.metadata.title == "Seed swap this Saturday")
    #expect(out.removed.contains(RemovedItem(kind: "title", text: "Seed swap this Saturday")))
  }

  @Test("menu lines before the first prose line of a dump are dropped")
  func menuBeforeProse() {
    guard let out = stripDump(["Westside Growers", "Events Allotments Shop", "Seed swap this Saturday", prose]) else { return }
    #expect(out.blocks.map(\.text) == [prose])
  }

  @Test("every stripped line is kept for the audit trail with its reason")
  func auditTrail() {
    guard let out = stripDump(["Seed swap this Saturday", prose, "Share | Tweet | Email", "© 2024 Westside Growers"]) else { return }
    #expect(out.removed.contains(RemovedItem(kind: "chrome-label", text: "Share | Tweet | Email")))
    #expect(out.removed.contains(RemovedItem(kind: "footer", text: "© 2024 Westside Growers")))
  }

  @Test("a dump of nothing but chrome is refused")
  func onlyChrome() {
    guard case .drop(let rejection) = stage.process(page(["Home", "Login", "Reply"], at: Parsed.self, format: .text)) else {
      Issue.record("a dump of chrome was kept")
      return
    }
    #expect(rejection.reason == "empty-after-cleaning")
  }
}
