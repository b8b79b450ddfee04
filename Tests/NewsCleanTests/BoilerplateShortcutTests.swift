import Foundation
import LinkSense
import Testing
import TestSupport

@testable import NewsClean

/// The shortcuts of the strip-boilerplate stage against the general readings they stand in for,
/// on generated text: whatever a shortcut answers, the general reading answers too, byte for byte.
@Suite struct BoilerplateShortcutTests {
  /// Pieces of text that every shortcut must read as the general code does: ASCII (capitals,
  /// digits, punctuation, the closing marks and sentence ends the signals look for), every kind of
  /// space, typographic punctuation, Hangul, kana, ideographs, CJK punctuation and full-width
  /// forms, cased letters outside ASCII, and the scalars that join their neighbours into one
  /// character or change under lower-casing or composition (combining marks, conjoining jamo, a
  /// voicing mark, the Kelvin sign, a dotted capital I, an emoji, CR before LF).
  static let pieces: [String] = [
    "a", "Z", "Q", "k", "7", "0", " ", "  ", "\t", "\n", "\r", "\r\n", ".", "!", "?", ",", ":", "-", "|", "/", "(", ")", "'",
    "\"", "\u{2019}", "\u{201D}", "\u{2026}", "\u{2022}", "\u{00B7}", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{FEFF}",
    "\u{200B}", "가", "다", "요", "음", "댓글", "中", "文", "あ", "が", "カ", "ー", "。", "、", "「", "」", "』", "！", "？", "）",
    "Ａ", "ｂ", "é", "É", "ß", "Σ", "ς", "İ", "Ж", "ж", "ệ", "Ệ", "e\u{301}", "\u{301}", "\u{0308}", "\u{1100}", "\u{1161}",
    "\u{11A8}", "\u{3099}", "\u{212A}", "👍", "ความ", "©", "®", "™", "→", "«", "»", "#", "@", "reply", "Reply", "follow us",
    "Credit:", "by clicking", "我们", "免责声明",
  ]

  /// A text of up to `maximum` pieces.
  static func text(_ random: inout SplitMix64, maximum: Int) -> String {
    let count = Int(random.next() % UInt64(maximum + 1))
    return (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
  }

  @Test("lower-casing that keeps a text or hands it to ASCII's mapping gives the bytes mapping every scalar gives")
  func lowerCasing() {
    var random = SplitMix64(seed: 11)
    for _ in 0..<20000 {
      let s = Self.text(&random, maximum: 10)
      let quick = lowercasedQuickly(s)
      #expect(Array(quick.utf8) == Array(lowercasedByScalars(s).utf8), "\(s.debugDescription)")
      #expect(Array(quick.utf8) == Array(s.lowercased().utf8), "\(s.debugDescription)")
    }
    // Caseless text comes back as it is; one capital anywhere is lower-cased.
    for s in ["댓글 3개", "返回列表", "コメント", "reply quote", ""] { #expect(lowercasedQuickly(s) == s) }
    for s in ["댓글 A", "返回Top", "Ж", "a\u{212A}"] { #expect(Array(lowercasedQuickly(s).utf8) == Array(s.lowercased().utf8)) }
  }

  @Test("normalising on bytes gives the bytes that trimming the scalar view and collapsing spaces give")
  func normalising() {
    var random = SplitMix64(seed: 12)
    for _ in 0..<20000 {
      let lowered = lowercasedQuickly(Self.text(&random, maximum: 10))
      let fast = ChromeLexicon.normalize(lowered: lowered)
      #expect(Array(fast.utf8) == Array(ChromeLexicon.normalizeByScalars(lowered: lowered).utf8), "\(lowered.debugDescription)")
    }
    for s in ["", " ", "\u{3000}", "reply", "  reply  ", "a  b", "a\tb", "a\u{00A0}b", "(댓글 3)", "«next»", "e\u{301}"] {
      #expect(Array(ChromeLexicon.normalize(lowered: s).utf8) == Array(ChromeLexicon.normalizeByScalars(lowered: s).utf8))
    }
  }

  @Test("a text told to have at most so many characters has at most that many, counted in full")
  func boundedCount() {
    var random = SplitMix64(seed: 13)
    for _ in 0..<20000 {
      let s = Self.text(&random, maximum: 14)
      let limit = Int(random.next() % 16)
      #expect(hasAtMostCharacters(s, limit) == (s.count <= limit), "\(s.debugDescription) \(limit)")
    }
    // A combining mark right after the limit, and CR before LF across it.
    for s in ["abcde\u{301}", "abcd\r\n", "가나다라마\u{3099}", "abcdef"] {
      for limit in 0..<8 { #expect(hasAtMostCharacters(s, limit) == (s.count <= limit), "\(s.debugDescription) \(limit)") }
    }
  }

  @Test("a block without anchor text has no link density, as dividing by its length finds")
  func densityWithoutCounting() {
    var random = SplitMix64(seed: 14)
    let anchors = ["", "Home", "https://example.com/x", "www.example.org", "댓글", "e\u{301}", "Read more →"]
    for _ in 0..<5000 {
      var block = Block(text: Self.text(&random, maximum: 8), kind: .paragraph)
      for _ in 0..<Int(random.next() % 3) {
        let text = anchors[Int(random.next() % UInt64(anchors.count))]
        block.links.append(InlineLink(href: "https://example.com/", text: text, hidden: false, rel: ""))
      }
      // The density read in full: the text's characters first, then the anchors'.
      let n = block.text.count
      let chars = block.links.filter { !looksLikeURL($0.text) }.reduce(0) { $0 + $1.text.count }
      let full = n > 0 ? min(1, Double(chars) / Double(n)) : 0
      #expect(ContentContainer.proseLinkDensity(block) == full, "\(block.text.debugDescription)")
    }
  }

  @Test("a sentence end read on the last scalars is the one read on the last characters")
  func sentenceEnds() {
    var random = SplitMix64(seed: 15)
    var answered = 0
    for _ in 0..<30000 {
      let s = Self.text(&random, maximum: 6)
      guard let tail = tailEndsLikeSentence(s) else { continue }
      answered += 1
      #expect(tail == endsLikeSentenceByCharacters(s), "\(s.debugDescription)")
    }
    // The shortcut answers for most text, not only the trivial.
    #expect(answered > 10000)
    for s in ["", ".", "\"", "\"\"", "다", "그렇다\"", "Yes.)", "Yes.\u{301}", "Yes\u{301}.", "한다\u{3099}", "끝。」", "x\r\n", "e\u{301}."] {
      #expect(endsLikeSentence(s) == endsLikeSentenceByCharacters(s), "\(s.debugDescription)")
    }
  }

  @Test("a phrase found on a block's lower-cased opening is the one found on the whole lower-cased block")
  func openings() {
    var random = SplitMix64(seed: 16)
    let lists = [ChromeLexicon.noticeOpeningList, ChromeLexicon.callToActionOpeningList, ChromeLexicon.smallPrintOpeningList]
    // Every phrase, as written and with capitals, then anything: a combining mark or a joining
    // scalar right after a phrase must make the two readings agree all the same.
    let phrases = lists.flatMap(\.phrases).flatMap { [$0, $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }
    let filler = String(repeating: "long text after the opening ", count: 12)
    for _ in 0..<20000 {
      var text = random.next() % 4 == 0 ? "" : phrases[Int(random.next() % UInt64(phrases.count))]
      text += Self.text(&random, maximum: 4)
      if random.next() % 3 == 0 { text += filler }
      for list in lists {
        let maximum = [220, 300, 600][Int(random.next() % 3)]
        let general = BlockText(Block(text: text, kind: .paragraph))
        let expected = general.characters <= maximum && opensInFull(general, withAnyOf: list)
        #expect(opens(BlockText(Block(text: text, kind: .paragraph)), withAnyOf: list, maximumLength: maximum) == expected,
          "\(text.debugDescription)")
      }
    }
    // The lists read on long blocks are plain, so those blocks are read on their openings (the
    // calls to action hold `ⓒ`, which is not plain; they are read only on blocks short enough
    // that another signal has lower-cased them already).
    #expect(ChromeLexicon.noticeOpeningList.isPlain && ChromeLexicon.smallPrintOpeningList.isPlain)
    for list in lists { #expect(list.longest <= ChromeLexicon.longestOpening) }
  }

  @Test("text units counted eight ASCII bytes at a time are the units counted scalar by scalar")
  func textUnitWords() {
    var random = SplitMix64(seed: 17)
    // Every ASCII byte, spaces and controls among them, in runs long enough for whole words, at
    // every offset against multi-byte scalars.
    let ascii = (0..<0x80).map { String(Unicode.Scalar(UInt8($0))) }
    for _ in 0..<20000 {
      var s = ""
      for _ in 0..<Int(random.next() % 40) {
        s += random.next() % 4 == 0 ? Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] : ascii[Int(random.next() % 0x80)]
      }
      #expect(ContentContainer.textUnits(s) == ContentContainer.scalarTextUnits(s), "\(s.debugDescription)")
    }
  }

  @Test("sentence punctuation counted on bytes up to a limit is the count of punctuation scalars, capped")
  func punctuationCount() {
    var random = SplitMix64(seed: 18)
    let marks = [",", ".", ";", "!", "?", "，", "。", "、", "！", "？", "；", "．", "〃", "｡", "…", "\u{3003}", "\u{FF1C}"]
    for _ in 0..<20000 {
      var s = ""
      for _ in 0..<Int(random.next() % 16) {
        s += random.next() % 2 == 0 ? marks[Int(random.next() % UInt64(marks.count))] : Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }
      let limit = 1 + Int(random.next() % 8)
      let all = ContentContainer.sentencePunctuationByScalars(s)
      #expect(ContentContainer.sentencePunctuation(s, upTo: limit) == min(all, limit), "\(s.debugDescription)")
    }
  }

  @Test("the byte table of compact labels holds the compact labels, longest first in every bucket")
  func compactLabelTable() {
    let table = ChromeLexicon.compactLabelBytesByFirst
    // The same labels (so no two labels equal as strings differ in their bytes)…
    #expect(Set(table.joined()) == Set(ChromeLexicon.compactLabels.map { Array($0.utf8) }))
    #expect(table.joined().count == ChromeLexicon.compactLabels.count)
    // …each in its first byte's bucket, the longer before the shorter.
    for (first, bucket) in table.enumerated() {
      #expect(bucket.allSatisfy { $0.first == UInt8(first) })
      #expect(zip(bucket, bucket.dropFirst()).allSatisfy { $0.count >= $1.count })
    }
  }

  @Test("runs of lexicon labels read on the byte table as on the character-wise table")
  func labelRunsFromLexicon() {
    var random = SplitMix64(seed: 19)
    let labels = ChromeLexicon.labels.sorted()
    for _ in 0..<5000 {
      var words: [String] = []
      for _ in 0..<(1 + Int(random.next() % 4)) {
        let label = labels[Int(random.next() % UInt64(labels.count))]
        // Whole labels, and labels cut short or run on, which must fail alike.
        switch random.next() % 5 {
        case 0: words.append(String(label.prefix(max(1, label.count - 1))))
        case 1: words.append(label + "s")
        default: words.append(label)
        }
      }
      let n = ChromeLexicon.normalize(words.joined(separator: random.next() % 2 == 0 ? "" : " "))
      guard isPlain(n) else { continue }
      #expect(
        ChromeLexicon.isLabelRun(normalized: n, isPlain: true) == ChromeLexicon.isLabelRun(normalized: n, isPlain: false),
        "\(n)")
    }
  }

  @Test("a class token read in place as a row marker is one the string reading calls a row marker")
  func rowMarkers() {
    var random = SplitMix64(seed: 20)
    // Marker words and their pieces, capitals, and the `-` and `_` that the reading skips.
    let parts = ["odd", "even", "first", "last", "alt", "alternate", "op", "is", "author", "owner", "starter", "Row", "POST",
                 "thread", "By", "x", "-", "_", "--", "e", "n", "t", "r", "1", "st", "ODD", "Last", "Owner"]
    for _ in 0..<30000 {
      let token = (0..<Int(random.next() % 6)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined()
      var bytes = Array(token.utf8)
      let inPlace = bytes.withUnsafeMutableBufferPointer { ThreadDetector.asciiIsRowMarker(UnsafeBufferPointer($0)) }
      #expect(inPlace == ThreadDetector.isRowMarker(Substring(token)), "\(token)")
    }
  }

  @Test("a heading the separator byte test passes over holds none of the separators a heading is split at")
  func headingSeparators() {
    var random = SplitMix64(seed: 22)
    let parts = ["a", " ", ">", "|", "-", " > ", " | ", " - ", "–", "게시판", "e\u{0301}", "\u{0301}", "x"]
    for _ in 0..<20000 {
      let text = (0..<Int(random.next() % 6)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined()
      if !TitleChooser.mayHoldSeparator(text) {
        #expect(![" > ", " | ", " - "].contains { text.contains($0) }, "\(text)")
      }
    }
  }

  @Test("the separators found in one pass over a title are those a search for each finds")
  func titleSeparatorsPresent() {
    var random = SplitMix64(seed: 23)
    let parts = TitleChooser.separators + ["a", " ", "-", "|", ":", "»", "｜", "게시판", "x", "  "]
    for _ in 0..<20000 {
      let text = (0..<Int(random.next() % 7)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined()
      #expect(TitleChooser.separatorsPresent(in: text) == TitleChooser.separators.map { text.containsBytes($0) }, "\(text)")
    }
  }

  @Test("an opening read in place finds the phrase the built lower-cased opening finds")
  func openingsInPlace() {
    var random = SplitMix64(seed: 24)
    let lists = [ChromeLexicon.noticeOpeningList, ChromeLexicon.smallPrintOpeningList, ChromeLexicon.editNoteOpeningList]
      .filter { $0.isPlain && $0.longest <= ChromeLexicon.longestOpening }
    let phrases = lists.flatMap(\.phrases).flatMap { [$0, $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }
    for _ in 0..<20000 {
      var text = random.next() % 4 == 0 ? "" : phrases[Int(random.next() % UInt64(phrases.count))]
      text += Self.text(&random, maximum: 6)
      for list in lists {
        let block = BlockText(Block(text: text, kind: .paragraph))
        let whole = BlockText(Block(text: text, kind: .paragraph))
        if whole.isPlainLowered {
          let lowered = whole.lowered
          #expect(opensInFull(whole, withAnyOf: list) == list.startingLike(lowered).contains { lowered.bytesHavePrefix($0) })
        }
        guard let inPlace = block.plainOpeningInPlace(opensWithAnyOf: list) else { continue }
        let opening = BlockText(Block(text: text, kind: .paragraph)).plainLoweredOpening
        #expect(opening != nil, "\(text.debugDescription)")
        if let opening {
          #expect(inPlace == list.startingLike(opening).contains { opening.bytesHavePrefix($0) }, "\(text.debugDescription)")
        }
      }
    }
  }

  @Test("a block's lower-cased text is plain when the plainness read off the text says so")
  func loweredPlainness() {
    var random = SplitMix64(seed: 25)
    for _ in 0..<20000 {
      let text = Self.text(&random, maximum: 10) + (random.next() % 5 == 0 ? "\u{212A}\r\nİ" : "")
      let block = BlockText(Block(text: text, kind: .paragraph))
      if random.next() % 2 == 0 { _ = block.characters }
      #expect(block.isPlainLowered == isPlain(lowercasedQuickly(text)), "\(text.debugDescription)")
    }
  }

  @Test("text units and plain characters read in one pass are those read apart")
  func unitsAndCharacters() {
    var random = SplitMix64(seed: 26)
    for _ in 0..<20000 {
      var text = Self.text(&random, maximum: 12) + (random.next() % 5 == 0 ? "\r\n🙂\u{0301}" : "")
      let joint = text.withUTF8(ContentContainer.textUnitsAndPlainCharacters(utf8:))
      #expect(joint.units == ContentContainer.scalarTextUnits(text), "\(text.debugDescription)")
      #expect(joint.plainCharacters == plainCharacterCount(text), "\(text.debugDescription)")
      var block = Block(text: text, kind: .paragraph)
      if random.next() % 2 == 0 { block.links = [InlineLink(href: "https://example.com/", text: String(text.prefix(5)), hidden: false, rel: "")] }
      let measure = ProseMeasure(block)
      #expect(measure.units == ContentContainer.textUnits(text) && measure.linkDensity == ContentContainer.proseLinkDensity(block))
    }
  }

  @Test("a post kind read on bytes is the kind read character by character")
  func postKinds() {
    var random = SplitMix64(seed: 27)
    let parts = ["div", "li", ".", "#", " ", "  ", "post", "odd", "even", "rowodd", "first", "firstpost", "alt", "bypostauthor", "p", "-", "_",
                 "comment", "message", "é", "\r", "x1"]
    for _ in 0..<20000 {
      let signature = (0..<Int(random.next() % 9)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined()
      #expect(ThreadDetector.postKind(signature) == ThreadDetector.postKindByCharacters(signature), "\(signature.debugDescription)")
    }
  }

  @Test("a line the counter test rules out is no counter unit once its numbers are gone")
  func counterUnits() {
    var random = SplitMix64(seed: 29)
    let parts = Array(ChromeLexicon.counterUnits) + ["1", "2,034", "3.5", " ", "조회", "가나다라마바사아자차카타파하", "ひらがなカタカナ", "三", "e\u{0301}",
                 "views", "x", "「", "」", "・", "。", "\u{1100}", "\u{AC00}\u{11A8}", "🙂"]
    for _ in 0..<20000 {
      var text = (0..<Int(random.next() % 6)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined()
      if !text.withUTF8(PageInfoSignal.mayBeCounter) {
        #expect(!PageInfoSignal.isCounterUnitByCharacters(text), "\(text.debugDescription)")
      }
    }
  }

  @Test("comparing a prefix's bytes in memory answers as comparing the UTF-8 views does")
  func bytePrefixes() {
    var random = SplitMix64(seed: 21)
    let parts = ["a", "ab", "follow ", "f", "댓글", "댓", "등록", " ", "é", "e\u{0301}", "", "no comments", "🙂", "x"]
    for _ in 0..<20000 {
      let text = (0..<Int(random.next() % 4)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined()
      let prefix = (0..<Int(random.next() % 3)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined()
      let reference = prefix.utf8.isEmpty || text.utf8.starts(with: prefix.utf8)
      #expect(text.bytesHavePrefix(prefix) == reference, "\(text) \(prefix)")
      let sub = text.dropFirst(Int(random.next() % 2))
      #expect(sub.bytesHavePrefix(prefix) == (prefix.utf8.isEmpty || sub.utf8.starts(with: prefix.utf8)), "\(sub) \(prefix)")
    }
  }

  @Test("splitting a title only at the separators it holds gives the parts that trying every separator gives")
  func titleSplit() {
    var random = SplitMix64(seed: 21)
    let words = TitleChooser.separators + ["News", "게시판", "Site", " ", "-", "|", ":", "»", "e\u{301}", "記事", "A", "—", "  "]
    for _ in 0..<10000 {
      let title = (0..<Int(random.next() % 8)).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined()
      // The reading of every separator in turn, as the chooser had it.
      var parts = [normalizeSpace(title)]
      for sep in TitleChooser.separators {
        parts = parts.flatMap { $0.containsBytes(sep) ? $0.components(separatedBy: sep) : [$0] }
      }
      let expected = parts.map { normalizeSpace($0) }.filter { !$0.isEmpty }
      #expect(TitleChooser.split(title).map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(title.debugDescription)")
    }
  }

  @Test("post furniture told at the third letter is what collecting every letter tells")
  func postFurniture() {
    var random = SplitMix64(seed: 22)
    let parts = ["AM", "pm", "a", "m", "P", "M", "3", "12", ":", " ", "#", "*", "+00:00", "é", "Ǆ", "ǅ", "İ", "가", "あ", "中", "Ⅻ",
                 "\u{301}", "ª", "jdoe", "관리자", "ß", "\u{212A}"]
    for _ in 0..<20000 {
      let text = (0..<Int(random.next() % 6)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined()
      #expect(CommentReader.isPostFurniture(text) == CommentReader.isPostFurnitureByLetters(text), "\(text.debugDescription)")
    }
  }

  @Test("a picture agency read on the bytes of plain text ends it as read on its characters")
  func pictureAgencies() {
    var random = SplitMix64(seed: 23)
    let endings = ChromeLexicon.pictureAgencies + ["images", "press", "뉴스", "ap", ")", "]", " ", "))", " ]", "/", "reuters\u{301}"]
    var plain = 0
    for _ in 0..<20000 {
      var text = Self.text(&random, maximum: 3)
      for _ in 0..<Int(random.next() % 4) { text += endings[Int(random.next() % UInt64(endings.count))] }
      let lowered = lowercasedQuickly(text)
      guard isPlain(lowered) else { continue }
      plain += 1
      #expect(PhotoCreditSignal.plainEndsWithAgency(lowered) == PhotoCreditSignal.endsWithAgencyByCharacters(lowered),
        "\(lowered.debugDescription)")
    }
    #expect(plain > 5000)
  }

  @Test("a line's words found to be labels one at a time are the words the split finds to be labels")
  func wordsAreLabels() {
    var random = SplitMix64(seed: 24)
    let words = ["reply", "quote", "report", "share", "목록", "답변", "登录", "x", "(3)", "…", "tweet", "e-mail", "댓글", "follow", "us"]
    for _ in 0..<10000 {
      let line = (0..<Int(random.next() % 6)).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
      let n = ChromeLexicon.normalize(line)
      guard isPlain(n) else { continue }
      let split = n.splitAtByte(0x20).allSatisfy { ChromeLexicon.labels.contains(ChromeLexicon.normalize(String($0))) }
      #expect(ChromeLabelSignal.plainWordsAreLabels(n) == split, "\(n)")
    }
  }

  @Test("a numbered post header turned away on its first byte is one the character reading turns away")
  func numberedPostHeaders() {
    var random = SplitMix64(seed: 25)
    let openings = ["#", "1", "12", "#3", "12345", "123456", "1234567", "١", "１", "#\u{301}", "1\u{301}", "12345\u{301}6",
                    "＃", "a", " ", "가", "", "3  ", "3 \u{301}", "#12 "]
    let rests = [" ：名無しさん：2021/06/05(土) 19:16:00.12 ID:7u/o0x", " jdoe 2024-05-01", ". 2024-05-01", "楼 2023-07-16", "樓2023-07-16",
                 "| x", ": hi", ":\u{301} 2024-05-01", "|", "", "x 2024-05-01", "\r\n2024-05-01", "．2024-05-01"]
    for _ in 0..<10000 {
      let text = openings[Int(random.next() % UInt64(openings.count))] + rests[Int(random.next() % UInt64(rests.count))]
        + Self.text(&random, maximum: 2)
      #expect(PageInfoSignal.isNumberedPostHeader(text) == PageInfoSignal.isNumberedPostHeaderByCharacters(text), "\(text.debugDescription)")
    }
  }

  @Test("a block told from the title by counting past its letters and digits is one normalising tells apart")
  func titleEchoCounting() {
    var random = SplitMix64(seed: 26)
    let titles = ["Rates Rise Again", "rates rise again 2024", "Title", "제목 Title 3", "“Quoted” – title", "Kelvin scale"]
    // The title's words, more of them, and what normalising trims or maps: an emoji or a symbol at
    // an end, a Kelvin sign (lower-cased to `k`), a dotted capital I, a combining mark.
    let extras = ["Rates", "rise", "again", "2024", "Again!", "👍", "©", "\u{212A}", "İ", "e\u{301}", " ", "  ", "–", "“", "”", ".",
                  "title", "TITLE", "kelvin", "Scale", "3", "제목"]
    for title in titles {
      let echo = TitleEcho(title)
      for _ in 0..<4000 {
        var text = random.next() % 2 == 0 ? title : ""
        for _ in 0..<Int(random.next() % 4) {
          let extra = extras[Int(random.next() % UInt64(extras.count))]
          text = random.next() % 2 == 0 ? text + extra : extra + text
        }
        #expect(echo.isEchoed(by: text) == echo.isEchoedInFull(by: text), "\(title) / \(text.debugDescription)")
      }
    }
  }

  @Test("counting a date line's length word by word agrees with counting character by character")
  func boundedCountLong() {
    var random = SplitMix64(seed: 27)
    let fillers = ["abcdefgh", "2024-05-01 ", "가나다", "\r\n", "é", "\u{301}", "12345678901234567890"]
    for _ in 0..<10000 {
      let s = (0..<Int(random.next() % 20)).map { _ in fillers[Int(random.next() % UInt64(fillers.count))] }.joined()
      let limit = Int(random.next() % 100)
      #expect(hasAtMostCharacters(s, limit) == (s.count <= limit), "\(s.debugDescription) \(limit)")
    }
  }

  @Test("a block's length read no further than the longest guard answers every guard as its full count does")
  func cappedLengths() {
    var random = SplitMix64(seed: 28)
    let fillers = ["The quick brown fox jumps. ", "가나다라마바사 ", "中文字", "\r\n", "é", "e\u{301}", "👍", "x", "        "]
    for _ in 0..<3000 {
      let text = (0..<Int(random.next() % 120)).map { _ in fillers[Int(random.next() % UInt64(fillers.count))] }.joined()
      let count = text.count
      for cap in [1, 17, 81, 601, 700] {
        #expect(cappedCharacterCount(text, cap: cap) == min(count, cap), "\(cap) \(text.debugDescription)")
      }
      let block = BlockText(Block(text: text, kind: .paragraph))
      for limit in [16, 60, 80, 119, 120, 140, 160, 220, 240, 300, 600, 601, 1000, Int(random.next() % 800)] {
        #expect(block.fits(limit) == (count <= limit), "\(limit) \(text.debugDescription)")
      }
    }
  }

  @Test("digits and bytes counted on the contiguous bytes are those the UTF-8 view finds")
  func byteReadings() {
    var random = SplitMix64(seed: 29)
    for _ in 0..<10000 {
      let text = Self.text(&random, maximum: 12)
      #expect(containsASCIIDigit(text) == text.utf8.contains { $0 >= 48 && $0 <= 57 })
      // Every ASCII byte, at every offset of a run long enough to be read a word at a time.
      let byte = UInt8(random.next() % 0x80)
      let at = Int(random.next() % 20)
      let run = String(repeating: "x", count: at) + String(Unicode.Scalar(byte)) + String(repeating: "y", count: 19 - at) + text
      #expect(containsASCIIDigit(run) == run.utf8.contains { $0 >= 48 && $0 <= 57 }, "\(run.debugDescription)")
      #expect(occurrences(of: 0x20, in: text) == text.utf8.filter { $0 == 0x20 }.count)
    }
  }

  @Test("a heading cut with an ellipsis is told on its last bytes as on its plainness and characters")
  func truncatedHeadings() {
    var random = SplitMix64(seed: 30)
    let endings = ["…", "...", "..", ".", "\u{0600}…", "…\u{301}", ".\u{301}..", "가…", "👍...", ""]
    for _ in 0..<20000 {
      let text = Self.text(&random, maximum: 4) + endings[Int(random.next() % UInt64(endings.count))]
      #expect(TitleChooser.isTruncated(text) == TitleChooser.isTruncatedByPlainness(text), "\(text.debugDescription)")
    }
  }

  @Test("every scalar the quick lower-casing copies as caseless is its own lower-case form")
  func caselessScalars() {
    var failures: [String] = []
    for v in UInt32(0x80)...0xFFFF where isCaseless(v) {
      guard let x = Unicode.Scalar(v) else { continue }
      if String(x).lowercased().unicodeScalars.map(\.value) != [v] { failures.append(String(v, radix: 16)) }
    }
    #expect(failures.isEmpty, "\(failures.prefix(20))")
  }

  @Test("lower-casing any scalar beside a capital gives the standard library's bytes")
  func lowerCasingEveryScalar() {
    var failures: [String] = []
    for v in UInt32(0)...0x10FFFF {
      guard let x = Unicode.Scalar(v) else { continue }
      for s in ["A" + String(x), String(x) + "가"] where Array(lowercasedQuickly(s).utf8) != Array(s.lowercased().utf8) {
        failures.append(String(v, radix: 16))
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(20))")
  }

  @Test("an anchor read as a URL on its bytes is one the UTF-8 view and full lower-casing read as a URL")
  func urlAnchors() {
    var random = SplitMix64(seed: 31)
    let openings = ["http://", "HTTPS://", "Www.", "www", "http:/", "ｗｗｗ.", "İttp://", "\u{212A}", "https://\u{301}", "h", "", "가", "👍"]
    for _ in 0..<20000 {
      let text = openings[Int(random.next() % UInt64(openings.count))] + Self.text(&random, maximum: 4)
      #expect(looksLikeURL(text) == looksLikeURLByViews(text), "\(text.debugDescription)")
    }
    // The first-byte test: only `h`, `w` and their capitals lower-case to text opening with either.
    for v in UInt32(0)...0x10FFFF {
      guard let x = Unicode.Scalar(v), let first = String(x).lowercased().utf8.first, first == 0x68 || first == 0x77 else { continue }
      #expect([0x48, 0x68, 0x57, 0x77].contains(v), "\(String(v, radix: 16))")
    }
  }

  @Test("the first occurrence found through memchr is the first found byte by byte")
  func firstOccurrences() {
    var random = SplitMix64(seed: 32)
    // Few byte values, so that needles occur, overlap and nearly occur.
    let alphabet: [UInt8] = [0x61, 0x62, 0x63, 0x20, 0xEA, 0xB0, 0x80]
    func naive(_ needle: [UInt8], _ hay: [UInt8]) -> Int? {
      guard !needle.isEmpty, needle.count <= hay.count else { return nil }
      return (0...(hay.count - needle.count)).first { Array(hay[$0..<($0 + needle.count)]) == needle }
    }
    for _ in 0..<20000 {
      let hay = (0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
      let needle = (0..<Int(random.next() % 5)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
      let found = hay.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { firstByteOccurrence(of: $0, in: h) } }
      #expect(found == naive(needle, hay), "\(needle) in \(hay)")
    }
  }

  @Test("a footer marker found through memchr is one containsBytes finds")
  func footerMarkers() {
    var random = SplitMix64(seed: 33)
    let markers = ChromeLexicon.footerMarkers + ["Copyright", "© 2024", "All Rights Reserved.", "powered", "phpb", "gmt"]
    for _ in 0..<10000 {
      var text = Self.text(&random, maximum: 4)
      for _ in 0..<Int(random.next() % 3) {
        text += markers[Int(random.next() % UInt64(markers.count))] + Self.text(&random, maximum: 2)
      }
      if random.next() % 4 == 0 { text += String(repeating: "long line of text ", count: 8) }
      let block = Block(text: text, kind: .paragraph)
      #expect(FooterSignal().matches(BlockText(block), context: BlockContext())
        == FooterSignal().matchesByContainsBytes(BlockText(block)), "\(text.debugDescription)")
    }
  }

  @Test("a plain text that equals a label or an empty-comments notice passes the entry filter")
  func entryFilters() {
    // Why bytes decide: the entries are composed, and plain text is composed too (no composed
    // character decomposes to plain scalars only, so none can be formed from them).
    for entry in ChromeLexicon.labels.union(ChromeLexicon.emptyCommentNotices) {
      #expect(Array(entry.utf8) == Array(entry.precomposedStringWithCanonicalMapping.utf8), "\(entry)")
    }
    var composedFromPlain: [String] = []
    for v in UInt32(0x80)...0xFFFF {
      guard let x = Unicode.Scalar(v) else { continue }
      let parts = String(x).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
      if parts.count >= 2, parts.allSatisfy(isPlainScalar) { composedFromPlain.append(String(v, radix: 16)) }
    }
    #expect(composedFromPlain.isEmpty, "\(composedFromPlain.prefix(20))")
    // Every plain entry passes, and so does every plain text a set holds.
    for (set, filter) in [(ChromeLexicon.labels, ChromeLexicon.labelFilter),
                          (ChromeLexicon.emptyCommentNotices, ChromeLexicon.emptyCommentNoticeFilter)] {
      for entry in set where isPlain(entry) { #expect(filter.mayContain(plain: entry), "\(entry)") }
      var random = SplitMix64(seed: 34)
      let entries = set.sorted()
      for _ in 0..<20000 {
        var text = entries[Int(random.next() % UInt64(entries.count))]
        switch random.next() % 4 {
        case 0: text += Self.text(&random, maximum: 1)
        case 1: text = Self.text(&random, maximum: 1) + text
        case 2: text = String(text.dropLast())
        default: break
        }
        let n = ChromeLexicon.normalize(text)
        guard isPlain(n) else { continue }
        if set.contains(n) { #expect(filter.mayContain(plain: n), "\(n)") }
      }
    }
  }

  @Test("a byte set read from contiguous bytes holds exactly the bytes the generic reading holds")
  func byteSetFromBuffer() {
    var random = SplitMix64(seed: 35)
    for _ in 0..<2000 {
      let bytes = (0..<Int(random.next() % 40)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let fast = bytes.withUnsafeBufferPointer { ByteSet($0) }
      let general = ByteSet(bytes.lazy.map { $0 })
      #expect(fast.isSuperset(of: general) && general.isSuperset(of: fast), "\(bytes)")
      for b in UInt8.min...UInt8.max {
        #expect(fast.isSuperset(of: ByteSet(CollectionOfOne(b))) == bytes.contains(b), "\(bytes) \(b)")
      }
    }
  }

  @Test("a child index lists each element's children and the roots as filtering the parents does")
  func childIndex() {
    var random = SplitMix64(seed: 36)
    for _ in 0..<500 {
      let count = Int(random.next() % 60)
      let parents = (0..<count).map { serial in serial == 0 || random.next() % 5 == 0 ? -1 : Int(random.next() % UInt64(serial)) }
      let index = ChildIndex(parents: parents)
      #expect(index.roots == parents.indices.filter { parents[$0] < 0 }, "\(parents)")
      for e in 0..<count {
        #expect(Array(index.children(e)) == parents.indices.filter { parents[$0] == e }, "\(parents) \(e)")
      }
    }
  }

  @Test("a state variant read on the bytes of ASCII signatures is one the character reading finds")
  func stateVariantOnBytes() {
    let tags = ["div", "li", "article", ""]
    let classes = ["comment", "answer", "accepted-answer", "post", "is-new", "highlighted", "", " "]
    let ids = ["", "#c1", "#c2", "#"]
    var random = SplitMix64(seed: 37)
    func signature() -> String {
      let tag = tags[Int(random.next() % UInt64(tags.count))]
      if random.next() % 8 == 0 { return tag }
      let tokens = (0..<Int(random.next() % 4)).map { _ in classes[Int(random.next() % UInt64(classes.count))] }
      var s = tag + "." + tokens.joined(separator: random.next() % 3 == 0 ? "  " : " ")
      s += ids[Int(random.next() % UInt64(ids.count))]
      if random.next() % 10 == 0 { s += "\r" }
      return s
    }
    for _ in 0..<20000 {
      let a = signature()
      let b = random.next() % 4 == 0 ? a + " " + classes[Int(random.next() % UInt64(classes.count))] : signature()
      guard characterCount(a) != characterCount(b) else { continue }
      #expect(CommentReader.isStateVariant(a, of: b) == CommentReader.isStateVariantByCharacters(a, of: b), "\(a.debugDescription) \(b.debugDescription)")
    }
  }

  @Test("a label whose byte pairs a line lacks is not in the line, before and after labels are blanked")
  func bytePairFilter() {
    var random = SplitMix64(seed: 37)
    let labels = ChromeLexicon.infoLabelsLongestFirstBytes
    let parts = ChromeLexicon.infoLabelsLongestFirst + ["1", " ", "2024", ":", "x", "by", "maybe", "é", "조회", "。"]
    for _ in 0..<5000 {
      var bytes = Array((0..<Int(random.next() % 6)).map { _ in parts[Int(random.next() % UInt64(parts.count))] }.joined().utf8)
      var pairs = bytes.withUnsafeBufferPointer(ByteSet.pairs)
      for _ in 0..<3 {
        var found: [(label: Int, at: Int)] = []
        for k in labels.indices {
          if let at = labels[k].withUnsafeBufferPointer({ l in bytes.withUnsafeBufferPointer { firstByteOccurrence(of: l, in: $0) } }) {
            #expect(pairs.isSuperset(of: ChromeLexicon.infoLabelsLongestFirstPairSets[k]), "\(bytes) \(labels[k])")
            found.append((k, at))
          }
        }
        // Blanking a label found, as `PageInfoSignal` does, with the pairs it adds.
        guard !found.isEmpty else { break }
        let (k, at) = found[Int(random.next() % UInt64(found.count))]
        bytes.replaceSubrange(at..<(at + labels[k].count), with: [0x20])
        if at > 0 { pairs.insertPair(bytes[at - 1], 0x20) }
        if at + 1 < bytes.count { pairs.insertPair(0x20, bytes[at + 1]) }
        #expect(pairs.isSuperset(of: bytes.withUnsafeBufferPointer(ByteSet.pairs)), "\(bytes)")
      }
    }
  }
}
