import TestSupport
import Testing

@testable import NewsClean

/// The article's words (for `OnTopicTarget`) are read off the bytes where the text allows it;
/// they must be the words the `String` reading gives.
@Suite struct ArticleWordsTests {
  /// Every scalar the caseless reading accepts.
  static var caselessScalars: [Unicode.Scalar] {
    (0...0xFFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { RemoveSpamLinks.isCaselessWordScalar($0.value) }
  }

  @Test("each scalar the caseless reading accepts lower-cases and reads as a letter as its character does")
  func caselessScalarsAreCharacters() {
    for scalar in Self.caselessScalars {
      let lowered = Unicode.Scalar(RemoveSpamLinks.caselessLower(scalar.value))!
      #expect(String(scalar).lowercased() == String(lowered), "U+\(String(scalar.value, radix: 16))")
      #expect(String(lowered).utf8.count == String(scalar).utf8.count, "U+\(String(scalar.value, radix: 16))")
      #expect(Character(scalar).isLetter == RemoveSpamLinks.caselessIsLetter(scalar.value), "U+\(String(scalar.value, radix: 16))")
    }
  }

  func reference(_ text: String) -> Set<String> {
    var words = Set<String>()
    RemoveSpamLinks.addWords(of: text, to: &words)
    return words
  }

  func block(_ text: String) -> Block { Block(text: text, kind: .paragraph) }

  @Test("generated text: the byte readings give the words the String reading gives")
  func generated() {
    let caseless = Self.caselessScalars
    // Words and pieces that test each rule: letters runs of three and four, capitals of ASCII
    // and Latin-1, URLs with `://` and `www.` in any case, digits and punctuation inside words,
    // and text the caseless reading must refuse (full-width capitals, combining marks, CR,
    // Latin Extended, Greek, emoji).
    let pieces = [
      "word", "Word", "WORDS", "abc", "ÀÉÎÕÜ", "éàç", "ßtraße", "×÷", "ªºµ", "naïve", "Ünïcödé", "http://x.com/abc",
      "HTTPS://A.B", "www.site.com", "WWW.Site.com", "wwwx", "a://b", "한국어", "뉴스기사", "기사", "中文字符", "日本語かなカナ",
      "ー", "々", "〇", "“quoted”", "—", "…", "1234", "ab12cd", "x-y-z", "\u{00A0}", " ", "  ", "\t", "\n", "Ｆｕｌｌ", "e\u{301}",
      "\r\n", "İstanbul", "Ωmega", "😀", "ㄱㄴㄷㄹ",
    ]
    var random = SplitMix64(seed: 0x776F_7264)
    var readByBytes = 0
    for round in 0..<3_000 {
      var text = ""
      for _ in 0..<Int(random.next() % 12) {
        if random.next() % 3 == 0 {
          text.unicodeScalars.append(caseless[Int(random.next() % UInt64(caseless.count))])
        } else {
          text += pieces[Int(random.next() % UInt64(pieces.count))]
        }
        if random.next() % 2 == 0 { text += " " }
      }
      #expect(RemoveSpamLinks.articleWords([block(text)]) == reference(text), "\(round): \(text.debugDescription)")
      var scratch = Set<String>()
      if RemoveSpamLinks.addCaselessWords(of: text, to: &scratch) { readByBytes += 1 }
    }
    // Both outcomes are met often: the byte reading is tested, and so is its refusal.
    #expect(readByBytes > 500 && readByBytes < 2_500, "\(readByBytes)")
  }

  @Test("a Korean paragraph is read by bytes and gives the String reading's words")
  func korean() {
    let text = "서울시는 23일 새로운 교통정책을 발표했다. 자세한 내용은 www.seoul.go.kr 참조. Seoul City Hall 발표자료"
    var words = Set<String>()
    #expect(RemoveSpamLinks.addCaselessWords(of: text, to: &words))
    #expect(words == reference(text))
    #expect(words.contains("seoul") && words.contains("교통정책을"))
  }

  @Test("membership asked of the article answers as the set of its words, plain blocks kept as bytes")
  func containsAnswersAsTheSet() {
    let pieces = [
      "Word", "words", "WORDS", "abc", "abcd", "naïve", "Crossing", "crossings", "http://x.com/abcd", "www.site.com", "한국어",
      "뉴스기사", "中文字符", "“quoted”", "ab12cd", "x-y-z", "e\u{301}", "\r\n", "İstanbul", "Ωmega", "rail-crossing", "—",
    ]
    let queries = [
      "word", "words", "Word", "abcd", "abc", "crossing", "crossings", "naïve", "nai\u{308}ve", "site", "한국어", "뉴스기사",
      "istanbul", "ωmega", "rail", "quoted", "xyzw", "", "e\u{301}", "é",
    ]
    var random = SplitMix64(seed: 0x6172_7469)
    for round in 0..<400 {
      let blocks = (0..<Int(1 + random.next() % 4)).map { _ in
        Block(text: (0..<Int(random.next() % 10)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined(separator: " "), kind: .paragraph)
      }
      let reference = RemoveSpamLinks.articleWords(blocks)
      let article = ArticleWords(blocks)
      for query in queries + Array(reference) {
        #expect(article.contains(query) == reference.contains(query), "\(round): \(query.debugDescription) in \(blocks.map(\.text))")
      }
    }
  }
}
