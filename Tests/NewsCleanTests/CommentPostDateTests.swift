import Testing

@testable import NewsClean

/// A forum reply's date is when it was posted, not when its poster joined the board.
@Suite struct CommentPostDateTests {
  static let opening = "Has anyone planted garlic this late in the autumn? The beds are ready, but the first frost is already forecast for next week and I am unsure whether to wait until spring."

  /// A thread of replies whose posters' cards (name, post count, join date) come before each post.
  func thread(card: (String, String) -> String, replies: [(name: String, joined: String, posted: String, text: String)]) -> String {
    """
    <html><body><div class="thread">
    <div class="post"><div class="postbody"><p class="author">by Hazel » 2024-10-01 08:00</p><div class="content"><p>\(Self.opening)</p></div></div></div>
    \(replies.map { r in
      "<div class=\"post\">\(card(r.name, r.joined))<div class=\"postbody\"><p class=\"author\">by \(r.name) » <time>\(r.posted)</time></p><div class=\"content\"><p>\(r.text)</p></div></div></div>"
    }.joined(separator: "\n"))
    </div></body></html>
    """
  }

  let replies = [
    (name: "Rowan", joined: "2019-03-02", posted: "2024-10-02 09:15", text: "Plant them now; garlic wants the cold to split into cloves, and a mulch of straw keeps the worst frost off."),
    (name: "Linden", joined: "2021-07-14", posted: "2024-10-03 18:40", text: "I planted mine in November last year and they came up fine in March, so there is still time."),
  ]

  @Test("a labelled join date on the poster's card is not the reply's date")
  func joinLabelIsNotThePostDate() {
    let html = thread(card: { name, joined in
      "<dl class=\"card\"><dt>\(name)</dt><dd>Posts: 120</dd><dd>Joined: \(joined)</dd></dl>"
    }, replies: replies)
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.map(\.date) == ["2024-10-02 09:15", "2024-10-03 18:40"])
    #expect(record.comments.map(\.author) == ["Rowan", "Linden"])
  }

  @Test("a join date in another language is passed over the same way")
  func joinLabelInKorean() {
    let html = thread(card: { name, joined in
      "<div class=\"card\"><p>\(name)</p><p>가입일 \(joined)</p></div>"
    }, replies: replies)
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.map(\.date) == ["2024-10-02 09:15", "2024-10-03 18:40"])
  }

  @Test("an unlabelled date on the poster card gives way to the date in the post's header")
  func cardDateGivesWay() {
    let html = thread(card: { name, joined in
      "<div class=\"userinfo\"><p>\(name)</p><p>\(joined)</p></div>"
    }, replies: replies)
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.map(\.date) == ["2024-10-02 09:15", "2024-10-03 18:40"])
  }

  @Test("a join date is recognised by its label, in any case and with a colon")
  func membershipDate() {
    #expect(CommentReader.isMembershipDate("Joined: Mar 2, 2019"))
    #expect(CommentReader.isMembershipDate("Member since 2019-03-02"))
    #expect(CommentReader.isMembershipDate("가입일 : 19.03.02"))
    #expect(!CommentReader.isMembershipDate("by Rowan » 2024-10-02 09:15"))
    #expect(!CommentReader.isMembershipDate("2024-10-02 09:15"))
  }
}

/// A reply's author is the poster's name, not what else heads the post.
@Suite struct CommentAuthorTests {
  func replies(head: (Int) -> String) -> String {
    let texts = [
      "Has anyone planted garlic this late in the autumn? The beds are ready, but the first frost is already forecast for next week.",
      "Plant them now; garlic wants the cold to split into cloves, and a mulch of straw keeps the worst frost off.",
      "I planted mine in November last year and they came up fine in March, so there is still time.",
    ]
    return """
      <html><body><div class="thread">
      \(texts.enumerated().map { i, t in
        "<div class=\"post\"><div class=\"head\">\(head(i))</div><div class=\"content\"><p>\(t)</p></div><div class=\"when\">2024-10-0\(i + 1) 09:15</div></div>"
      }.joined(separator: "\n"))
      </div></body></html>
      """
  }

  @Test("an avatar's initial and a post number before the name are not the author")
  func initialAndNumberAreNotTheAuthor() {
    let names = ["Hazel", "Rowan", "Linden"]
    let html = replies { i in "<span class=\"avatar\">\(names[i].prefix(1))</span></div><div class=\"num\">#\(i + 1)</div><div class=\"name\">\(names[i])" }
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.map(\.author) == ["Rowan", "Linden"])
  }

  @Test("a greeting that opens the reply is its text, not its author")
  func greetingIsText() {
    let html = replies { i in i == 1 ? "Hi Hazel," : "" }
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.first?.author == nil)
  }

  @Test("a post number, a clock time or an initial is not the author; a masked id is")
  func timeIsNotTheAuthor() {
    #expect(CommentReader.isPostFurniture("03:29:46 AM"))
    #expect(CommentReader.isPostFurniture("+00:00"))
    #expect(CommentReader.isPostFurniture("#12"))
    #expect(CommentReader.isPostFurniture("R"))
    #expect(!CommentReader.isPostFurniture("Rowan"))
    #expect(!CommentReader.isPostFurniture("새싹엄마"))
    #expect(!CommentReader.isPostFurniture("user42"))
    #expect(!CommentReader.isPostFurniture("0070****"))
  }
}
