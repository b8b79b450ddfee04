import LinkSense
import Testing

@testable import NewsClean

@Suite struct SameSiteLinkTests {
  let signal = SameSiteLink()

  func placement(site: String?) -> LinkPlacement {
    var p = LinkPlacement(text: "Existing user? Sign In", range: nil, anchorText: "Sign In", hidden: false, roles: [])
    p.siteDomain = site
    return p
  }

  @Test("a link to the page's own site weighs against spam")
  func ownSite() throws {
    let url = try #require(WebURL.parse("https://forum.marrowby.example/login/"))
    let hit = signal.evaluate(url, placement: placement(site: "marrowby.example"))
    #expect(hit?.weight == -1.5)
  }

  @Test("a link elsewhere, or on a page whose site is unknown, says nothing")
  func otherSite() throws {
    let url = try #require(WebURL.parse("https://shop.example/login/"))
    #expect(signal.evaluate(url, placement: placement(site: "marrowby.example")) == nil)
    #expect(signal.evaluate(url, placement: placement(site: nil)) == nil)
  }

  @Test("the site's domain is read from the navigation links when no canonical URL is given")
  func siteFromNavigation() {
    var nav = Block(text: "Home Forums Members", kind: .paragraph)
    nav.roles = [.navigation]
    nav.links = ["/", "https://www.marrowby.example/forums", "https://marrowby.example/members", "https://talk.marrowby.example/new"]
      .map { InlineLink(href: $0, text: "x", hidden: false, rel: "") }
    #expect(SiteDomain.of(canonical: nil, blocks: [nav]) == "marrowby.example")
    #expect(SiteDomain.of(canonical: "https://news.other.example/a", blocks: [nav]) == "other.example")
  }
}
