import Testing

@testable import NewsClean

@Suite struct SignatureLinkTests {
  let signal = SignatureLink()

  func placement(roles: MarkupRoles) -> LinkPlacement {
    LinkPlacement(text: "Visit my shop", range: nil, anchorText: "my shop", hidden: false, roles: roles)
  }

  @Test("a link in a post signature is suspect")
  func signature() {
    #expect(weight(signal, "https://garden-shop.test/", placement(roles: .signature)) == 0.8)
  }

  @Test("a link in the post body says nothing")
  func body() {
    #expect(weight(signal, "https://garden-shop.test/", placement(roles: .article)) == 0)
  }
}
