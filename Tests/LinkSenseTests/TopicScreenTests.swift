import Foundation
import Testing

@testable import LinkSense
import TestSupport

/// `TopicScreen` only skips searches that would find nothing: every topic matcher must answer
/// with the screen as it answers without it.
@Suite struct TopicScreenTests {
  /// Hosts, paths, queries and anchors meant to trip the byte reading: terms glued, cut, split by
  /// hyphens, dots, digits, `+` and escapes, capitals, topic TLDs, suffix labels, CR and
  /// non-ASCII text.
  static let hosts = [
    "example.com", "www.casino.com", "casi-no.example", "lokicasinolink8.net", "roo-bet.io", "hellspin.com", "betfury.io",
    "alphabet.com", "1xbet.com", "bet365.com", "casino365.example", "win.bet", "poker.casino", "buy-cheap-pills.shop",
    "pay-day.loans", "sex.com", "sussex.ac.uk", "arxiv.org", "rx-pharmacy.net", "news.example.co.kr", "192.168.0.1",
    "xxx.example", "pharmacy-online-canada.com", "카지노.kr", "bücher.example", "CASINO.EXAMPLE", "a.b.c.blogspot.com",
    "slotslots.example", "timeslot.example", "sportsbet.io",
  ]
  static let paths = [
    "", "/", "/casino", "/Casino-Royal", "/ca%73ino", "/%EC%B9%B4%EC%A7%80%EB%85%B8", "/buy-viagra/", "/a%20b/c",
    "/20bet8/x", "/poker_online", "/news/2019/11/bets-on-electric.html", "/pay%2Dday", "/x\r\n/casino", "/é/porn",
    "/slot-gacor", "/onlinepills", "/a/b/c/d", "/%", "/%zz",
  ]
  static let queries = ["", "ref=casino", "q=online+casino", "q=cheap%20viagra", "id=12&x=payday", "a=b+c", "bet"]
  static let anchors: [String?] = [
    nil, "", "read more", "best online casino", "Buy VIAGRA now", "casi no", "바카라 사이트", "20bet", "porn\r\nsite",
    "payday loans", "Sportsbook", "hook-up", "the article", "https://casino.example/", "x",
  ]

  static func urls() -> [WebURL] {
    var urls: [WebURL] = []
    for (h, host) in hosts.enumerated() {
      for (p, path) in paths.enumerated() where (h + p) % 3 == 0 || path.isEmpty {
        let query = queries[(h * 7 + p) % queries.count]
        if let url = WebURL.parse("http://\(host)\(path)" + (query.isEmpty ? "" : "?\(query)")) { urls.append(url) }
      }
    }
    return urls
  }

  @Test func screenedMatchersAnswerAsUnscreenedOnes() {
    for url in Self.urls() {
      for anchor in Self.anchors {
        let words = URLWords(url, anchorText: anchor)
        for topic in Topic.allCases {
          let screened = TopicMatcher(topic: topic).evaluate(url, words: words)
          let reference = TopicMatcher(lexicon: topic.lexicon).evaluate(url, words: words)
          #expect(screened?.weight == reference?.weight && screened?.evidence == reference?.evidence, "\(topic) \(url.original) \(anchor.debugDescription)")
          // A topic the screen rules out everywhere finds nothing.
          if !words.screen.mayMatch(topic) { #expect(reference == nil, "\(topic) \(url.original) \(anchor.debugDescription)") }
        }
      }
    }
  }

  /// Each part's bits alone: a part ruled out for a topic has no match of that topic.
  @Test func aRuledOutPartHasNoMatch() {
    for url in Self.urls() {
      for anchor in Self.anchors {
        let words = URLWords(url, anchorText: anchor)
        for topic in Topic.allCases where words.screen.host & topic.bit == 0 || words.screen.path & topic.bit == 0 || words.screen.anchor & topic.bit == 0 {
          let lexicon = topic.lexicon
          if words.screen.host & topic.bit == 0 {
            let tokens = words.hostTokens + (lexicon.wordWeight(words.tld) != nil ? [words.tld] : [])
            #expect(lexicon.bestMatch(tokens: tokens, compounds: words.hostCompounds, text: url.host) == nil, "\(topic) \(url.original)")
          }
          if words.screen.path & topic.bit == 0 {
            #expect(lexicon.bestMatch(tokens: words.pathTokens, text: words.pathText) == nil, "\(topic) \(url.original)")
          }
          if words.screen.anchor & topic.bit == 0 {
            #expect(lexicon.bestMatch(tokens: words.anchorTokens, text: words.anchorText) == nil, "\(topic) \(anchor.debugDescription)")
          }
        }
      }
    }
  }

  /// Generated hosts and anchors glued from the vocabularies' own terms, cut and joined with
  /// separators, digits and capitals.
  @Test func generatedTextIsScreenedSafely() {
    var rng = SplitMix64(seed: 0x70_91C5)
    let terms = Topic.allCases.flatMap { t in
      Array(t.lexicon.words.keys) + Array(t.lexicon.stems.keys) + Array(t.lexicon.prefixes.keys) + Array(t.lexicon.suffixes.keys)
    }.sorted()
    let glue = ["-", ".", "", "", "8", "x", "+", "_", "A", "%41"]
    func piece() -> String {
      let term = terms[Int(rng.next() % UInt64(terms.count))]
      let cut = Int(rng.next() % 3)
      let text = cut == 0 ? String(term.dropLast(1)) : cut == 1 ? String(term.dropFirst(1)) : term
      return rng.next() % 4 == 0 ? text.uppercased() : text
    }
    for _ in 0..<1500 {
      var label = ""
      for _ in 0..<(1 + Int(rng.next() % 3)) { label += piece() + glue[Int(rng.next() % UInt64(glue.count))] }
      let host = label.filter { $0 != "%" && $0 != "+" && $0 != "_" }.trimmingCharacters(in: CharacterSet(charactersIn: ".-")) + ".com"
      guard let url = WebURL.parse("http://\(host)/\(label)?q=\(piece())+\(piece())") else { continue }
      let anchor = piece() + " " + piece()
      let words = URLWords(url, anchorText: anchor)
      for topic in Topic.allCases {
        let screened = TopicMatcher(topic: topic).evaluate(url, words: words)
        let reference = TopicMatcher(lexicon: topic.lexicon).evaluate(url, words: words)
        #expect(screened?.weight == reference?.weight && screened?.evidence == reference?.evidence, "\(topic) \(url.original) \(anchor)")
      }
    }
  }

  /// The scorer skips the topic rules for a link their screens rule out; its signals stay those
  /// of every rule asked in turn without a screen.
  @Test func scorerSignalsAreTheUnscreenedOnes() {
    let scorer = URLScorer()
    for url in Self.urls() {
      for anchor in Self.anchors {
        let words = URLWords(url, anchorText: anchor, screen: TopicScreen(host: 0xFF, path: 0xFF, anchor: 0xFF))
        let reference = scorer.rules.compactMap { rule -> LinkSignal? in
          guard let topic = rule as? any TopicSignal else { return rule.evaluate(url, anchorText: anchor) }
          return TopicMatcher(lexicon: topic.topic.lexicon).evaluate(url, words: words).map {
            LinkSignal(name: type(of: rule).name, weight: $0.weight, evidence: $0.evidence)
          }
        }
        #expect(scorer.signals(for: url, anchorText: anchor) == reference, "\(url.original) \(anchor.debugDescription)")
      }
    }
  }

  /// The prepared neutral URL answers a bare anchor as the unprepared first hit does.
  @Test func preparedURLAnswersAsFirstHit() {
    let url = WebURL.parse("http://a.invalid/")!
    let prepared = TopicVocabularies.PreparedURL(url)
    for anchor in Self.anchors {
      #expect(prepared.firstHit(anchorText: anchor) == TopicVocabularies.firstHit(url, anchorText: anchor), "\(anchor.debugDescription)")
    }
  }

  /// The anchor bits a link's evaluation read answer for the prepared URL as reading them anew.
  @Test func evaluationAnchorBitsAreTheAnchorScreen() {
    let prepared = TopicVocabularies.PreparedURL(WebURL.parse("http://a.invalid/")!)
    let scorer = URLScorer()
    for url in Self.urls().prefix(40) {
      for anchor in Self.anchors {
        let bits = scorer.raisingEvaluation(for: url, anchorText: anchor).anchorTopics
        #expect(bits == TopicIndex.shared.textBits(anchor ?? ""), "\(anchor.debugDescription)")
        #expect(prepared.firstHit(anchorText: anchor, anchorTopics: bits) == prepared.firstHit(anchorText: anchor), "\(anchor.debugDescription)")
      }
    }
  }

  /// Each topic signal names the vocabulary it matches.
  @Test func signalsNameTheirTopic() {
    #expect(GamblingVocabulary().topic.lexicon.words == GamblingVocabulary.lexicon.words)
    #expect(PharmaVocabulary().topic.lexicon.words == PharmaVocabulary.lexicon.words)
    #expect(LoanScamVocabulary().topic.lexicon.words == LoanScamVocabulary.lexicon.words)
    #expect(AdultVocabulary().topic.lexicon.words == AdultVocabulary.lexicon.words)
  }
}
