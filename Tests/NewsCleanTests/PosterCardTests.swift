import Testing

@testable import NewsClean

@Suite struct PosterCardTests {
  /// The roles of the block that holds `text` in `html`.
  func roles(of text: String, in html: String) -> MarkupRoles? {
    parsedBlocks(html).first { $0.text == text }?.roles
  }

  @Test("a poster's card is named as furniture, even under the post's own name")
  func cardNamesAreAside() {
    for name in ["message-user", "postprofile", "user-details", "userinfo", "userTitle", "message-avatar"] {
      let html = #"<div class="message"><div class="\#(name)"><p>Senior Member</p></div><p>Body</p></div>"#
      #expect(roles(of: "Senior Member", in: html)?.contains(.aside) == true, "\(name)")
    }
  }

  @Test("the post's own text, named for the user who wrote it, is not a card")
  func userContentIsNotACard() {
    let html = #"<div class="message"><div class="message-userContent"><p>Body of the post</p></div></div>"#
    #expect(roles(of: "Body of the post", in: html)?.contains(.aside) == false)
  }

  @Test("a thread keeps its posts and drops each poster's card: avatar letter, rank, join date, post number")
  func threadDropsPosterCards() {
    let posts = [
      ("Kestrel", "Senior Member", "Which filesystem do you use for a small home server with two disks? I would like snapshots, and I would like the setup to stay simple."),
      ("Moth", "Regular Visitor", "A mirrored pool gives you both, and scrubbing it once a month catches a failing disk early."),
      ("Wren", "Newcomer", "Plain ext4 with a nightly copy to the second disk is simpler, though you lose the snapshots."),
    ]
    let html = """
      <html><body><div class="block-body">
      \(posts.enumerated().map { i, post in """
      <article class="message message--post" id="post-\(i + 1)"><div class="message-inner">
      <div class="message-cell message-cell--user"><section class="message-user">
      <div class="message-avatar"><a class="avatar"><span>\(post.0.prefix(1))</span></a></div>
      <div class="message-userDetails"><h4 class="message-name"><a class="username">\(post.0)</a></h4>
      <h5 class="userTitle message-userTitle">\(post.1)</h5></div>
      <div class="message-userExtras"><dl><dt>Joined</dt><dd>Jan 4, 2011</dd></dl></div></section></div>
      <div class="message-cell message-cell--main"><header class="message-attribution">
      <ul class="message-attribution-main"><li><time datetime="2024-03-0\(i + 1)T10:00:00">Mar \(i + 1), 2024</time></li></ul>
      <ul class="message-attribution-opposite"><li><a href="/posts/\(i + 1)">#\(i + 1)</a></li></ul></header>
      <div class="message-content"><div class="message-userContent"><article class="message-body"><div class="bbWrapper">\(post.2)</div></article></div></div>
      </div></div></article>
      """ }.joined(separator: "\n"))
      </div></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.text.contains("Which filesystem do you use"))
    let comments = record.comments.map(\.text).joined(separator: "\n")
    #expect(comments.contains("mirrored pool"))
    #expect(comments.contains("Plain ext4"))
    let everything = record.text + "\n" + comments
    for furniture in ["Senior Member", "Regular Visitor", "Newcomer", "Jan 4, 2011", "#2", "#3"] {
      #expect(!everything.contains(furniture), "«\(furniture)» kept")
    }
    #expect(!everything.split(separator: "\n").contains("K"), "avatar letter kept")
  }
  /// A thread of XenForo-like posts whose cards hold `card` (HTML) above each post's text.
  func cardThread(_ cards: [String]) -> String {
    let texts = [
      "Which filesystem do you use for a small home server with two disks? I would like snapshots, and I would like the setup to stay simple.",
      "A mirrored pool gives you both, and scrubbing it once a month catches a failing disk early.",
      "Plain ext4 with a nightly copy to the second disk is simpler, though you lose the snapshots.",
    ]
    return """
      <html><body><div class="block-body">
      \(cards.enumerated().map { i, card in """
      <article class="message message--post" id="post-\(i + 1)"><div class="message-inner">
      <div class="message-cell message-cell--user"><section class="message-user">\(card)</section></div>
      <div class="message-cell message-cell--main"><header class="message-attribution">
      <ul class="message-attribution-main"><li><time datetime="2024-03-0\(i + 1)T10:00:00">Mar \(i + 1), 2024</time></li></ul></header>
      <div class="message-content"><article class="message-body"><div class="bbWrapper">\(texts[i])</div></article></div>
      </div></div></article>
      """ }.joined(separator: "\n"))
      </div></body></html>
      """
  }

  @Test("a rank under user-title markup is never the poster's name, nor are the card's figures below it")
  func rankIsNotTheAuthor() {
    // The second poster's name is all digits (read as a post number): the rank must not stand in.
    let card = { (name: String, rank: String) in
      """
      <div class="message-userDetails"><h4 class="message-name"><a class="username" href="/members/\(name)">\(name)</a></h4>
      <h5 class="userTitle message-userTitle">\(rank)</h5></div>
      <div class="message-userExtras"><dl><dt>Joined</dt><dd>Jan 4, 2011</dd></dl><dl><dt>Posts</dt><dd>41</dd></dl></div>
      """
    }
    let html = cardThread([card("Kestrel", "Senior Member"), card("Moth", "Regular Visitor"), card("204817", "Fresh Arrival")])
    guard let record = record(html, format: .html) else { return }
    let authors = record.comments.map(\.author)
    #expect(authors.count == 2)
    #expect(authors.first == "Moth")
    for bad in ["Fresh Arrival", "Regular Visitor", "Joined", "Posts", "Jan 4, 2011"] {
      #expect(!authors.contains(bad), "«\(bad)» taken as an author")
    }
  }

  @Test("a label above the name in the poster's card gives way to the name linked to the profile")
  func linkedNameBeatsCardLabel() {
    let card = { (name: String) in
      """
      <dl class="postprofile"><dt><div class="badge-label">Thread Opener</div>
      <a class="username" href="/memberlist?u=\(name)">\(name)</a></dt><dd>Posts: 12</dd></dl>
      """
    }
    let html = cardThread([card("Kestrel"), card("Moth"), card("Kestrel")])
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.map(\.author) == ["Moth", "Kestrel"])
  }
}
