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
  /// Normalises `text` and splits it into tokens.
  ///
  /// Same result as running the token rules over `text.precomposedStringWithCompatibilityMapping
  /// .lowercased()`, without normalising the whole text: NFKC and Swift's lowercasing are both
  /// applied only to the stretches that need them. That is sound because
  /// - every ASCII character starts a normalisation segment (it never combines with what
  ///   precedes it), so NFKC of a text is NFKC of its pieces cut before ASCII characters;
  /// - `lowercased()` maps each scalar on its own (no final-sigma context), so it too can be
  ///   applied piece by piece.
  /// ASCII is lowercased on the bytes. A few common scalars that NFKC and lowercasing leave
  /// alone (`stableScalar`) are read directly when the next character also starts a segment.
  /// Everything else goes through Foundation in pieces of at least the non-ASCII run, merged
  /// across short ASCII gaps so Korean or Russian text with spaces is normalised in few calls.
  static func tokenize(_ text: String) -> TokenStream {
    var builder = TokenBuilder(capacity: text.utf8.count)
    var text = text
    text.withUTF8 { bytes in
      let n = bytes.count
      var i = 0
      while i < n {
        let byte = bytes[i]
        if byte < 0x80 {
          // A run of ASCII letters (most of any Latin text) joins the token in one step; its
          // last letter stays for the general path when a piece for Foundation follows it.
          if (byte | 0x20) &- 0x61 < 26 {
            var end = i + 1
            // Most words end within the eight bytes from their start: then those eight bytes,
            // read in one load, tell where (`nonLetters`) and go to the token in one store.
            var word: UInt64 = 0
            var endsInWord = false
            if i + 8 <= n {
              word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self))
              let others = nonLetters(word)
              if others != 0 {
                end = i + others.trailingZeroBitCount >> 3
                endsInWord = true
              } else {
                end = i + 8
              }
            }
            if !endsInWord {
              while end < n, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
            }
            if end < n, bytes[end] >= 0x80, !startsStableScalar(bytes, at: end) { end -= 1 }
            if end > i {
              if endsInWord {
                builder.letters(word, count: end - i)
              } else {
                builder.letters(UnsafeBufferPointer(rebasing: bytes[i..<end]))
              }
              i = end
              continue
            }
          }
          if i + 1 == n || bytes[i + 1] < 0x80 || startsStableScalar(bytes, at: i + 1) {
            builder.ascii(byte &+ (byte &- 0x41 < 26 ? 0x20 : 0))
            i += 1
            continue
          }
        } else if let (scalar, length) = stableScalar(bytes, at: i),
          i + length == n || bytes[i + length] < 0x80 || startsStableScalar(bytes, at: i + length)
        {
          builder.scalar(scalar)
          i += length
          continue
        }
        // A piece for Foundation: from here up to an ASCII character that is followed by at
        // least `asciiGap` more ASCII bytes (or the end). Cut points are all before ASCII.
        var end = i + 1
        var asciiRun = 0
        while end < n {
          if bytes[end] < 0x80 {
            asciiRun += 1
            if asciiRun > asciiGap { break }
          } else {
            asciiRun = 0
          }
          end += 1
        }
        end -= asciiRun > asciiGap ? asciiGap : asciiRun
        let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
        for scalar in piece.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
          builder.scalar(scalar)
        }
        i = end
      }
    }
    builder.endToken()
    return builder.finish()
  }

  /// The bytes of `word` that are not ASCII letters (either case), each marked by its high bit:
  /// `(b | 0x20) &- 0x61 < 26` for all eight bytes at once. Bytes never carry into each other:
  /// each sum below stays under 0x100.
  @inline(__always)
  static func nonLetters(_ word: UInt64) -> UInt64 {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let lowered = (word | 0x2020_2020_2020_2020) & ~highs
    let fromA = lowered &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit: at least 0x61, `a`
    let pastZ = lowered &+ 0x0505_0505_0505_0505  // high bit: at least 0x7B, past `z`
    return ~(fromA & ~pastZ & ~word) & highs
  }

  /// ASCII bytes a Foundation piece may run across before it ends.
  static let asciiGap = 16

  /// The scalar encoded at `at` when it is one that NFKC and `lowercased()` map to itself and
  /// that never combines with the character before it: CJK ideographs, Hiragana and
  /// Katakana letters, Hangul syllables, lower-case Latin-1, Greek and Cyrillic letters, and
  /// typographic quotes and dashes. It may still combine with what follows (a Hangul syllable
  /// with a trailing jamo, a kana with a voicing mark), hence the check on the next character.
  @inline(__always)
  static func stableScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
    let n = bytes.count
    let lead = bytes[i]
    let value: UInt32
    let length: Int
    if lead & 0xE0 == 0xC0, i + 1 < n {
      value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
      length = 2
    } else if lead & 0xF0 == 0xE0, i + 2 < n {
      value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
      length = 3
    } else {
      return nil
    }
    guard isStable(value), let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  @inline(__always)
  static func startsStableScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    stableScalar(bytes, at: i) != nil
  }

  static func isStable(_ v: UInt32) -> Bool {
    switch v {
    case 0x00DF...0x00F6, 0x00F8...0x00FF,  // lower-case Latin-1 letters
      0x03B1...0x03C9,  // Greek small letters
      0x0430...0x044F,  // Cyrillic small letters
      0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,  // dashes and quotes
      0x3041...0x3096, 0x30A1...0x30FA, 0x30FC,  // Hiragana, Katakana, long vowel mark
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xAC00...0xD7A3:  // Hangul syllables
      return true
    default:
      return false
    }
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

/// The token rules, fed one normalised character at a time.
///
/// The token bytes and the token bounds go to buffers of its own, grown by hand, and become
/// the stream's arrays in `finish()`: appending to an array checks its uniqueness and
/// capacity in every call, which cost as much as the token rules. A builder owns its buffers:
/// it must not be copied, and `finish()` (which frees them) must be its last use.
struct TokenBuilder {
  private var stream = TokenStream()
  private var buffer: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes written to `buffer`.
  private var length = 0
  /// `starts[0 ..< startCount]` and `ends[0 ..< endCount]`, room for `boundCapacity` each.
  private var starts: UnsafeMutablePointer<Int>
  private var ends: UnsafeMutablePointer<Int>
  private var boundCapacity: Int
  private var startCount = 0
  private var endCount = 0
  private var inToken = false
  /// In a number: further digits and the separators between them add nothing.
  private var inNumber = false
  /// A '.' or ',' right after a digit: joins only if a digit follows.
  private var pendingNumberSeparator = false

  /// A builder with room for `capacity` bytes before it grows.
  init(capacity: Int = 64) {
    self.capacity = max(capacity, 16)
    buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    // A token and the space after it take two bytes at least; text averages nearer six.
    boundCapacity = self.capacity / 6 + 16
    starts = UnsafeMutablePointer<Int>.allocate(capacity: boundCapacity)
    ends = UnsafeMutablePointer<Int>.allocate(capacity: boundCapacity)
  }

  /// The tokens so far (call `endToken()` first to close the last one); frees the buffers.
  mutating func finish() -> TokenStream {
    stream.bytes = Array(UnsafeBufferPointer(start: buffer, count: length))
    stream.starts = Array(UnsafeBufferPointer(start: starts, count: startCount))
    stream.ends = Array(UnsafeBufferPointer(start: ends, count: endCount))
    buffer.deallocate()
    starts.deallocate()
    ends.deallocate()
    capacity = 0
    length = 0
    boundCapacity = 0
    startCount = 0
    endCount = 0
    return stream
  }

  /// Doubles the room for token bounds.
  private mutating func growBounds() {
    let bigger = boundCapacity * 2
    let newStarts = UnsafeMutablePointer<Int>.allocate(capacity: bigger)
    newStarts.update(from: starts, count: startCount)
    starts.deallocate()
    starts = newStarts
    let newEnds = UnsafeMutablePointer<Int>.allocate(capacity: bigger)
    newEnds.update(from: ends, count: endCount)
    ends.deallocate()
    ends = newEnds
    boundCapacity = bigger
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if length + extra > capacity { grow(to: length + extra) }
  }

  private mutating func grow(to needed: Int) {
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, capacity * 2))
    bigger.update(from: buffer, count: length)
    buffer.deallocate()
    buffer = bigger
    capacity = max(needed, capacity * 2)
  }

  @inline(__always)
  private mutating func put(_ byte: UInt8) {
    reserve(1)
    buffer[length] = byte
    length += 1
  }

  mutating func endToken() {
    if inToken {
      // A token ends only after it began, so `ends` has room wherever `starts` had.
      ends[endCount] = length
      endCount += 1
      inToken = false
    }
    inNumber = false
    pendingNumberSeparator = false
  }

  @inline(__always)
  private mutating func beginTokenIfNeeded() {
    if !inToken {
      if length > 0 { put(0x20) }
      if startCount == boundCapacity { growBounds() }
      starts[startCount] = length
      startCount += 1
      inToken = true
    }
  }

  private mutating func appendDigit() {
    pendingNumberSeparator = false
    if inNumber { return }
    beginTokenIfNeeded()
    put(0x30)
    inNumber = true
  }

  private mutating func appendLetter(_ scalar: Unicode.Scalar) {
    if pendingNumberSeparator { endToken() }
    beginTokenIfNeeded()
    inNumber = false
    appendUTF8(scalar)
  }

  private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
    let v = scalar.value
    switch v {
    case ..<0x80:
      put(UInt8(v))
    case ..<0x800:
      put(UInt8(0xC0 | v >> 6))
      put(UInt8(0x80 | v & 0x3F))
    case ..<0x10000:
      put(UInt8(0xE0 | v >> 12))
      put(UInt8(0x80 | v >> 6 & 0x3F))
      put(UInt8(0x80 | v & 0x3F))
    default:
      put(UInt8(0xF0 | v >> 18))
      put(UInt8(0x80 | v >> 12 & 0x3F))
      put(UInt8(0x80 | v >> 6 & 0x3F))
      put(UInt8(0x80 | v & 0x3F))
    }
  }

  /// A run of ASCII letters of the text, in any case: `ascii` of each, lower-cased, in one step.
  mutating func letters(_ run: UnsafeBufferPointer<UInt8>) {
    if pendingNumberSeparator { endToken() }
    beginTokenIfNeeded()
    inNumber = false
    reserve(run.count)
    let out = buffer + length
    for i in 0..<run.count { out[i] = run[i] | 0x20 }
    length += run.count
  }

  /// `letters` of the first `count` bytes of `word` (the text's bytes, first in the low byte),
  /// all ASCII letters: the eight bytes lower-cased in one store, of which `count` are kept.
  mutating func letters(_ word: UInt64, count: Int) {
    if pendingNumberSeparator { endToken() }
    beginTokenIfNeeded()
    inNumber = false
    reserve(8)
    UnsafeMutableRawPointer(buffer + length).storeBytes(of: (word | 0x2020_2020_2020_2020).littleEndian, as: UInt64.self)
    length += count
  }

  /// One ASCII character of the normalised text (already lower-case).
  @inline(__always)
  mutating func ascii(_ v: UInt8) {
    switch v {
    case 0x61...0x7A:  // a-z
      if pendingNumberSeparator { endToken() }
      beginTokenIfNeeded()
      inNumber = false
      put(v)
    case 0x30...0x39:
      appendDigit()
    case 0x27:  // ' joins: "don't" == "dont", and smart-quote edits cannot split words
      if pendingNumberSeparator { endToken() }
    case 0x2C, 0x2E:  // , . inside a number ("1,000.5") join
      if inNumber && !pendingNumberSeparator { pendingNumberSeparator = true } else { endToken() }
    default:
      endToken()
    }
  }

  /// One character of the normalised text.
  mutating func scalar(_ scalar: Unicode.Scalar) {
    let v = scalar.value
    if v < 0x80 {
      ascii(UInt8(v))
      return
    }
    if Tokenizer.isApostrophe(v) {
      if pendingNumberSeparator { endToken() }
      return
    }
    if Tokenizer.isCJK(v) {
      endToken()
      beginTokenIfNeeded()
      appendUTF8(scalar)
      endToken()
      stream.cjkTokenCount += 1
      return
    }
    let properties = scalar.properties
    if properties.numericType == .decimal {
      appendDigit()
    } else if properties.isAlphabetic || Tokenizer.isMark(properties.generalCategory) {
      appendLetter(scalar)
    } else {
      endToken()
    }
  }
}
