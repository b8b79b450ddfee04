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
    var pageScratch = DuplicateScratch.take()
    defer { DuplicateScratch.give(pageScratch) }
    var blocks = page.blocks
    var prints = blocks.map { Fingerprint($0.text) }
    let captionCopies = Self.repeatedCaptions(blocks, prints: prints)
    // (Most pages have no copy: their blocks and prints are not copied again.)
    if !captionCopies.isEmpty {
      // In reading order (a set has none, and the output must be the same from run to run).
      for position in captionCopies.sorted() { next.removed.append(RemovedItem(kind: "duplicate-caption", text: blocks[position].text)) }
      blocks = blocks.indices.filter { !captionCopies.contains($0) }.map { blocks[$0] }
      prints = prints.indices.filter { !captionCopies.contains($0) }.map { prints[$0] }
      next.blocks = blocks
    }
    let result = Self.deduplicate(blocks, prints: prints, scratch: &pageScratch)
    var finding = WithinDocumentDuplicate()
    if result.isCopy {
      next.blocks = result.kept
      finding = WithinDocumentDuplicate(found: true, kind: result.kind, removedParagraphs: result.removedCount)
      for b in result.removed { next.removed.append(RemovedItem(kind: "duplicate-body", text: b.text)) }
      next.droppedCopies = result.removed
    }
    // A copy of the body in another container (a mobile or app version beside the main one).
    if !page.setAside.isEmpty {
      // Unless a copy was removed, the kept blocks are the page's blocks, already folded.
      let keptFolded = result.isCopy ? next.blocks.map { Self.fold($0.text) } : prints.map(\.folded)
      // The table `deduplicate` is done with serves again, its shingles read off the folded
      // texts as there: the kept blocks' stored, each set-aside block's looked up (stored and
      // taken out again).
      pageScratch.index.reset(expected: keptFolded.reduce(0) { $0 + $1.utf8.count })
      for folded in keptFolded {
        _ = pageScratch.index.coverAndInsertShingles(
          of: folded, value: 0, slots: &pageScratch.slots, marks: &pageScratch.marks, scalars: &pageScratch.scalars)
      }
      let copies = page.setAside.filter {
        let (cover, _, added) = pageScratch.index.coverAndInsertShingles(
          of: Self.fold($0.text), value: 0, slots: &pageScratch.slots, marks: &pageScratch.marks, scalars: &pageScratch.scalars)
        pageScratch.index.retract(pageScratch.slots, added: added)
        return cover >= Self.coverageThreshold
      }
      let keptChars = next.blocks.reduce(0) { $0 + characterCount($1.text) }
      let copyChars = copies.reduce(0) { $0 + characterCount($1.text) }
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

  /// Positions of the captions that repeat an earlier caption (most of their shingles seen in
  /// captions before).
  ///
  /// A photo gallery prints each caption several times in its visible markup: in full, cut short
  /// for the thumbnail strip (`… more`), and again in a caption panel beside the slides. Those
  /// copies are removed on their own, whatever the run rule of `deduplicate` says: that rule
  /// keeps single repeated lines because structured pages (plans, recipes, timetables) repeat
  /// them on purpose, and those lines are no captions. Only captions are read: most pages have
  /// none, and the others few.
  static func repeatedCaptions(_ blocks: [Block], prints: [Fingerprint]) -> Set<Int> {
    var seen = Set<UInt64>()
    var copies = Set<Int>()
    // By index: iterating the array copied every block to read its roles.
    for position in blocks.indices where blocks[position].roles.contains(.caption) {
      let grams = shingleList(prints[position].folded)
      // A short caption (a credit, a place name) may well repeat for different photos.
      if prints[position].characters >= minimumCaptionCharacters, coverage(Set(grams), by: seen) >= coverageThreshold {
        copies.insert(position)
      } else {
        seen.formUnion(grams)
      }
    }
    return copies
  }

  /// Folded characters a caption needs before a repeat of it counts as a copy.
  static let minimumCaptionCharacters = 40

  struct Result {
    var kept: [Block]
    var removed: [Block]
    var isCopy: Bool
    var kind: String?
    var removedCount: Int { removed.count }
  }

  /// A block's folded text, computed once per block: the comparison reads it several times
  /// (coverage, containment, runs), and folding dominates its cost. Its shingles are read off
  /// it where needed (`ShingleIndex.coverAndInsertShingles`, `shingleList`).
  struct Fingerprint {
    let folded: String

    init(_ text: String) {
      folded = RemoveDuplicatedBody.fold(text)
    }

    /// `folded.count`, without grapheme breaking where the folded text is ASCII.
    var characters: Int { characterCount(folded) }
  }

  static func deduplicate(_ blocks: [Block]) -> Result {
    var scratch = DuplicateScratch()
    return deduplicate(blocks, prints: blocks.map { Fingerprint($0.text) }, scratch: &scratch)
  }

  /// `prints[i]` is the fingerprint of `blocks[i]`; `scratch.index` and `scratch.slots` serve
  /// as the tables below.
  static func deduplicate(_ blocks: [Block], prints: [Fingerprint], scratch: inout DuplicateScratch) -> Result {
    // Shingle → position in `kept` of the first kept block that had it; its keys are the
    // shingles seen so far.
    // A text has no more shingles than UTF-8 bytes.
    scratch.index.reset(expected: prints.reduce(0) { $0 + $1.folded.utf8.count })
    var kept: [Block] = []
    var keptFolded: [String] = []
    var removed: [Block] = []
    var exact = true
    var longerLater = false
    // Whether each repeat is word for word a block kept before it (then the copy is exact):
    // answered only for a page that turns out to hold a copy, most have none. `appended` holds
    // the folded text of each block appended to `kept`, in order; `repeats` each repeat's
    // folded text with the number of blocks appended before it.
    var appended: [String] = []
    var repeats: [(folded: String, appendedBefore: Int)] = []
    for (position, block) in blocks.enumerated() {
      let print = prints[position]
      let folded = print.folded
      // No shingles (`shingleList` is empty exactly for an empty text).
      if folded.isEmpty {
        kept.append(block)
        keptFolded.append(folded)
        continue
      }
      // The block's new shingles are stored as it would be kept (most blocks are), in the
      // probes that find its coverage, and taken out again or given another value otherwise.
      let (cover, minimum, added) = scratch.index.coverAndInsertShingles(
        of: folded, value: kept.count, slots: &scratch.slots, marks: &scratch.marks, scalars: &scratch.scalars)
      if cover >= coverageThreshold, print.characters >= 6 {
        scratch.index.retract(scratch.slots, added: added)
        removed.append(block)
        repeats.append((folded, appended.count))
        continue
      }
      // The later block contains an earlier, shorter one: the earlier copy was cut short.
      // (Coverage first: most blocks share nothing, and then the earlier block is not looked up.)
      if cover >= 0.5, let earlierIndex = minimum,
        earlierIndex < kept.count,
        characterCount(keptFolded[earlierIndex]) < print.characters,
        folded.contains(keptFolded[earlierIndex])
      {
        removed.append(kept[earlierIndex])
        kept[earlierIndex] = block
        keptFolded[earlierIndex] = folded
        longerLater = true
        scratch.index.revalue(scratch.slots, added: added, to: earlierIndex)
        exact = false
        continue
      }
      appended.append(folded)
      kept.append(block)
      keptFolded.append(folded)
    }
    // Nothing repeated: neither a run of repeats nor a restart nor a longer later copy.
    guard !removed.isEmpty else { return Result(kept: blocks, removed: [], isCopy: false, kind: nil) }
    let keptChars = kept.reduce(0) { $0 + characterCount($1.text) }
    // A copy cut short after its first paragraph: the page ends by starting the body over.
    let restartsAtEnd = removed.count == 1 && blocks.last.map { $0.index == removed[0].index } == true && kept.count >= 2
      && {
        // The whole first paragraph again, or a cut-off start of it; a complete sentence that
        // the article repeats at its end is the writer's choice and stays.
        let first = keptFolded[0]
        let again = prints[blocks.count - 1]
        guard first != again.folded else { return true }
        guard !endsLikeSentence(removed[0].text) || removed[0].text.hasSuffix("...") || removed[0].text.hasSuffix("…")
        else { return false }
        var firstShingles = ShingleIndex()
        firstShingles.insert(shingleList(first), value: 0)
        return firstShingles.coverage(of: shingleList(again.folded)) >= coverageThreshold
      }()
    // Repeats count as a pasted copy only where they run together: a second copy is a long
    // stretch of consecutive repeated paragraphs, while structured pages (recipes, plans,
    // tables) repeat single lines here and there, and those stay.
    let repeatedIndexes = Set(removed.map(\.index))
    // One altered paragraph inside a copy (an injected link, an edit) does not end its run.
    // Runs hold positions in `blocks`.
    var runs: [[Int]] = []
    var current: [Int] = []
    var gap = 0
    for (position, block) in blocks.enumerated() {
      if repeatedIndexes.contains(block.index) {
        current.append(position)
        gap = 0
      } else if !prints[position].folded.isEmpty {
        gap += 1
        if gap > 1 {
          if !current.isEmpty { runs.append(current) }
          current = []
        }
      }
    }
    if !current.isEmpty { runs.append(current) }
    var copiedChars = 0
    var longestCopy = 0
    let copies = runs.filter { run in
      let chars = run.reduce(0) { $0 + characterCount(blocks[$1].text) }
      // Several different paragraphs again, or one long one: a note repeated between timetable
      // lines is the same short text each time.
      let distinct = Set(run.map { prints[$0].folded }).count
      let isCopy = chars * 2 >= keptChars || (distinct >= 2 && chars * 4 >= keptChars)
      if isCopy {
        copiedChars += chars
        longestCopy = max(longestCopy, chars)
      }
      return isCopy
    }
    // A page made of many near-identical sections (a meal plan for each of six diets, a
    // timetable per day) repeats far more text than it says once: in separate parts, or one
    // paragraph four times and more. A pasted body repeats the whole of what it says, once (or
    // twice, each copy whole).
    if copiedChars * 2 > keptChars * 3, !restartsAtEnd,
      longestCopy * 10 < keptChars * 9 || Self.mostRepeats(removed, prints: prints, of: blocks) >= 4
    {
      return Result(kept: blocks, removed: [], isCopy: false, kind: nil)
    }
    guard !copies.isEmpty || restartsAtEnd || longerLater && removed.count >= 2 else {
      return Result(kept: blocks, removed: [], isCopy: false, kind: nil)
    }
    if exact && !longerLater {
      // A repeat is exact when its folded text is that of a block appended before it.
      var earlier = Set<String>()
      var added = 0
      for repeated in repeats {
        while added < repeated.appendedBefore {
          earlier.insert(appended[added])
          added += 1
        }
        if !earlier.contains(repeated.folded) {
          exact = false
          break
        }
      }
    }
    let kind = longerLater ? "truncated" : (exact ? "exact" : "near")
    if restartsAtEnd || (copies.count == runs.count) {
      return Result(kept: trimmingJoinedCopy(kept), removed: removed, isCopy: true, kind: kind)
    }
    // Keep the scattered repeats; remove only the runs that form a copy.
    let dropped = Set(copies.flatMap { $0.map { blocks[$0].index } })
    let finalKept = blocks.filter { !dropped.contains($0.index) }
    return Result(
      kept: trimmingJoinedCopy(finalKept), removed: blocks.filter { dropped.contains($0.index) }, isCopy: true, kind: kind)
  }

  /// How often the most repeated of the `removed` paragraphs occurs on the page (folded text,
  /// paragraphs of at least 20 characters).
  static func mostRepeats(_ removed: [Block], prints: [Fingerprint], of blocks: [Block]) -> Int {
    var occurrences: [String: Int] = [:]
    for print in prints where print.characters >= 20 { occurrences[print.folded, default: 0] += 1 }
    let removedIndexes = Set(removed.map(\.index))
    var most = 0
    for (position, block) in blocks.enumerated() where removedIndexes.contains(block.index) {
      most = max(most, occurrences[prints[position].folded] ?? 0)
    }
    return most
  }

  /// Where nothing separated the first copy's last paragraph from the second copy's first, they
  /// came out as one block ending with an earlier paragraph: that tail is the copy's start.
  static func trimmingJoinedCopy(_ kept: [Block]) -> [Block] {
    var out = kept
    // Character counts, kept current as blocks are trimmed (counting is the costly part).
    var counts = out.map { characterCount($0.text) }
    // The earlier blocks a block may end with (40 characters or more), found without comparing
    // every pair: a page of ten thousand blocks (a long index) took seconds that way. A plain
    // block (see `isPlain`) ends with a plain one exactly when its bytes end with that one's
    // bytes, so those are filed by their last bytes; the others are compared with every block.
    var plainByTail: [[UInt8]: [Int]] = [:]
    var others: [Int] = []
    for i in out.indices {
      let candidates: [Int]
      if isPlain(out[i].text) {
        let filed = plainByTail[Self.tail(out[i].text)] ?? []
        candidates = others.isEmpty ? filed : (filed + others).sorted()
      } else {
        candidates = (0..<i).filter { counts[$0] >= 40 }
      }
      for j in candidates where counts[j] >= 40 && counts[i] > counts[j] + 20 {
        if out[i].text.hasSuffix(out[j].text) {
          out[i].text = String(out[i].text.dropLast(counts[j])).trimmingCharacters(in: "")
          counts[i] = characterCount(out[i].text)
          break
        }
      }
      guard counts[i] >= 40 else { continue }
      if isPlain(out[i].text) { plainByTail[Self.tail(out[i].text), default: []].append(i) } else { others.append(i) }
    }
    return out
  }

  /// The last bytes of `text` that file a block for `trimmingJoinedCopy` (a block of 40
  /// characters has at least as many bytes).
  static func tail(_ text: String) -> [UInt8] { Array(text.utf8.suffix(32)) }

  /// `trimmingJoinedCopy` comparing every pair of blocks (the reference of the filed reading).
  static func trimmingJoinedCopyByPairs(_ kept: [Block]) -> [Block] {
    var out = kept
    var counts = out.map { characterCount($0.text) }
    for i in out.indices {
      for j in 0..<i where counts[j] >= 40 && counts[i] > counts[j] + 20 {
        if out[i].text.hasSuffix(out[j].text) {
          out[i].text = String(out[i].text.dropLast(counts[j])).trimmingCharacters(in: "")
          counts[i] = characterCount(out[i].text)
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
    // Plain text (ASCII, perhaps with curly quotes and dashes), Latin-1, Hangul and CJK text
    // fold scalar by scalar in one pass over the bytes; the rest needs Foundation.
    if let folded = foldSimple(s) { return folded }
    return foldGeneral(s)
  }

  /// The general `foldText`: compatibility folding (full-width to ASCII) and lower-casing of
  /// the whole string, then its letters and digits.
  static func foldGeneral(_ s: String) -> String {
    let folded = s.precomposedStringWithCompatibilityMapping.lowercased()
    var out: [UInt8] = []
    out.reserveCapacity(folded.utf8.count)
    for scalar in folded.unicodeScalars where isAlphanumeric(scalar) {
      out.append(contentsOf: UTF8.encode(scalar)!)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `foldGeneral` for text made only of ASCII, Latin-1 (its spacing accents excepted), typographic
  /// punctuation (`isPlainText`), Hangul syllables, CJK unified ideographs, kana, the CJK space
  /// and full stops, and zero-width spaces; else nil.
  ///
  /// Each of those scalars is unchanged by compatibility folding and by lower-casing except the
  /// ASCII and Latin-1 capitals (lowered), the punctuation (which folds to no letter or digit), and
  /// the Latin-1 ordinals, superscripts, fractions and micro sign (which fold to letters and
  /// digits that neither compose nor change case: `½` is `12` once folded), and none of
  /// them combines with a neighbour under composition: no combining mark, conjoining jamo or
  /// voicing mark (U+3099–309C) is among them. So the scalars can be folded one at a time, and
  /// Korean, Chinese and Japanese posts skip Foundation's normalisation of the whole string.
  static func foldSimple(_ s: String) -> String? {
    var s = s
    return asciiFoldTable.withUnsafeBufferPointer { asciiTable in s.withUTF8 { bytes -> String? in
      // No scalar folds to more bytes than it has, so the input's length bounds the output's.
      var simple = true
      let folded = String(unsafeUninitializedCapacity: bytes.count) { out in
        var k = 0
        var i = 0
        while i < bytes.count {
          let b = bytes[i]
          if b < 0x80 {
            // Without a branch on the byte: its folded form (0 for what is dropped) is written
            // in any case, and kept by advancing past it only when it is not 0. The write stays
            // inside the buffer: k <= i < bytes.count.
            let f = asciiTable[Int(b)]
            out[k] = f
            k &+= f == 0 ? 0 : 1
            i += 1
            continue
          }
          if b == 0xC2 || b == 0xC3 {
            // Latin-1 (U+0080–00FF): the letters of Western European text, and the symbols
            // that neither fold nor are letters or digits.
            let second = bytes[i + 1]
            let v = UInt32(b & 0x1F) << 6 | UInt32(second & 0x3F)
            switch v {
            case 0xC0...0xD6, 0xD8...0xDE:
              // Capitals: lower-cased by adding 0x20, which stays within the second byte.
              out[k] = b
              out[k + 1] = second + 0x20
              k += 2
            case 0xDF...0xF6, 0xF8...0xFF:
              out[k] = b
              out[k + 1] = second
              k += 2
            case 0xA0...0xA7, 0xA9, 0xAB...0xAE, 0xB0, 0xB1, 0xB6, 0xB7, 0xBB, 0xBF, 0xD7, 0xF7:
              // The no-break space (which folds to a space) and symbols: no letter or digit.
              break
            case 0xB2, 0xB3, 0xB9:
              // Superscript two, three and one fold to their digits.
              out[k] = v == 0xB9 ? 0x31 : UInt8(0x30 + (v & 0x0F))
              k += 1
            case 0xBC...0xBE:
              // `¼`, `½`, `¾` fold to digit, fraction slash (no letter or digit), digit.
              out[k] = v == 0xBE ? 0x33 : 0x31
              out[k + 1] = v == 0xBC ? 0x34 : v == 0xBD ? 0x32 : 0x34
              k += 2
            case 0xAA, 0xBA:
              // The ordinal indicators fold to `a` and `o`.
              out[k] = v == 0xAA ? 0x61 : 0x6F
              k += 1
            case 0xB5:
              // The micro sign folds to the Greek small letter mu, U+03BC (CE BC).
              out[k] = 0xCE
              out[k + 1] = 0xBC
              k += 2
            default:
              // Spacing accents fold to a space and a combining mark: left to Foundation.
              simple = false
              return 0
            }
            i += 2
            continue
          }
          // Every other scalar accepted here lies in U+0800–FFFF: three bytes in UTF-8.
          guard b >= 0xE0 && b < 0xF0 else {
            simple = false
            return 0
          }
          let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
          switch v {
          case 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3002, 0x200B, 0xFEFF:
            // Typographic punctuation, the ideographic space and full stops, zero-width spaces:
            // no letter or digit.
            break
          case 0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x3041...0x3096, 0x30A1...0x30FA:
            // Hangul syllables, ideographs and kana: letters, kept as they are.
            out[k] = b
            out[k + 1] = bytes[i + 1]
            out[k + 2] = bytes[i + 2]
            k += 3
          default:
            simple = false
            return 0
          }
          i += 3
        }
        return k
      }
      return simple ? folded : nil
    } }
  }

  @inline(__always)
  private static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
  }

  /// `asciiFolded` of every ASCII byte: one load in `foldSimple`'s loop over a block's bytes,
  /// where the test of the byte cost as much as the rest of the loop.
  static let asciiFoldTable: [UInt8] = (0..<128).map { asciiFolded(UInt8($0)) }

  /// An ASCII byte as `foldGeneral` keeps it: a letter lower-cased, a digit as it is, anything
  /// else 0 (dropped). Setting bit 0x20 lowers a capital and leaves a digit unchanged.
  @inline(__always)
  static func asciiFolded(_ b: UInt8) -> UInt8 {
    isASCIIAlphanumeric(b) ? b | 0x20 : 0
  }

  /// Character shingles, one key per window of `shingleLength` scalars (`shingleKey`); only
  /// compared within one page.
  static func shingles(_ folded: String) -> Set<UInt64> { Set(shingleList(folded)) }

  /// The key of a window of at most eight scalars (all of a text shorter than a shingle).
  ///
  /// A window of ASCII scalars is its bytes, packed little-endian into the key: exact, and
  /// nearly free to read off the text (folded text is almost all ASCII). A window shorter than
  /// eight gets a 0x80 byte after its bytes, which no packed ASCII byte equals, so windows of
  /// different lengths never share a key. Any other window is hashed, FNV-1a over its scalars.
  static func shingleKey<C: UnsignedInteger>(_ window: UnsafeBufferPointer<C>) -> UInt64 {
    if window.allSatisfy({ $0 < 0x80 }) {
      var key: UInt64 = 0
      for (i, scalar) in window.enumerated() { key |= UInt64(scalar) << (8 * i) }
      if window.count < 8 { key |= 0x80 << (8 * window.count) }
      return key
    }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in window { h = (h ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3 }
    return h
  }

  static func shingleList(_ folded: String) -> [UInt64] {
    var scratch = ShingleScratch()
    return shingleList(folded, scratch: &scratch)
  }

  /// The distinct shingles of `shingles(_:)`, in order of first occurrence: cheaper to build
  /// than a `Set`, and all the comparison needs is which of them were seen. `scratch` only
  /// serves to drop repeats, and is reused from block to block.
  static func shingleList(_ folded: String, scratch: inout ShingleScratch) -> [UInt64] {
    precondition(shingleLength == 8, "shingle keys pack eight ASCII bytes into 64 bits")
    var folded = folded
    // Folded text is mostly ASCII, where each byte is one scalar and each window's key is the
    // eight bytes at its start, read in one load.
    if let list = folded.withUTF8({ bytes -> [UInt64]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      guard let base = bytes.baseAddress, bytes.count > 8 else {
        return bytes.isEmpty ? [] : [shingleKey(bytes)]
      }
      let raw = UnsafeRawPointer(base)
      let windows = bytes.count - 7
      scratch.reset(for: windows)
      return scratch.distinct(count: windows) { i in UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) }
    }) {
      return list
    }
    return Array(folded.unicodeScalars.lazy.map(\.value)).withUnsafeBufferPointer { scalars -> [UInt64] in
      guard scalars.count > 8 else { return scalars.isEmpty ? [] : [shingleKey(scalars)] }
      let windows = scalars.count - 7
      scratch.reset(for: windows)
      let base = scalars.baseAddress!
      return scratch.distinct(count: windows) { i in windowKey(base + i) }
    }
  }

  /// `shingleKey` of the eight scalars at `p`, written out: this runs for every character of
  /// every block that is not all ASCII.
  @inline(__always)
  static func windowKey(_ p: UnsafePointer<UInt32>) -> UInt64 {
    if p[0] | p[1] | p[2] | p[3] | p[4] | p[5] | p[6] | p[7] < 0x80 {
      return UInt64(p[0]) | UInt64(p[1]) << 8 | UInt64(p[2]) << 16 | UInt64(p[3]) << 24
        | UInt64(p[4]) << 32 | UInt64(p[5]) << 40 | UInt64(p[6]) << 48 | UInt64(p[7]) << 56
    }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    h = (h ^ UInt64(p[0])) &* 0x0000_0100_0000_01B3
    h = (h ^ UInt64(p[1])) &* 0x0000_0100_0000_01B3
    h = (h ^ UInt64(p[2])) &* 0x0000_0100_0000_01B3
    h = (h ^ UInt64(p[3])) &* 0x0000_0100_0000_01B3
    h = (h ^ UInt64(p[4])) &* 0x0000_0100_0000_01B3
    h = (h ^ UInt64(p[5])) &* 0x0000_0100_0000_01B3
    h = (h ^ UInt64(p[6])) &* 0x0000_0100_0000_01B3
    h = (h ^ UInt64(p[7])) &* 0x0000_0100_0000_01B3
    return h
  }

  static func coverage(_ grams: Set<UInt64>, by seen: Set<UInt64>) -> Double {
    guard !grams.isEmpty else { return 0 }
    var hit = 0
    for g in grams where seen.contains(g) { hit += 1 }
    return Double(hit) / Double(grams.count)
  }
}

/// Shingle hashes seen so far on a page, each with a small value (the position of the block
/// that brought it). An open-addressing table: the keys are already hashes, so one multiply
/// spreads them, where `Set`/`Dictionary` would hash each again with SipHash.
///
/// A slot is filled when its stamp is the current generation, so `reset` empties the table
/// without clearing it: the duplicate stage keeps one table per job from page to page
/// (`DuplicateScratch`), where allocating and clearing one per page cost as much as its look-ups.
struct ShingleIndex {
  private var keys: [UInt64]
  private var values: [Int32]
  /// The generation that filled each slot; older ones are empty.
  private var stamps: [UInt32]
  private var generation: UInt32 = 1
  private var count = 0
  private var shift: UInt64

  var capacity: Int { keys.count }

  /// A table sized for `expected` keys.
  init(expected: Int = 0) {
    let capacity = tableCapacity(for: expected)
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: 0, count: capacity)
    stamps = Array(repeating: 0, count: capacity)
    shift = UInt64(64 - capacity.trailingZeroBitCount)
  }

  /// Empties the table, with room for `expected` keys.
  mutating func reset(expected: Int) {
    count = 0
    let capacity = tableCapacity(for: expected)
    if capacity > keys.count {
      self = ShingleIndex(expected: expected)
      return
    }
    generation &+= 1
    if generation == 0 {
      // Wrapped around: stamps of old generations would read as current.
      stamps = Array(repeating: 0, count: stamps.count)
      generation = 1
    }
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int { shingleSlot(key, shift: shift) }

  /// The value stored for `key`, or nil.
  @inline(__always)
  func value(_ key: UInt64) -> Int? {
    let mask = keys.count - 1
    var i = slot(key)
    while stamps[i] == generation {
      if keys[i] == key { return Int(values[i]) }
      i = (i + 1) & mask
    }
    return nil
  }

  /// Stores `value` for each key not yet present (a key keeps its first value).
  mutating func insert(_ grams: [UInt64], value: Int) {
    precondition(value >= 0 && value <= Int32.max)
    if (count + grams.count) * 2 > keys.count { grow(to: count + grams.count) }
    let mask = keys.count - 1
    let shift = self.shift
    let generation = self.generation
    let value = Int32(value)
    var added = 0
    // On the buffers: an array subscript assignment checks uniqueness each time.
    keys.withUnsafeMutableBufferPointer { keys in
      values.withUnsafeMutableBufferPointer { values in
        stamps.withUnsafeMutableBufferPointer { stamps in
          for key in grams {
            var i = shingleSlot(key, shift: shift)
            while stamps[i] == generation && keys[i] != key { i = (i + 1) & mask }
            if stamps[i] != generation {
              keys[i] = key
              values[i] = value
              stamps[i] = generation
              added += 1
            }
          }
        }
      }
    }
    count += added
  }

  /// What `coverage(of:)` and `minimumValue(of:)` answer for `grams` (distinct), found in the
  /// same probes that store `value` for the keys not present, as `insert` would: the slots they
  /// took are written to the start of `slots` (grown to hold them), and `added` is how many,
  /// for `retract` or `revalue` once the caller knows whether the block is kept. Probing once
  /// where coverage and then insertion probed twice. (`deduplicate` uses the form that reads the
  /// shingles off the text, `coverAndInsertShingles`; tests compare the two.)
  mutating func coverAndInsert(_ grams: [UInt64], value: Int, slots: inout [Int32])
    -> (coverage: Double, minimumValue: Int?, added: Int)
  {
    // The grams are distinct, so the marks that tell a repeated window never fire here: the
    // same probing loop as the text's windows serves the list.
    var marks = WindowMarks()
    return grams.withUnsafeBufferPointer { list in
      guard let base = list.baseAddress else { return (0, nil, 0) }
      return coverAndInsertWindows(ListWindows(base: base), count: list.count, value: value, slots: &slots, marks: &marks)
    }
  }

  /// `coverAndInsert` of `shingleList(folded)`, read off the windows of `folded` without making
  /// the list: a window whose key this call met already (`marks`) is a repeat, not counted
  /// again. `scalars` is room for the scalars of a text that is not ASCII.
  mutating func coverAndInsertShingles(
    of folded: String, value: Int, slots: inout [Int32], marks: inout WindowMarks, scalars: inout [UInt32]
  ) -> (coverage: Double, minimumValue: Int?, added: Int) {
    var folded = folded
    return folded.withUTF8 { bytes -> (Double, Int?, Int) in
      if bytes.allSatisfy({ $0 < 0x80 }) {
        guard let base = bytes.baseAddress, bytes.count > 8 else {
          let key = RemoveDuplicatedBody.shingleKey(bytes)
          return coverAndInsertWindows(OneWindow(key: key), count: bytes.isEmpty ? 0 : 1, value: value, slots: &slots, marks: &marks)
        }
        return coverAndInsertWindows(ASCIIWindows(base: UnsafeRawPointer(base)), count: bytes.count - 7, value: value, slots: &slots, marks: &marks)
      }
      // The scalars, decoded from the (valid) UTF-8 into a buffer kept from text to text:
      // appending the scalar view's values grew and checked the array for each scalar.
      if scalars.count < bytes.count { scalars = Array(repeating: 0, count: bytes.count) }
      return scalars.withUnsafeMutableBufferPointer { out in
        let count = decodeScalars(bytes, into: out)
        let base = UnsafePointer(out.baseAddress!)
        guard count > 8 else {
          let key = RemoveDuplicatedBody.shingleKey(UnsafeBufferPointer(start: base, count: count))
          return coverAndInsertWindows(OneWindow(key: key), count: count == 0 ? 0 : 1, value: value, slots: &slots, marks: &marks)
        }
        return coverAndInsertWindows(ScalarWindows(base: base), count: count - 7, value: value, slots: &slots, marks: &marks)
      }
    }
  }

  /// `coverAndInsertShingles` over the keys `source.key(0..<count)` (a generic, specialised for
  /// each source, where a closure was called for every window).
  @inline(__always)
  private mutating func coverAndInsertWindows<Source: WindowKeys>(
    _ source: Source, count windows: Int, value: Int, slots: inout [Int32], marks: inout WindowMarks
  ) -> (coverage: Double, minimumValue: Int?, added: Int) {
    precondition(value >= 0 && value <= Int32.max)
    guard windows > 0 else { return (0, nil, 0) }
    if (count + windows) * 2 > keys.count { grow(to: count + windows) }
    if slots.count < windows { slots += repeatElement(0, count: windows - slots.count) }
    let call = marks.next(slots: keys.count)
    let mask = keys.count - 1
    let shift = self.shift
    let generation = self.generation
    let value = Int32(value)
    var hit = 0
    var minimum = Int32.max
    var added = 0
    // On the buffers: an array subscript assignment checks uniqueness each time.
    keys.withUnsafeMutableBufferPointer { keys in
      values.withUnsafeMutableBufferPointer { values in
        stamps.withUnsafeMutableBufferPointer { stamps in
          slots.withUnsafeMutableBufferPointer { slots in
            marks.touched.withUnsafeMutableBufferPointer { touched in
              for n in 0..<windows {
                let key = source.key(n)
                var i = shingleSlot(key, shift: shift)
                while stamps[i] == generation && keys[i] != key { i = (i + 1) & mask }
                if stamps[i] == generation {
                  // Stored before this call, unless this call met it already (a repeated window).
                  if touched[i] != call {
                    touched[i] = call
                    hit += 1
                    minimum = min(minimum, values[i])
                  }
                } else {
                  keys[i] = key
                  values[i] = value
                  stamps[i] = generation
                  touched[i] = call
                  slots[added] = Int32(truncatingIfNeeded: i)
                  added += 1
                }
              }
            }
          }
        }
      }
    }
    count += added
    // The distinct shingles are those found from before and those stored now.
    return (Double(hit) / Double(hit + added), hit > 0 ? Int(minimum) : nil, added)
  }

  /// Takes out the keys stored in `slots[..<added]` by `coverAndInsert` (all those of one call),
  /// which leaves the table as it was before it: a key stored earlier never probed past a slot
  /// that was empty then.
  mutating func retract(_ slots: [Int32], added: Int) {
    let stale = generation &- 1
    for i in slots[..<added] { stamps[Int(i)] = stale }
    count -= added
  }

  /// Gives the keys in `slots[..<added]` (stored by `coverAndInsert`) `value` instead.
  mutating func revalue(_ slots: [Int32], added: Int, to value: Int) {
    precondition(value >= 0 && value <= Int32.max)
    for i in slots[..<added] { values[Int(i)] = Int32(value) }
  }

  /// Share of `grams` (distinct) that are present.
  func coverage(of grams: [UInt64]) -> Double {
    guard !grams.isEmpty else { return 0 }
    var hit = 0
    for g in grams where value(g) != nil { hit += 1 }
    return Double(hit) / Double(grams.count)
  }

  /// The smallest value stored for any of `grams`, or nil when none is present.
  func minimumValue(of grams: [UInt64]) -> Int? {
    var best: Int? = nil
    for g in grams { if let v = value(g), best == nil || v < best! { best = v } }
    return best
  }

  /// Rehashes into a table at least twice as large as `needed` entries.
  private mutating func grow(to needed: Int) {
    let capacity = tableCapacity(for: needed)
    let oldKeys = keys
    let oldValues = values
    let oldStamps = stamps
    let oldGeneration = generation
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: 0, count: capacity)
    stamps = Array(repeating: 0, count: capacity)
    generation = 1
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    let mask = capacity - 1
    for k in oldKeys.indices where oldStamps[k] == oldGeneration {
      var i = slot(oldKeys[k])
      while stamps[i] == generation { i = (i + 1) & mask }
      keys[i] = oldKeys[k]
      values[i] = oldValues[k]
      stamps[i] = generation
    }
  }
}

/// Which slots of a `ShingleIndex` one `coverAndInsertShingles` call met: `touched[i]` is the
/// number of the call that last met slot `i`, so a text's repeated windows are counted once.
/// Kept apart from the index, which the other users of `ShingleIndex` make without it.
struct WindowMarks {
  var touched: [UInt32] = []
  private var call: UInt32 = 0

  /// The number of a new call, for a table of `slots` slots.
  mutating func next(slots: Int) -> UInt32 {
    // A table that grew or was made anew: marks of calls numbered before are never read again.
    if touched.count != slots { touched = zeroed(slots) }
    call &+= 1
    if call == 0 {
      // Wrapped around: marks of old calls would read as this one's.
      touched = zeroed(touched.count)
      call = 1
    }
    return call
  }
}

/// Writes the scalar values of valid UTF-8 `bytes` to `out` (room for one per byte); returns how
/// many.
func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt32>) -> Int {
  var i = 0
  var n = 0
  while i < bytes.count {
    let (value, length) = scalarValue(in: bytes, at: i)
    out[n] = value
    i += length
    n += 1
  }
  return n
}

/// The shingle keys of a text's windows, by window.
protocol WindowKeys {
  func key(_ window: Int) -> UInt64
}

/// A text of eight bytes or fewer, or eight scalars or fewer: one window.
private struct OneWindow: WindowKeys {
  let key: UInt64
  @inline(__always) func key(_ window: Int) -> UInt64 { key }
}

/// An ASCII text: each window's key is the eight bytes at its start, read in one load.
private struct ASCIIWindows: WindowKeys {
  let base: UnsafeRawPointer
  @inline(__always) func key(_ window: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: window, as: UInt64.self))
  }
}

/// A list of keys, one per window (`coverAndInsert`).
private struct ListWindows: WindowKeys {
  let base: UnsafePointer<UInt64>
  @inline(__always) func key(_ window: Int) -> UInt64 { base[window] }
}

/// Any other text, as its scalars.
private struct ScalarWindows: WindowKeys {
  let base: UnsafePointer<UInt32>
  @inline(__always) func key(_ window: Int) -> UInt64 { RemoveDuplicatedBody.windowKey(base + window) }
}

/// What the duplicate stage reuses from page to page: a job takes one (`take`) for a page and
/// hands it back (`give`), so parallel jobs never share one, and the tables are allocated once
/// per job rather than per page.
struct DuplicateScratch {
  var shingles = ShingleScratch()
  var index = ShingleIndex()
  /// Slots of the keys a block stored, for `ShingleIndex.retract`/`revalue`.
  var slots: [Int32] = []
  /// The scalars of a folded text that is not ASCII.
  var scalars: [UInt32] = []
  var marks = WindowMarks()

  /// Tables past this many slots are not kept: one long page would hold their memory for good.
  static let keptCapacityLimit = 1 << 18

  private static let pool = JobPool(
    make: DuplicateScratch.init,
    keeps: { $0.index.capacity <= keptCapacityLimit && $0.shingles.capacity <= keptCapacityLimit })

  static func take() -> DuplicateScratch { pool.take() }

  static func give(_ scratch: DuplicateScratch) { pool.give(scratch) }
}

/// Scratch set for dropping a block's repeated shingles, reused from block to block: a new
/// generation number empties it without clearing the table.
struct ShingleScratch {
  private var keys: [UInt64] = []
  /// The generation that filled each slot; older ones are empty.
  private var stamps: [UInt32] = []
  private var generation: UInt32 = 0
  private var shift: UInt64 = 64

  var capacity: Int { keys.count }

  /// Empties the set, making room for `count` keys.
  mutating func reset(for count: Int) {
    let capacity = tableCapacity(for: count)
    if capacity > keys.count {
      keys = Array(repeating: 0, count: capacity)
      stamps = Array(repeating: 0, count: capacity)
      shift = UInt64(64 - capacity.trailingZeroBitCount)
      generation = 0
    }
    generation &+= 1
    if generation == 0 {
      // Wrapped around: stamps of old generations would read as current.
      stamps = Array(repeating: 0, count: stamps.count)
      generation = 1
    }
  }

  /// `hash(i)` for `i` in `0..<count`, in order, each kept on its first occurrence. The table is
  /// probed on its buffers: an array element assignment checks uniqueness every time. The set
  /// must have been `reset` for `count` keys.
  @inline(__always)
  mutating func distinct(count: Int, _ hash: (Int) -> UInt64) -> [UInt64] {
    let mask = keys.count - 1
    let shift = self.shift
    let generation = self.generation
    return keys.withUnsafeMutableBufferPointer { keys in
      stamps.withUnsafeMutableBufferPointer { stamps in
        [UInt64](unsafeUninitializedCapacity: count) { out, kept in
          kept = 0
          for n in 0..<count {
            let key = hash(n)
            var i = shingleSlot(key, shift: shift)
            var seen = false
            while stamps[i] == generation {
              if keys[i] == key {
                seen = true
                break
              }
              i = (i + 1) & mask
            }
            if !seen {
              keys[i] = key
              stamps[i] = generation
              out[kept] = key
              kept += 1
            }
          }
        }
      }
    }
  }
}

/// `count` zeros. Not inlined: `Array(repeating:count:)` inlined into the table's initializer
/// beside the three other arrays became a loop of several instructions per element.
@inline(never)
private func zeroed<T: FixedWidthInteger>(_ count: Int) -> [T] {
  Array(repeating: 0, count: count)
}

/// Power-of-two table size that keeps `count` keys at most half full.
private func tableCapacity(for count: Int) -> Int {
  var capacity = 16
  while capacity < count * 2 { capacity *= 2 }
  return capacity
}

/// Slot of a shingle key in a table of `1 << (64 - shift)` slots: a Fibonacci multiply spreads
/// the FNV values and packed ASCII bytes well enough.
@inline(__always)
private func shingleSlot(_ key: UInt64, shift: UInt64) -> Int {
  Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
}
