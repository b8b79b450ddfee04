import Foundation
import TestSupport
import Testing

@testable import NewsClean

@Suite struct RemoveDuplicatedBodyTests {
  let stage = RemoveDuplicatedBody(config: CleanConfig())

  let first = "The harbour ferry resumed its crossings on Monday after three months in dry dock."
  let second = "Engineers replaced both propeller shafts and repainted the hull before the inspection."
  let third = "The first crossing of the day leaves the island pier at a quarter past six."

  func run(_ paragraphs: [String]) -> Page<Deduplicated>? {
    switch stage.process(page(paragraphs, at: Stripped.self)) {
    case .keep(let page): return page
    case .drop(let rejection):
      Issue.record("dropped: \(rejection.reason)")
      return nil
    }
  }

  /// A page whose blocks at `captions` positions carry the caption role.
  func runWithCaptions(_ paragraphs: [String], captions: Set<Int>) -> Page<Deduplicated>? {
    var input: Page<Stripped> = page(paragraphs)
    for i in captions { input.blocks[i].roles.insert(.caption) }
    switch stage.process(input) {
    case .keep(let page): return page
    case .drop(let rejection):
      Issue.record("dropped: \(rejection.reason)")
      return nil
    }
  }

  let caption = "A ferry leaves the island pier at dawn on Monday, the first crossing after three months in dry dock."

  @Test("a gallery's copies of a caption (in full, cut short, in a side panel) leave one caption")
  func galleryCaptionCopies() {
    let cut = "A ferry leaves the island pier at dawn on Monday, the first crossing after three months ... more"
    guard let out = runWithCaptions([caption, cut, caption, caption, first, second, third], captions: [0, 1, 2, 3]) else { return }
    #expect(out.blocks.map(\.text) == [caption, first, second, third])
    #expect(out.removed.map(\.kind) == ["duplicate-caption", "duplicate-caption", "duplicate-caption"])
    #expect(out.removed.map(\.text) == [cut, caption, caption])
    // The caption copies are no pasted body.
    #expect(!out.duplicate.found)
  }

  @Test("captions of different photos all stay")
  func differentCaptions() {
    let other = "Engineers inspect the repainted hull of the ferry in the dry dock before its return to service."
    guard let out = runWithCaptions([caption, first, other, second, third], captions: [0, 2]) else { return }
    #expect(out.blocks.map(\.text) == [caption, first, other, second, third])
    #expect(out.removed.isEmpty)
  }

  @Test("a short caption repeated under different photos stays")
  func shortRepeatedCaption() {
    let credit = "Photo: Harbour Trust"
    guard let out = runWithCaptions([credit, first, credit, second, third], captions: [0, 2]) else { return }
    #expect(out.blocks.map(\.text) == [credit, first, credit, second, third])
  }

  @Test("a body pasted twice keeps one copy")
  func pastedTwice() {
    guard let out = run([first, second, third, first, second, third]) else { return }
    #expect(out.blocks.map(\.text) == [first, second, third])
    #expect(out.duplicate == WithinDocumentDuplicate(found: true, kind: "exact", removedParagraphs: 3))
  }

  @Test("a copy glued to the last paragraph of the first copy is cut off that paragraph")
  func copyJoinedToLastParagraph() {
    // Nothing separated the end of the first copy from the start of the second.
    guard let out = run([first, second, third + " " + first, second, third]) else { return }
    #expect(out.blocks.map(\.text) == [first, second, third])
    #expect(out.duplicate.found)
  }

  @Test("the removed copy is kept for the audit trail")
  func auditTrail() {
    guard let out = run([first, second, first, second]) else { return }
    #expect(out.removed.map(\.kind) == ["duplicate-body", "duplicate-body"])
    #expect(out.removed.map(\.text) == [first, second])
  }

  @Test("a copy that differs in spacing, case and width is still a copy")
  func foldedCopy() {
    let shouted = "THE HARBOUR FERRY  resumed its crossings on Monday after three months in dry dock!"
    let wide = "Engineers replaced both propeller shafts and repainted the hull before the ｉｎｓｐｅｃｔｉｏｎ."
    guard let out = run([first, second, shouted, wide]) else { return }
    #expect(out.blocks.map(\.text) == [first, second])
    #expect(out.duplicate.found)
  }

  @Test("a copy with a word changed is a near copy")
  func nearCopy() {
    let edited = "The harbour ferry resumed its crossings on Monday after three months in the dry dock."
    guard let out = run([first, second, edited, second]) else { return }
    #expect(out.blocks.map(\.text) == [first, second])
    #expect(out.duplicate.kind == "near")
  }

  @Test("a URL injected into one copy does not make it new text")
  func injectedURLInCopy() {
    let spliced = "The harbour ferry resumed its crossings on Monday https://shop-deals.test/x after three months in dry dock."
    guard let out = run([first, second, spliced, second]) else { return }
    #expect(out.blocks.map(\.text) == [first, second])
    #expect(out.duplicate.found)
  }

  @Test("a legitimately repeated sentence survives")
  func repeatedSentenceSurvives() {
    let refrain = "We will not give up on this route."
    let body = [first, refrain, second, third, refrain, "Timetables for the summer will follow in May, the operator said."]
    guard let out = run(body) else { return }
    #expect(out.blocks.map(\.text) == body)
    #expect(out.duplicate == WithinDocumentDuplicate())
  }

  @Test("scattered repeated lines of a structured page stay")
  func structuredRepeats() {
    let body = [
      "Stir the sauce well.", "Step one: soften the onions in butter over a low heat for ten minutes.",
      "Step two: add the tomatoes and a pinch of salt, then simmer.", "Stir the sauce well.",
      "Step three: pour in the stock and let it reduce by half.", "Step four: season with pepper and a little sugar.",
      "Stir the sauce well.", "Step five: serve over pasta with grated cheese.",
    ]
    guard let out = run(body) else { return }
    #expect(out.blocks.map(\.text) == body)
    #expect(!out.duplicate.found)
  }

  @Test("a short note repeated between the entries of a timetable stays")
  func alternatingRepeats() {
    let body = [
      "Monday: first crossing 06:15, last crossing 21:40.", "Ticket office opens at six.",
      "Tuesday: first crossing 06:30, last crossing 22:10.", "Ticket office opens at six.",
      "Wednesday: first crossing 06:45, last crossing 20:55.", "Ticket office opens at six.",
    ]
    guard let out = run(body) else { return }
    #expect(out.blocks.map(\.text) == body)
    #expect(!out.duplicate.found)
  }

  @Test("when the first copy was cut short, the complete copy survives in its place")
  func truncatedFirstCopy() {
    let cut = "Engineers replaced both propeller shafts and repainted…"
    guard let out = run([first, cut, first, second]) else { return }
    #expect(out.blocks.map(\.text) == [first, second])
    #expect(out.duplicate.kind == "truncated")
  }

  @Test("a page that starts the body over at its end loses the restart")
  func restartAtEnd() {
    guard let out = run([first, second, third, first]) else { return }
    #expect(out.blocks.map(\.text) == [first, second, third])
    #expect(out.duplicate.found)
  }

  @Test("a page without repeats passes untouched")
  func noRepeats() {
    guard let out = run([first, second, third]) else { return }
    #expect(out.blocks.map(\.text) == [first, second, third])
    #expect(out.duplicate == WithinDocumentDuplicate())
    #expect(out.removed.isEmpty)
  }

  @Test("a pasted-twice Korean body keeps one copy")
  func korean() {
    let a = "구청은 다음 달부터 마을버스 3번과 5번 노선을 통합해 운행한다고 밝혔다."
    let b = "새 노선은 시장 입구와 구민회관을 거쳐 역 앞까지 이어지며, 배차 간격은 12분으로 줄어든다."
    guard let out = run([a, b, a, b]) else { return }
    #expect(out.blocks.map(\.text) == [a, b])
  }

  @Test("a page of near-identical sections (a plan per day) is structure, not a pasted copy")
  func repeatedSections() {
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    let sections = days.flatMap { day in
      ["Timetable for \(day)", first, second, third]
    }
    guard let out = run(sections) else { return }
    #expect(out.blocks.count == sections.count)
    #expect(!out.duplicate.found)
  }

  @Test("a body pasted three times keeps one copy")
  func pastedThreeTimes() {
    guard let out = run([first, second, third, first, second, third, first, second, third]) else { return }
    #expect(out.blocks.map(\.text) == [first, second, third])
  }

  @Test("a copy is exact when each removed paragraph folds to the text of an earlier paragraph, else near")
  func exactOrNearOnGeneratedPages() {
    let paragraphs = [
      first, second, third,
      "Tickets bought before the closure remain valid until the end of the year, the operator said.",
      "Passengers with bicycles should board through the rear ramp at the lower deck.",
      "서울시는 새로운 교통정책을 발표했다고 밝혔으며 자세한 내용은 다음 주에 공개할 예정이다.",
    ]
    // Variants that fold alike (case, spacing, punctuation) or nearly alike (one word changed).
    func variant(_ text: String, _ kind: UInt64) -> String {
      switch kind % 4 {
      case 0: return text
      case 1: return text.uppercased()
      case 2: return text.replacingOccurrences(of: " ", with: "  ") + "!"
      default: return text + " (updated)"
      }
    }
    var random = SplitMix64(seed: 0x6475_7073)
    var seen: Set<String> = []
    for _ in 0..<400 {
      let count = 3 + Int(random.next() % 4)
      let body = (0..<count).map { _ in paragraphs[Int(random.next() % UInt64(paragraphs.count))] }
      var texts = body
      for text in body where random.next() % 4 != 0 { texts.append(variant(text, random.next())) }
      let blocks = page(texts, at: Stripped.self).blocks
      let result = RemoveDuplicatedBody.deduplicate(blocks)
      guard result.isCopy, let kind = result.kind, kind != "truncated" else { continue }
      seen.insert(kind)
      let folded = blocks.map { RemoveDuplicatedBody.fold($0.text) }
      // Each removed paragraph, against the paragraphs before it that were not removed.
      let removed = Set(result.removed.map(\.index))
      let everyRepeatExact = blocks.indices.filter { removed.contains(blocks[$0].index) }.allSatisfy { i in
        (0..<i).contains { j in !removed.contains(blocks[j].index) && folded[j] == folded[i] }
      }
      #expect((kind == "exact") == everyRepeatExact, "\(texts)")
    }
    #expect(seen == ["exact", "near"])
  }
}
