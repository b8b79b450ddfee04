/// A cheap "does this decode look like real text in the charset's own script" score, used only
/// to break ties between candidate charsets that decode a sample with equally few replacements.
///
/// Short CJK snippets decode without errors in several legacy charsets (CP949 bytes are valid
/// GBK and half-width-katakana Shift_JIS), and single-byte charsets decode anything, so the
/// replacement count alone cannot decide. Only non-ASCII scalars count, since ASCII decodes the
/// same everywhere; each scalar is weighted by the bytes it stands for, so a two-byte Hangul
/// syllable and two Latin-1 letters weigh the same.
enum Plausibility {
  static func score(_ text: String, charset: String) -> Int {
    let script = Script(charset)
    var score = 0
    var previousIsASCIILetter = false
    var pendingLatin = false  // a Latin letter waiting to see whether an ASCII letter follows
    for s in text.unicodeScalars {
      let v = s.value
      let isASCIILetter = (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A
      if pendingLatin, isASCIILetter { score += 1 }
      pendingLatin = false
      defer { previousIsASCIILetter = isASCIILetter }
      guard v >= 0x80 else { continue }
      switch script {
      case .korean:
        if (0xAC00...0xD7A3).contains(v) || (0x3130...0x318F).contains(v) { score += 2 }
      case .japanese:
        if (0x3040...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3000...0x303F).contains(v) { score += 2 }
      case .chinese:
        if (0x4E00...0x9FFF).contains(v) || (0x3000...0x303F).contains(v) || (0xFF01...0xFF5E).contains(v) { score += 2 }
      case .cyrillicOrGreek:
        if (0x0370...0x04FF).contains(v), s.properties.isAlphabetic { score += 1 }
      case .latin:
        // Accented letters sit next to ASCII letters in Latin-script words ("café", "źdźbło");
        // runs of accented letters with no ASCII letter around are CJK bytes misread.
        if v < 0x0250, s.properties.isAlphabetic {
          if previousIsASCIILetter { score += 1 } else { pendingLatin = true }
        }
      case .other:
        if s.properties.isAlphabetic { score += 1 }
      }
    }
    return score
  }

  private enum Script {
    case korean, japanese, chinese, cyrillicOrGreek, latin, other

    init(_ charset: String) {
      switch charset {
      case "windows-949": self = .korean
      case "windows-31j", "euc-jp", "iso-2022-jp": self = .japanese
      case "gb18030", "big5": self = .chinese
      case "windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "ibm866", "x-mac-cyrillic", "windows-1253", "iso-8859-7":
        self = .cyrillicOrGreek
      case "windows-1252", "windows-1250", "windows-1254", "windows-1257", "windows-1258", "macintosh",
        "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15":
        self = .latin
      default: self = .other
      }
    }
  }
}
