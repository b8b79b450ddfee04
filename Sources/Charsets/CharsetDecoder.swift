/// How the charset of a decoded page was chosen.
public enum CharsetSource: String, Sendable, Codable {
  /// A byte order mark (UTF-8, UTF-16LE, UTF-16BE).
  case bom
  /// A charset given by the caller: HTTP Content-Type, a JSONL "charset"/"content_type" field, WARC.
  case transport
  /// `<meta charset>` or `<meta http-equiv="content-type">` in the first 4096 bytes.
  case meta
  /// Byte analysis: valid UTF-8/ASCII, UTF-16 NUL pattern, or ICU ucsdet.
  case detected
  /// Nothing fit; windows-1252 was used because it decodes every byte.
  case fallback
}

/// A page's bytes decoded to a Swift String, with the evidence for the charset used.
public struct DecodedText: Sendable {
  /// Valid Unicode; invalid byte sequences are replaced by U+FFFD. A BOM is not included.
  /// Empty when `textIsInput`.
  public var text: String
  /// The text is the input bytes exactly (valid UTF-8 without a BOM) and was not copied into
  /// `text`: only `decode(_:transportCharset:isHTML:keepingUTF8:)` with `keepingUTF8` returns this.
  public var textIsInput = false
  /// Canonical name of the charset actually used ("utf-8", "windows-949", "windows-31j", …).
  public var charset: String
  /// How `charset` was chosen.
  public var source: CharsetSource
  /// The raw label the transport or page declared, if any, even when it was overridden.
  public var declared: String?
  /// How many invalid (or unmapped) byte sequences were replaced by U+FFFD.
  public var replacementCount: Int

  public init(text: String, charset: String, source: CharsetSource, declared: String?, replacementCount: Int) {
    self.text = text
    self.charset = charset
    self.source = source
    self.declared = declared
    self.replacementCount = replacementCount
  }
}

/// Why bytes could not be turned into text.
public enum DecodeFailure: Error, Sendable, Equatable {
  /// Zero bytes, or only whitespace after decoding.
  case empty
  /// The bytes look like binary data; the string says what was seen, e.g. "PNG image signature".
  case binary(String)
  /// No charset produced sensible text (more than 10 % replacement characters).
  case undecodable(String)
}

/// Turns raw page bytes into text: BOM, then the declared charset (validated), then detection.
///
/// The order, and why:
/// 1. Binary signatures and control-byte density are checked first, so images and archives
///    never reach a converter.
/// 2. A BOM wins over everything: it cannot be there by accident.
/// 3. The transport charset, then (for HTML) the `<meta>` prescan, mapped like WHATWG. Pages lie
///    about their charset, so a declaration is overridden when the bytes disagree strongly: valid
///    UTF-8 with several multi-byte sequences is UTF-8 whatever the label says, and a label that
///    produces many replacements loses to a detected charset that produces far fewer.
/// 4. Detection: ASCII or valid UTF-8, UTF-16 by its NUL pattern, then ICU ucsdet; when ucsdet
///    is unsure, the candidate among windows-949/windows-31j/gb18030/windows-1252 with the fewest
///    replacements wins.
public enum CharsetDecoder {
  /// Above this share of replaced code units the result is `.undecodable`.
  static let undecodableRatio = 0.10
  /// A declared legacy charset is re-examined above this replacement share.
  static let suspiciousRatio = 0.01
  /// ucsdet confidence (0–100) at which its first guess is taken without a replacement race.
  static let confidentDetection = 50
  /// Valid UTF-8 with at least this many multi-byte sequences overrides a legacy label:
  /// legacy text that happens to be valid UTF-8 becomes vanishingly rare beyond one or two.
  static let utf8OverrideSequences = 2
  /// The candidate race scores only this prefix, so ambiguous large pages stay cheap.
  static let raceSampleLength = 32 * 1024

  /// Decodes a page. `transportCharset` may be a bare label or a whole Content-Type value;
  /// `isHTML` enables the `<meta>` prescan.
  public static func decode(_ bytes: [UInt8], transportCharset: String?, isHTML: Bool) -> Result<DecodedText, DecodeFailure> {
    bytes.withUnsafeBufferPointer { decode($0, transportCharset: transportCharset, isHTML: isHTML) }
  }

  /// `decode`, except that with `keepingUTF8` a page whose text is its bytes as they are (valid
  /// UTF-8, no BOM; most of the web) comes back with `textIsInput` set and an empty `text`: the
  /// caller keeps the bytes it already holds instead of a 100-300 KB copy in a String.
  public static func decode(
    _ bytes: [UInt8], transportCharset: String?, isHTML: Bool, keepingUTF8: Bool
  ) -> Result<DecodedText, DecodeFailure> {
    bytes.withUnsafeBufferPointer {
      decode($0, transportCharset: transportCharset, isHTML: isHTML, keepingUTF8: keepingUTF8)
    }
  }

  /// `String(decoding: bytes, as: UTF8.self)`, faster for input that is already valid UTF-8
  /// (JSON Lines content): one scan proves it valid, then the bytes are copied without the
  /// standard library validating them again. Invalid input is repaired the standard way.
  public static func string(decodingUTF8 bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { b in
      let scan = ByteSniffing.scanUTF8(b)
      return scan.isValid ? Conversion.stringFromValidUTF8(b, isASCII: scan.isASCII) : String(decoding: b, as: UTF8.self)
    }
  }

  /// WHATWG Encoding Standard label -> canonical name used by `DecodedText.charset`, nil for
  /// unknown labels. Case and surrounding whitespace/quotes are ignored.
  public static func canonicalName(forLabel label: String) -> String? {
    Labels.canonicalByLabel[Labels.normalize(label)]
  }

  /// The `<meta charset>` / `<meta http-equiv content="…charset=…">` prescan over the first
  /// 4096 bytes; returns the raw declared label.
  public static func prescanMeta(_ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = MetaPrescan(buffer)
      return scanner.run()
    }
  }

  /// The charset label in a transport value: a bare label ("EUC-KR") or a Content-Type
  /// ("text/html; charset=EUC-KR"). Nil for a media type without a charset parameter.
  public static func transportLabel(_ value: String) -> String? {
    if value.contains("=") || value.contains(";") || value.contains("/") {
      return MetaPrescan.charsetParameter(in: value)
    }
    let label = Labels.normalize(value)
    return label.isEmpty ? nil : value
  }

  /// Every canonical name `decode` can report.
  public static var supportedCharsets: [String] { Labels.canonicalNames.filter(Conversion.isSupported) }

  // MARK: - Pipeline

  static func decode(
    _ b: UnsafeBufferPointer<UInt8>, transportCharset: String?, isHTML: Bool, keepingUTF8: Bool = false
  ) -> Result<DecodedText, DecodeFailure> {
    guard !b.isEmpty else { return .failure(.empty) }
    if let what = ByteSniffing.binarySignature(b) { return .failure(.binary(what)) }

    let transport = transportCharset.flatMap(transportLabel)
    let bom = ByteSniffing.byteOrderMark(b)
    // Under a UTF-16 BOM the ASCII prescan cannot match anything, so it is skipped there.
    let prescan = isHTML && (bom == nil || bom?.charset == "utf-8")
    let meta: String? = prescan ? { var s = MetaPrescan(b); return s.run() }() : nil
    let declared = transport ?? meta

    if let bom {
      let body = UnsafeBufferPointer(rebasing: b[bom.length...])
      guard let attempt = Conversion.decode(body, as: bom.charset) else { return .failure(.undecodable("no converter for \(bom.charset)")) }
      return finish(attempt, source: .bom, declared: declared, input: body)
    }

    let utf16 = ByteSniffing.utf16Pattern(b)
    if utf16 == nil, let what = ByteSniffing.controlDensity(b) { return .failure(.binary(what)) }
    // Every path below without a UTF-16 pattern asks whether the page is UTF-8; one scan answers
    // them all and feeds the String construction.
    let scan = utf16 == nil ? ByteSniffing.scanUTF8(b) : nil

    // The declaration to try: transport first, then meta; unknown or unsupported labels are skipped.
    var choice: (charset: String, source: CharsetSource)?
    if let transport, let c = canonicalName(forLabel: transport), Conversion.isSupported(c) {
      choice = (c, .transport)
    } else if let meta, var c = canonicalName(forLabel: meta) {
      // WHATWG: a meta tag cannot declare UTF-16 (the prescan itself read ASCII bytes).
      if c == "utf-16le" || c == "utf-16be" { c = "utf-8" }
      if Conversion.isSupported(c) { choice = (c, .meta) }
    }

    if let (charset, source) = choice {
      if let attempt = validatedDeclaration(b, charset: charset, utf16: utf16, scan: scan, keepingUTF8: keepingUTF8) {
        return finish(attempt, source: source, declared: declared, input: b)
      }
      let (attempt, detectedSource) = detect(b, utf16: utf16, scan: scan, excluding: charset, keepingUTF8: keepingUTF8)
      // Detection only replaces the declaration when it actually reads better. A single-byte
      // label never produces replacements, so there "better" means a multi-byte CJK reading that
      // decodes cleanly (an EUC-KR page mislabelled ISO-8859-1 is common on old servers).
      let cjkOverSingleByte = singleByteCharsets.contains(charset) && cjkCharsets.contains(attempt.charset)
        && attempt.replacementRatio <= suspiciousRatio
      // Clean UTF-8 under a legacy label: the label is a template leftover (pages often carry an
      // old `charset=iso-8859-1` meta before the real `<meta charset="utf-8">`).
      let cleanUTF8 = attempt.charset == "utf-8" && attempt.replacements == 0
      if !cjkOverSingleByte, !cleanUTF8, let declaredAttempt = decode(b, as: charset, scan: scan, keepingUTF8: keepingUTF8),
        declaredAttempt.replacements <= attempt.replacements
      {
        return finish(declaredAttempt, source: source, declared: declared, input: b)
      }
      return finish(attempt, source: detectedSource, declared: declared, input: b)
    }

    let (attempt, source) = detect(b, utf16: utf16, scan: scan, excluding: nil, keepingUTF8: keepingUTF8)
    return finish(attempt, source: source, declared: declared, input: b)
  }

  /// Decodes with the declared charset if the bytes support it, nil if detection should decide.
  private static func validatedDeclaration(
    _ b: UnsafeBufferPointer<UInt8>, charset: String, utf16: String?, scan: ByteSniffing.UTF8Scan?, keepingUTF8: Bool
  ) -> Attempt? {
    switch charset {
    case "utf-16le", "utf-16be":
      // Without a BOM or a NUL pattern the bytes are not UTF-16 whatever the label says; with a
      // pattern, the pattern knows the byte order better than a bare "utf-16" label.
      guard let utf16 else { return nil }
      return Conversion.decode(b, as: utf16)
    case "utf-8":
      guard utf16 == nil, let scan else { return nil }
      // A few stray bytes in a real UTF-8 page are normal; many, relative to the valid
      // multi-byte sequences, mean the label is wrong.
      if scan.invalid > 3, scan.invalid * 10 > scan.multibyte { return nil }
      return Conversion.decodeUTF8(b, scan: scan, keepingInput: keepingUTF8)
    default:
      guard utf16 == nil, let scan else { return nil }
      if scan.isValid, scan.multibyte >= utf8OverrideSequences { return nil }
      // A single-byte label over text that ICU confidently reads as a CJK multi-byte charset.
      if singleByteCharsets.contains(charset), let best = Detection.guesses(b).first, best.confidence >= confidentDetection,
        let c = canonicalName(forLabel: best.charset), cjkCharsets.contains(c),
        let cjk = Conversion.decode(b, as: c), cjk.replacementRatio <= suspiciousRatio
      {
        return nil
      }
      guard let attempt = Conversion.decode(b, as: charset) else { return nil }
      if attempt.replacements > 3, attempt.replacementRatio > suspiciousRatio { return nil }
      return attempt
    }
  }

  /// Chooses a charset from the bytes alone and decodes with it.
  private static func detect(
    _ b: UnsafeBufferPointer<UInt8>, utf16: String?, scan: ByteSniffing.UTF8Scan?, excluding: String?,
    keepingUTF8: Bool
  ) -> (Attempt, CharsetSource) {
    if let utf16, utf16 != excluding, let attempt = Conversion.decode(b, as: utf16) {
      return (attempt, .detected)
    }
    if excluding != "utf-8" {
      // ASCII is valid UTF-8, so the scan alone decides.
      let scan = scan ?? ByteSniffing.scanUTF8(b)
      if scan.isValid {
        return (Conversion.decodeUTF8(b, scan: scan, keepingInput: keepingUTF8), .detected)
      }
    }

    let guesses = Detection.guesses(b).filter { $0.charset != excluding && $0.charset != "utf-8" && Conversion.isSupported($0.charset) }
    if let best = guesses.first, best.confidence >= confidentDetection,
      let attempt = Conversion.decode(b, as: best.charset), attempt.replacementRatio <= suspiciousRatio
    {
      return (attempt, .detected)
    }

    // ucsdet is unsure (short input, or its guess decodes badly): race the usual suspects on a
    // prefix. Fewest replacements wins; ties go to the decode whose non-ASCII text looks most
    // like its own script (see Plausibility), then to the earlier candidate.
    var candidates: [String] = ["windows-949", "windows-31j", "gb18030"].filter { $0 != excluding }
    for g in guesses.prefix(2) where g.confidence >= 10 && !candidates.contains(g.charset) {
      candidates.append(g.charset)
    }
    if !candidates.contains("windows-1252"), excluding != "windows-1252" { candidates.append("windows-1252") }
    let sample = UnsafeBufferPointer(rebasing: b[..<min(b.count, raceSampleLength)])
    var winner: (charset: String, replacements: Int, plausible: Int)?
    for c in candidates {
      guard let attempt = Conversion.decode(sample, as: c) else { continue }
      let plausible = Plausibility.score(attempt.text, charset: c)
      if let w = winner, (w.replacements, -w.plausible) <= (attempt.replacements, -plausible) { continue }
      winner = (c, attempt.replacements, plausible)
    }
    let charset = winner?.charset ?? "windows-1252"
    let attempt = decode(b, as: charset, scan: scan, keepingUTF8: keepingUTF8)
      ?? decode(b, as: "utf-8", scan: scan, keepingUTF8: keepingUTF8)!
    let namedByICU = guesses.prefix(2).contains { $0.charset == charset }
    return (attempt, charset == "windows-1252" && !namedByICU ? .fallback : .detected)
  }

  /// `Conversion.decode` of the whole page, reusing the page's UTF-8 scan when there is one.
  private static func decode(
    _ b: UnsafeBufferPointer<UInt8>, as charset: String, scan: ByteSniffing.UTF8Scan?, keepingUTF8: Bool
  ) -> Attempt? {
    if charset == "utf-8", let scan { return Conversion.decodeUTF8(b, scan: scan, keepingInput: keepingUTF8) }
    return Conversion.decode(b, as: charset)
  }

  /// Labels under which every byte decodes, so replacement counts cannot expose a wrong label.
  static let singleByteCharsets: Set<String> = [
    "windows-1252", "windows-1250", "windows-1251", "windows-1253", "windows-1254", "windows-1257", "iso-8859-2",
    "iso-8859-5", "iso-8859-15", "koi8-r", "koi8-u",
  ]
  /// Multi-byte East Asian charsets whose clean decode is strong evidence.
  static let cjkCharsets: Set<String> = ["windows-949", "windows-31j", "gb18030", "big5", "euc-jp"]

  /// Applies the empty and undecodable checks and builds the public result.
  private static func finish(
    _ attempt: Attempt, source: CharsetSource, declared: String?, input: UnsafeBufferPointer<UInt8>
  ) -> Result<DecodedText, DecodeFailure> {
    func blank(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{FEFF}" }
    if attempt.textIsInput {
      // The same test on the input's scalars (valid UTF-8: the decoder never meets an error).
      var bytes = input.makeIterator()
      var utf8 = UTF8()
      var allBlank = true
      while case .scalarValue(let scalar) = utf8.decode(&bytes) {
        if !blank(scalar) {
          allBlank = false
          break
        }
      }
      if allBlank { return .failure(.empty) }
    } else if attempt.text.unicodeScalars.allSatisfy(blank) {
      return .failure(.empty)
    }
    if attempt.replacementRatio > undecodableRatio {
      return .failure(
        .undecodable("\(attempt.replacements) of \(attempt.units) characters replaced decoding as \(attempt.charset)"))
    }
    var decoded = DecodedText(
      text: attempt.text, charset: attempt.charset, source: source, declared: declared,
      replacementCount: attempt.replacements)
    decoded.textIsInput = attempt.textIsInput
    return .success(decoded)
  }
}
