import Testing

@testable import NewsClean

@Suite struct LeadParagraphsTests {
  static let tips = [
    "Go to class. Treat the online course like a lecture on campus, with a fixed hour in your week, a quiet desk and your phone in another room until the session is over.",
    "Know how to get help. Find out before the first week where the support desk is, how to reach it, and what to do when the video player or the upload form fails you.",
    "Speak up early. Tell your instructor when something is unclear or when life gets in the way; most of them would rather hear it in week two than in the last week.",
    "Make a good impression. Write messages as you would write a letter, with a greeting, full sentences and your name, since the forum is all they know of you.",
    "Read the syllabus twice. Online courses put every deadline and rule in writing, and most of the questions students ask are answered there already.",
    "Give yourself time. Uploads fail, laptops restart for updates and networks drop, so plan to hand work in a day early rather than an hour before the deadline.",
    "Set yourself up for success. Close the other tabs, mute the chats and give the lesson the same attention you would give a teacher standing in front of you.",
    "Do your own work. Copying from a classmate or from the web is as easy to spot online as on paper, and the penalties are the same or harsher.",
  ]

  /// An article whose body is an introduction followed by a numbered list of long tips: the list
  /// outvotes its parent, and `lead` is what the parent holds before it.
  func tipsPage(lead: String) -> String {
    let items = Self.tips.map { "<li>\($0)</li>" }.joined(separator: "\n")
    return """
      <html><head><title>Ten tips for online courses</title></head><body>
      <nav><a href="/">Home</a> <a href="/plan">Plan</a> <a href="/pay">Pay</a></nav>
      <h1>Ten tips for online courses</h1>
      <div>\(lead)
      <ol>\(items)</ol>
      </div>
      <footer><p>© Department of Higher Education. All rights reserved.</p></footer>
      </body></html>
      """
  }

  static let introduction =
    "Last spring, many students suddenly found themselves in online courses. The change was bumpy for some and unexpected for all, so here is what helps."

  @Test("an introduction typed before the list that won the vote opens the article")
  func keepsPlainIntroduction() {
    guard let record = record(tipsPage(lead: "<p>\(Self.introduction)</p>"), format: .html) else { return }
    #expect(record.text.contains("Last spring, many students"))
    #expect(record.text.contains("Do your own work"))
    #expect(!record.text.contains("All rights reserved"))
  }

  @Test("a standfirst the template names, or prose under chrome markup, stays out")
  func namedOrChromeLeadStaysOut() {
    for lead in [
      "<p class=\"article-summary\">\(Self.introduction)</p>",
      "<aside><p>\(Self.introduction)</p></aside>",
    ] {
      guard let record = record(tipsPage(lead: lead), format: .html) else { return }
      #expect(!record.text.contains("Last spring, many students"), "\(lead)")
      #expect(record.text.contains("Do your own work"))
    }
  }

  @Test("a signature with no class and no id is plain")
  func plainSignatures() {
    #expect(LeadParagraphs.isUnnamed("p."))
    #expect(LeadParagraphs.isUnnamed("blockquote"))
    #expect(!LeadParagraphs.isUnnamed("p.lead"))
    #expect(!LeadParagraphs.isUnnamed("div.#intro"))
    #expect(!LeadParagraphs.isUnnamed("div#intro"))
  }
}
