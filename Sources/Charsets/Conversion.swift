import CICU

/// The result of decoding bytes with one charset.
struct Attempt {
  /// The decoded text; empty when `textIsInput`.
  var text: String
  /// The text is the decoded bytes as they are (valid UTF-8 of the whole input), left uncopied
  /// because the caller asked to keep such input as bytes.
  var textIsInput = false
  var charset: String
  var replacements: Int
  /// UTF-16 code units produced, the denominator for replacement ratios.
  var units: Int

  /// Replacements per code unit; 0 for empty output.
  var replacementRatio: Double { units == 0 ? 0 : Double(replacements) / Double(units) }
}

/// Byte-to-String conversion: UTF-8 natively in Swift, everything else through ICU ucnv.
enum Conversion {
  /// Decodes `b` as `charset` (a canonical name); nil when ICU has no such converter.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, as charset: String) -> Attempt? {
    if charset == "utf-8" { return decodeUTF8(b, scan: ByteSniffing.scanUTF8(b)) }
    return icuDecode(b, as: charset)
  }

  /// Decodes `b` as UTF-8 given its scan, so a caller that already validated the page does not
  /// pay for a second pass.
  static func decodeUTF8(_ b: UnsafeBufferPointer<UInt8>, scan: ByteSniffing.UTF8Scan, keepingInput: Bool = false) -> Attempt {
    guard scan.isValid else {
      // Swift's decoder replaces maximal subparts, the same units scanUTF8 counts.
      let text = String(decoding: b, as: UTF8.self)
      return Attempt(text: text, charset: "utf-8", replacements: scan.invalid, units: text.utf16.count)
    }
    // Valid UTF-8 has one UTF-16 unit per sequence, two for four-byte ones: counted from the
    // scan, since counting a non-ASCII String's UTF-16 view walks the whole text again.
    if keepingInput {
      return Attempt(text: "", textIsInput: true, charset: "utf-8", replacements: 0, units: scan.utf16Count(byteCount: b.count))
    }
    return Attempt(
      text: stringFromValidUTF8(b, isASCII: scan.isASCII), charset: "utf-8", replacements: 0,
      units: scan.utf16Count(byteCount: b.count))
  }

  /// Copies bytes that `scanUTF8` proved valid into a String without the standard library's
  /// own validation pass (`String(decoding:)` would validate every byte again).
  ///
  /// `isASCII` becomes the String's ASCII flag, exactly as the validating initializer sets it,
  /// so later stages get the same fast paths. Only call this with `scan.isValid` bytes: the
  /// String's invariants depend on it.
  static func stringFromValidUTF8(_ b: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
    let span = unsafe UTF8Span(unchecked: b.span, isKnownASCII: isASCII)
    return String(copying: span)
  }

  /// Whether ICU can open a converter for a canonical name (ICU 72 lacks iso-8859-16, for example).
  static func isSupported(_ charset: String) -> Bool {
    if charset == "utf-8" { return true }
    var status = U_ZERO_ERROR
    guard let cnv = cicu_ucnv_open(Labels.icuName(for: charset), &status) else { return false }
    cicu_ucnv_close(cnv)
    return status.rawValue <= U_ZERO_ERROR.rawValue
  }

  private static func icuDecode(_ b: UnsafeBufferPointer<UInt8>, as charset: String) -> Attempt? {
    var status = U_ZERO_ERROR
    guard let cnv = cicu_ucnv_open(Labels.icuName(for: charset), &status), status.rawValue <= U_ZERO_ERROR.rawValue else {
      return nil
    }
    defer { cicu_ucnv_close(cnv) }
    guard b.count > 0, b.count < Int(Int32.max) / 2 else {
      return Attempt(text: "", charset: charset, replacements: 0, units: 0)
    }
    // No supported charset yields more UTF-16 units than input bytes (+1 for a trailing
    // replacement); the overflow retry below is only a safety net.
    var capacity = b.count + 16
    while true {
      var replacements: Int32 = 0
      var produced: Int32 = 0
      status = U_ZERO_ERROR
      let units = [UInt16](unsafeUninitializedCapacity: capacity) { dest, count in
        b.withMemoryRebound(to: CChar.self) { src in
          produced = cicu_to_uchars_counting(
            cnv, dest.baseAddress, Int32(capacity), src.baseAddress, Int32(src.count), &replacements, &status)
        }
        count = status == U_BUFFER_OVERFLOW_ERROR ? 0 : max(0, min(Int(produced), capacity))
      }
      if status == U_BUFFER_OVERFLOW_ERROR {
        capacity = Int(produced) + 16
        continue
      }
      guard status.rawValue <= U_ZERO_ERROR.rawValue || status == U_STRING_NOT_TERMINATED_WARNING else { return nil }
      let text = units.withUnsafeBufferPointer { String(decoding: $0, as: UTF16.self) }
      return Attempt(text: text, charset: charset, replacements: Int(replacements), units: units.count)
    }
  }
}

/// ICU's statistical charset detector (ucsdet), mapped to canonical names.
enum Detection {
  /// A candidate charset and ICU's confidence (0–100).
  struct Guess {
    var charset: String
    var confidence: Int
  }

  /// All of ucsdet's guesses, best first, mapped through canonicalName and deduplicated.
  /// The input filter is on so tag names and attributes do not vote for windows-1252.
  static func guesses(_ b: UnsafeBufferPointer<UInt8>) -> [Guess] {
    var status = U_ZERO_ERROR
    guard let det = cicu_ucsdet_open(&status), status.rawValue <= U_ZERO_ERROR.rawValue else { return [] }
    defer { cicu_ucsdet_close(det) }
    _ = cicu_ucsdet_enableInputFilter(det, 1)
    // ucsdet keeps a pointer to the text, so detection must finish inside this closure.
    return b.withMemoryRebound(to: CChar.self) { src -> [Guess] in
      cicu_ucsdet_setText(det, src.baseAddress, Int32(min(src.count, Int(Int32.max))), &status)
      var found: Int32 = 0
      guard status.rawValue <= U_ZERO_ERROR.rawValue,
        let matches = cicu_ucsdet_detectAll(det, &found, &status), status.rawValue <= U_ZERO_ERROR.rawValue
      else { return [] }
      var result: [Guess] = []
      for k in 0..<Int(found) {
        guard let match = matches[k] else { continue }
        var s = U_ZERO_ERROR
        guard let name = cicu_ucsdet_getName(match, &s) else { continue }
        let confidence = Int(cicu_ucsdet_getConfidence(match, &s))
        guard let canonical = CharsetDecoder.canonicalName(forLabel: String(cString: name)),
          !result.contains(where: { $0.charset == canonical })
        else { continue }
        result.append(Guess(charset: canonical, confidence: confidence))
      }
      return result
    }
  }
}
