import Charsets
import Testing

@Suite("<meta> prescan")
struct MetaPrescanTests {
  private func scan(_ html: String) -> String? { CharsetDecoder.prescanMeta(Array(html.utf8)) }

  @Test("meta charset with double quotes")
  func doubleQuotes() { #expect(scan(#"<html><head><meta charset="euc-kr"></head>"#) == "euc-kr") }

  @Test("meta charset with single quotes")
  func singleQuotes() { #expect(scan("<meta charset='Shift_JIS'>") == "Shift_JIS") }

  @Test("meta charset without quotes, self-closing")
  func noQuotes() { #expect(scan("<meta charset=gb2312/>") == "gb2312") }

  @Test("meta charset without quotes before another attribute")
  func noQuotesThenAttribute() { #expect(scan("<meta charset=gbk name=x>") == "gbk") }

  @Test("tag and attribute names are case-insensitive")
  func caseInsensitive() { #expect(scan(#"<META CHARSET="UTF-8">"#) == "UTF-8") }

  @Test("http-equiv content-type with charset in content")
  func httpEquiv() {
    #expect(scan(#"<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">"#) == "ks_c_5601-1987")
  }

  @Test("content may come before http-equiv, and charset= may be quoted")
  func httpEquivReordered() {
    #expect(scan(#"<meta content='text/html; Charset="windows-1251"' http-equiv=content-type>"#) == "windows-1251")
  }

  @Test("content without http-equiv is not a declaration")
  func contentAlone() { #expect(scan(#"<meta name="description" content="charset=koi8-r">"#) == nil) }

  @Test("a meta inside a comment is skipped")
  func comment() {
    #expect(scan(#"<!-- <meta charset="big5"> --><meta charset="euc-jp">"#) == "euc-jp")
  }

  @Test("a > inside a quoted attribute of another tag does not hide the meta")
  func quotedGreaterThan() {
    #expect(scan(#"<a title="x>y" href='<meta charset=big5>'></a><meta charset="utf-8">"#) == "utf-8")
  }

  @Test("an unknown label is skipped in favour of a later known one")
  func unknownThenKnown() {
    #expect(scan(#"<meta charset="bogus"><meta charset="euc-kr">"#) == "euc-kr")
  }

  @Test("only the first 4096 bytes are scanned")
  func limit() {
    let filler = String(repeating: "x", count: 4100)
    #expect(scan("<p>\(filler)</p><meta charset=\"euc-kr\">") == nil)
  }

  @Test("no declaration gives nil")
  func none() { #expect(scan("<html><head><title>hi</title></head></html>") == nil) }
}
