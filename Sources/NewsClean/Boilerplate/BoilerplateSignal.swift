#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import LinkSense

/// Why a block was stripped. The raw value is what the record's `removed` section and tests use.
public enum BoilerplateKind: String, Sendable, CaseIterable {
  case chromeLabel = "chrome-label"
  case neighbourLink = "neighbour-link"
  case pageInfo = "page-info"
  case emptyComments = "empty-comments"
  case footer = "footer"
  case linkList = "link-list"
  case markupRole = "markup-role"
  case hidden = "hidden"
  case outsideContent = "outside-content"
  case commentChrome = "comment-chrome"
  case title = "title"
  case caption = "caption"
  /// A remark on one post of a thread (Stack Exchange's comments under a question or an
  /// answer), not a reply to the thread.
  case remark = "remark"
}

/// What a signal may know about a block beyond its own text.
struct BlockContext {
  /// Roles of the elements between the chosen content container and the block (empty for dumps).
  var innerRoles: MarkupRoles = []
  /// True for text dumps, where no markup evidence exists.
  var isTextDump = false
}

/// One boilerplate signal: a named, separately tested rule that recognises a kind of chrome.
protocol BoilerplateSignal {
  var kind: BoilerplateKind { get }
  func matches(_ block: BlockText, context: BlockContext) -> Bool
}

extension BoilerplateSignal {
  /// Whether the signal claims a block read on its own.
  func matches(_ block: Block, context: BlockContext) -> Bool {
    matches(BlockText(block), context: context)
  }
}

/// A label, button or menu word standing alone (`페이지 정보`, `Reply`, `返回列表`, `Comments (3)`).
struct ChromeLabelSignal: BoilerplateSignal {
  let kind = BoilerplateKind.chromeLabel
  let maximumLength: Int

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    guard block.fits(maximumLength) else { return false }
    let normalized = block.normalized
    if normalized.isEmpty { return true }
    let plain = block.isPlainLowered
    // (Normalising plain text leaves it plain: it only drops scalars and writes spaces.)
    if (!plain || ChromeLexicon.labelFilter.mayContain(plain: normalized)) && ChromeLexicon.labels.contains(normalized) {
      return true
    }
    // A label with a counter: `댓글 3`, `Comments (12)`, `コメント(0)`. (Without a digit there is
    // nothing to strip: normalising a normalised text changes nothing.)
    if containsASCIIDigit(normalized) {
      // ASCII bytes are whole scalars in UTF-8: dropping the digit bytes drops the digit scalars.
      // (Filtered on the contiguous bytes: the UTF-8 view's iterator costs several instructions a byte.)
      // (Written straight into the new string's storage, without an array of the kept bytes.)
      var digitsIn = normalized
      let stripped = ChromeLexicon.normalize(digitsIn.withUTF8 { bytes in
        String(unsafeUninitializedCapacity: bytes.count) { out in
          var n = 0
          for b in bytes where !(b >= 48 && b <= 57) {
            out[n] = b
            n += 1
          }
          return n
        }
      })
      if stripped != normalized, !plain || ChromeLexicon.labelFilter.mayContain(plain: stripped), ChromeLexicon.labels.contains(stripped) {
        return true
      }
      // A counter in thousands or millions (`12k views`, `135k44 gold badges`): the magnitude
      // letter goes with its digits.
      let withoutMagnitudes = ChromeLexicon.normalize(Self.droppingCounters(normalized))
      if withoutMagnitudes != stripped, !plain || ChromeLexicon.labelFilter.mayContain(plain: withoutMagnitudes),
        ChromeLexicon.labels.contains(withoutMagnitudes)
      {
        return true
      }
    }
    // A run of labels: `목록 답변 글쓰기`, `Reply Quote Report`, `Share Tweet Email`. One word is no run.
    if block.isPlainLowered {
      // Normalised plain text is words between single spaces: count them before splitting.
      let spaces = occurrences(of: 0x20, in: normalized)
      // In plain text every scalar is a character, so the words split at space bytes are the
      // `Character` split's (which breaks graphemes at every step and cost more than the lookups).
      if spaces >= 1, spaces <= 7, Self.plainWordsAreLabels(normalized) { return true }
    } else if normalized.utf8.contains(0x20) {
      let words = normalized.split(separator: " ").map(String.init)
      if words.count >= 2, words.count <= 8, words.allSatisfy({ ChromeLexicon.labels.contains(ChromeLexicon.normalize($0)) }) {
        return true
      }
    }
    // Labels between separators; without a separator (or the Greek ano teleia, which equals `·`)
    // there is only one piece.
    if block.isPlainLowered {
      if Self.plainPiecesAreLabels(normalized) { return true }
    } else if normalized.unicodeScalars.contains(where: { $0 == "|" || $0 == "·" || $0 == "/" || $0 == "•" || $0 == "," || $0 == "\u{0387}" }) {
      let pieces = normalized.split(whereSeparator: { $0 == "|" || $0 == "·" || $0 == "/" || $0 == "•" || $0 == "," })
        .map { ChromeLexicon.normalize(String($0)) }.filter { !$0.isEmpty }
      if pieces.count >= 2, pieces.allSatisfy({ ChromeLexicon.labels.contains($0) }) { return true }
    }
    return ChromeLexicon.isLabelRun(normalized: normalized, isPlain: block.isPlainLowered)
  }

  /// `normalized.splitAtByte(0x20).allSatisfy { labels.contains(normalize(String($0))) }`, word
  /// by word in place: the first word that is no label (most often the first) ends it, without
  /// splitting the rest of the line into an array of pieces.
  static func plainWordsAreLabels(_ normalized: String) -> Bool {
    var normalized = normalized
    return normalized.withUTF8 { bytes -> Bool in
      func isLabel(_ start: Int, _ end: Int) -> Bool {
        let word = ChromeLexicon.normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        return ChromeLexicon.labelFilter.mayContain(plain: word) && ChromeLexicon.labels.contains(word)
      }
      var start = 0
      for i in 0..<bytes.count where bytes[i] == 0x20 {
        if start != i, !isLabel(start, i) { return false }
        start = i + 1
      }
      return start == bytes.count || isLabel(start, bytes.count)
    }
  }

  /// `text` without its numbers, a `k` or `m` right after digits counting as part of the number.
  static func droppingCounters(_ text: String) -> String {
    var text = text
    return text.withUTF8(droppingCounters)
  }

  /// `droppingCounters` of valid UTF-8 `bytes`, read in place.
  private static func droppingCounters(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    // Only ASCII bytes are dropped, so what is kept is valid UTF-8: written straight into the
    // new string's storage, without an array of the kept bytes.
    String(unsafeUninitializedCapacity: bytes.count) { out in
      var n = 0
      var afterDigit = false
      for b in bytes {
        if b >= 48 && b <= 57 {
          afterDigit = true
          continue
        }
        if afterDigit, b == 0x6B || b == 0x6D {
          afterDigit = false
          continue
        }
        afterDigit = false
        out[n] = b
        n += 1
      }
      return n
    }
  }

  /// Whether plain `normalized`, split at `|`, `·`, `/`, `•` and `,`, is two or more labels (empty
  /// pieces left out): the separators found as bytes, and the first piece that is no label ends it.
  private static func plainPiecesAreLabels(_ normalized: String) -> Bool {
    // Read on the string's own bytes rather than a copy of them.
    var normalized = normalized
    return normalized.withUTF8 { bytes -> Bool in
      var pieces = 0
      var start = 0
      /// False for a piece that is not a label.
      func take(_ end: Int) -> Bool {
        let piece = ChromeLexicon.normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        if piece.isEmpty { return true }
        pieces += 1
        return ChromeLexicon.labelFilter.mayContain(plain: piece) && ChromeLexicon.labels.contains(piece)
      }
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        var width = 0
        if b == 0x7C || b == 0x2F || b == 0x2C {  // `|`, `/`, `,`
          width = 1
        } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 {  // `·`
          width = 2
        } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 {  // `•`
          width = 3
        }
        if width == 0 {
          i += 1
          continue
        }
        if !take(i) { return false }
        i += width
        start = i
      }
      if start == 0 { return false }  // no separator: one piece at most
      return take(bytes.count) && pieces >= 2
    }
  }

}

/// A previous/next post link: a neighbour label, then the neighbour's title and often a date
/// (`- 이전글Understanding Dependent Age … 24.11.10`, `下一篇：巴沟站`, `Next post: …`).
struct NeighbourLinkSignal: BoilerplateSignal {
  let kind = BoilerplateKind.neighbourLink
  let maximumLength: Int

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    guard block.fits(maximumLength + 60) else { return false }
    var lowered = Substring(block.lowered)
    // List markers and arrows a dump or a skin puts before the label.
    while let c = lowered.unicodeScalars.first, c == "-" || c == " " || c == "*" || c == "•" || c == "«" || c == "»"
      || c == "<" || c == ">" || c == "▲" || c == "▼" || c == "△" || c == "▽" || c == "◀" || c == "▶" || c == "←" || c == "→" || c == "‹" || c == "›"
    {
      lowered = lowered.dropFirst()
    }
    let plain = block.isPlainLowered
    let prefixes = plain ? ChromeLexicon.neighbourPrefixList.startingLike(lowered) : ChromeLexicon.neighbourPrefixes
    for prefix in prefixes where plain ? lowered.bytesHavePrefix(prefix) : lowered.hasPrefix(prefix) {
      let rest = lowered.dropFirst(prefix.count)
      guard let next = rest.unicodeScalars.first else { return true }
      // `이전글Title` (no space), `Next: Title`, `下一篇：Title`; but not `Next year, the ministry…`.
      let isLatinPrefix = prefix.unicodeScalars.first.map { $0.isASCII } ?? false
      if isLatinPrefix {
        // French sets a space before its colon: `Article suivant : …`.
        let separator = rest.unicodeScalars.drop(while: { $0 == " " || $0 == "\u{00A0}" }).first ?? next
        if separator == ":" || separator == "：" || separator == "»" || separator == "›" || separator == ">" || separator == "|" {
          return true
        }
        if next == " ", context.innerRoles.contains(.navigation) || context.innerRoles.contains(.pagination) { return true }
        if next == " ", !DateReader.all(in: String(rest)).isEmpty, block.fits(119) { return true }
        continue
      }
      // CJK labels are not ordinary words that open a sentence in this form; but `다음` and `이전`
      // alone are (`다음 주에…`), so those need a separator or a trailing date.
      if prefix == "다음" || prefix == "이전" {
        if next == ":" || next == "：" || !DateReader.all(in: String(rest)).isEmpty { return true }
        continue
      }
      return true
    }
    return false
  }
}

/// A line of post metadata: labels, counters, dates, times and a short name
/// (`조회 수 : 10207`, `작성일 25-09-02 21:44`, `查看: 1234 | 回复: 5`, `GMT+8, 2023-07-16 09:46`).
struct PageInfoSignal: BoilerplateSignal {
  let kind = BoilerplateKind.pageInfo

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    let text = block.text
    guard block.fits(120) else { return false }
    // A numbered post header: `1 ：名無しさん：2021/06/05(土) 19:16:00.12 ID:7u/o0x`, `#3 jdoe 2024-05-01`.
    if Self.isNumberedPostHeader(text) { return true }
    // A bare counter: `2,034회`, `1건`, `58 views`, `3件`, `12次`.
    if mayBeCounter(block) {
      let withoutNumber = withoutNumbers(block)
      if characterCount(withoutNumber) < block.characters, ChromeLexicon.counterUnits.contains(withoutNumber) { return true }
    }
    var residue = block.lowered
    var evidence = 0
    // Every date form starts with an ASCII digit.
    let dates = containsASCIIDigit(residue) ? DateReader.all(in: residue) : []
    if !dates.isEmpty {
      evidence += 1
      let scalars = Array(residue.unicodeScalars)
      var kept = String.UnicodeScalarView()
      var i = 0
      for d in dates {
        while i < d.start { kept.append(scalars[i]); i += 1 }
        i = d.end
      }
      while i < scalars.count { kept.append(scalars[i]); i += 1 }
      residue = String(kept)
    }
    let plain = block.isPlainLowered
    if plain {
      // Cutting dates and blanking labels only removes bytes and adds spaces.
      var present = block.loweredBytes
      present.insert(0x20)
      evidence += Self.blankPlainLabels(&residue, present: present)
    } else {
      for label in ChromeLexicon.infoLabelsLongestFirst where residue.containsBytes(label) {
        if let r = residue.range(of: label), isBoundary(residue, r) {
          residue.replaceSubrange(r, with: " ")
          evidence += 1
        }
      }
    }
    guard evidence > 0 else { return false }
    // What is left after labels and dates: digits, time stamps, separators, and maybe a name.
    let (words, letters) = plain ? Self.plainWords(residue) : Self.words(residue)
    // A bare date line or a date with a short name (author) is page info; prose is not.
    if !dates.isEmpty && words <= 3 && letters <= 20 { return true }
    if evidence >= 2 && words <= 4 && letters <= 24 { return true }
    if evidence >= 1 && words <= 1 && letters <= 12 && hasDigitOrColon(text) { return true }
    // `작성자 관리자`, `Author: jdoe`: a label that opens the line, then a short name.
    // (`Thread starter jdoe`: labels of two words open lines too.)
    if words <= 2, letters <= 16, let first = block.lowered.split(separator: " ").first,
      ChromeLexicon.infoLabels.contains(ChromeLexicon.normalize(String(first)))
        || ChromeLexicon.multiWordInfoLabelOpenings.contains(where: { block.lowered.hasPrefix($0) })
    {
      return true
    }
    return false
  }

  /// False when ASCII text has more letters than the longest counter unit has bytes: it keeps
  /// them all once its numbers are gone, so it cannot be a unit. Other text is asked the same in
  /// characters: its ASCII letters, Hangul syllables and kana letters are no numbers, survive
  /// normalising, and are each a character of their own (no two of them share one), so more of
  /// them than the longest unit has characters rule every unit out (most Korean and Japanese
  /// lines, which were all read without their numbers before).
  private func mayBeCounter(_ block: BlockText) -> Bool {
    var text = block.text
    return text.withUTF8(Self.mayBeCounter)
  }

  /// `mayBeCounter` on a text's bytes.
  static func mayBeCounter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // On the contiguous bytes: the UTF-8 view's iterator cost several instructions a byte.
    var letters = 0
    var ascii = true
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { letters += 1 }
        i += 1
        continue
      }
      ascii = false
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
      if length == 3 {
        let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        // Hangul syllables, hiragana and katakana letters.
        if (0xAC00...0xD7A3).contains(v) || (0x3041...0x3096).contains(v) || (0x30A1...0x30FA).contains(v) { letters += 1 }
      }
      i += length
    }
    return letters <= (ascii ? ChromeLexicon.longestCounterUnit : ChromeLexicon.longestCounterUnitCharacters)
  }

  /// Whether `text` without its numbers, commas and full stops, normalised, is a counter unit,
  /// read character by character (the reference `mayBeCounter` must never contradict).
  static func isCounterUnitByCharacters(_ text: String) -> Bool {
    ChromeLexicon.counterUnits.contains(ChromeLexicon.normalize(String(text.filter { !($0.isNumber || $0 == "," || $0 == ".") })))
  }

  /// The text without its number characters, commas and full stops, normalised.
  private func withoutNumbers(_ block: BlockText) -> String {
    let text = block.text
    if block.characters == text.utf8.count {
      // ASCII (no CR): a character is a byte, and the only number characters are digits.
      // The kept bytes written straight into a string (ASCII stays valid UTF-8), not an array.
      var ascii = text
      let kept = ascii.withUTF8 { bytes in
        String(unsafeUninitializedCapacity: bytes.count) { out in
          var n = 0
          for b in bytes where !((b >= 48 && b <= 57) || b == 0x2C || b == 0x2E) {
            out[n] = b
            n += 1
          }
          return n
        }
      }
      return kept.utf8.count == text.utf8.count ? block.normalized : ChromeLexicon.normalize(kept)
    }
    if block.isPlainText {
      // A character is a scalar: a number when the scalar has a numeric type.
      return ChromeLexicon.normalize(Self.plainWithoutNumbers(text))
    }
    return ChromeLexicon.normalize(String(text.filter { !($0.isNumber || $0 == "," || $0 == ".") }))
  }

  /// The scalars of `text` without those of a numeric type, commas and full stops.
  static func scalarsWithoutNumbers(_ text: String) -> String {
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !(scalar.properties.numericType != nil || scalar == "," || scalar == ".") {
      kept.append(scalar)
    }
    return String(kept)
  }

  /// `scalarsWithoutNumbers`, copying bytes: ASCII, Hangul syllables and kana (most of the
  /// text it meets) are told without a property lookup, since their only numbers are the ASCII
  /// digits, and the rest is looked up scalar by scalar.
  static func plainWithoutNumbers(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes -> String in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if b < 0x80 {
          if !((b >= 0x30 && b <= 0x39) || b == 0x2C || b == 0x2E) { out.append(b) }
          i += 1
          continue
        }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var v = UInt32(b & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
        for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        let caseless = (0xAC00...0xD7A3).contains(v) || (0x3041...0x30FF).contains(v)
        if caseless || Unicode.Scalar(v)!.properties.numericType == nil {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
        }
        i += length
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// Blanks each info label's first occurrence in plain `residue` where it stands as a word,
  /// longest label first, as `range(of:)` and `isBoundary` do on other text; returns how many.
  /// `present` holds every byte value of `residue` (and may hold more).
  private static func blankPlainLabels(_ residue: inout String, present: ByteSet) -> Int {
    let labels = ChromeLexicon.infoLabelsLongestFirstBytes
    let labelByteSets = ChromeLexicon.infoLabelsLongestFirstByteSets
    let labelPairSets = ChromeLexicon.infoLabelsLongestFirstPairSets
    // Without a byte past ASCII only the ASCII labels can pass the byte-set test: just those
    // are asked, in the same order (most lines are English or hold no label's script).
    let candidates = present.isASCII ? ChromeLexicon.infoLabelsLongestFirstASCIIIndices : ChromeLexicon.infoLabelsLongestFirstIndices
    /// Where label `k` first occurs in `hay`, when its bytes pass the byte-set test and it
    /// stands there as a word. (By index, the byte sets read in place: zipping the lists copied,
    /// retained and released, every label's bytes, which cost more than the byte-set test.)
    /// `pairs` holds every byte pair of `hay` (`ByteSet.pairs`, and may hold more): most labels
    /// that pass the byte-set test lack a pair of the line's and are not searched for.
    func blankable(_ k: Int, in hay: UnsafeBufferPointer<UInt8>, pairs: ByteSet) -> Int? {
      guard present.isSuperset(of: labelByteSets[k]), pairs.isSuperset(of: labelPairSets[k]) else { return nil }
      let label = labels[k]
      guard let at = label.withUnsafeBufferPointer({ firstByteOccurrence(of: $0, in: hay) }) else { return nil }
      // A Latin label must not sit inside a Latin word (`by` in `maybe`); others match anywhere.
      if label[0] < 0x80 {
        let before = at == 0 ? nil : lastScalarValue(hay, before: at)
        let after = at + label.count == hay.count ? nil : hay[at + label.count]
        func latin(_ v: UInt32?) -> Bool { v.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ?? false }
        if latin(before) || latin(after.map(UInt32.init)) { return nil }
      }
      return at
    }
    // Most lines hold no label: the residue's own bytes are searched until one is found, and
    // only then copied to be blanked (copying every line into an array cost more than that).
    // The labels before the first found find nothing in the copy either: it has the same bytes.
    var text = residue
    var pairs = ByteSet()
    guard
      let first = text.withUTF8({ hay in
        pairs = ByteSet.pairs(hay)
        return candidates.indices.first { blankable(candidates[$0], in: hay, pairs: pairs) != nil }
      })
    else { return 0 }
    var bytes = Array(residue.utf8)
    var found = 0
    for position in first..<candidates.count {
      let k = candidates[position]
      guard let at = bytes.withUnsafeBufferPointer({ blankable(k, in: $0, pairs: pairs) }) else { continue }
      bytes.replaceSubrange(at..<(at + labels[k].count), with: [0x20])
      // The blank makes new pairs with its neighbours; the pairs of the label stay in the set,
      // which may hold more than the text.
      if at > 0 { pairs.insertPair(bytes[at - 1], 0x20) }
      if at + 1 < bytes.count { pairs.insertPair(0x20, bytes[at + 1]) }
      found += 1
    }
    if found > 0 { residue = String(decoding: bytes, as: UTF8.self) }
    return found
  }

  /// The value of the scalar that ends just before byte offset `end`.
  private static func lastScalarValue(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> UInt32 {
    var start = end - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).unicodeScalars.first!.value
  }

  /// Runs of alphabetic scalars in `residue`: how many, and their characters in all.
  private static func words(_ residue: String) -> (count: Int, letters: Int) {
    let words = residue.unicodeScalars.split(whereSeparator: { !($0.properties.isAlphabetic) }).map { String(String.UnicodeScalarView($0)) }
    return (words.count, words.reduce(0) { $0 + $1.count })
  }

  /// `words` for plain text, where each scalar is a character.
  private static func plainWords(_ residue: String) -> (count: Int, letters: Int) {
    var count = 0
    var letters = 0
    var inWord = false
    for scalar in residue.unicodeScalars {
      let v = scalar.value
      let alphabetic = v < 0x80 ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A : scalar.properties.isAlphabetic
      if alphabetic {
        letters += 1
        if !inWord { count += 1 }
      }
      inWord = alphabetic
    }
    return (count, letters)
  }

  /// A post number, a separator, and a date within the line: the header of a post on 2ch-style
  /// boards and of numbered replies elsewhere.
  static func isNumberedPostHeader(_ text: String) -> Bool {
    // A header opens with `#` or a digit. Any other first byte begins a first character that is
    // neither: it starts with another scalar, and no other scalar decomposes to `#` or to an
    // ASCII digit (which the digit test below asks for as a lone scalar anyway).
    guard let first = text.utf8.first, first == 0x23 || (first >= 0x30 && first <= 0x39) else { return false }
    var bytes = text
    if let opening = bytes.withUTF8(Self.plainHeaderOpening) {
      return opening && DateReader.containsDate(in: text)
    }
    return Self.isNumberedPostHeaderByCharacters(text)
  }

  /// Whether the bytes open like a numbered post header (`#`, one to five digits, spaces, then
  /// `:`, `：`, `|`, `.`, `楼` or `樓`), read scalar by scalar; nil when a scalar read, or the
  /// one after the last read, is not plain. Where they are plain each is a character of its own
  /// (see `isPlainScalar`) and equals a character exactly when it is that scalar, so the answer is
  /// the character reading's.
  private static func plainHeaderOpening(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var i = 0
    /// The plain scalar at `i` and its length; nil when it is not plain, (0, 0) at the end.
    func scalar() -> (value: UInt32, length: Int)? {
      guard i < bytes.count else { return (0, 0) }
      let b = bytes[i]
      if b < 0x80 { return isPlainScalar(UInt32(b)) ? (UInt32(b), 1) : nil }
      guard b < 0xF0 else { return nil }
      let length = b >= 0xE0 ? 3 : 2
      var v = UInt32(b & (length == 3 ? 0x0F : 0x1F))
      for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
      return isPlainScalar(v) ? (v, length) : nil
    }
    guard var current = scalar() else { return nil }
    if current.value == 0x23 {
      i += 1
      guard let next = scalar() else { return nil }
      current = next
    }
    var digits = 0
    while current.length > 0, current.value >= 0x30 && current.value <= 0x39 {
      digits += 1
      i += 1
      guard let next = scalar() else { return nil }
      current = next
    }
    guard digits > 0, digits <= 5 else { return false }
    while current.length > 0, current.value == 0x20 {
      i += 1
      guard let next = scalar() else { return nil }
      current = next
    }
    guard current.length > 0 else { return false }
    // The separator must be followed by a plain scalar (or the end) to be a character alone.
    let separator = current.value
    i += current.length
    guard scalar() != nil else { return nil }
    switch separator {
    case 0x3A, 0xFF1A, 0x7C, 0x2E, 0x697C, 0x6A13: return true  // : ： | . 楼 樓
    default: return false
    }
  }

  /// `isNumberedPostHeader` read character by character, past the first byte's test.
  static func isNumberedPostHeaderByCharacters(_ text: String) -> Bool {
    var rest = Substring(text)
    if rest.first == "#" { rest = rest.dropFirst() }
    let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
    guard !digits.isEmpty, digits.count <= 5 else { return false }
    rest = rest.dropFirst(digits.count).drop(while: { $0 == " " })
    guard let sep = rest.first, ":：|.".contains(sep) || sep == "楼" || sep == "樓" else { return false }
    return DateReader.containsDate(in: text)
  }

  private func isBoundary(_ s: String, _ r: Range<String.Index>) -> Bool {
    let before = r.lowerBound == s.startIndex ? nil : s[s.index(before: r.lowerBound)]
    let after = r.upperBound == s.endIndex ? nil : s[r.upperBound]
    func latin(_ c: Character?) -> Bool { c.map { $0.isASCII && $0.isLetter } ?? false }
    let first = s[r.lowerBound]
    if first.isASCII { return !latin(before) && !latin(after) }
    return true
  }

  private func hasDigitOrColon(_ s: String) -> Bool {
    s.contains(where: { $0.isNumber || $0 == ":" || $0 == "：" })
  }
}

/// The notice of an empty comment section (`등록된 댓글이 없습니다.`, `No comments yet.`, `暂无评论`).
struct EmptyCommentsSignal: BoilerplateSignal {
  let kind = BoilerplateKind.emptyComments

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    guard block.fits(80) else { return false }
    let n = block.normalized
    let plain = block.isPlainLowered
    if (!plain || ChromeLexicon.emptyCommentNoticeFilter.mayContain(plain: n)) && ChromeLexicon.emptyCommentNotices.contains(n) {
      return true
    }
    if plain {
      return ChromeLexicon.emptyCommentNoticeList.startingLike(n).contains(where: { n.bytesHavePrefix($0) && n.count <= $0.count + 20 })
    }
    return ChromeLexicon.emptyCommentNotices.contains(where: { n.hasPrefix($0) && n.count <= $0.count + 20 })
  }
}

/// A footer or legal line: copyright, company registration, "Powered by", render timings.
struct FooterSignal: BoilerplateSignal {
  let kind = BoilerplateKind.footer

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    guard block.fits(240) else { return false }
    var lowered = block.lowered
    let present = block.loweredBytes
    let markers = ChromeLexicon.footerMarkers
    // The markers whose bytes all occur are searched for on the contiguous bytes, their first
    // byte found by `memchr`; by index, so the lists are read in place.
    // Past 120 characters only the markers that count at any length are searched for: finding
    // another one there decides nothing.
    let short = block.fits(120)
    // Whether a marker counts at any length is read from a table: comparing each marker
    // with the three that do cost more than the search in most blocks.
    let anyLength = Self.markerCountsAtAnyLength
    return lowered.withUTF8 { hay -> Bool in
      for k in markers.indices where present.isSuperset(of: ChromeLexicon.footerMarkerByteSets[k]) {
        if !short, !anyLength[k] { continue }
        let found = ChromeLexicon.footerMarkerBytes[k].withUnsafeBufferPointer { firstByteOccurrence(of: $0, in: hay) != nil }
        // `counts(markers[k], block)`: the line fits 120 characters or the marker counts anyway.
        if found, short || anyLength[k] { return true }
      }
      return false
    }
  }

  /// `countsAtAnyLength` of each of `ChromeLexicon.footerMarkers`, by index.
  static let markerCountsAtAnyLength: [Bool] = ChromeLexicon.footerMarkers.map(countsAtAnyLength)

  /// Whether a marker found in `block` makes it a footer: `powered by` and brand names count
  /// only in a short line, not in an article sentence.
  private static func counts(_ marker: String, _ block: BlockText) -> Bool {
    block.fits(120) || countsAtAnyLength(marker)
  }

  /// The markers that make a footer of a line of any length the signal reads.
  private static func countsAtAnyLength(_ marker: String) -> Bool {
    marker == "©" || marker == "사업자등록번호" || marker == "all rights reserved"
  }

  /// `matches` searching with `containsBytes` (the reference of the `memchr` search).
  func matchesByContainsBytes(_ block: BlockText) -> Bool {
    guard block.fits(240) else { return false }
    let lowered = block.lowered
    let present = block.loweredBytes
    for (marker, bytes) in zip(ChromeLexicon.footerMarkers, ChromeLexicon.footerMarkerByteSets)
    where present.isSuperset(of: bytes) && lowered.containsBytes(marker) {
      if Self.counts(marker, block) { return true }
    }
    return false
  }
}

/// A block that is mostly link text and not a sentence: menu items, tag clouds, neighbour lists.
struct LinkListSignal: BoilerplateSignal {
  let kind = BoilerplateKind.linkList

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    // Without anchors the density is zero.
    guard !block.links.isEmpty else { return false }
    // URLs written out as their own anchor text are auto-links inside prose, not navigation.
    var anchorChars = 0
    for link in block.links where !looksLikeURL(link.text) { anchorChars += characterCount(link.text) }
    let n = block.characters
    guard n > 0 else { return false }
    let density = Double(anchorChars) / Double(n)
    if density >= 0.9 && n <= 200 { return true }
    if density >= 0.6 && n <= 100 && !block.endsLikeSentence { return true }
    return false
  }
}

/// A block inside an element whose markup names it chrome (`nav`, `footer`, `.share`, `.bo_v_info`).
struct MarkupRoleSignal: BoilerplateSignal {
  let kind = BoilerplateKind.markupRole

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    let chrome = context.innerRoles.intersection(MarkupRoles.chrome)
    guard !chrome.isEmpty else { return false }
    // Metadata wrappers (`.meta`, `.info`, `.tags`, a header) hold short furniture: dates, counts,
    // names. A longer line inside one (a listing's entry title, a paragraph) is content.
    if chrome.isSubset(of: [.pageInfo, .header]) && !block.fits(60) { return false }
    return true
  }
}

func looksLikeURL(_ s: String) -> Bool {
  // Each prefix opens with `h` or `w`, and lower-casing gives those only from themselves and
  // their capitals (no other scalar's lower case starts with either): any other first byte rules
  // the anchor out before its head is read (most anchors are words, every one of them is asked).
  guard let opening = s.utf8.first, opening | 0x20 == 0x68 || opening | 0x20 == 0x77 else { return false }
  // When the first nine bytes (or all of them) are ASCII, lower-casing maps them byte for byte
  // and every prefix below ends on a character boundary: compare bytes, without a lower-cased
  // copy, on the contiguous bytes (every anchor of every block is asked).
  var text = s
  let verdict = text.withUTF8 { bytes -> Bool? in
    let head = min(9, bytes.count)
    for i in 0..<head where bytes[i] >= 0x80 { return nil }
    func opens(_ prefix: StaticString) -> Bool {
      let n = prefix.utf8CodeUnitCount
      guard head >= n else { return false }
      let p = prefix.utf8Start
      for i in 0..<n {
        let b = bytes[i]
        if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != p[i] { return false }
      }
      return true
    }
    return opens("http://") || opens("https://") || opens("www.")
  }
  if let verdict { return verdict }
  // `lowercasedQuickly` gives the standard library's lower-cased bytes, without a copy for
  // caseless text (most anchors that get here are Korean, Chinese or Japanese titles).
  let l = lowercasedQuickly(s)
  // Each prefix opens with the character `h` or `w`, which only the scalar itself is (nothing
  // decomposes to it): any other first byte rules all three out without comparing characters.
  guard let first = l.utf8.first, first == 0x68 || first == 0x77 else { return false }
  return l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("www.")
}

/// `looksLikeURL` as it read before: the head compared through the UTF-8 view, and other text
/// lower-cased by the standard library (the reference of the byte reading).
func looksLikeURLByViews(_ s: String) -> Bool {
  let head = s.utf8.prefix(9)
  if !head.contains(where: { $0 >= 0x80 }) {
    func opens(_ prefix: StaticString) -> Bool {
      prefix.withUTF8Buffer { p in
        head.count >= p.count && zip(head, p).allSatisfy { (b, c) in (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == c }
      }
    }
    return opens("http://") || opens("https://") || opens("www.")
  }
  let l = s.lowercased()
  return l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("www.")
}

/// Ends with sentence punctuation in any of the scripts we serve.
func endsLikeSentence(_ s: String) -> Bool {
  if let answer = tailEndsLikeSentence(s) { return answer }
  return endsLikeSentenceByCharacters(s)
}

/// `endsLikeSentence` read on the last scalars' bytes, or nil when the text does not end in plain
/// scalars. Finding the last character of a string breaks graphemes backwards and comparing it
/// normalises; but where the closing marks, the character before them and the scalar before
/// that are plain, each of those characters is one scalar (see `isPlainScalar`), and a plain
/// scalar equals one of the punctuation characters exactly when it is that scalar.
func tailEndsLikeSentence(_ s: String) -> Bool? {
  var s = s
  return s.withUTF8 { bytes -> Bool? in
    guard !bytes.isEmpty else { return false }
    /// The scalar that ends at byte offset `end`, and where it starts; nil unless plain.
    func plainScalar(before end: Int) -> (value: UInt32, start: Int)? {
      var start = end - 1
      while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
      let b = bytes[start]
      var v: UInt32
      if b < 0x80 {
        v = UInt32(b)
      } else {
        guard b < 0xF0 else { return nil }
        v = UInt32(b & (b >= 0xE0 ? 0x0F : 0x1F))
        for k in (start + 1)..<end { v = v << 6 | UInt32(bytes[k] & 0x3F) }
      }
      return isPlainScalar(v) ? (v, start) : nil
    }
    guard let final = plainScalar(before: bytes.count) else { return nil }
    var last = final
    // Closing quotes and brackets are dropped; when nothing else is left, the first one stays.
    while last.start > 0, isClosingMark(last.value) {
      guard let before = plainScalar(before: last.start) else { return nil }
      last = before
    }
    // The scalar before the one read must be plain too, so that the two are separate characters.
    if last.start > 0, plainScalar(before: last.start) == nil { return nil }
    switch last.value {
    case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0x2026: return true  // . ! ? 。 ！ ？ …
    default: return final.value == 0xB2E4 || final.value == 0xC694 || final.value == 0xC74C  // 다 요 음
    }
  }
}

/// `"`, `'`, `”`, `’`, `)`, `」`, `』` and `）`: the marks `endsLikeSentence` looks past.
@inline(__always)
private func isClosingMark(_ v: UInt32) -> Bool {
  switch v {
  case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x300D, 0x300F, 0xFF09: return true
  default: return false
  }
}

/// `endsLikeSentence` read character by character (the reference of `tailEndsLikeSentence`).
func endsLikeSentenceByCharacters(_ s: String) -> Bool {
  guard var last = s.last else { return false }
  var t = Substring(s)
  while let l = t.last, l == "\"" || l == "'" || l == "”" || l == "’" || l == ")" || l == "」" || l == "』" || l == "）" {
    t = t.dropLast()
    last = t.last ?? l
  }
  return ".!?。！？…".contains(last) || s.hasSuffix("다") || s.hasSuffix("요") || s.hasSuffix("음")
}

/// A site notice or disclaimer (`免责声明：…`, `We use cookies…`, `이 사이트는 뉴스 기사를…`,
/// `Please read the forum rules…`): the site talking about itself, not the article.
struct NoticeSignal: BoilerplateSignal {
  let kind = BoilerplateKind.footer

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    opens(block, withAnyOf: ChromeLexicon.noticeOpeningList, maximumLength: 300)
  }
}

/// A call to action or a furniture line inside the body (`Follow us on Instagram`, `By signing
/// up, you agree…`, `Credit: Apple`, `Opens in a new window`): the site talking to the reader.
struct CallToActionSignal: BoilerplateSignal {
  let kind = BoilerplateKind.chromeLabel

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    if opens(block, withAnyOf: ChromeLexicon.callToActionOpeningList, maximumLength: 220) { return true }
    // Sign-up small print runs long (the SMS terms, the data policy) but is never the article.
    if opens(block, withAnyOf: ChromeLexicon.smallPrintOpeningList, maximumLength: 600),
      ChromeLexicon.smallPrintWords.contains(where: { block.lowered.containsBytes($0) })
    {
      return true
    }
    // `Follow Newsbeat on Instagram…`, `Follow him @handle`: a follow prompt names a platform or handle.
    guard block.fits(160) else { return false }
    let lowered = block.lowered
    let plain = block.isPlainLowered
    guard plain ? lowered.bytesHavePrefix("follow ") : lowered.hasPrefix("follow ") else { return false }
    return (plain ? lowered.utf8.contains(0x40) : lowered.contains("@")) || ["instagram", "facebook", "twitter", "youtube", "tiktok", "linkedin", "telegram"]
      .contains { lowered.containsBytes($0) }
  }
}

/// A photo credit standing alone (`Sonu Mehta/Hindustan Times/Getty Images`, `Tada Images /
/// Shutterstock`): short, no sentence, ending in a picture agency.
struct PhotoCreditSignal: BoilerplateSignal {
  let kind = BoilerplateKind.chromeLabel

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    guard block.fits(120), !block.endsLikeSentence else { return false }
    if block.isPlainLowered { return Self.plainEndsWithAgency(block.lowered) }
    return Self.endsWithAgencyByCharacters(block.lowered)
  }

  /// Whether lower-cased `lowered`, less its closing `)`, `]` and spaces, ends with a picture
  /// agency: on the bytes, for plain text. There each character is one scalar, so the closing
  /// characters are single bytes and a suffix of characters is a suffix of bytes; reading the
  /// bytes in place spares the substring index arithmetic that cost most of this signal.
  static func plainEndsWithAgency(_ lowered: String) -> Bool {
    var lowered = lowered
    return lowered.withUTF8 { bytes -> Bool in
      var end = bytes.count
      while end > 0, bytes[end - 1] == 0x29 || bytes[end - 1] == 0x5D || bytes[end - 1] == 0x20 { end -= 1 }
      return ChromeLexicon.pictureAgencyBytes.contains { agency in
        let n = agency.count
        guard n <= end else { return false }
        var k = 0
        while k < n && bytes[end - n + k] == agency[k] { k += 1 }
        return k == n
      }
    }
  }

  /// The character-wise reading of `plainEndsWithAgency`, for any text.
  static func endsWithAgencyByCharacters(_ lowered: String) -> Bool {
    var lowered = Substring(lowered)
    while let last = lowered.last, last == ")" || last == "]" || last == " " { lowered = lowered.dropLast() }
    return ChromeLexicon.pictureAgencies.contains { lowered.hasSuffix($0) }
  }
}

/// Whether a line no longer than `maximumLength` opens with one of `openings` (lower-case).
func opens(_ block: BlockText, withAnyOf openings: PhraseList, maximumLength: Int) -> Bool {
  guard block.fits(maximumLength) else { return false }
  // A block no other signal lower-cased (most are too long for them) is read on its opening.
  if !block.hasLowered, openings.isPlain, openings.longest <= ChromeLexicon.longestOpening {
    if let answer = block.plainOpeningInPlace(opensWithAnyOf: openings) { return answer }
    if let opening = block.plainLoweredOpening {
      return openings.startingLike(opening).contains { opening.bytesHavePrefix($0) }
    }
  }
  return opensInFull(block, withAnyOf: openings)
}

/// `opens` on the whole lower-cased text, past the length guard (the reference of the opening's reading).
func opensInFull(_ block: BlockText, withAnyOf openings: PhraseList) -> Bool {
  var lowered = block.lowered
  if block.isPlainLowered {
    // On the lower-cased bytes in place, each candidate compared in memory.
    return lowered.withUTF8 { bytes -> Bool in
      guard let first = bytes.first else { return false }
      return openings.startingWith(first).contains { phrase in
        phrase.utf8.withContiguousStorageIfAvailable { p in
          p.count <= bytes.count && memcmp(bytes.baseAddress!, p.baseAddress!, p.count) == 0
        } ?? bytes.starts(with: phrase.utf8)
      }
    }
  }
  return openings.phrases.contains { lowered.hasPrefix($0) }
}

/// A figure caption (`<figcaption>`, a table caption): it describes a picture, not the story, and
/// news galleries repeat them. Captions leave the body for the record's `captions` field.
struct FigureCaptionSignal: BoilerplateSignal {
  let kind = BoilerplateKind.caption

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    block.kind == .caption
  }
}
