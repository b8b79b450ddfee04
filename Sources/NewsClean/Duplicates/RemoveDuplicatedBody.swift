import Foundation
import LinkSense

/// Removes a second copy of the body pasted into the same page and reports what it found.
///
/// Each block is reduced to a normalised form (compatibility-folded, lower-cased, punctuation and
/// spaces removed, so entity, width and spacing changes vanish) and cut into character shingles.
/// A block whose shingles are mostly covered by earlier blocks is a repeat. Repeats are removed
/// only where they run together into a copy of the body: a run of consecutive repeats (one
/// altered paragraph may interrupt it) at least half as long as the rest, or a quarter with two
/// different paragraphs, or a page that ends by starting its first paragraph over. One sentence
/// the article says twice, or a line a structured page repeats, therefore stays. When the later
/// copy of a block is the longer one (the first copy was cut short), its text replaces the
/// earlier one in place, so the most complete copy survives in reading order.
public struct RemoveDuplicatedBody: Stage {
  public static let name = "remove-duplicated-body"
  let config: CleanConfig
  /// Characters per shingle. Long enough that ordinary words do not collide, short enough for CJK.
  static let shingleLength = 8
  /// Share of a block's shingles that must already have been seen for it to count as a repeat.
  static let coverageThreshold = 0.8

  public init(config: CleanConfig) { self.config = config }

  public func process(_ page: Page<Stripped>) -> Verdict<Page<Deduplicated>> {
    var next: Page<Deduplicated> = page.advanced()
    let result = Self.deduplicate(page.blocks)
    var finding = WithinDocumentDuplicate()
    if result.isCopy {
      next.blocks = result.kept
      finding = WithinDocumentDuplicate(found: true, kind: result.kind, removedParagraphs: result.removedCount)
      for b in result.removed { next.removed.append(RemovedItem(kind: "duplicate-body", text: b.text)) }
      next.droppedCopies = result.removed
    }
    // A copy of the body in another container (a mobile or app version beside the main one).
    if !page.setAside.isEmpty {
      let seen = Set(next.blocks.flatMap { Self.shingles(Self.fold($0.text)) })
      let copies = page.setAside.filter { Self.coverage(Self.shingles(Self.fold($0.text)), by: seen) >= Self.coverageThreshold }
      let keptChars = next.blocks.reduce(0) { $0 + $1.text.count }
      let copyChars = copies.reduce(0) { $0 + $1.text.count }
      if copies.count >= 2 || (copies.count == 1 && copyChars * 2 >= keptChars) {
        finding.found = true
        finding.kind = finding.kind ?? "container"
        finding.removedParagraphs += copies.count
        for b in copies { next.removed.append(RemovedItem(kind: "duplicate-body", text: b.text)) }
        next.droppedCopies += copies
      }
      for b in page.setAside where !copies.contains(where: { $0.index == b.index }) {
        next.removed.append(RemovedItem(kind: BoilerplateKind.outsideContent.rawValue, text: b.text))
      }
      next.setAside = []
    }
    next.duplicate = finding
    return .keep(next)
  }

  struct Result {
    var kept: [Block]
    var removed: [Block]
    var isCopy: Bool
    var kind: String?
    var removedCount: Int { removed.count }
  }

  static func deduplicate(_ blocks: [Block]) -> Result {
    var seen = Set<UInt64>()
    var firstIndexOfShingle: [UInt64: Int] = [:]
    var kept: [Block] = []
    var removed: [Block] = []
    var exact = true
    var longerLater = false
    var keyOfKept: [String: Int] = [:]
    for block in blocks {
      let folded = fold(block.text)
      let grams = shingles(folded)
      if grams.isEmpty {
        kept.append(block)
        continue
      }
      let cover = coverage(grams, by: seen)
      if cover >= coverageThreshold, folded.count >= 6 {
        removed.append(block)
        if keyOfKept[folded] == nil { exact = false }
        continue
      }
      // The later block contains an earlier, shorter one: the earlier copy was cut short.
      if let earlierIndex = grams.compactMap({ firstIndexOfShingle[$0] }).min(),
        earlierIndex < kept.count, cover >= 0.5,
        fold(kept[earlierIndex].text).count < folded.count,
        folded.contains(fold(kept[earlierIndex].text))
      {
        removed.append(kept[earlierIndex])
        kept[earlierIndex] = block
        longerLater = true
        for g in grams where firstIndexOfShingle[g] == nil { firstIndexOfShingle[g] = earlierIndex }
        seen.formUnion(grams)
        exact = false
        continue
      }
      for g in grams where firstIndexOfShingle[g] == nil { firstIndexOfShingle[g] = kept.count }
      keyOfKept[folded] = kept.count
      seen.formUnion(grams)
      kept.append(block)
    }
    let keptChars = kept.reduce(0) { $0 + $1.text.count }
    // A copy cut short after its first paragraph: the page ends by starting the body over.
    let restartsAtEnd = removed.count == 1 && blocks.last.map { $0.index == removed[0].index } == true && kept.count >= 2
      && kept.first.map { first in
        // The whole first paragraph again, or a cut-off start of it; a complete sentence that
        // the article repeats at its end is the writer's choice and stays.
        fold(first.text) == fold(removed[0].text)
          || ((!endsLikeSentence(removed[0].text) || removed[0].text.hasSuffix("...") || removed[0].text.hasSuffix("…"))
            && coverage(shingles(fold(removed[0].text)), by: shingles(fold(first.text))) >= coverageThreshold)
      } == true
    // Repeats count as a pasted copy only where they run together: a second copy is a long
    // stretch of consecutive repeated paragraphs, while structured pages (recipes, plans,
    // tables) repeat single lines here and there, and those stay.
    let repeatedIndexes = Set(removed.map(\.index))
    // One altered paragraph inside a copy (an injected link, an edit) does not end its run.
    var runs: [[Block]] = []
    var current: [Block] = []
    var gap = 0
    for block in blocks {
      if repeatedIndexes.contains(block.index) {
        current.append(block)
        gap = 0
      } else if !fold(block.text).isEmpty {
        gap += 1
        if gap > 1 {
          if !current.isEmpty { runs.append(current) }
          current = []
        }
      }
    }
    if !current.isEmpty { runs.append(current) }
    let copies = runs.filter { run in
      let chars = run.reduce(0) { $0 + $1.text.count }
      // Several different paragraphs again, or one long one: a note repeated between timetable
      // lines is the same short text each time.
      let distinct = Set(run.map { fold($0.text) }).count
      return chars * 2 >= keptChars || (distinct >= 2 && chars * 4 >= keptChars)
    }
    guard !copies.isEmpty || restartsAtEnd || longerLater && removed.count >= 2 else {
      return Result(kept: blocks, removed: [], isCopy: false, kind: nil)
    }
    let kind = longerLater ? "truncated" : (exact ? "exact" : "near")
    if restartsAtEnd || (copies.count == runs.count) {
      return Result(kept: trimmingJoinedCopy(kept), removed: removed, isCopy: true, kind: kind)
    }
    // Keep the scattered repeats; remove only the runs that form a copy.
    let dropped = Set(copies.flatMap { $0.map(\.index) })
    let finalKept = blocks.filter { !dropped.contains($0.index) }
    return Result(
      kept: trimmingJoinedCopy(finalKept), removed: blocks.filter { dropped.contains($0.index) }, isCopy: true, kind: kind)
  }

  /// Where nothing separated the first copy's last paragraph from the second copy's first, they
  /// came out as one block ending with an earlier paragraph: that tail is the copy's start.
  static func trimmingJoinedCopy(_ kept: [Block]) -> [Block] {
    var out = kept
    for i in out.indices {
      for j in 0..<i where out[j].text.count >= 40 && out[i].text.count > out[j].text.count + 20 {
        if out[i].text.hasSuffix(out[j].text) {
          out[i].text = String(out[i].text.dropLast(out[j].text.count)).trimmingCharacters(in: "")
          break
        }
      }
    }
    return out
  }

  /// Compatibility-folds (full-width to ASCII), lower-cases, and keeps only letters and digits.
  static func fold(_ s: String) -> String {
    // URLs are left out: an injected link in one copy must not make it look like new text.
    // A line that is little more than its URL (`Source: https://…`) keeps it, or nothing is left.
    if s.containsBytes("://") || s.containsBytes("www.") {
      let text = s.split(separator: " ", omittingEmptySubsequences: false)
        .filter { !$0.contains("://") && !$0.hasPrefix("www.") }.joined(separator: " ")
      let folded = foldText(text)
      if folded.unicodeScalars.count >= 12 { return folded }
    }
    return foldText(s)
  }

  private static func foldText(_ s: String) -> String {
    // Compatibility folding (full-width to ASCII) is only needed outside ASCII.
    let ascii = s.utf8.allSatisfy { $0 < 0x80 }
    let folded = ascii ? s.lowercased() : s.precomposedStringWithCompatibilityMapping.lowercased()
    var out = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars where isAlphanumeric(scalar) {
      out.append(scalar)
    }
    return String(out)
  }

  /// Hashed character shingles (FNV-1a over the scalars of each window; only compared within
  /// one page, so a simple in-process hash is enough).
  static func shingles(_ folded: String) -> Set<UInt64> {
    let scalars = Array(folded.unicodeScalars.lazy.map(\.value))
    guard !scalars.isEmpty else { return [] }
    func hash(_ range: Range<Int>) -> UInt64 {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for i in range {
        h = (h ^ UInt64(scalars[i])) &* 0x0000_0100_0000_01B3
      }
      return h
    }
    if scalars.count <= shingleLength { return [hash(0..<scalars.count)] }
    var out = Set<UInt64>(minimumCapacity: scalars.count)
    for i in 0...(scalars.count - shingleLength) { out.insert(hash(i..<(i + shingleLength))) }
    return out
  }

  static func coverage(_ grams: Set<UInt64>, by seen: Set<UInt64>) -> Double {
    guard !grams.isEmpty else { return 0 }
    var hit = 0
    for g in grams where seen.contains(g) { hit += 1 }
    return Double(hit) / Double(grams.count)
  }
}
