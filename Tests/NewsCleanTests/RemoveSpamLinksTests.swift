import Testing
import LinkSense

@testable import NewsClean

@Suite struct RemoveSpamLinksTests {
  let stage = RemoveSpamLinks(config: CleanConfig())

  func run(_ blocks: [Block]) -> Page<Despammed>? {
    var input: Page<Deduplicated> = page([])
    input.blocks = blocks.enumerated().map { i, b in
      var b = b
      b.index = i
      return b
    }
    switch stage.process(input) {
    case .keep(let out): return out
    case .drop(let rejection):
      Issue.record("dropped: \(rejection.reason)")
      return nil
    }
  }

  @Test("a spliced spam URL is cut out and the sentence mended")
  func splicedURL() {
    let text = "Residents called it a social problem and https://casino-royal.test/join pledged to act."
    guard let out = run([block(text)]) else { return }
    #expect(out.blocks.map(\.text) == ["Residents called it a social problem and pledged to act."])
    #expect(out.spamLinks.map(\.url) == ["https://casino-royal.test/join"])
  }

  @Test("an obfuscated spliced URL is cut out and reported as it was written")
  func obfuscatedURL() {
    let text = "Residents called it a social problem and hxxp://casino-royal[.]xyz/join pledged to act."
    guard let out = run([block(text)]) else { return }
    #expect(out.blocks.map(\.text) == ["Residents called it a social problem and pledged to act."])
    #expect(out.spamLinks.map(\.url) == ["hxxp://casino-royal[.]xyz/join"])
    #expect(out.spamLinks.first?.reasons.contains { $0.signal == "obfuscated_url" } == true)
  }

  @Test("a cited source URL stays and is listed among the links")
  func citedSource() {
    let text = "Passenger numbers rose by a third. Source: https://stats.example/ferry-2023"
    guard let out = run([block(text)]) else { return }
    #expect(out.blocks.map(\.text) == [text])
    #expect(out.spamLinks.isEmpty)
    #expect(out.keptLinks == ["https://stats.example/ferry-2023"])
  }

  @Test("an injected keyword anchor goes with its text")
  func keywordAnchor() {
    let text = "Tickets can be bought at the kiosk best online casino near the pier."
    guard let out = run([block(text, links: [link("https://lucky-slots.test/", "best online casino")])]) else { return }
    #expect(out.blocks.map(\.text) == ["Tickets can be bought at the kiosk near the pier."])
    #expect(out.spamLinks.map(\.url) == ["https://lucky-slots.test/"])
  }

  @Test("a link over an article word loses the link and keeps its word")
  func hijackedWordKeepsWord() {
    let text = "Crews called the overhaul a long-awaited goal for the island route."
    guard let out = run([block(text, links: [link("https://cheap-pills.test/buy", "goal")])]) else { return }
    #expect(out.blocks.map(\.text) == [text])
    #expect(out.spamLinks.map(\.url) == ["https://cheap-pills.test/buy"])
  }

  @Test("an editorial link is kept")
  func editorialLink() {
    let text = "The port authority published the new timetable on Friday."
    guard let out = run([block(text, links: [link("https://port.example/timetable", "new timetable")])]) else { return }
    #expect(out.blocks.map(\.text) == [text])
    #expect(out.spamLinks.isEmpty)
    #expect(out.keptLinks == ["https://port.example/timetable"])
  }

  @Test("a link over a kanji word in Japanese prose keeps its word")
  func kanjiWordInJapanese() {
    let text = "みなと町商店街の夏祭りが、今年は二日間にわたって開かれることになりました。"
    guard let out = run([block(text, links: [link("https://minato.example/events", "商店街")])]) else { return }
    #expect(out.blocks.map(\.text) == [text])
    #expect(out.spamLinks.isEmpty)
  }

  @Test("each spam URL is reported once")
  func reportedOnce() {
    let a = "Residents called it a problem and https://casino-royal.test/join pledged to act."
    let b = "The mayor agreed and https://casino-royal.test/join promised a vote."
    guard let out = run([block(a), block(b)]) else { return }
    #expect(out.spamLinks.count == 1)
  }

  @Test("a page of nothing but spam links is refused")
  func onlySpam() {
    var input: Page<Deduplicated> = page(["https://casino-royal.test/join"])
    input.blocks[0].links = [link("https://casino-royal.test/join", "https://casino-royal.test/join")]
    guard case .drop(let rejection) = stage.process(input) else {
      Issue.record("a page of nothing but a spam URL was kept")
      return
    }
    #expect(rejection.reason == "empty-after-cleaning")
  }

  @Test("repair leaves no doubled space, no space before punctuation and no empty brackets")
  func repair() {
    let text = "The port (https://x.test/) said so , https://y.test/ today."
    let cuts = ["https://x.test/", "https://y.test/"].map { text.range(of: $0)! }
    #expect(RemoveSpamLinks.repair(text, removing: cuts) == "The port said so, today.")
  }

  @Test("link signal cache keys: equal keys hash alike, and one URL's anchors stay apart")
  func signalCacheKeys() throws {
    let urls = ["https://casino.example/win", "https://casino.example/win?x=1", "http://뉴스.example/기사", "https://a.example"]
    let anchors: [String?] = [nil, "", "best casino", "카지노 사이트", "e\u{301}", "\u{E9}"]
    var cache = URLSignalCache()
    var expected: [URLSignalCache.Key: Int] = [:]
    var n = 0
    for url in urls {
      let parsed = try #require(WebURL.parse(url))
      for anchor in anchors {
        let key = URLSignalCache.Key(url: parsed, anchorText: anchor)
        let again = URLSignalCache.Key(url: try #require(WebURL.parse(url)), anchorText: anchor.map { String($0) })
        #expect(key == again && key.hashValue == again.hashValue)
        if expected[key] == nil {
          expected[key] = n
          n += 1
        }
        cache.entries[key] = stage.scorer.raisingEvaluation(for: parsed, anchorText: anchor)
      }
    }
    // Canonically equal anchors (`e` with a combining accent and `é`) are one key, as before.
    #expect(expected.count == urls.count * (anchors.count - 1))
    #expect(cache.entries.count == expected.count)
  }

  @Test("the context signals' marks are what each signal's type says")
  func contextSignalMarks() {
    #expect(stage.contextVouches == stage.contextSignals.map { type(of: $0).onlyLowersScore })
  }
}
