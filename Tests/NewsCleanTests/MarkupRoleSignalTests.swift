import Testing

@testable import NewsClean

@Suite struct MarkupRoleSignalTests {
  let signal = MarkupRoleSignal()
  let sentence = Array(repeating: "The ferry crossed the bay in calm weather and arrived early.", count: 3).joined(separator: " ")

  @Test("a block inside navigation markup is chrome")
  func navigation() {
    #expect(signal.claims("Local news", roles: .navigation))
  }

  @Test("a block inside share or related markup is chrome")
  func shareAndRelated() {
    #expect(signal.claims("Share this story", roles: .share))
    #expect(signal.claims("Ferry fares rise again", roles: .related))
  }

  @Test("a block without chrome roles is not claimed")
  func noRoles() {
    #expect(!signal.claims("Local news"))
    #expect(!signal.claims("Local news", roles: [.article, .comments]))
  }

  @Test("a long paragraph in a weakly named info wrapper is still prose")
  func longProseInInfo() {
    #expect(sentence.count > 150)
    #expect(!signal.claims(sentence, roles: .pageInfo))
  }

  @Test("a short line in an info wrapper is chrome")
  func shortInfoLine() {
    #expect(signal.claims("By Dana Whitlock", roles: .pageInfo))
  }

  @Test("a long paragraph in a strong chrome region is still chrome")
  func longProseInFooter() {
    #expect(signal.claims(sentence, roles: .footer))
  }
}
