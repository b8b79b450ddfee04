import Testing

@testable import NewsClean

/// Cookie-consent and privacy-preference dialogs: long legal prose that is never the content.
@Suite struct ConsentDialogTests {
  let legalese = (1...6).map { n in
    "Category \(n) of these technologies may store or retrieve information on your browser, mostly in the form of cookies, to make the site work as you expect and to measure how it is used."
  }

  /// A short forum post next to a consent dialog whose text outweighs it.
  func page(bodyClass: String = "forum", dialogID: String = "onetrust-pc-sdk") -> String {
    """
    <html><body class="\(bodyClass)">
    <div class="topic"><h1>Two vents on the new case</h1>
    <div class="post-body"><p>Does anyone know what the two vents on the back of the new case are for? The manual says nothing about them.</p></div></div>
    <div id="\(dialogID)" role="region"><h2>Privacy Preference Center</h2>\(legalese.map { "<p>\($0)</p>" }.joined())</div>
    </body></html>
    """
  }

  @Test("a consent dialog holding most of a short page's prose is still not content")
  func dialogOutweighsPost() {
    guard let record = record(page(), format: .html) else { return }
    #expect(record.text.contains("two vents on the back"))
    #expect(!record.text.contains("cookies"))
  }

  @Test("consent managers are recognised by their names")
  func managerNames() {
    for name in ["onetrust-consent-sdk", "CybotCookiebotDialog", "didomi-host", "usercentrics-root", "truste-consent-track", "qc-cmp2-container"] {
      #expect(RoleVocabulary.nameRoles(name).contains(.consent), "\(name)")
    }
  }

  @Test("a consent word in the page root's classes is the visitor's state, not a dialog")
  func bodyState() {
    guard let record = record(page(bodyClass: "single-post cookies-not-set"), format: .html) else { return }
    #expect(record.text.contains("two vents on the back"))
    #expect(!record.text.contains("cookies"))
  }
}
