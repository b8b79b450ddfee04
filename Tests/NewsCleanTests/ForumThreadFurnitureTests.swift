import Testing

@testable import NewsClean

/// Furniture that board software prints around a thread's posts: none of it is the thread.
@Suite struct ForumThreadFurnitureTests {
  static let posts = [
    ("Rabbids", "2024-06-30 10:15", "Does anyone know what the two vents on the back of the new case are for? The manual says nothing about them, yet they look deliberate."),
    ("Kestrel", "2024-07-01 08:40", "The lower one is an intake for the power supply, so keep the filter under it clean and it will stay quiet."),
    ("Moth", "2024-07-01 21:05", "The upper one takes the radiator hoses when you mount a cooler at the back of the case."),
  ]

  /// A board thread whose theme prints each poster's name in the card beside the post and again in
  /// the post's header, next to the date.
  static func nameTwice() -> String {
    """
    <html><body><div class="block-body">
    \(posts.map { p in
      """
      <article class="message"><div class="message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/\(p.0)">\(p.0)</a></h4></div></section></div>
      <div class="message-cell--main"><header class="message-attribution"><ul><li><h4 class="message-name"><a href="/members/\(p.0)">\(p.0)</a></h4></li><li><a href="/posts/1"><time>\(p.1)</time></a></li></ul></header>
      <div class="bbWrapper"><p>\(p.2)</p></div></div></article>
      """
    }.joined(separator: "\n"))
    </div></body></html>
    """
  }

  @Test("a poster's name printed again in the post's header is not the reply's text")
  func nameRepeatedInHeader() {
    guard let record = record(Self.nameTwice(), format: .html) else { return }
    #expect(record.comments.map(\.author) == ["Kestrel", "Moth"])
    #expect(record.comments.map(\.text) == [Self.posts[1].2, Self.posts[2].2])
  }

  /// A thread whose every post is marked up as a comment, with a sign-up teaser for guests below
  /// it: the teaser's heading is the only block outside the posts.
  static func teaserThread() -> String {
    """
    <html><head><title>Vents on the new case - Hardware</title></head><body><h1>Vents on the new case</h1><div class="cTopic">
    \(posts.map { "<article class=\"ipsComment\"><div class=\"author\">\($0.0)</div><div class=\"ipsComment_content\"><p>\($0.2)</p></div></article>" }.joined(separator: "\n"))
    </div>
    <div class="ipsGrid"><div class="cGuestTeaser_left"><h2>Create an account</h2><p>Sign up for a new account in our community. It's easy!</p><a class="ipsButton" href="/register/">Register a new account</a></div>
    <div class="cGuestTeaser_right"><h2>Sign in</h2><p>Already have an account? Sign in here.</p><a class="ipsButton" href="/login/">Sign In Now</a></div></div>
    </body></html>
    """
  }

  @Test("a thread of comment posts keeps its first post as the article when only a teaser heading stood beside it")
  func teaserHeadingIsNoArticle() {
    guard let record = record(Self.teaserThread(), format: .html) else { return }
    #expect(record.text.contains("two vents on the back"))
    #expect(!record.text.contains("Create an account"))
    #expect(record.comments.map(\.text).joined().contains("power supply"))
  }

  @Test("a bare web address is not prose, however long")
  func bareAddressIsNoProse() {
    let url = "https://forum.example.org/topic/1103020-payment-issues-how-to-delete-or-change-the-payment-method-of-an-order/"
    #expect(ContentContainer.isBareAddress(url))
    #expect(!ContentContainer.isProse(block(url)))
    #expect(!ContentContainer.isBareAddress("https://example.org is where the manual says the vents are explained in full."))
    #expect(ContentContainer.isProse(block("The manual at https://example.org/manual explains the two vents on the back of the case in full detail.")))
  }

  @Test("more consent managers are recognised by their names")
  func consentManagerNames() {
    for name in ["axeptio_widget", "iubenda-cs-banner", "cmplz-cookiebanner", "cky-consent-bar cookieyes", "osano-cm-window", "BorlabsCookie", "termly-styles-root"] {
      #expect(RoleVocabulary.nameRoles(name).contains(.consent), "\(name)")
    }
  }

  @Test("a quote's collapse button is a label, as its expand button is")
  func quoteShrinkLabel() {
    let signal = ChromeLabelSignal(maximumLength: 80)
    #expect(signal.claims("Click to expand..."))
    #expect(signal.claims("Click to shrink..."))
  }

  @Test("text under a display-none utility class is never shown and not read, inline or not")
  func displayNoneUtility() {
    let html = """
      <html><body><article><div class="post-body"><span class="d-none">$\\begingroup$</span>
      <p>The lower one is an intake for the power supply, so keep the filter under it clean and it will stay quiet.</p>
      <span class="d-none">$\\endgroup$</span></div><span class="d-none" itemprop="commentCount">17</span>
      <p>The upper one takes the radiator hoses when you mount a cooler <span class="d-none d-md-inline">at the back of the case</span>.</p></article></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(!record.text.contains("group"))
    #expect(!record.text.contains("17"))
    #expect(record.text.contains("at the back of the case"))
  }

  @Test("the display-none utility counts only without a breakpoint utility that shows the element")
  func displayNoneClassValues() {
    func check(_ value: String) -> Bool {
      var value = value
      return value.withUTF8 { Visibility.isDisplayNoneUtility($0) }
    }
    #expect(check("d-none"))
    #expect(check("comment-count d-none"))
    #expect(!check("d-none d-lg-block"))
    #expect(!check("d-flex"))
    #expect(!check("no-d-none"))
    #expect(!check("d-nonetheless"))
  }

  @Test("the reaction bar in a post's footer is not the reply's text")
  func reactionBarInFooter() {
    let html = """
      <html><body><div class="block-body">
      \(Self.posts.map { p in
        """
        <article class="message"><div class="message-cell--main"><header class="message-attribution"><a href="/members/\(p.0)">\(p.0)</a> <time>\(p.1)</time></header>
        <div class="bbWrapper"><p>\(p.2)</p></div>
        <footer class="message-footer"><div class="reactionsBar"><span class="u-srOnly">Reactions:</span> <a href="/posts/1/reactions"><bdi>Ann Marsh</bdi>, <bdi>Bo Lindqvist</bdi> and 3 others</a></div></footer></div></article>
        """
      }.joined(separator: "\n"))
      </div></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.map(\.text) == [Self.posts[1].2, Self.posts[2].2])
  }

  @Test("a question's only answer is one reply, not a reply per paragraph")
  func loneAnswerIsOneReply() {
    let html = """
      <html><body><div id="mainbar"><div class="question"><div class="s-prose js-post-body">
      <p>\(Self.posts[0].2)</p><p>I looked for a diagram in the manual and on the maker's site, but found none that shows the back panel.</p></div>
      <time>\(Self.posts[0].1)</time></div>
      <div id="answers"><div class="answer js-answer"><div class="s-prose js-post-body">
      <p>\(Self.posts[1].2)</p><p>\(Self.posts[2].2)</p></div>
      <div class="user-info"><a href="/users/7/kestrel">Kestrel</a></div><time>\(Self.posts[1].1)</time></div></div>
      </div></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.count == 1)
    #expect(record.comments.first?.text == Self.posts[1].2 + "\n" + Self.posts[2].2)
  }

  @Test("a poster's presence status standing alone is a label, in several languages")
  func presenceStatusLabel() {
    let signal = ChromeLabelSignal(maximumLength: 80)
    for status in ["Offline", "Online", "Hors ligne", "Desconectado", "Не в сети"] {
      #expect(signal.claims(status), "\(status)")
    }
    #expect(!signal.claims("I was offline for a week, so I missed the whole thread."))
  }
}
