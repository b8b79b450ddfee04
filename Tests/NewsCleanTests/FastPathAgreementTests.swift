import Foundation
import Testing

@testable import NewsClean

/// Fast paths of the boilerplate and duplicate stages against the general code they replace,
/// on input chosen to break them.
@Suite struct FastPathAgreementTests {
  /// A deterministic generator, so a failure repeats.
  struct Generator {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
  }

  /// Scalars next to which the fast paths must still agree: ASCII (capitals included), spaces,
  /// typographic punctuation, Hangul, ideographs, kana (with and without voicing), and the
  /// neighbours that must send the text down the general path (combining marks, conjoining and
  /// compatibility jamo, voicing marks, full-width and half-width forms, Latin-1, a sign).
  static let pieces: [String] = [
    "A", "z", "Q", "7", " ", "\t", "\n", ".", "-", "\u{2019}", "\u{2026}", "\u{2024}", "\u{203C}", "\u{2033}", "\u{3000}",
    "\u{3001}", "\u{3002}", "가", "각", "힣", "中", "文", "あ", "が", "ゔ", "カ", "ヺ", "ー", "\u{3099}", "\u{309B}",
    "\u{309F}", "\u{30FF}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{3131}", "\u{FF21}", "\u{FF76}", "é", "e\u{301}", "\u{212A}",
    "\u{F900}", "İ", "Σ", "👍", "\u{00A0}", "\u{FEFF}", "㈱", "①", "Ä", "ß", "ÿ", "Þ", "½", "ª", "µ", "©", "\u{200B}",
    "\u{0308}", "\u{00A8}", "¼", "¾", "¹", "²", "³", "º", "1", "\u{2044}",
  ]

  @Test("the display-none utility found through memchr is the one read token by token")
  func displayNoneUtility() {
    let parts = ["d-none", "d-", "d", "-", "none", "d-md-block", "d-nonex", "dd-none", " ", "  ", "\t", "\n", "\r", "x", "card", "add-", "é"]
    var g = Generator(state: 41)
    for _ in 0..<20000 {
      let value = (0..<g.next(7)).map { _ in parts[g.next(parts.count)] }.joined()
      var bytes = Array(value.utf8)
      bytes.withUnsafeMutableBufferPointer { bytes in
        let bytes = UnsafeBufferPointer(bytes)
        #expect(Visibility.isDisplayNoneUtility(bytes) == Visibility.isDisplayNoneUtilityByTokens(bytes), "\(value.debugDescription)")
      }
    }
  }

  @Test("trimming a copy joined to a paragraph by filed tails trims what comparing every pair trims")
  func joinedCopyTrimming() {
    // Paragraphs of 40 characters and more, some with combining marks, each also written with
    // its `é` decomposed (canonically the same text, but not plain), and blocks that end with one
    // or two of them (a joined copy), in every order.
    let plainPieces = ["a", "b", "Q", " ", ".", "가", "中", "é", "ß"]
    let written = (0..<4).map { k -> String in
      var g = Generator(state: UInt64(100 + k))
      let pieces = k < 2 ? plainPieces : Self.pieces
      return "é" + (0..<(40 + g.next(30))).map { _ in pieces[g.next(pieces.count)] }.joined() + "é"
    }
    let paragraphs = written + written.map { $0.replacingOccurrences(of: "é", with: "e\u{301}") }
    var g = Generator(state: 17)
    for round in 0..<3000 {
      let blocks = (0..<(1 + g.next(7))).map { i -> Block in
        var text = paragraphs[g.next(paragraphs.count)]
        for _ in 0..<g.next(3) { text += (g.next(2) == 0 ? " " : "") + paragraphs[g.next(paragraphs.count)] }
        var b = block(text, kind: .paragraph)
        b.index = i
        return b
      }
      let filed = RemoveDuplicatedBody.trimmingJoinedCopy(blocks).map(\.text)
      let pairs = RemoveDuplicatedBody.trimmingJoinedCopyByPairs(blocks).map(\.text)
      #expect(filed == pairs, "round \(round)")
    }
  }

  @Test("simple folding equals the general folding, scalar by scalar and on mixed text")
  func simpleFold() {
    var failures: [String] = []
    // Whatever the fast path accepts, anywhere in the BMP, it folds as the general path does.
    for v in UInt32(0)...0xFFFF {
      guard let x = Unicode.Scalar(v) else { continue }
      for s in [String(x), "A" + String(x) + "가", String(x) + String(x), "\u{3042}" + String(x) + "Z", "é" + String(x) + "Ü"] {
        if let fast = RemoveDuplicatedBody.foldSimple(s), fast != RemoveDuplicatedBody.foldGeneral(s) {
          failures.append("U+\(String(v, radix: 16))")
        }
      }
    }
    // And it accepts the scripts it is meant for.
    let accepted: [ClosedRange<UInt32>] = [
      0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x3041...0x3096, 0x30A1...0x30FA, 0x3000...0x3002, 0x2010...0x2027, 0x2030...0x205E,
      0...0x7F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0xA0...0xA7, 0xB2...0xB3, 0xB9...0xBA, 0xBC...0xBE, 0xAA...0xAA,
      0xB5...0xB5,
    ]
    for range in accepted {
      for v in range where RemoveDuplicatedBody.foldSimple(String(Unicode.Scalar(v)!)) == nil {
        failures.append("nil U+\(String(v, radix: 16))")
      }
    }
    var g = Generator(state: 42)
    for _ in 0..<20000 {
      let s = (0..<(1 + g.next(12))).map { _ in Self.pieces[g.next(Self.pieces.count)] }.joined()
      if let fast = RemoveDuplicatedBody.foldSimple(s), fast != RemoveDuplicatedBody.foldGeneral(s) { failures.append(s) }
      #expect(RemoveDuplicatedBody.fold(s) == RemoveDuplicatedBody.fold(s + ""))
    }
    #expect(failures.isEmpty, "\(failures.prefix(20))")
    // What composes or folds is left to the general path.
    for s in ["か\u{3099}", "가\u{11A8}", "\u{3131}", "\u{FF21}", "e\u{301}", "\u{309F}", "㈱"] {
      #expect(RemoveDuplicatedBody.foldSimple(s) == nil)
    }
  }

  @Test("text units read from bytes equal text units read by scalar")
  func textUnitBytes() {
    var failures: [String] = []
    for v in UInt32(0)...0x10FFFF {
      guard let x = Unicode.Scalar(v) else { continue }
      let s = "a " + String(x) + "\t가"
      if ContentContainer.textUnits(s) != ContentContainer.scalarTextUnits(s) { failures.append(String(v, radix: 16)) }
    }
    var g = Generator(state: 7)
    for _ in 0..<20000 {
      let s = (0..<g.next(16)).map { _ in Self.pieces[g.next(Self.pieces.count)] }.joined()
      if ContentContainer.textUnits(s) != ContentContainer.scalarTextUnits(s) { failures.append(s) }
    }
    #expect(failures.isEmpty, "\(failures.prefix(20))")
  }

  @Test("dropping quotes with shingle tables equals dropping them with sets")
  func quoteTables() {
    let sentences = [
      "The council approved the new budget after a long debate on Tuesday night.",
      "Residents said the plan ignores the needs of the northern districts entirely.",
      "I agree with the first commenter, this is a waste of money.",
      "새로운 예산안이 화요일 밤 긴 토론 끝에 승인되었습니다.",
      "市议会在周二晚上经过长时间辩论后批准了新预算。",
      "Short.", "ok", "Thanks!", "The council approved the new budget",
      "approved the new budget after a long debate on Tuesday night and more words here.",
    ]
    var g = Generator(state: 99)
    for round in 0..<3000 {
      let body = (0..<g.next(5)).map { i in
        var b = Block(text: (0..<(1 + g.next(3))).map { _ in sentences[g.next(sentences.count)] }.joined(separator: " "), kind: .paragraph)
        b.index = i
        return b
      }
      let comments = (0..<(1 + g.next(5))).map { _ in
        NewsClean.Comment(
          author: nil, date: nil,
          text: (0..<(1 + g.next(4))).map { _ in
            // Some lines quote part of a sentence, some repeat it whole, some are empty.
            let s = sentences[g.next(sentences.count)]
            return g.next(4) == 0 ? String(s.prefix(g.next(s.count + 1))) : s
          }.joined(separator: "\n"))
      }
      let fast = CommentReader.droppingQuotes(comments, body: body)
      let reference = CommentReader.droppingQuotesWithSets(comments, body: body)
      #expect(fast == reference, "round \(round)")
    }
  }

  @Test("a comment's lines found with memchr are the lines splitting its characters gives")
  func commentLines() {
    let pieces = ["a", "bc", "\n", "\n\n", "\r\n", "\r", "댓글", "e\u{0301}", "\u{0301}", " ", "🙂"]
    var g = Generator(state: 13)
    for _ in 0..<20000 {
      let s = (0..<g.next(8)).map { _ in pieces[g.next(pieces.count)] }.joined()
      #expect(CommentReader.lineStrings(s) == s.split(separator: "\n").map(String.init), "\(s.debugDescription)")
    }
  }

  @Test("asking whether a text holds a date answers as listing its dates does")
  func containsDate() {
    let pieces = [
      "2024", ".", "-", "/", " ", "11", "12", "07", "3", "31", "Dec", "december", "Mon", "Sat", "Jun", "15,", ":", "45", "pm",
      "년", "월", "일", "年", "月", "日", "May", "may be", "on", "by gardenfan", "»", "|", "2011.12.07", "24.11.12", "09:30", "10 December 2022",
    ]
    var g = Generator(state: 5)
    for _ in 0..<20000 {
      let s = (0..<g.next(10)).map { _ in pieces[g.next(pieces.count)] }.joined(separator: g.next(2) == 0 ? " " : "")
      #expect(DateReader.containsDate(in: s) == !DateReader.allInFull(in: s).isEmpty, "\(s)")
    }
  }

  @Test("listing dates after the byte scan's shortcuts lists what reading every text in full lists")
  func datesAfterByteHints() {
    let pieces = [
      "2024", "1970", "2100", "0", "12", "07", "3", "31", "202", "02024", ".", "-", "/", " ", ":", ",", "T", "Dec", "december", "Sept",
      "mar", "MAY", "Jun", "x", "년", "월", "일", "年", "月", "日", "é", "한", "2011.12.07", "24.11.12", "09:30", "2024년 11월 10일",
      "2024年11月10日", "10 December 2022", "Dec 10, 2022", "\u{0301}", "👍", "de", "del", "janeiro", "março", "MARÇO", "décembre",
      "août", "Fév", "März", "ç", "×", "Ä", "22 de enero de 2018", "dé",
    ]
    var g = Generator(state: 11)
    for _ in 0..<30000 {
      let s = (0..<g.next(9)).map { _ in pieces[g.next(pieces.count)] }.joined(separator: g.next(3) == 0 ? " " : "")
      #expect(DateReader.all(in: s) == DateReader.allInFull(in: s), "\(s)")
    }
  }

  @Test("counting English words on bytes counts what splitting into characters counts")
  func englishWordCounts() {
    let pieces = Self.pieces + [
      "the", "The", "THE", "and", "of", "said", "saidx", "to", "in", "with", "theé", "\r\n", "\r", "'", "2024", "by", " the ",
    ]
    var g = Generator(state: 11)
    var declined = 0
    for round in 0..<20000 {
      let s = (0..<(1 + g.next(14))).map { _ in pieces[g.next(pieces.count)] }.joined(separator: g.next(3) == 0 ? "" : " ")
      if let fast = LanguageGuess.plainWordCounts(s) {
        #expect(fast == LanguageGuess.generalWordCounts(s), "round \(round): \(s.debugDescription)")
      } else {
        declined += 1
      }
    }
    #expect(declined < 20000)
    // The 4,000-character window: what sits right after it must not join its last character.
    let long = String(repeating: "the and ", count: 500)
    for tail in ["", "x", "the", "\u{301}", "é", "\r\n", "\u{2019}", "中"] {
      for cut in 0..<3 {
        let s = String(long.dropLast(cut)) + tail + " of"
        if let fast = LanguageGuess.plainWordCounts(s) {
          #expect(fast == LanguageGuess.generalWordCounts(s), "\(cut) \(tail.debugDescription)")
        }
        #expect(LanguageGuess.englishLike(s) == Self.englishLikeAsWritten(s))
      }
    }
  }

  @Test("splitting at a byte gives the Character split's pieces wherever a caller takes that path")
  func splitAtByte() {
    // Separators and their dangerous neighbours: a combining mark or a CR that would join a
    // separator into a larger character, doubled and edge separators (empty pieces).
    let pieces = Self.pieces + [" ", "  ", ".", "..", "|", "\r", "\r\n", "\u{301}", " \u{301}", ".\u{301}", "\u{0600}", "xn--", "www"]
    let asciiPieces = pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    var g = Generator(state: 29)
    var taken = (plain: 0, ascii: 0)
    for round in 0..<30000 {
      // Every other round from the ASCII pieces alone (CRs included), so host-like text is common.
      let pool = round % 2 == 0 ? pieces : asciiPieces
      let s = (0..<(1 + g.next(10))).map { _ in pool[g.next(pool.count)] }.joined(separator: g.next(2) == 0 ? "" : " ")
      // The guards of the callers: plain text (chrome labels, hijacked words) for spaces, ASCII
      // without a CR (host names) for dots.
      if isPlain(s) {
        taken.plain += 1
        #expect(Self.utf8Pieces(s.splitAtByte(0x20)) == Self.utf8Pieces(s.split(separator: " ")), "round \(round): \(s.debugDescription)")
        #expect(Self.utf8Pieces(Substring(s).splitAtByte(0x20)) == Self.utf8Pieces(Substring(s).split(separator: " ")), "round \(round)")
      }
      if s.isASCIIWithoutCR {
        taken.ascii += 1
        #expect(Self.utf8Pieces(s.splitAtByte(0x2E)) == Self.utf8Pieces(s.split(separator: ".")), "round \(round): \(s.debugDescription)")
        #expect(Self.utf8Pieces(s.splitAtByte(0x20)) == Self.utf8Pieces(s.split(separator: " ")), "round \(round): \(s.debugDescription)")
      }
      // Comment lines: without a CR every LF is a character of its own, whatever the text.
      if !s.utf8.contains(0x0D) {
        #expect(Self.utf8Pieces(s.splitAtByte(0x0A)) == Self.utf8Pieces(s.split(separator: "\n")), "round \(round): \(s.debugDescription)")
      }
      // The ASCII guard is what it says: every byte one character.
      #expect(s.isASCIIWithoutCR == (s.utf8.count == s.count && s.utf8.allSatisfy { $0 < 0x80 } && !s.utf8.contains(0x0D)))
    }
    #expect(taken.plain > 1000 && taken.ascii > 1000)
  }

  @Test("finding a link's text by bytes in plain text finds what Foundation's search finds")
  func plainRange() {
    // Scalars Foundation might fold or skip (soft hyphen, C1 controls, NEL, no-break space), the
    // composed and decomposed forms the plain test must keep apart, and repeated runs.
    let pieces = Self.pieces + [
      "\u{00AD}", "\u{0085}", "\u{0080}", "\u{009F}", "\u{00A0}", "é", "e", "\u{301}", "가", "각", "\u{11A8}", "か", "\u{3099}",
      "\u{FF9E}", "\u{FF76}", "\u{2028}", "\u{2060}", "\u{2010}", "\u{2027}", "Ǆ", "ǅ", "ﬁ", "fi", "ä", "a\u{308}", "\u{212B}",
      "Å", "\r", "\r\n", "aa", "가가", "。",
    ]
    var g = Generator(state: 41)
    var fast = 0
    for round in 0..<20000 {
      let text = (0..<(1 + g.next(12))).map { _ in pieces[g.next(pieces.count)] }.joined()
      // Needles cut from the text (at scalar boundaries) as well as drawn afresh.
      let scalars = Array(text.unicodeScalars)
      let needle: String
      if g.next(2) == 0, !scalars.isEmpty {
        let a = g.next(scalars.count)
        let b = a + 1 + g.next(min(4, scalars.count - a))
        needle = String(String.UnicodeScalarView(scalars[a..<b]))
      } else {
        needle = (0..<(1 + g.next(3))).map { _ in pieces[g.next(pieces.count)] }.joined()
      }
      if isPlain(text), isPlain(needle) { fast += 1 }
      let mine = RemoveSpamLinks.range(of: needle, in: text)
      let foundation = text.range(of: needle)
      #expect(
        mine.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
          == foundation.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound) },
        "round \(round): \(needle.debugDescription) in \(text.debugDescription)")
    }
    #expect(fast > 2000)
  }

  @Test("a month found after the three-letter opening test is the month the table names")
  func monthOpenings() {
    // Every month name, its cuts and extensions, and generated words over the letters of
    // month names (so that many share an opening with one).
    var words = DateReader.months.keys.flatMap { [$0, $0 + "s", String($0.dropLast()), "x" + $0] }
    let letters = Array(Set(DateReader.months.keys.joined())).map(String.init).sorted() + ["z", "q"]
    var g = Generator(state: 53)
    for _ in 0..<20000 { words.append((0..<(3 + g.next(7))).map { _ in letters[g.next(letters.count)] }.joined()) }
    for word in words where word.utf8.count >= 3 {
      #expect(DateReader.monthNumber(Array(word.utf8)) == DateReader.months[word], "\(word)")
    }
  }

  @Test("a label's spaces dropped on bytes are the space characters a filter drops")
  func labelsWithoutSpaces() {
    var labels = Array(ChromeLexicon.labels)
    var g = Generator(state: 67)
    for _ in 0..<20000 { labels.append((0..<(1 + g.next(8))).map { _ in Self.pieces[g.next(Self.pieces.count)] }.joined()) }
    for label in labels {
      #expect(Array(ChromeLexicon.withoutSpaces(label).utf8) == Array(label.filter { $0 != " " }.utf8), "\(label.debugDescription)")
    }
  }

  @Test("components of plain text split on bytes are the components split on characters")
  func plainComponents() {
    // Title separators and their parts, overlapping runs (` - - `, `aaa` by `aa`), and the
    // characters that would join a separator into a larger one in other text.
    let pieces = Self.pieces + TitleChooser.separators + [" - - ", "aa", "a", "-", " ", "\u{301}", "\r", "\r\n", "。"]
    let separators = TitleChooser.separators + [" ", "aa", "-", "( ", "。", "가", "\u{301}", " \u{301}", "\r\n", "\n"]
    var g = Generator(state: 71)
    var fast = 0
    for round in 0..<20000 {
      let text = (0..<(g.next(10))).map { _ in pieces[g.next(pieces.count)] }.joined()
      let separator = separators[g.next(separators.count)]
      let general = text.generalComponents(separatedBy: separator).map { Array($0.utf8) }
      #expect(text.components(separatedBy: separator).map { Array($0.utf8) } == general, "round \(round)")
      if isPlain(text), isPlain(separator) {
        fast += 1
        #expect(text.plainComponents(separatedBy: separator).map { Array($0.utf8) } == general, "round \(round): \(separator.debugDescription) in \(text.debugDescription)")
      }
    }
    #expect(fast > 2000)
  }

  @Test("info labels sorted on counted lengths are in the order of sorting by counting")
  func infoLabelOrder() {
    let asWritten = ChromeLexicon.infoLabels.sorted { ($0.count, $0) > ($1.count, $1) }
    #expect(ChromeLexicon.infoLabelsLongestFirst.map { Array($0.utf8) } == asWritten.map { Array($0.utf8) })
  }

  /// Pieces as bytes: `==` on strings would let canonically equivalent pieces pass.
  static func utf8Pieces(_ pieces: [Substring]) -> [[UInt8]] { pieces.map { Array($0.utf8) } }

  @Test("a title echo told apart on bytes is one that normalising tells apart")
  func titleEcho() {
    // Every scalar of the BMP before and after an ellipsis and after a letter: a prepended mark
    // (U+0600) joins the ellipsis into its character, a combining mark joins it to the one before.
    var failures: [String] = []
    for v in UInt32(0)...0xFFFF {
      guard let x = Unicode.Scalar(v) else { continue }
      for s in [String(x) + "…", String(x) + "...", "a" + String(x), String(x) + "..", "." + String(x), "…" + String(x), String(x)] {
        if TitleEcho.endsWithEllipsis(s) != (s.hasSuffix("…") || s.hasSuffix("...")) { failures.append("U+\(String(v, radix: 16))") }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(20))")
    let titles = [
      "Breaking News: Rates Rise", "breaking news – rates rise", "“Quoted” title…", "제목 있는 글", "Title 2024", "A", "...", "",
      "Crème brûlée recipe", "The Kelvin \u{212A} scale",
    ]
    let pieces = Self.pieces + ["Breaking", "breaking", "News", ":", "Rates", "Rise", "rise", "…", "...", "\u{0600}", "“", "”", "–", "2024"]
    var g = Generator(state: 23)
    for title in titles {
      let echo = TitleEcho(title)
      for text in titles + titles.map({ $0 + "…" }) + titles.map({ String($0.prefix(12)) + "..." }) {
        #expect(echo.isEchoed(by: text) == echo.isEchoedInFull(by: text), "\(title) / \(text)")
      }
      for _ in 0..<3000 {
        let text = (0..<(1 + g.next(8))).map { _ in pieces[g.next(pieces.count)] }.joined(separator: g.next(2) == 0 ? " " : "")
        #expect(echo.isEchoed(by: text) == echo.isEchoedInFull(by: text), "\(title) / \(text.debugDescription)")
      }
    }
  }

  @Test("dropping numbers byte by byte drops the scalars of a numeric type")
  func withoutNumbers() {
    // Numbers beside Hangul and kana: CJK numerals (一, 〇), full-width, circled and Latin-1 digits.
    let pieces = Self.pieces + ["〇", "一", "二", "十", "百", "①", "²", "½", "１", "٣", "Ⅻ", ",", ".", "12", "3.5", "조회", "件", "ヶ", "〡"]
    for v in UInt32(0)...0xFFFF {
      guard let x = Unicode.Scalar(v) else { continue }
      let s = "가" + String(x) + "1"
      #expect(PageInfoSignal.plainWithoutNumbers(s) == PageInfoSignal.scalarsWithoutNumbers(s), "U+\(String(v, radix: 16))")
    }
    var g = Generator(state: 31)
    for _ in 0..<20000 {
      let s = (0..<(1 + g.next(10))).map { _ in pieces[g.next(pieces.count)] }.joined(separator: g.next(2) == 0 ? " " : "")
      #expect(PageInfoSignal.plainWithoutNumbers(s) == PageInfoSignal.scalarsWithoutNumbers(s), "\(s.debugDescription)")
    }
  }

  /// `englishLike` as first written: the reference the byte reading must agree with.
  static func englishLikeAsWritten(_ text: String) -> Bool {
    let (words, hits) = LanguageGuess.generalWordCounts(text)
    return words > 0 && Double(hits) / Double(words) > 0.08
  }
}

extension CommentReader {
  /// `droppingQuotes` as first written, with `Set`s: the reference the tables must agree with.
  static func droppingQuotesWithSets(_ comments: [NewsClean.Comment], body: [Block]) -> [NewsClean.Comment] {
    guard !comments.isEmpty else { return [] }
    let lines = comments.map { comment in
      comment.text.split(separator: "\n").map { line in
        (text: String(line), grams: RemoveDuplicatedBody.shingles(RemoveDuplicatedBody.fold(String(line))))
      }
    }
    var seen = Set<UInt64>()
    for block in body { seen.formUnion(RemoveDuplicatedBody.shingles(RemoveDuplicatedBody.fold(block.text))) }
    var out: [NewsClean.Comment] = []
    for (var comment, commentLines) in zip(comments, lines) {
      var kept: [String] = []
      var added: [Set<UInt64>] = []
      for line in commentLines {
        let grams = line.grams
        if grams.count >= 4, RemoveDuplicatedBody.coverage(grams, by: seen) >= RemoveDuplicatedBody.coverageThreshold { continue }
        added.append(grams)
        kept.append(line.text)
      }
      for grams in added { seen.formUnion(grams) }
      comment.text = kept.joined(separator: "\n")
      if !comment.text.isEmpty { out.append(comment) }
    }
    return out
  }
}

/// The title chooser's byte readings against the character ones.
@Suite struct TitleChooserFastPathTests {
  /// The title chooser's ellipsis test and heading length read plain text on bytes and scalars;
  /// they must answer as `hasSuffix` and `count` do, on text built from awkward pieces (combining
  /// marks, a prepended mark, CR LF, look-alike dots) with the ellipses at the end.
  @Test func titleChooserTruncationMatchesCharacterReading() {
    var g = FastPathAgreementTests.Generator(state: 0x717E_2026)
    let pieces = FastPathAgreementTests.pieces + ["\u{0600}", "\u{200D}", "\r", "\r\n", "...", "..", "…", "\u{301}", "\u{FE0F}"]
    let endings = ["", "…", "...", "..", ".", "…\u{301}", "...\u{301}", "\u{0600}…", "\u{0600}.", "\u{200D}…", ". . .", "…\r\n"]
    for _ in 0..<4000 {
      var text = ""
      for _ in 0..<g.next(8) { text += pieces[g.next(pieces.count)] }
      text += endings[g.next(endings.count)]
      #expect(TitleChooser.isTruncated(text) == (text.hasSuffix("…") || text.hasSuffix("...")), "\(text.debugDescription)")
      #expect(quickCharacterCount(text) == text.count, "\(text.debugDescription)")
    }
  }
}
