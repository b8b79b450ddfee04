import TestSupport
import Testing

@testable import NewsClean

@Suite struct RoleVocabularyTests {
  /// The roles of the block that holds `text` in `html`.
  func roles(of text: String, in html: String) -> MarkupRoles? {
    parsedBlocks(html).first { $0.text == text }?.roles
  }

  @Test("class and id values are split into tokens, with joined forms")
  func tokens() {
    #expect(RoleVocabulary.tokens(of: "bo_v_info postMeta entry-content") == [
      "bo", "v", "info", "bovinfo", "post", "meta", "postmeta", "entry", "content", "entrycontent",
    ])
  }

  @Test("script hooks are not descriptions")
  func scriptHooks() {
    #expect(RoleVocabulary.tokens(of: "js-replyContainer") == [])
  }

  @Test("numbers that boards append to ids are ignored")
  func numberedIds() {
    #expect(RoleVocabulary.tokens(of: "comment123") == ["comment"])
  }

  @Test("a tag names its role")
  func tagRoles() {
    #expect(roles(of: "Local news", in: "<nav><p>Local news</p></nav>")?.contains(.navigation) == true)
    #expect(roles(of: "© Courier", in: "<footer><p>© Courier</p></footer>")?.contains(.footer) == true)
  }

  @Test("an ARIA role names its role")
  func ariaRoles() {
    #expect(roles(of: "© Courier", in: #"<div role="contentinfo"><p>© Courier</p></div>"#)?.contains(.footer) == true)
  }

  @Test("a wrapper named for tabs holds the panels, which are content; the tab list is navigation")
  func tabs() {
    let html = #"<div class="product-tabs"><ul role="tablist"><li>Description</li></ul><div class="tab-panel"><p>Woven linen shade</p></div></div>"#
    #expect(roles(of: "Woven linen shade", in: html)?.contains(.navigation) == false)
    #expect(roles(of: "Description", in: html)?.contains(.navigation) == true)
  }

  @Test("a board's abbreviated class names are read")
  func boardAbbreviations() {
    #expect(roles(of: "조회 318회", in: #"<section id="bo_v_info"><p>조회 318회</p></section>"#)?.contains(.pageInfo) == true)
    #expect(roles(of: "이전글", in: #"<ul class="bo_v_nb"><li>이전글</li></ul>"#)?.contains(.navigation) == true)
    #expect(roles(of: "좋은 글 감사합니다", in: #"<div class="cmt_list"><p>좋은 글 감사합니다</p></div>"#)?.contains(.comments) == true)
  }

  @Test("a chrome word hidden inside a longer word does not count")
  func wholeTokensOnly() {
    #expect(roles(of: "Alert text", in: #"<div class="notification"><p>Alert text</p></div>"#)?.contains(.navigation) == false)
    #expect(roles(of: "Summary", in: #"<div class="adventure"><p>Summary</p></div>"#)?.contains(.advert) == false)
  }

  @Test("a layout modifier describes a neighbour, not the element")
  func layoutModifier() {
    #expect(roles(of: "Body text", in: #"<div class="layout with-sidebar"><p>Body text</p></div>"#)?.contains(.aside) == false)
  }

  @Test("a position word is layout, not a footer")
  func positionWordIsLayout() {
    // Utility and BEM classes place blocks (`margin-bottom`, `no-pad-bottom`, `card__body--bottom`)
    // far more often than a site names its footer `bottom`; the footer keeps its own words.
    #expect(!RoleVocabulary.nameRoles("section no-pad-bottom").contains(.footer))
    #expect(!RoleVocabulary.nameRoles("split__content split__content--bottom").contains(.footer))
    #expect(!RoleVocabulary.nameRoles("border-bottom").contains(.footer))
    #expect(RoleVocabulary.nameRoles("site-footer").contains(.footer))
    let html = #"<div class="card-body mb-3 border-bottom"><p>Hand-thrown mugs, fired twice.</p></div>"#
    #expect(roles(of: "Hand-thrown mugs, fired twice.", in: html)?.contains(.footer) == false)
  }

  @Test("a name that says content overrides its weaker chrome words")
  func contentOverridesWeakChrome() {
    #expect(roles(of: "Body text", in: #"<div class="post-info-body"><p>Body text</p></div>"#) == [.article])
  }

  @Test("a content wrapper inside a weakly named post is content")
  func innerContentWrapper() {
    let html = #"<div class="post has-profile info"><div class="postbody"><p>Body text</p></div></div>"#
    let r = roles(of: "Body text", in: html)
    #expect(r?.contains(.article) == true)
    #expect(r?.contains(.pageInfo) == false)
  }

  @Test("a header inside an article is the article's own header")
  func headerInsideArticle() {
    let html = #"<article><header><h1>Ferry returns</h1></header><p>Body text</p></article>"#
    #expect(roles(of: "Ferry returns", in: html)?.contains(.header) == false)
  }

  @Test("an editor's widget inside the text is content; a sidebar widget is not")
  func editorWidget() {
    #expect(!RoleVocabulary.nameRoles("ck-widget ck-widget bs_grid").contains(.aside))
    #expect(RoleVocabulary.nameRoles("sidebar-widget").contains(.aside))
    #expect(RoleVocabulary.nameRoles("widget widget_recent_entries").contains(.aside))
  }
}

@Suite struct RoleVocabularyFastPathTests {
  /// `nameRoles` as its specification reads: the roles of the tokens `tokens(of:)` gives, a token
  /// after a layout modifier excepted.
  func reference(_ value: String) -> MarkupRoles {
    let words = RoleVocabulary.tokens(of: value)
    var roles: MarkupRoles = []
    for (i, token) in words.enumerated() {
      if i > 0, RoleVocabulary.layoutModifiers.contains(words[i - 1]) { continue }
      roles.formUnion(RoleVocabulary.tokenRoles[token] ?? [])
    }
    return roles
  }

  @Test("class and id values read by bytes give the roles their tokens give")
  func matchesTokens() {
    let pieces = [
      "nav", "Nav", "post", "Meta", "with", "sidebar", "has", "comments", "ck", "widget", "js", "js-", "_", "-", ":", ".",
      "12", "3", "bo", "v", "info", "entry", "Content", "footer", "w", "no", "x", "", " ", "\t", "\n", "cookie", "banner",
      "ARTICLE", "reply", "bottom", "Body", "a1b2", "1-2",
    ]
    var generator = SplitMix64(seed: 7)  // fixed: a failure can be replayed
    for _ in 0..<5_000 {
      let count = Int.random(in: 1...8, using: &generator)
      let value = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      #expect(RoleVocabulary.nameRoles(value) == reference(value), "\(value)")
    }
  }

  @Test("values spelled letter by letter read the same by bytes as by tokens")
  func matchesTokensLetterByLetter() {
    // Single characters, so that separators, digits and case changes fall anywhere in a word,
    // plus whole vocabulary words so that tokens often hit (modifiers before them included).
    let letters = Array("aAbBcCdeEjJsSnNvVwWxX019-_:. \t\n").map(String.init)
    let words = ["nav", "with", "has", "w", "ck", "js", "post", "Body", "cookie", "sidebar", "Meta"]
    var generator = SplitMix64(seed: 0x726F_6C65)  // fixed: a failure can be replayed
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...14, using: &generator)
      let value = (0..<count).map { _ in
        Int.random(in: 0..<4, using: &generator) == 0
          ? words.randomElement(using: &generator)! : letters.randomElement(using: &generator)!
      }.joined()
      #expect(RoleVocabulary.nameRoles(value) == reference(value), "\(value)")
    }
  }

  @Test("the byte reading turns away exactly the values with a byte from 0x80 or a carriage return, wherever it is")
  func byteReadingTurnsAway() {
    let pieces = ["nav", "js-x", "js_é", "Post", "é", "É", "\r", "\r\n", " ", "\t", "-", "with", "sidebar", "한", "x1", "\u{85}"]
    var generator = SplitMix64(seed: 0x6B69_6E64)  // fixed: a failure can be replayed
    for _ in 0..<5_000 {
      let count = Int.random(in: 0...8, using: &generator)
      var value = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let turnedAway = value.utf8.contains { $0 >= 0x80 || $0 == 0x0D }
      let read = value.withUTF8 { RoleVocabulary.asciiNameRoles($0) }
      #expect((read == nil) == turnedAway, "\(value.debugDescription)")
      #expect(RoleVocabulary.nameRoles(value) == reference(value), "\(value.debugDescription)")
    }
  }
}
