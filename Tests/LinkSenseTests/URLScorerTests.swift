import Testing

@testable import LinkSense

@Suite struct URLScorerTests {
  @Test func theProjectExampleIsSpam() {
    let verdict = URLScorer().assess(WebURL.parse("https://hub420.shop/product/sunday-driver/")!, anchorText: nil)
    #expect(verdict.spam)
    #expect(Set(verdict.reasons.map(\.name)) == [AbusedTLD.name, CommercialPath.name])
  }

  @Test func ordinaryArticleLinksAreNot() {
    #expect(!isSpam("https://www.nytimes.com/2019/11/05/us/elections.html"))
    #expect(!isSpam("https://arxiv.org/abs/2507.07313"))
    #expect(!isSpam("https://www.amazon.com/gp/product/0486202410"))
  }

  @Test func contextSignalsAddUp() {
    let url = WebURL.parse("https://example.shop/")!
    let spliced = LinkSignal(name: "spliced-into-sentence", weight: 0.6, evidence: "URL between subject and verb")
    #expect(!URLScorer().assess(url, anchorText: nil).spam)
    #expect(URLScorer().assess(url, anchorText: nil, extraSignals: [spliced]).spam)
  }

  @Test func thresholdIsConfigurable() {
    #expect(isSpam("https://example.shop/", scorer: URLScorer(threshold: 0.5)))
  }

  /// The scorer marks its topic rules statically instead of casting; the marks must be exactly
  /// the rules the cast would find, in the same places.
  @Test func topicRulesAreTheOnesTheCastFinds() {
    let scorer = URLScorer()
    #expect(scorer.rules.count == scorer.topicRules.count)
    for (rule, topic) in zip(scorer.rules, scorer.topicRules) {
      #expect((rule as? any TopicSignal != nil) == (topic != nil))
      if let topic { #expect(type(of: topic) == type(of: rule)) }
    }
  }

  /// The scorer reads each rule's kind once; the marks must be what each rule's type says, in
  /// the same places and order.
  @Test func ruleMarksAreTheRulesOwn() {
    let scorer = URLScorer(lists: HostLists(blocked: ["blocked.example"], allowed: ["nytimes.com"]))
    let vouching = scorer.rules.map { type(of: $0).onlyLowersScore }
    #expect(scorer.vouches == vouching)
    #expect(scorer.raisingRules == scorer.rules.indices.filter { !vouching[$0] })
    #expect(scorer.vouchingRules == scorer.rules.indices.filter { vouching[$0] })
    #expect(scorer.isTopic == scorer.topicRules.map { $0 != nil })
  }
}
