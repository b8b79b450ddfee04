import Testing

@testable import NewsClean

/// Q&A threads: readers remark on the question and on each answer in a short list below it.
/// The answers are the thread's replies; the remarks are set aside (kind `remark`), and a reply
/// marked with a state class (the accepted answer) is still one reply.
@Suite struct PostRemarksTests {
  /// A post of a Q&A board: its text, then the poster's card, then its list of remarks.
  func post(_ kind: String, _ extra: String, id: Int, text: String, remarks: [(String, String)]) -> String {
    """
    <div class="\(kind)\(extra)" id="\(kind)-\(id)"><div class="post-layout">
    <div class="post-cell"><div class="post-text"><p>\(text)</p></div>
    <div class="post-signature"><div class="user-action-time">answered Mar \(id), 2024 at 10:0\(id)</div>
    <div class="user-info"><div class="user-details"><a href="/users/\(id)">member\(id)</a>
    <div class="user-flair">1,2\(id)5 reputation 3 gold badges 12 silver badges</div></div></div></div></div>
    <div class="post-comments"><div class="comments"><ul class="comments-list">
    \(remarks.enumerated().map { i, remark in """
    <li class="comment" id="comment-\(id)\(i)"><div class="comment-body"><span class="comment-copy">\(remark.0)</span>
    <a class="comment-user" href="/users/9\(i)">reader\(i)</a> <span class="comment-date">Mar \(id), 2024 at 11:1\(i)</span></div></li>
    """ }.joined(separator: "\n"))
    </ul></div></div></div></div>
    """
  }

  var page: String {
    """
    <html><head><title>Why does my sourdough collapse in the oven?</title></head><body>
    <div id="mainbar"><h1>Why does my sourdough collapse in the oven?</h1>
    \(post("question", "", id: 1, text: "My loaves rise well overnight in the fridge, but they spread flat as soon as they go into the oven. The starter doubles in six hours, and I bake at 250 degrees in a covered pot. What should I change first?", remarks: [("How long is the bulk ferment before shaping?", ""), ("Which flour do you use, and how much water?", "")]))
    <div id="answers"><h2>3 Answers</h2>
    \(post("answer", " accepted-answer", id: 2, text: "Your dough is over-proofed. A cold retard overnight after a long bulk leaves the gluten too weak to hold the oven spring, so shorten the bulk ferment by an hour and shape more tightly.", remarks: [("This fixed it for me as well, thanks.", "")]))
    \(post("answer", "", id: 3, text: "Check the hydration too. Above seventy-five percent a beginner's dough rarely keeps its shape, and a stiffer dough is far more forgiving while you learn the timing.", remarks: [("Seventy percent worked well for me.", ""), ("Agreed, start lower.", "")]))
    \(post("answer", "", id: 4, text: "Score deeper and bake straight from the fridge. A cold loaf holds its shape long enough for the crust to set before it can spread.", remarks: []))
    </div></div></body></html>
    """
  }

  @Test("the question is the text, each answer one comment, every remark set aside")
  func remarksAreSetAside() {
    guard let record = record(page, format: .html) else { return }
    #expect(record.text.contains("My loaves rise well overnight"))
    let replies = record.comments.map(\.text)
    #expect(replies.count == 3, "\(replies)")
    #expect(replies.first?.contains("over-proofed") == true, "the accepted answer leads and is one reply")
    #expect(replies.contains { $0.contains("Check the hydration") })
    let everything = ([record.text] + replies).joined(separator: "\n")
    for remark in ["bulk ferment before shaping", "Which flour do you use", "This fixed it", "Seventy percent worked", "Agreed, start lower"] {
      #expect(!everything.contains(remark), "«\(remark)» kept")
      #expect(record.removed.items.contains { $0.kind == "remark" && $0.text.contains(remark) }, "«\(remark)» not listed as a remark")
    }
  }

  @Test("the poster's card below an answer is not the answer's text")
  func cardBelowTextIsDropped() {
    guard let record = record(page, format: .html) else { return }
    let replies = record.comments.map(\.text).joined(separator: "\n")
    #expect(!replies.contains("badges"))
    #expect(!replies.contains("member3"))
  }

  @Test("the action beside a post's date is not its author")
  func actionIsNoAuthor() {
    #expect(CommentReader.isPostAction("answered"))
    #expect(CommentReader.isPostAction("edited at 13:14"))
    #expect(CommentReader.isPostAction("发表于"))
    #expect(!CommentReader.isPostAction("Rick Waldroup"))
    guard let record = record(page, format: .html) else { return }
    #expect(!record.comments.contains { $0.author?.lowercased().hasPrefix("answered") == true })
  }

  @Test("replies nested in replies are replies, even in a list named for replies")
  func nestedRepliesStay() {
    func reply(_ id: Int, _ text: String, children: String = "") -> String {
      """
      <li class="comment" id="comment-\(id)"><article class="comment-body">
      <footer class="comment-meta"><b class="fn">poster\(id)</b> <time>March \(id), 2024 at 9:00 am</time></footer>
      <div class="comment-content"><p>\(text)</p></div></article>\(children)</li>
      """
    }
    let html = """
      <html><body><article class="post"><h1>Repotting an old fig</h1>
      <div class="entry-content"><p>Our fig has sat in the same pot for six years. This spring we moved it into a larger one, trimmed the roots by a third and fed it lightly; here is how it went, step by step, with what we would do differently next time.</p>
      <p>The tree sulked for two weeks, then put out more leaves than it had in years, so the root trim did it no harm at all.</p></div></article>
      <div id="comments" class="comments-area"><ol class="comment-list">
      \(reply(1, "How deep did you cut the roots on the sides?", children: """
      <ul class="replies">\(reply(2, "About five centimetres all round, with a bread knife."))\(reply(3, "A bread knife works better than secateurs for that."))</ul>
      """))
      \(reply(4, "Lovely result, ours has never fruited like that."))
      </ol></div></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    let replies = record.comments.map(\.text).joined(separator: "\n")
    for text in ["How deep did you cut", "About five centimetres", "bread knife works better", "Lovely result"] {
      #expect(replies.contains(text), "«\(text)» lost")
    }
    #expect(!record.removed.items.contains { $0.kind == "remark" })
  }

  @Test("a class more marks a reply's state only for elements named as replies")
  func stateVariants() {
    #expect(CommentReader.isStateVariant("div.accepted-answer answer#answer-", of: "div.answer#answer-"))
    #expect(!CommentReader.isStateVariant("div.answer#answer-", of: "div.answer#answer-"))
    #expect(!CommentReader.isStateVariant("div.answer other", of: "div.answer#answer-"))
    #expect(!CommentReader.isStateVariant("li.answer extra", of: "div.answer"))
  }
}
