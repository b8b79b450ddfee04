import Foundation
import Testing

@testable import LinkSense

@Suite struct HostListsTests {
  let lists = HostLists(blocked: ["spam.tumblr.com", "Bad.Example."], allowed: ["hub420.shop"])

  @Test func blocklistIsExactHostAndDecisive() {
    let scorer = URLScorer(lists: lists)
    #expect(isSpam("https://bad.example/x", scorer: scorer))
    #expect(isSpam("https://spam.tumblr.com/post/1", scorer: scorer))
    #expect(!isSpam("https://www.tumblr.com/", scorer: scorer))
    #expect(weight(BlocklistHit(lists: lists), "https://bad.example/") >= 10)
  }

  @Test func allowlistForcesNotSpam() {
    let scorer = URLScorer(lists: lists)
    #expect(isSpam("https://hub420.shop/product/x/"))
    #expect(!isSpam("https://hub420.shop/product/x/", scorer: scorer))
    #expect(weight(AllowlistHit(lists: lists), "https://hub420.shop/") < 0)
  }

  @Test func parsesListFilesWithComments() throws {
    let text = "# comment\nexample.com\n\n0.0.0.0 hosts-style.example # trailing\n"
    #expect(HostLists.parse(text) == ["example.com", "hosts-style.example"])
    let path = NSTemporaryDirectory() + "linksense-block-\(UUID().uuidString).txt"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let loaded = try HostLists.load(blocklist: path, allowlist: nil)
    #expect(loaded.blocked.contains("example.com") && loaded.allowed.isEmpty)
  }
}
