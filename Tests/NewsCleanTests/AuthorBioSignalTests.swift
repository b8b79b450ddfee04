import Testing

@testable import NewsClean

@Suite struct AuthorBioSignalTests {
  let signal = AuthorBioSignal()
  static let bio =
    "Autumn founded the studio in 2014 to share her love of travel. She leads retreats in Oregon and Patagonia, and writes about them here."
  static let bioGerman =
    "Anna schreibt seit 2018 für unser Magazin über Reisen und Gesundheit. Zuvor arbeitete sie als Redakteurin in Hamburg."

  @Test("sentences under an author-named element are the author's biography, in any language")
  func biographyUnderAuthorMarkup() {
    #expect(signal.claims(Self.bio, roles: [.byline]))
    #expect(signal.claims(Self.bioGerman, roles: [.byline, .aside]))
  }

  @Test("the same sentences elsewhere in the content are the article's")
  func proseElsewhereStays() {
    #expect(!signal.claims(Self.bio))
    #expect(!signal.claims(Self.bio, roles: [.caption]))
  }

  @Test("a byline's name, job title or single line is left to the other signals")
  func bylineFurnitureIsNotABiography() {
    #expect(!signal.claims("By Autumn Adams, November 4, 2025", roles: [.byline]))
    #expect(!signal.claims("Owner, Founder, & Retreat Leader at Ambuja Yoga", roles: [.byline]))
    #expect(!signal.matches(block("About the author: a short history of the studio and its founders, told.", kind: .heading), context: BlockContext(innerRoles: [.byline])))
  }

  /// The box's inner wrapper is named as text, which lifts the author name's weaker chrome role
  /// (page info) but not the byline role.
  @Test("an author box after the article text is not part of the article")
  func pageDropsAuthorBox() {
    let html = """
      <html><head><title>Travel insurance for retreats</title></head><body>
      <article><h1>Travel insurance for retreats</h1><div class="entry-content">
      <p>I get asked about retreat travel insurance a lot. Even if your host does not require it, I recommend that you buy a basic policy before you fly.</p>
      <p>Most policies cover a cancelled flight, a lost bag and a medical bill abroad. Compare two or three before you choose, and read what they exclude.</p>
      <p>Book the policy as soon as the retreat and the flight are booked: many policies only cover a trip bought within a few weeks of the first payment.</p>
      <div class="author"><div class="text"><p>\(Self.bio)</p></div></div>
      </div></article>
      </body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.text.contains("retreat travel insurance"))
    #expect(!record.text.contains("founded the studio"))
  }
}
