import Charsets
import Testing

/// Decoding with `keepingUTF8` must decide exactly as decoding without it; it only leaves out the
/// copy of a page whose text is its own bytes.
@Suite("Keeping UTF-8 input as bytes")
struct KeepingUTF8Tests {
  /// Pages in every situation the decoder distinguishes: clean UTF-8 with and without labels,
  /// UTF-8 under a legacy label, a BOM, legacy charsets, stray bytes, blank pages.
  static func cases() throws -> [(name: String, bytes: [UInt8], transport: String?, html: Bool)] {
    [
      ("ascii", Array(page("Plain news text.").utf8), nil, true),
      ("utf-8 declared", Array(page(Samples.korean, metaCharset: "utf-8").utf8), nil, true),
      ("utf-8 undeclared", Array(page(Samples.japanese).utf8), nil, true),
      ("utf-8 under latin-1 meta", Array(page("Caf\u{E9} “quoted” – text", metaCharset: "iso-8859-1").utf8), nil, true),
      ("utf-8 under euc-kr transport", Array(page(Samples.chinese).utf8), "text/html; charset=euc-kr", true),
      ("utf-8 BOM", [0xEF, 0xBB, 0xBF] + Array(page(Samples.korean).utf8), nil, true),
      ("windows-949", try encoded(page(Samples.korean, metaCharset: "euc-kr"), as: "windows-949"), nil, true),
      ("shift_jis undeclared", try encoded(page(Samples.japanese), as: "shift_jis"), nil, true),
      ("a few stray bytes", Array(page(Samples.korean, metaCharset: "utf-8").utf8) + [0xFF, 0x41], nil, true),
      ("blank, ideographic spaces", Array("\u{3000} \n\t\u{FEFF}\u{A0}".utf8), nil, true),
      ("blank text dump", Array(" \n ".utf8), nil, false),
      ("text dump", Array(Samples.chinese.utf8), nil, false),
    ]
  }

  @Test("the charset, its source, the replacements and failures are the same; kept text is the input")
  func sameDecision() throws {
    for c in try Self.cases() {
      let plain = CharsetDecoder.decode(c.bytes, transportCharset: c.transport, isHTML: c.html)
      let kept = CharsetDecoder.decode(c.bytes, transportCharset: c.transport, isHTML: c.html, keepingUTF8: true)
      switch (plain, kept) {
      case (.success(let p), .success(let k)):
        #expect(k.charset == p.charset, "\(c.name)")
        #expect(k.source == p.source, "\(c.name)")
        #expect(k.declared == p.declared, "\(c.name)")
        #expect(k.replacementCount == p.replacementCount, "\(c.name)")
        #expect(!p.textIsInput, "\(c.name)")
        if k.textIsInput {
          #expect(k.text.isEmpty, "\(c.name)")
          #expect(Array(p.text.utf8) == c.bytes, "\(c.name): only a page that is its own text is kept")
        } else {
          #expect(k.text == p.text, "\(c.name)")
        }
      case (.failure(let p), .failure(let k)):
        #expect("\(p)" == "\(k)", "\(c.name)")
      default:
        Issue.record("\(c.name): \(plain) against \(kept)")
      }
    }
  }

  @Test("valid UTF-8 without a BOM is kept; a BOM, stray bytes and other charsets are decoded")
  func whatIsKept() throws {
    func kept(_ bytes: [UInt8], transport: String? = nil) -> Bool? {
      if case .success(let d) = CharsetDecoder.decode(bytes, transportCharset: transport, isHTML: true, keepingUTF8: true) {
        return d.textIsInput
      }
      return nil
    }
    #expect(kept(Array(page(Samples.korean, metaCharset: "utf-8").utf8)) == true)
    #expect(kept(Array(page("Caf\u{E9} – text", metaCharset: "iso-8859-1").utf8)) == true)
    #expect(kept([0xEF, 0xBB, 0xBF] + Array(page(Samples.korean).utf8)) == false)
    #expect(kept(Array(page(Samples.korean).utf8) + [0xFF]) == false)
    #expect(kept(try encoded(page(Samples.korean, metaCharset: "euc-kr"), as: "windows-949")) == false)
  }
}
