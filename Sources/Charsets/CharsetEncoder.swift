import CICU

/// Encodes text into a legacy charset with ICU; the inverse of `CharsetDecoder`.
///
/// The pipeline only decodes; this exists so tests (here and in other modules) can build
/// fixtures such as a CP949 page without storing binary files.
public enum CharsetEncoder {
  /// Encodes `text` as the charset a label names (e.g. "euc-kr" encodes as windows-949).
  /// Unmappable characters become the charset's substitution byte(s). Nil for an unknown label.
  public static func encode(_ text: String, as label: String) -> [UInt8]? {
    guard let canonical = CharsetDecoder.canonicalName(forLabel: label) else { return nil }
    if canonical == "utf-8" { return Array(text.utf8) }
    var status = U_ZERO_ERROR
    guard let cnv = cicu_ucnv_open(Labels.icuName(for: canonical), &status), status.rawValue <= U_ZERO_ERROR.rawValue else {
      return nil
    }
    defer { cicu_ucnv_close(cnv) }
    let units = Array(text.utf16)
    guard !units.isEmpty else { return [] }
    // Four bytes per UTF-16 unit covers gb18030 and ISO-2022 escapes.
    let capacity = units.count * 4 + 16
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { dest, count in
      dest.withMemoryRebound(to: CChar.self) { out in
        units.withUnsafeBufferPointer { src in
          count = Int(cicu_ucnv_fromUChars(cnv, out.baseAddress, Int32(capacity), src.baseAddress, Int32(src.count), &status))
        }
      }
      if status.rawValue > U_ZERO_ERROR.rawValue {
        failed = true
        count = 0
      }
    }
    return failed ? nil : bytes
  }
}
