import Charsets
import Testing

@Suite("WHATWG label mapping")
struct LabelTests {
  @Test(
    "Korean labels decode as windows-949",
    arguments: ["euc-kr", "EUC-KR", "ks_c_5601-1987", "x-windows-949", "cp949", "windows-949", "korean", "ksc5601"])
  func korean(label: String) {
    #expect(CharsetDecoder.canonicalName(forLabel: label) == "windows-949")
  }

  @Test(
    "Japanese Shift_JIS labels decode as windows-31j",
    arguments: ["shift_jis", "Shift_JIS", "sjis", "ms_kanji", "x-sjis", "windows-31j", "cp932", "csshiftjis"])
  func japanese(label: String) {
    #expect(CharsetDecoder.canonicalName(forLabel: label) == "windows-31j")
  }

  @Test("Chinese GB labels decode as gb18030", arguments: ["gb2312", "GBK", "x-gbk", "gb18030", "cp936", "chinese"])
  func chinese(label: String) {
    #expect(CharsetDecoder.canonicalName(forLabel: label) == "gb18030")
  }

  @Test(
    "Latin-1 and ASCII labels decode as windows-1252",
    arguments: ["iso-8859-1", "ISO_8859-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"])
  func latin1(label: String) {
    #expect(CharsetDecoder.canonicalName(forLabel: label) == "windows-1252")
  }

  @Test("UTF-8 labels decode as utf-8", arguments: ["utf-8", "UTF8", "unicode-1-1-utf-8", "x-unicode20utf8"])
  func utf8(label: String) {
    #expect(CharsetDecoder.canonicalName(forLabel: label) == "utf-8")
  }

  @Test(
    "Other legacy labels keep their own decoder",
    arguments: [
      ("big5", "big5"), ("euc-jp", "euc-jp"), ("koi8-r", "koi8-r"), ("koi8-u", "koi8-u"),
      ("windows-1251", "windows-1251"), ("cp1250", "windows-1250"), ("iso-8859-2", "iso-8859-2"),
      ("latin2", "iso-8859-2"), ("iso-8859-9", "windows-1254"), ("tis-620", "windows-874"),
      ("iso-2022-jp", "iso-2022-jp"), ("utf-16", "utf-16le"), ("utf-16be", "utf-16be"),
    ])
  func legacy(label: String, canonical: String) {
    #expect(CharsetDecoder.canonicalName(forLabel: label) == canonical)
  }

  @Test("Labels ignore surrounding whitespace and quotes")
  func trimming() {
    #expect(CharsetDecoder.canonicalName(forLabel: "  \"EUC-KR\"\n") == "windows-949")
  }

  @Test("Unknown and replacement-encoding labels are nil", arguments: ["klingon", "", "iso-2022-kr", "x-user-defined"])
  func unknown(label: String) {
    #expect(CharsetDecoder.canonicalName(forLabel: label) == nil)
  }

  @Test("Every canonical name except iso-8859-16 has an ICU converter")
  func icuCoverage() {
    let supported = Set(CharsetDecoder.supportedCharsets)
    for name in ["utf-8", "utf-16le", "utf-16be", "windows-949", "windows-31j", "gb18030", "big5", "euc-jp",
                 "iso-2022-jp", "windows-1252", "windows-1251", "koi8-r", "iso-8859-2", "iso-8859-8-i", "macintosh"] {
      #expect(supported.contains(name), "\(name)")
    }
  }

  @Test("A Content-Type value given as transport yields its charset parameter")
  func contentType() {
    #expect(CharsetDecoder.transportLabel("text/html; charset=EUC-KR") == "EUC-KR")
    #expect(CharsetDecoder.transportLabel("text/html;charset=\"utf-8\"") == "utf-8")
    #expect(CharsetDecoder.transportLabel("text/html") == nil)
    #expect(CharsetDecoder.transportLabel("Shift_JIS") == "Shift_JIS")
  }
}
