import Charsets
import Ingest

/// Turns a raw page's bytes into Unicode text and records how its charset was chosen.
///
/// JSON Lines pages arrive as Unicode already; everything else goes through `CharsetDecoder`
/// (BOM, then declared charset mapped as WHATWG does, then detection).
public struct Decode: Stage {
  public static let name = "decode"
  let config: CleanConfig

  public init(config: CleanConfig) { self.config = config }

  public func process(_ page: RawPage) -> Verdict<Page<Decoded>> {
    let identity = PageIdentity(id: page.id, source: page.source, format: page.format)
    if page.alreadyUnicode {
      let text = CharsetDecoder.string(decodingUTF8: page.bytes)
      if text.allSatisfy(\.isWhitespace) {
        return .drop(Rejection(stage: Self.name, reason: "empty", detail: "the page holds no text"))
      }
      let report = CharsetReport(name: "utf-8", source: "unicode-input", declared: page.transportCharset, replacements: 0)
      return .keep(Page(raw: identity, charset: report, text: text))
    }
    // HTML that is valid UTF-8 already is kept as the bytes read (the parser reads bytes); only
    // text dumps, read as a String, and other charsets get a decoded copy.
    let isHTML = page.format == .html
    switch CharsetDecoder.decode(page.bytes, transportCharset: page.transportCharset, isHTML: isHTML, keepingUTF8: isHTML) {
    case .success(let decoded):
      let report = CharsetReport(
        name: decoded.charset, source: decoded.source.rawValue, declared: decoded.declared,
        replacements: decoded.replacementCount)
      let content: PageContent = decoded.textIsInput ? .utf8(page.bytes) : .string(decoded.text)
      return .keep(Page(raw: identity, charset: report, content: content))
    case .failure(.empty):
      return .drop(Rejection(stage: Self.name, reason: "empty", detail: "the page holds no text"))
    case .failure(.binary(let what)):
      return .drop(Rejection(stage: Self.name, reason: "binary", detail: "not a text page: \(what)"))
    case .failure(.undecodable(let what)):
      return .drop(Rejection(stage: Self.name, reason: "undecodable", detail: what))
    }
  }
}
