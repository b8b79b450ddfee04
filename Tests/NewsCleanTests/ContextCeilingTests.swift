import Testing

import LinkSense
@testable import NewsClean

/// `RemoveSpamLinks` stops asking context signals once the rest could not make a link spam, so
/// each signal's `maxWeight` must bound what it gives, and the asking order must hold every
/// signal that can raise the score.
@Suite struct ContextCeilingTests {
  static let sentence = "Crews called the overhaul a long-awaited goal for the island route, officials said on Friday."
  static let korean = "정부는 이번 개편이 섬 노선의 오랜 목표였다고 금요일에 밝혔다 그리고 더 많은 내용이 있다."

  /// Placements that make each raising signal fire (and some that do not).
  static func placements() -> [(String, LinkPlacement)] {
    var cases: [(String, LinkPlacement)] = []
    let spliced = "https://shop.example/x"
    cases.append((spliced, placement("A social problem and \(spliced) pledged more help.", at: spliced)))
    cases.append((spliced, placement("It was a problem. \(spliced) Officials pledged more.", at: spliced)))
    cases.append(("https://pills-direct.test/buy", placement(sentence, at: "goal", anchor: true)))
    cases.append(("https://pills-direct.test/buy", placement(sentence, at: "goal", anchor: true, hidden: true, camouflaged: true)))
    cases.append(("https://casino.example/", placement("Read about the best online casino deals for the island route today.", at: "best online casino", anchor: true)))
    cases.append(("https://casino.example/", placement(korean + " Cheap pills here", at: "Cheap pills here", anchor: true)))
    cases.append(("https://x.example/", placement("The island route opened 카지노사이트 this year with great fanfare and more.", at: "카지노사이트", anchor: true)))
    var signature = placement(sentence, at: "island", anchor: true)
    signature.roles = [.signature]
    cases.append(("https://x.example/", signature))
    return cases
  }

  @Test func noSignalGivesMoreThanItsCeiling() {
    let stage = RemoveSpamLinks(config: CleanConfig())
    var fired = Set<String>()
    for (url, placement) in Self.placements() {
      for signal in stage.contextSignals where !type(of: signal).onlyLowersScore {
        guard let found = signal.evaluate(WebURL.parse(url)!, placement: placement) else { continue }
        fired.insert(type(of: signal).name)
        #expect(found.weight <= type(of: signal).maxWeight, "\(type(of: signal).name) \(url)")
      }
    }
    // Every raising signal was seen firing, so each ceiling was checked against a real weight.
    let raising = stage.contextSignals.filter { !type(of: $0).onlyLowersScore }.map { type(of: $0).name }
    #expect(Set(raising) == fired)
  }

  @Test func theAskingOrderHoldsEveryRaisingSignalOnce() {
    let stage = RemoveSpamLinks(config: CleanConfig())
    let raising = stage.contextSignals.indices.filter { !stage.contextVouches[$0] }
    #expect(stage.raisingOrder.sorted() == raising)
    #expect(stage.raisingOrder.map { type(of: stage.contextSignals[$0]).name } == RemoveSpamLinks.askingOrder)
    #expect(stage.ceilings.count == stage.raisingOrder.count + 1 && stage.ceilings.last == 0)
    for k in stage.raisingOrder.indices {
      let rest = stage.raisingOrder[k...].reduce(0) { $0 + type(of: stage.contextSignals[$1]).maxWeight }
      #expect(abs(stage.ceilings[k] - rest) < 1e-9)
    }
  }
}
