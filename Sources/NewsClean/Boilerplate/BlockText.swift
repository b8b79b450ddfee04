#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A block's text in the forms the boilerplate signals test, each worked out once.
///
/// Eleven signals read every block, and most of them want its length in characters, its
/// lower-cased text or its normalised form: computing those once per block instead of once per
/// signal is most of what classifying used to cost. The fields are lazy, so a long paragraph that
/// fails every length guard never pays for a lower-cased copy. A class, so that what one signal
/// works out the next one reuses.
final class BlockText {
  let block: Block

  init(_ block: Block) { self.block = block }

  var text: String { block.text }
  var links: [InlineLink] { block.links }
  var kind: Block.Kind { block.kind }

  /// `plainCharacterCount(text)`: nil when the text is not plain.
  private lazy var plainCharacters: Int? = plainCharacterCount(text)

  /// `text.count`.
  lazy var characters: Int = plainCharacters ?? text.count

  /// The count `fits` reads: every length guard of the signals asks about 600 characters or fewer.
  static let lengthCap = 601

  /// `min(characters, lengthCap)`, counted no further than that: a paragraph's length past the
  /// longest guard decides nothing, and counting it to its end was a good part of reading it.
  /// (A text of fewer bytes is counted in full, once, as `characters`.)
  private lazy var cappedCharacters: Int =
    text.utf8.count < Self.lengthCap ? characters : cappedCharacterCount(text, cap: Self.lengthCap)

  /// `characters <= limit`.
  func fits(_ limit: Int) -> Bool {
    limit < Self.lengthCap ? cappedCharacters <= limit : characters <= limit
  }

  /// Whether `text` is plain (see `isPlain`).
  var isPlainText: Bool { plainCharacters != nil }

  /// `endsLikeSentence(text)`. Plain text ends in plain scalars, which `tailEndsLikeSentence`
  /// reads on the last bytes (walking the scalar view back from the end cost several times more).
  lazy var endsLikeSentence: Bool =
    isPlainText ? (tailEndsLikeSentence(text) ?? plainEndsLikeSentence(text)) : NewsClean.endsLikeSentence(text)

  /// `lowered`, once worked out.
  private var loweredStorage: String?

  /// Whether lower-casing mapped a scalar of the text other than an ASCII capital (then the
  /// lower-cased text may be plain where the text is not, or the other way round).
  private var loweredByScalars = true

  /// `text.lowercased()`.
  var lowered: String {
    if let loweredStorage { return loweredStorage }
    let (l, mapped) = lowercasedQuicklyReporting(text)
    loweredStorage = l
    loweredByScalars = mapped
    return l
  }

  /// Whether `lowered` has been worked out (then reading it costs nothing).
  var hasLowered: Bool { loweredStorage != nil }

  /// The lower-cased opening of the text when it is plain: the first
  /// `ChromeLexicon.longestOpening + 1` scalars lower-cased (or the whole text, if shorter); nil
  /// when that opening is not plain.
  ///
  /// The phrase lists that `opens` reads only ask how a block begins, and lower-casing a block of
  /// several hundred characters to read its first few was most of what those signals cost. Lower-
  /// casing maps scalar by scalar, so this is the start of `lowered`; and where it is plain, its
  /// characters up to the scalar past the longest phrase are single scalars, so a plain phrase
  /// opens `lowered` exactly when its bytes open this.
  lazy var plainLoweredOpening: String? = {
    var text = text
    let head = text.withUTF8 { bytes -> String in
      var scalars = 0
      var i = 0
      while i < bytes.count {
        if bytes[i] & 0xC0 != 0x80 {
          if scalars == ChromeLexicon.longestOpening + 1 { break }
          scalars += 1
        }
        i += 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<i]), as: UTF8.self)
    }
    let lowered = lowercasedQuickly(head)
    return isPlain(lowered) ? lowered : nil
  }()

  /// Whether a phrase of `openings` opens `lowered`, read on the text's own opening bytes
  /// (`plainLoweredOpening`'s reading without building it), or nil when that opening holds a
  /// scalar that is not plain or that lower-casing changes, other than an ASCII capital.
  ///
  /// Where every scalar of the opening is plain and lower-casing leaves it alone or is an ASCII
  /// capital, the lower-cased opening is the opening's bytes with the capitals folded, and it is
  /// plain; `openings` must be plain, its phrases no longer than `ChromeLexicon.longestOpening`
  /// bytes. Most openings are ASCII words, Hangul, kana or ideographs, and were copied into a
  /// string and lower-cased to read a few bytes.
  func plainOpeningInPlace(opensWithAnyOf openings: PhraseList) -> Bool? {
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      let n = bytes.count
      var i = 0
      var scalars = 0
      while i < n, scalars <= ChromeLexicon.longestOpening {
        let b = bytes[i]
        scalars += 1
        if b < 0x80 {
          if b == 0x0D { return nil }
          i += 1
          continue
        }
        guard b < 0xF0 else { return nil }
        let length = b >= 0xE0 ? 3 : 2
        var v = UInt32(b & (length == 3 ? 0x0F : 0x1F))
        for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        guard isPlainScalar(v), isUnchangedByLowercasing(v) else { return nil }
        i += length
      }
      let end = i
      guard end > 0 else { return false }
      @inline(__always) func folded(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
      for phrase in openings.startingWith(folded(bytes[0])) {
        let matched = phrase.utf8.withContiguousStorageIfAvailable { p -> Bool in
          guard p.count <= end else { return false }
          var k = 0
          while k < p.count && folded(bytes[k]) == p[k] { k += 1 }
          return k == p.count
        }
        if let matched {
          if matched { return true }
        } else if phrase.utf8.count <= end, phrase.utf8.elementsEqual(bytes[..<phrase.utf8.count].lazy.map(folded)) {
          return true
        }
      }
      return false
    }
  }

  /// Whether `lowered` is plain text (see `isPlain`), so that its lexicon tests may run on bytes.
  /// Where lower-casing changed no scalar but ASCII capitals, `lowered` is as plain as the text,
  /// whose plainness the length guards have most often read already.
  lazy var isPlainLowered: Bool = {
    let lowered = lowered
    return loweredByScalars ? isPlain(lowered) : isPlainText
  }()

  /// `ChromeLexicon.normalize(text)`.
  lazy var normalized: String = ChromeLexicon.normalize(lowered: lowered)

  /// The byte values in `lowered`: a phrase with a byte outside it cannot occur there, which
  /// settles most of a lexicon without a search.
  lazy var loweredBytes = lowered.utf8.withContiguousStorageIfAvailable { ByteSet($0) } ?? ByteSet(lowered.utf8)
}

/// A set of byte values, as a 256-bit mask.
struct ByteSet {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  init<S: Sequence<UInt8>>(_ bytes: S) {
    for b in bytes { insert(b) }
  }

  /// The set of contiguous `bytes`, each byte's word indexed rather than chosen by a switch (a
  /// block's lower-cased text is read this way for every short block).
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    withUnsafeMutableBytes(of: &words) { raw in
      let words = raw.baseAddress!.assumingMemoryBound(to: UInt64.self)
      for b in bytes { words[Int(b >> 6)] |= UInt64(1) << UInt64(b & 63) }
    }
  }

  mutating func insert(_ b: UInt8) {
    let bit = UInt64(1) << UInt64(b & 63)
    switch b >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  /// The adjacent byte pairs of `bytes`, each hashed to one byte value (`pairHash`). A text
  /// holds a needle only if it holds every pair of it, so a needle with a pair outside the text's
  /// set is not in the text: most needles are ruled out without a search.
  static func pairs(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteSet {
    var set = ByteSet()
    guard bytes.count > 1 else { return set }
    withUnsafeMutableBytes(of: &set.words) { raw in
      let words = raw.baseAddress!.assumingMemoryBound(to: UInt64.self)
      for i in 1..<bytes.count {
        let h = pairHash(bytes[i - 1], bytes[i])
        words[Int(h >> 6)] |= UInt64(1) << UInt64(h & 63)
      }
    }
    return set
  }

  /// One byte for the pair `a`, `b`: `a`'s nibbles swapped, then `b` mixed in, so that pairs of
  /// letters (whose high nibbles are alike) spread over the whole byte.
  @inline(__always)
  static func pairHash(_ a: UInt8, _ b: UInt8) -> UInt8 {
    (a << 4 | a >> 4) ^ b
  }

  init() {}

  /// Adds the pair `a`, `b` to a set made by `pairs`.
  mutating func insertPair(_ a: UInt8, _ b: UInt8) {
    insert(Self.pairHash(a, b))
  }

  /// Whether every byte of the set is below 0x80.
  var isASCII: Bool { words.2 | words.3 == 0 }

  /// Whether every byte of `other` is in the set.
  func isSuperset(of other: ByteSet) -> Bool {
    other.words.0 & ~words.0 == 0 && other.words.1 & ~words.1 == 0 && other.words.2 & ~words.2 == 0
      && other.words.3 & ~words.3 == 0
  }
}

/// `s.lowercased()`, faster on Korean, Japanese and Chinese text.
///
/// Outside ASCII the standard library appends each scalar's lower-case mapping as a string of its
/// own. It maps every scalar by itself (no context, no final sigma), so copying the scalars that
/// have no case (Hangul syllables, kana, CJK) and mapping the others one by one gives the same
/// string.
func lowercasedQuickly(_ s: String) -> String {
  lowercasedQuicklyReporting(s).lowered
}

/// `lowercasedQuickly(s)`, and whether it mapped scalar by scalar: false when it kept the text,
/// handed it to ASCII's mapping or mapped its ASCII capitals only, which leave every other
/// scalar as it is.
func lowercasedQuicklyReporting(_ s: String) -> (lowered: String, mapped: Bool) {
  var s = s
  // Read first, without copying: text with no capital and no scalar that lower-casing changes is
  // its own lower-case form (most Korean and Chinese lines, and lower-case words); ASCII text goes
  // straight to the standard library's ASCII path (copying it into a new string first only to
  // lower-case that cost a validation and an allocation); and text whose only cased scalars are
  // ASCII capitals (a Korean line with a Latin name) has just those bytes mapped.
  let reading = s.withUTF8 { src -> LowerCaseReading in
    var ascii = true
    var capital = false
    var i = 0
    let base = UnsafeRawPointer(src.baseAddress)
    while i < src.count {
      // Eight ASCII bytes at a time (most text). With every top bit clear no addition carries
      // into the next byte, and a byte is a capital when adding 0x3F sets its top bit (at least
      // 0x41) and adding 0x25 does not (at most 0x5A).
      if let base, i + 8 <= src.count {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if w & 0x8080_8080_8080_8080 == 0 {
          if (w &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(w &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080 != 0 { capital = true }
          i += 8
          continue
        }
      }
      let b = src[i]
      if b < 0x80 {
        if b >= 0x41 && b <= 0x5A { capital = true }
        i += 1
        continue
      }
      ascii = false
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
      var v = UInt32(b & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
      for k in 1..<length { v = v << 6 | UInt32(src[i + k] & 0x3F) }
      if !isUnchangedByLowercasing(v) { return .mapped }
      i += length
    }
    if !capital { return .unchanged }
    return ascii ? .ascii : .asciiCapitals
  }
  switch reading {
  case .unchanged: return (s, false)
  case .ascii: return (s.lowercased(), false)
  case .asciiCapitals: return (lowercasingASCIICapitals(s), false)
  case .mapped: return (lowercasedByScalars(s), true)
  }
}

/// What lower-casing a text takes: nothing, ASCII's mapping, mapping its ASCII capitals only, or
/// mapping scalar by scalar.
private enum LowerCaseReading { case unchanged, ascii, asciiCapitals, mapped }

/// Whether lower-casing leaves the scalar `v` (outside ASCII) as it is: the caseless ranges are
/// told without a lookup, the rest by the Unicode property (a bit lookup, where the mapping
/// builds a string). The tests check every scalar against the standard library's lower-casing.
@inline(__always)
private func isUnchangedByLowercasing(_ v: UInt32) -> Bool {
  isCaseless(v) || !Unicode.Scalar(v)!.properties.changesWhenLowercased
}

/// `s` with its ASCII capitals lower-cased and every other byte copied.
private func lowercasingASCIICapitals(_ s: String) -> String {
  var s = s
  return s.withUTF8 { src in
    String(unsafeUninitializedCapacity: src.count) { dst in
      for i in 0..<src.count {
        let b = src[i]
        dst[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      }
      return src.count
    }
  }
}

/// Hangul syllables, kana, CJK ideographs and their punctuation, and typographic punctuation
/// (dashes, curly quotes, bullets, the ellipsis): scalars that lower-casing leaves as they are
/// (`BoilerplateShortcutTests` checks every one). English text with curly quotes is no longer
/// mapped scalar by scalar for their sake.
@inline(__always)
func isCaseless(_ v: UInt32) -> Bool {
  (0x3000...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0x2010...0x205E).contains(v)
}

/// `lowercasedQuickly` building the lower-cased bytes scalar by scalar (the reference its
/// shortcuts are tested against, and the path of text with cased letters outside ASCII).
func lowercasedByScalars(_ s: String) -> String {
  var s = s
  return s.withUTF8 { src -> String in
    // Pure ASCII has its own fast path in the standard library.
    if !src.contains(where: { $0 >= 0x80 }) { return String(decoding: src, as: UTF8.self).lowercased() }
    var out: [UInt8] = []
    out.reserveCapacity(src.count)
    var i = 0
    while i < src.count {
      let b = src[i]
      if b < 0x80 {
        out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        i += 1
        continue
      }
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
      var v = UInt32(b & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
      for k in 1..<length { v = v << 6 | UInt32(src[i + k] & 0x3F) }
      // A scalar that lower-casing does not change is copied: asking that is a bit lookup,
      // while the mapping builds a string (every scalar is checked in the tests).
      if isCaseless(v) || !Unicode.Scalar(v)!.properties.changesWhenLowercased {
        out.append(contentsOf: src[i..<(i + length)])
      } else {
        out.append(contentsOf: Unicode.Scalar(v)!.properties.lowercaseMapping.utf8)
      }
      i += length
    }
    return String(decoding: out, as: UTF8.self)
  }
}

// MARK: Plain text

/// `endsLikeSentence` for plain text, where each character is one scalar.
func plainEndsLikeSentence(_ s: String) -> Bool {
  var t = Substring(s).unicodeScalars
  guard var last = t.last else { return false }
  while let l = t.last, l == "\"" || l == "'" || l == "”" || l == "’" || l == ")" || l == "」" || l == "』" || l == "）" {
    t = t.dropLast()
    last = t.last ?? l
  }
  let final = s.unicodeScalars.last
  return ".!?。！？…".unicodeScalars.contains(last) || final == "다" || final == "요" || final == "음"
}

/// `s.count`, by scalars when `s` is plain: grapheme breaking a long Korean or Chinese paragraph
/// costs more than the rest of reading it.
func quickCharacterCount(_ s: String) -> Int {
  plainCharacterCount(s) ?? s.count
}

/// `quickCharacterCount(s) <= limit`, reading no more of `s` than it takes to tell: a long
/// paragraph is not counted to its end to learn that it is longer than a date line.
func hasAtMostCharacters(_ s: String, _ limit: Int) -> Bool {
  // A character has at least one byte.
  if s.utf8.count <= limit { return true }
  return cappedCharacterCount(s, cap: limit + 1) <= limit
}

/// `min(s.count, cap)`, reading no more of `s` than it takes to tell.
///
/// Past `cap` plain scalars the text has at least `cap` characters whatever follows: each of
/// those scalars but the last is a character of its own next to the plain one after it, and the
/// last begins one more. Text that turns out not to be plain before then is counted character
/// by character.
func cappedCharacterCount(_ s: String, cap: Int) -> Int {
  // A character has at least one byte.
  if s.utf8.count < cap { return quickCharacterCount(s) }
  var s = s
  let capped = s.withUTF8 { plainScalarCount($0, cap: cap) }
  return capped ?? min(s.count, cap)
}

/// The first offset at which the bytes of `needle` (not empty) occur in `hay`, or nil.
///
/// Candidate starts are found with `memchr`, which reads many bytes an instruction, rather than
/// byte by byte: most of a text is not a lexicon phrase's first byte, and the phrases that pass
/// the byte-set tests are searched for in every short line.
func firstByteOccurrence(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
  let n = needle.count
  guard n > 0, n <= hay.count, let base = hay.baseAddress else { return nil }
  let first = Int32(needle[0])
  let lastStart = hay.count - n
  var i = 0
  while i <= lastStart {
    guard let p = memchr(base + i, first, lastStart - i + 1) else { return nil }
    let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
    var k = 1
    while k < n && hay[at + k] == needle[k] { k += 1 }
    if k == n { return at }
    i = at + 1
  }
  return nil
}

/// `s.utf8.contains { $0 >= 48 && $0 <= 57 }`, on the contiguous bytes: the UTF-8 view's
/// iterator costs several instructions a byte, and every short block is asked.
func containsASCIIDigit(_ s: String) -> Bool {
  var s = s
  return s.withUTF8 { bytes in
    let n = bytes.count
    var i = 0
    // Eight ASCII bytes at a time: with every top bit clear no addition carries into the next
    // byte, and a byte is a digit when adding 0x50 sets its top bit (at least 0x30) and adding
    // 0x46 does not (at most 0x39).
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while i + 8 <= n {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        guard w & 0x8080_8080_8080_8080 == 0 else { break }
        if (w &+ 0x5050_5050_5050_5050) & ~(w &+ 0x4646_4646_4646_4646) & 0x8080_8080_8080_8080 != 0 { return true }
        i += 8
      }
    }
    while i < n {
      if bytes[i] >= 0x30 && bytes[i] <= 0x39 { return true }
      i += 1
    }
    return false
  }
}

/// How many of the UTF-8 bytes of `s` are `byte`, read on the contiguous bytes.
func occurrences(of byte: UInt8, in s: String) -> Int {
  var s = s
  return s.withUTF8 { bytes in
    var n = 0
    for b in bytes where b == byte { n += 1 }
    return n
  }
}

/// Whether `s` is plain: every scalar is a character on its own and already in composed form.
///
/// Swift compares strings character by character under canonical equivalence, which costs a
/// grapheme-breaking and normalisation check per non-ASCII character. On plain text those checks
/// cannot change an answer: a character is one scalar, and two characters are equal exactly when
/// their scalars are. Matched against composed lexicon phrases, `hasPrefix`, `hasSuffix`, `==` and
/// substring search then answer exactly as on UTF-8 bytes, and counting characters is counting
/// scalars. Other text (combining marks, Thai, emoji sequences) keeps the character-wise path.
func isPlain(_ s: String) -> Bool { plainCharacterCount(s) != nil }

/// The number of characters of `s` when it is plain (then one per scalar), else nil.
func plainCharacterCount(_ s: String) -> Int? {
  var s = s
  return s.withUTF8 { plainScalarCount($0, cap: .max) }
}

/// `min(count, cap)` for the scalars of valid UTF-8 `bytes` when they are plain up to the
/// `cap`-th (then each is a character), else nil.
func plainScalarCount(_ bytes: UnsafeBufferPointer<UInt8>, cap: Int) -> Int? {
  var i = 0
  var count = 0
  let n = bytes.count
  let base = UnsafeRawPointer(bytes.baseAddress)
  while i < n {
    if count >= cap { return cap }
    // Eight ASCII bytes without a CR are eight characters: most text is read a word at a time.
    // (`x - 0x01…` borrows into a byte's top bit, under a clear top bit of `x`, exactly when
    // some byte of `x` is zero; `x` is zero where the byte is CR.)
    if let base, i + 8 <= n {
      let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      let x = w ^ 0x0D0D_0D0D_0D0D_0D0D
      if (w | ((x &- 0x0101_0101_0101_0101) & ~x)) & 0x8080_8080_8080_8080 == 0 {
        count += 8
        i += 8
        continue
      }
    }
    let b = bytes[i]
    count += 1
    if b < 0x80 {
      if b == 0x0D { return nil }
      i += 1
      continue
    }
    // Decode one scalar (a Swift string is valid UTF-8).
    guard b < 0xF0 else { return nil }  // beyond the Basic Multilingual Plane: emoji, rare scripts
    let length = b >= 0xE0 ? 3 : 2
    var v = UInt32(b & (length == 3 ? 0x0F : 0x1F))
    for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
    if !isPlainScalar(v) { return nil }
    i += length
  }
  return min(count, cap)
}

/// Scalars that are a character on their own next to any other plain scalar (no combining mark,
/// joiner, Hangul jamo or CR) and that canonical composition leaves unchanged (no singleton such
/// as the Kelvin sign or a CJK compatibility ideograph). `PlainTextTests` checks both properties
/// for every scalar listed here.
@inline(__always)
func isPlainScalar(_ v: UInt32) -> Bool {
  switch v {
  case 0x00...0x0C, 0x0E...0x2FF,  // ASCII without CR, Latin-1, Latin Extended A/B, IPA, modifier letters
    0x0400...0x0482, 0x048A...0x04FF,  // Cyrillic letters
    0x1E00...0x1EFF,  // Latin Extended Additional (Vietnamese)
    0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0,  // punctuation, currency signs
    0x2190...0x22FF, 0x2500...0x27BF,  // arrows, mathematics, box drawing, shapes, dingbats
    0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF,  // CJK punctuation, kana
    0x3130...0x318F, 0x3200...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,  // jamo letters, CJK
    0xAC00...0xD7A3,  // Hangul syllables
    0xFF01...0xFF9D, 0xFFE0...0xFFEE:  // full-width forms, half-width katakana
    return true
  default:
    return false
  }
}

/// Lexicon phrases grouped by their first byte (list order kept), so that plain text meets only
/// the phrases that can open it.
struct PhraseList {
  let phrases: [String]
  private let byFirstByte: [[String]]
  /// The longest phrase's UTF-8 bytes.
  let longest: Int
  /// Whether every phrase is plain text (see `isPlain`).
  let isPlain: Bool

  init(_ phrases: [String]) {
    self.phrases = phrases
    longest = phrases.map(\.utf8.count).max() ?? 0
    isPlain = phrases.allSatisfy { NewsClean.isPlain($0) }
    var buckets = [[String]](repeating: [], count: 256)
    for phrase in phrases {
      if let first = phrase.utf8.first { buckets[Int(first)].append(phrase) }
    }
    byFirstByte = buckets
  }

  /// The non-empty phrases whose first byte is `byte`, in list order.
  func startingWith(_ byte: UInt8) -> [String] { byFirstByte[Int(byte)] }

  /// The non-empty phrases whose first byte is `text`'s, in list order.
  func startingLike<S: StringProtocol>(_ text: S) -> [String] {
    text.utf8.first.map { byFirstByte[Int($0)] } ?? []
  }
}

extension StringProtocol {
  /// Whether the UTF-8 bytes begin with `prefix`'s: `hasPrefix` for plain text.
  @inline(__always)
  func bytesHavePrefix(_ prefix: String) -> Bool {
    // Most phrases fail on the first byte; test it before setting up the comparison.
    guard let first = prefix.utf8.first else { return true }
    guard utf8.first == first else { return false }
    // Compared in memory where both are contiguous (native strings always are): the generic
    // `starts(with:)` of two UTF-8 views cost more than the lexicon lookups it served.
    let inMemory = utf8.withContiguousStorageIfAvailable { text in
      prefix.utf8.withContiguousStorageIfAvailable { p in
        p.count <= text.count && memcmp(text.baseAddress!, p.baseAddress!, p.count) == 0
      }
    }
    if let inMemory, let answer = inMemory { return answer }
    return utf8.starts(with: prefix.utf8)
  }

  /// Whether the UTF-8 bytes end with `suffix`'s: `hasSuffix` for plain text.
  @inline(__always)
  func bytesHaveSuffix(_ suffix: String) -> Bool {
    let n = suffix.utf8.count
    guard n <= utf8.count else { return false }
    return utf8.suffix(n).elementsEqual(suffix.utf8)
  }
}
