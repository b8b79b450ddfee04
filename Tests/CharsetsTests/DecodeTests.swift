import Charsets
import Testing

@Suite("Choosing and applying a charset")
struct DecodeTests {
  // MARK: Wrong single-byte labels

  @Test("a Korean page labelled iso-8859-1 is read as windows-949, keeping the label it declared")
  func koreanMislabelledLatin1() throws {
    let bytes = try encoded(page(Samples.korean, metaCharset: "iso-8859-1"), as: "windows-949")
    let d = try decoded(bytes)
    #expect(d.charset == "windows-949")
    #expect(d.source == .detected)
    #expect(d.declared == "iso-8859-1")
    #expect(d.text.contains(Samples.korean))
  }

  @Test("clean UTF-8 under an iso-8859-1 label is read as UTF-8")
  func utf8UnderLatin1Label() throws {
    let text = "We pride ourselves on service – check our “five-star” reviews."
    let d = try decoded(Array(page(text, metaCharset: "iso-8859-1").utf8))
    #expect(d.charset == "utf-8")
    #expect(d.declared == "iso-8859-1")
    #expect(d.text.contains(text))
  }

  @Test("a French page labelled iso-8859-1 stays windows-1252")
  func frenchLatin1StaysLatin1() throws {
    let text = "Les élèves ont présenté leurs travaux à la mairie, où le maire a salué leur créativité et leur sérieux."
    let d = try decoded(try encoded(page(text, metaCharset: "iso-8859-1"), as: "windows-1252"))
    #expect(d.charset == "windows-1252")
    #expect(d.source == .meta)
    #expect(d.text.contains(text))
  }

  // MARK: BOM

  @Test("a UTF-8 BOM beats a contradicting meta charset, and is stripped")
  func utf8BOMBeatsMeta() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + Array(page("한국어 본문", metaCharset: "euc-kr").utf8)
    let d = try decoded(bytes)
    #expect(d.charset == "utf-8")
    #expect(d.source == .bom)
    #expect(d.declared == "euc-kr")
    #expect(d.text.hasPrefix("<!DOCTYPE"))
    #expect(d.text.contains("한국어 본문"))
  }

  @Test("a UTF-16LE BOM beats the transport charset")
  func utf16LEBOM() throws {
    let bytes = [0xFF, 0xFE] + (try encoded(page("日本語のページ"), as: "utf-16le"))
    let d = try decoded(bytes, transport: "shift_jis")
    #expect(d.charset == "utf-16le")
    #expect(d.source == .bom)
    #expect(d.declared == "shift_jis")
    #expect(d.text == page("日本語のページ"))
  }

  @Test("a UTF-16BE BOM is honoured")
  func utf16BEBOM() throws {
    let bytes = [0xFE, 0xFF] + (try encoded(page("中文页面"), as: "utf-16be"))
    let d = try decoded(bytes)
    #expect(d.charset == "utf-16be")
    #expect(d.source == .bom)
    #expect(d.text == page("中文页面"))
  }

  // MARK: UTF-16 without BOM

  @Test("UTF-16LE without a BOM is detected from its NUL pattern")
  func utf16LENoBOM() throws {
    let d = try decoded(try encoded(page("Grüße, 세계"), as: "utf-16le"))
    #expect(d.charset == "utf-16le")
    #expect(d.source == .detected)
    #expect(d.text == page("Grüße, 세계"))
  }

  @Test("UTF-16BE without a BOM is detected from its NUL pattern, even when labelled utf-16")
  func utf16BENoBOM() throws {
    let d = try decoded(try encoded(page("Grüße, 세계"), as: "utf-16be"), transport: "utf-16")
    #expect(d.charset == "utf-16be")
    #expect(d.text == page("Grüße, 세계"))
  }

  // MARK: Declared charsets

  @Test("CP949-only syllables in a page labelled euc-kr decode correctly")
  func cp949OnlySyllables() throws {
    let html = page(Samples.cp949Only, metaCharset: "euc-kr")
    let d = try decoded(try encoded(html, as: "windows-949"))
    #expect(d.charset == "windows-949")
    #expect(d.source == .meta)
    #expect(d.declared == "euc-kr")
    #expect(d.replacementCount == 0)
    #expect(d.text == html)
  }

  @Test("the transport charset beats the meta charset")
  func transportBeatsMeta() throws {
    let html = page(Samples.japanese, metaCharset: "euc-jp")
    let d = try decoded(try encoded(html, as: "shift_jis"), transport: "text/html; charset=Shift_JIS")
    #expect(d.charset == "windows-31j")
    #expect(d.source == .transport)
    #expect(d.declared == "Shift_JIS")
    #expect(d.text == html)
  }

  @Test("meta charset utf-16 means utf-8")
  func metaUTF16MeansUTF8() throws {
    let html = page("naïve café", metaCharset: "utf-16")
    let d = try decoded(Array(html.utf8))
    #expect(d.charset == "utf-8")
    #expect(d.text == html)
  }

  @Test("the meta prescan is skipped for non-HTML input")
  func noPrescanForText() throws {
    let d = try decoded(Array(page("plain", metaCharset: "koi8-r").utf8), html: false)
    #expect(d.declared == nil)
    #expect(d.charset == "utf-8")
  }

  @Test("a UTF-8 page declared as euc-kr is decoded as UTF-8, keeping the declaration")
  func utf8LabelledEUCKR() throws {
    let html = page(Samples.korean, metaCharset: "euc-kr")
    let d = try decoded(Array(html.utf8))
    #expect(d.charset == "utf-8")
    #expect(d.source == .detected)
    #expect(d.declared == "euc-kr")
    #expect(d.text == html)
  }

  @Test("a CP949 page declared as utf-8 is detected as windows-949, keeping the declaration")
  func cp949LabelledUTF8() throws {
    let html = page(Samples.korean, metaCharset: "utf-8")
    let d = try decoded(try encoded(html, as: "windows-949"))
    #expect(d.charset == "windows-949")
    #expect(d.source == .detected)
    #expect(d.declared == "utf-8")
    #expect(d.text == html)
  }

  @Test("a few invalid bytes in a page declared UTF-8 are replaced and counted")
  func invalidUTF8Declared() throws {
    var bytes = Array(page("Ünïcödé text " + Samples.korean).utf8)
    bytes.insert(0xFF, at: 10)  // inside "<!DOCTYPE html>"
    bytes.insert(0xC3, at: 30)  // a lead byte followed by ASCII
    let d = try decoded(bytes, transport: "utf-8")
    #expect(d.charset == "utf-8")
    #expect(d.source == .transport)
    #expect(d.replacementCount == 2)
    #expect(d.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 2)
  }

  @Test("a declared legacy charset that decodes cleanly is kept")
  func cleanLegacyKept() throws {
    let text = "Съешь же ещё этих мягких французских булок, да выпей чаю."
    let d = try decoded(try encoded(page(text), as: "koi8-r"), transport: "koi8-r")
    #expect(d.charset == "koi8-r")
    #expect(d.source == .transport)
    #expect(d.text == page(text))
  }

  // MARK: Detection

  @Test("pure ASCII is utf-8, detected")
  func ascii() throws {
    let d = try decoded(Array(page("Hello, world.").utf8))
    #expect(d.charset == "utf-8")
    #expect(d.source == .detected)
    #expect(d.declared == nil)
    #expect(d.replacementCount == 0)
  }

  @Test("undeclared valid UTF-8 is detected as utf-8")
  func undeclaredUTF8() throws {
    let d = try decoded(Array(page(Samples.chinese).utf8))
    #expect(d.charset == "utf-8")
    #expect(d.source == .detected)
  }

  @Test("undeclared CP949 Korean is detected and decoded as windows-949")
  func undeclaredCP949() throws {
    let html = page(Samples.korean + " " + Samples.cp949Only)
    let d = try decoded(try encoded(html, as: "windows-949"))
    #expect(d.charset == "windows-949")
    #expect(d.source == .detected)
    #expect(d.text == html)
  }

  @Test("undeclared Shift_JIS Japanese is detected and decoded as windows-31j")
  func undeclaredShiftJIS() throws {
    let html = page(Samples.japanese)
    let d = try decoded(try encoded(html, as: "shift_jis"))
    #expect(d.charset == "windows-31j")
    #expect(d.source == .detected)
    #expect(d.text == html)
  }

  @Test("undeclared GBK Chinese is detected and decoded as gb18030")
  func undeclaredGBK() throws {
    let html = page(Samples.chinese)
    let d = try decoded(try encoded(html, as: "gbk"))
    #expect(d.charset == "gb18030")
    #expect(d.source == .detected)
    #expect(d.text == html)
  }

  @Test("a short undeclared CP949 snippet still decodes as Korean")
  func shortCP949() throws {
    let d = try decoded(try encoded("안녕하세요 여러분", as: "windows-949"), html: false)
    #expect(d.charset == "windows-949")
    #expect(d.text == "안녕하세요 여러분")
  }

  @Test("undeclared Latin-1 text decodes as windows-1252")
  func undeclaredLatin1() throws {
    let text = "Le café était fermé à cause de la grève générale, déclarée hier soir à Paris."
    let d = try decoded(try encoded(text, as: "windows-1252"), html: false)
    #expect(d.charset == "windows-1252")
    #expect(d.text == text)
  }

  @Test("undeclared windows-1251 Russian decodes as Cyrillic")
  func undeclaredCyrillic() throws {
    let text = "Правительство Москвы сегодня объявило о новой транспортной политике для жителей города."
    let d = try decoded(try encoded(page(text), as: "windows-1251"))
    #expect(d.charset == "windows-1251")
    #expect(d.text == page(text))
  }

  @Test("undeclared EUC-JP Japanese decodes as euc-jp")
  func undeclaredEUCJP() throws {
    let html = page(Samples.japanese)
    let d = try decoded(try encoded(html, as: "euc-jp"))
    #expect(d.charset == "euc-jp")
    #expect(d.text == html)
  }

  @Test("a large CP949 page labelled euc-kr decodes in one pass without replacements")
  func largePage() throws {
    let html = page(String(repeating: Samples.korean + Samples.cp949Only + "\n", count: 400), metaCharset: "euc-kr")
    let bytes = try encoded(html, as: "euc-kr")
    #expect(bytes.count > 100_000)
    let d = try decoded(bytes)
    #expect(d.charset == "windows-949")
    #expect(d.replacementCount == 0)
    #expect(d.text == html)
  }

  // MARK: Failures

  @Test("zero bytes are empty")
  func empty() { #expect(failure([]) == .empty) }

  @Test("whitespace-only input is empty")
  func whitespaceOnly() { #expect(failure(Array(" \n\t\r\n ".utf8)) == .empty) }

  @Test("PNG bytes are binary, named by their signature")
  func png() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
    #expect(failure(png, transport: "utf-8") == .binary("PNG image signature"))
  }

  @Test("gzip that was not decompressed is binary")
  func gzip() {
    #expect(failure([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]) == .binary("gzip signature (not decompressed)"))
  }

  @Test("NUL-heavy bytes that are not UTF-16 are binary")
  func nulDensity() {
    var bytes: [UInt8] = []
    for i in 0..<512 { bytes += [UInt8(truncatingIfNeeded: i * 7), 0, 0, 0x41, 0x42, 0x43] }
    guard case .binary(let what) = failure(bytes) else {
      Issue.record("expected .binary")
      return
    }
    #expect(what.contains("NUL"))
  }

  @Test("a single stray NUL does not make a page binary")
  func strayNUL() throws {
    let d = try decoded(Array(page("Hello").utf8) + [0])
    #expect(d.charset == "utf-8")
  }

  @Test("bytes that decode to mostly replacement characters are undecodable")
  func undecodable() {
    // UTF-16LE by BOM, but every other code unit is a lone high surrogate (U+D841).
    let bytes: [UInt8] = [0xFF, 0xFE] + Array([[UInt8]](repeating: [0x41, 0x00, 0x41, 0xD8], count: 32).joined())
    guard case .undecodable = failure(bytes) else {
      Issue.record("expected .undecodable")
      return
    }
  }
}
