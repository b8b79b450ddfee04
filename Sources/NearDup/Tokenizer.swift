import Foundation

/// Normalised tokens of a text, stored as one UTF-8 buffer so shingles hash without copies.
///
/// Tokens are separated by a single space in `bytes`; token `i` spans
/// `starts[i] ..< ends[i]`, so the shingle of tokens `i ... j` is the contiguous range
/// `starts[i] ..< ends[j]`, exactly the tokens joined by single spaces.
struct TokenStream {
  var bytes: [UInt8] = []
  var starts: [Int] = []
  var ends: [Int] = []
  /// Tokens that are a single Han, Kana or Hangul character.
  var cjkTokenCount = 0

  var count: Int { starts.count }
}

/// Normalises text the way CCNet and datatrove do, plus character tokens for CJK.
///
/// NFKC, lowercase, punctuation removed (apostrophes join, other punctuation separates),
/// every number collapsed to `0` (so "1,000", "1000" and "£5.5m" vs "£6m" agree),
/// whitespace collapsed. Han, Kana and Hangul characters become one token each, because
/// those scripts do not (reliably) separate words with spaces.
enum Tokenizer {
  static func tokenize(_ text: String) -> TokenStream {
    var stream = TokenStream()
    stream.bytes.reserveCapacity(text.utf8.count)
    let normalised = isASCII(text) ? text.lowercased() : text.precomposedStringWithCompatibilityMapping.lowercased()

    var inToken = false
    // In a number: further digits and the separators between them add nothing.
    var inNumber = false
    // A '.' or ',' right after a digit: joins only if a digit follows.
    var pendingNumberSeparator = false

    func endToken() {
      if inToken {
        stream.ends.append(stream.bytes.count)
        inToken = false
      }
      inNumber = false
      pendingNumberSeparator = false
    }
    func beginTokenIfNeeded() {
      if !inToken {
        if !stream.bytes.isEmpty { stream.bytes.append(0x20) }
        stream.starts.append(stream.bytes.count)
        inToken = true
      }
    }
    func appendDigit() {
      pendingNumberSeparator = false
      if inNumber { return }
      beginTokenIfNeeded()
      stream.bytes.append(0x30)
      inNumber = true
    }

    for scalar in normalised.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        switch v {
        case 0x61...0x7A:  // a-z
          if pendingNumberSeparator { endToken() }
          beginTokenIfNeeded()
          inNumber = false
          stream.bytes.append(UInt8(v))
        case 0x30...0x39:
          appendDigit()
        case 0x27:  // ' joins: "don't" == "dont", and smart-quote edits cannot split words
          if pendingNumberSeparator { endToken() }
        case 0x2C, 0x2E:  // , . inside a number ("1,000.5") join
          if inNumber && !pendingNumberSeparator { pendingNumberSeparator = true } else { endToken() }
        default:
          endToken()
        }
        continue
      }
      if isApostrophe(v) {
        if pendingNumberSeparator { endToken() }
        continue
      }
      if isCJK(v) {
        endToken()
        beginTokenIfNeeded()
        stream.bytes.append(contentsOf: String(scalar).utf8)
        endToken()
        stream.cjkTokenCount += 1
        continue
      }
      let properties = scalar.properties
      if properties.numericType == .decimal {
        appendDigit()
      } else if properties.isAlphabetic || isMark(properties.generalCategory) {
        if pendingNumberSeparator { endToken() }
        beginTokenIfNeeded()
        inNumber = false
        stream.bytes.append(contentsOf: String(scalar).utf8)
      } else {
        endToken()
      }
    }
    endToken()
    return stream
  }

  static func isASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }

  static func isApostrophe(_ v: UInt32) -> Bool {
    v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x02B9 || v == 0x2032
  }

  static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
    category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
  }

  /// Han (with extensions and compatibility ideographs), Hiragana, Katakana, Hangul.
  static func isCJK(_ v: UInt32) -> Bool {
    switch v {
    case 0x3040...0x30FF,  // Hiragana, Katakana
      0x31F0...0x31FF,  // Katakana phonetic extensions
      0x3400...0x4DBF,  // CJK extension A
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0x1100...0x11FF,  // Hangul Jamo
      0x3130...0x318F,  // Hangul compatibility Jamo
      0xAC00...0xD7AF,  // Hangul syllables
      0x20000...0x3134F:  // CJK extensions B-G
      return true
    default:
      return false
    }
  }
}
