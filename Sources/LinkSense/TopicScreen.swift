/// The four topic vocabularies, numbered for the bits of `TopicScreen`.
enum Topic: Int, CaseIterable, Sendable {
  case gambling, pharma, loanScam, adult

  var lexicon: Lexicon {
    switch self {
    case .gambling: return GamblingVocabulary.lexicon
    case .pharma: return PharmaVocabulary.lexicon
    case .loanScam: return LoanScamVocabulary.lexicon
    case .adult: return AdultVocabulary.lexicon
    }
  }

  var bit: UInt8 { 1 << UInt8(rawValue) }
}

/// Which topic vocabularies could match each part of one link (host, path and query, anchor
/// text), found in one pass over each part's bytes before any of them is split into words.
///
/// Nearly every link names no topic at all, yet each of the four vocabularies searched the
/// host, path and anchor words of every link for its words, stems and affixes: twelve searches
/// and the words split for them, most of a link's scoring. A clear bit says that vocabulary's
/// `Lexicon.bestMatch` over that part finds nothing, so `TopicMatcher` skips it; a set bit only
/// says it may find something (a stem across two words, a suffix label), and the search decides.
/// Text the bytes cannot answer for (not ASCII, a CR, percent escapes that decode to either) sets
/// every bit.
struct TopicScreen: Sendable, Equatable {
  var host: UInt8
  var path: UInt8
  var anchor: UInt8

  /// `topic`'s vocabulary may match some part.
  func mayMatch(_ topic: Topic) -> Bool { (host | path | anchor) & topic.bit != 0 }

  init(host: UInt8, path: UInt8, anchor: UInt8) {
    self.host = host
    self.path = path
    self.anchor = anchor
  }

  init(_ url: WebURL, anchorText: String?, index: TopicIndex = .shared) {
    host = index.hostBits(url)
    path = index.pathBits(url)
    anchor = index.textBits(anchorText ?? "")
  }
}

/// The words, stems and affixes of all topic vocabularies merged into byte tables, each entry
/// marked with the bits of the vocabularies that hold it (see `TopicScreen`). A class: its
/// tables are read for every link, and a struct of arrays was retained field by field each time.
///
/// A text is read in one pass: its bytes lower-cased as they come, its tokens (`URLWords.tokens`)
/// looked up as they end, by an FNV-1a hash taken along the way, in a table of the words' bytes
/// (no string is made, and no SipHash taken), and the stems tried only at the positions where
/// the first three bytes of one may stand (a filter on a hash of three bytes: the first two
/// alone, `co`, `in`, `se`, open too many English words).
final class TopicIndex: Sendable {
  static let shared = TopicIndex(Topic.allCases.map(\.lexicon))

  /// Every vocabulary.
  let all: UInt8
  /// Vocabularies no byte reading rules out: an empty or non-ASCII word (matched only through
  /// the dictionary), an empty stem or affix (found in every token or label).
  let always: UInt8

  // The tables, in three arrays (each read through one pointer per text):
  // - `ints`: `bucket` (257: the pieces opening with byte `b` are `bucket[b]..<bucket[b + 1]`),
  //   `pieceSpan` (piece `k` is `bytes[pieceSpan[k]..<pieceSpan[k + 1]]`), `wordSpan` (the same
  //   for words), `slots` (open addressing on the hash of a word's bytes: word index + 1, 0 for
  //   none), `firstShape` and `lastShape` (256 each: for each first and last byte of a word a
  //   bit per length, 31 and over sharing the last, as `Lexicon` keeps them);
  // - `bytes`: the pieces' and words' bytes, then the vocabularies holding each piece counting
  //   affixes (which only apply to host labels) and not, each word's vocabularies, and the
  //   one-byte pieces' by byte (host, then other parts);
  // - `openings`: three bitmaps of 65,536 bits: the first two bytes of every piece of two or
  //   more, the two bytes of every piece of two, and the hash (`trigram`) of the first three
  //   bytes of every longer piece.
  private let ints: [UInt32]
  private let bytes: [UInt8]
  private let openings: [UInt64]
  private let pieceSpanAt: Int, wordSpanAt: Int, slotsAt: Int, slotMask: Int, firstShapeAt: Int, lastShapeAt: Int
  private let hostPieceBitsAt: Int, otherPieceBitsAt: Int, wordBitsAt: Int, singleHostAt: Int, singleOtherAt: Int
  /// Some piece is one byte long (none is listed: the scan then skips their table).
  private let hasSingles: Bool

  init(_ lexicons: [Lexicon]) {
    precondition(lexicons.count <= 8)
    var all: UInt8 = 0
    var always: UInt8 = 0
    var words: [String: UInt8] = [:]
    // Piece → (bits counting affixes, bits without them).
    var pieces: [String: (host: UInt8, other: UInt8)] = [:]
    for (i, lexicon) in lexicons.enumerated() {
      let bit = UInt8(1) << UInt8(i)
      all |= bit
      for word in lexicon.words.keys {
        if word.isEmpty || word.utf8.contains(where: { $0 >= 0x80 }) { always |= bit } else { words[word, default: 0] |= bit }
      }
      for stem in lexicon.stems.keys {
        if stem.isEmpty { always |= bit }
        pieces[stem, default: (0, 0)].host |= bit
        pieces[stem, default: (0, 0)].other |= bit
      }
      for affix in Array(lexicon.prefixes.keys) + Array(lexicon.suffixes.keys) {
        if affix.isEmpty { always |= bit }
        pieces[affix, default: (0, 0)].host |= bit
      }
    }
    self.all = all
    self.always = always
    // Sorted, so the tables do not depend on dictionary order.
    let pieceList = pieces.filter { !$0.key.isEmpty }.sorted { $0.key < $1.key }
    let long = pieceList.filter { $0.key.utf8.count >= 2 }
    let wordList = words.sorted { $0.key < $1.key }
    var slotCount = 16
    while slotCount < wordList.count * 4 { slotCount *= 2 }

    var bucket = [UInt32](repeating: 0, count: 257)
    var pieceSpan: [UInt32] = [0], wordSpan: [UInt32] = [0]
    var text: [UInt8] = []
    var openings = [UInt64](repeating: 0, count: 3 * 65536 / 64)
    for (piece, _) in long {
      let b = Array(piece.utf8)
      text += b
      pieceSpan.append(UInt32(text.count))
      bucket[Int(b[0]) + 1] += 1
      let pair = Int(b[0]) << 8 | Int(b[1])
      openings[pair >> 6] |= 1 << UInt64(pair & 63)
      let opening = b.count == 2 ? 65536 + pair : Self.trigram(b[0], b[1], b[2])
      openings[opening >> 6] |= 1 << UInt64(opening & 63)
    }
    for b in 0..<256 { bucket[b + 1] += bucket[b] }
    var slots = [UInt32](repeating: 0, count: slotCount)
    var firstShape = [UInt32](repeating: 0, count: 256), lastShape = [UInt32](repeating: 0, count: 256)
    for (k, (word, _)) in wordList.enumerated() {
      let b = Array(word.utf8)
      text += b
      wordSpan.append(UInt32(text.count))
      let length = UInt32(1) << min(b.count, 31)
      firstShape[Int(b[0])] |= length
      lastShape[Int(b[b.count - 1])] |= length
      var slot = Int(Self.hash(b)) & (slotCount - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
      slots[slot] = UInt32(k + 1)
    }
    var singleHost = [UInt8](repeating: 0, count: 256), singleOther = [UInt8](repeating: 0, count: 256)
    hasSingles = pieceList.contains { $0.key.utf8.count == 1 }
    for (piece, bits) in pieceList where piece.utf8.count == 1 {
      singleHost[Int(piece.utf8.first!)] |= bits.host
      singleOther[Int(piece.utf8.first!)] |= bits.other
    }

    pieceSpanAt = bucket.count
    wordSpanAt = pieceSpanAt + pieceSpan.count
    slotsAt = wordSpanAt + wordSpan.count
    slotMask = slotCount - 1
    firstShapeAt = slotsAt + slots.count
    lastShapeAt = firstShapeAt + 256
    ints = bucket + pieceSpan + wordSpan + slots + firstShape + lastShape
    hostPieceBitsAt = text.count
    otherPieceBitsAt = hostPieceBitsAt + long.count
    wordBitsAt = otherPieceBitsAt + long.count
    singleHostAt = wordBitsAt + wordList.count
    singleOtherAt = singleHostAt + 256
    bytes = text + long.map(\.value.host) + long.map(\.value.other) + wordList.map(\.value) + singleHost + singleOther
    self.openings = openings
  }

  /// Where three bytes opening a piece are marked in `openings` (after the two bitmaps of pairs).
  @inline(__always)
  private static func trigram(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
    2 * 65536 + Int(((UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)) &* 2_654_435_761) >> 16)
  }

  /// FNV-1a over `bytes`, as `scan` takes it along a token.
  private static func hash(_ bytes: [UInt8]) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
    return h
  }

  /// The vocabularies that may match the host's tokens, its glued labels or its TLD.
  func hostBits(_ url: WebURL) -> UInt8 {
    var host = url.host
    return host.withUTF8 { b in
      guard var bits = scan(b, host: true) else { return all }
      bits |= always
      // The TLD as a whole (`TopicMatcher` adds it to the host's tokens when it is a word).
      var end = b.count
      while end > 0 && b[end - 1] == 0x2E { end -= 1 }
      var start = end
      while start > 0 && b[start - 1] != 0x2E { start -= 1 }
      if start < end { bits |= scan(UnsafeBufferPointer(rebasing: b[start..<end]), host: false, wholeWord: true) ?? all }
      // Glued labels are the labels without their hyphens: stems and affixes across a hyphen.
      if b.contains(0x2D) {
        bits |= withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { out in
          var n = 0
          for x in b where x != 0x2D {
            out[n] = x
            n += 1
          }
          return scan(UnsafeBufferPointer(rebasing: out[0..<n]), host: true) ?? all
        }
      }
      return bits
    }
  }

  /// The vocabularies that may match the words of the decoded path and query.
  func pathBits(_ url: WebURL) -> UInt8 {
    var path = url.path
    var query = url.query
    let plain = path.withUTF8 { p in
      query.withUTF8 { q -> UInt8? in
        // Without a `%`, decoding changes nothing, and `+` (a space once decoded) parts words
        // as any other punctuation does.
        guard !p.contains(0x25), !q.contains(0x25) else { return nil }
        guard let pathBits = scan(p, host: false), let queryBits = scan(q, host: false) else { return all }
        return always | pathBits | queryBits
      }
    }
    if let plain { return plain }
    return textBits(WebURL.percentDecoded(url.path) + " " + WebURL.percentDecoded(URLWords.replacing(url.query, 0x2B, with: 0x20)))
  }

  /// The vocabularies that may match the words of `text` (lower-cased first, as anchor text is).
  func textBits(_ text: String) -> UInt8 {
    var text = text
    return text.withUTF8 { b in scan(b, host: false).map { always | $0 } ?? all }
  }

  /// The vocabularies with a word among the tokens of `b` read lower-cased (or, `wholeWord`,
  /// listing all of `b` as a word), or with a stem (in a `host`, also an affix) anywhere in it.
  /// Nil when `b` is not ASCII without CR, the only text whose words and lower case are its
  /// bytes'.
  private func scan(_ b: UnsafeBufferPointer<UInt8>, host: Bool, wholeWord: Bool = false) -> UInt8? {
    let n = b.count
    // The bytes lower-cased, and two zero bytes after them to read pairs and triples up to the end.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 2) { t -> UInt8? in
      for i in 0..<n {
        let c = b[i]
        if c >= 0x80 || c == 0x0D { return nil }
        t[i] = c &- 0x41 < 26 ? c | 0x20 : c
      }
      t[n] = 0
      t[n + 1] = 0
      return ints.withUnsafeBufferPointer { ints in
        bytes.withUnsafeBufferPointer { bytes in
          openings.withUnsafeBufferPointer { openings -> UInt8 in
            // The words' vocabularies for token `t[start..<end]`, whose hash is `h`.
            @inline(__always) func word(_ start: Int, _ end: Int, _ h: UInt32) -> UInt8 {
              let length = end - start
              let shape = UInt32(1) << min(length, 31)
              guard ints[firstShapeAt + Int(t[start])] & shape != 0, ints[lastShapeAt + Int(t[end - 1])] & shape != 0 else { return 0 }
              var slot = Int(h) & slotMask
              while true {
                let entry = Int(ints[slotsAt + slot])
                if entry == 0 { return 0 }
                let from = Int(ints[wordSpanAt + entry - 1])
                if Int(ints[wordSpanAt + entry]) - from == length {
                  var k = 0
                  while k < length && t[start + k] == bytes[from + k] { k += 1 }
                  if k == length { return bytes[wordBitsAt + entry - 1] }
                }
                slot = (slot + 1) & slotMask
              }
            }
            @inline(__always) func hashed(_ h: UInt32, _ l: UInt8) -> UInt32 { (h ^ UInt32(l)) &* 16_777_619 }
            let pieceBitsAt = host ? hostPieceBitsAt : otherPieceBitsAt
            let singleAt = host ? singleHostAt : singleOtherAt
            var bits: UInt8 = 0
            var tokenStart = -1
            var inDigits = false
            var h: UInt32 = 2_166_136_261
            for i in 0..<n {
              let l = t[i]
              // Tokens: runs of letters or of digits.
              if wholeWord {
                h = hashed(h, l)
              } else {
                let digit = l &- 0x30 < 10
                if digit || l &- 0x61 < 26 {
                  if tokenStart >= 0 && digit != inDigits {
                    bits |= word(tokenStart, i, h)
                    tokenStart = -1
                  }
                  if tokenStart < 0 {
                    tokenStart = i
                    inDigits = digit
                    h = 2_166_136_261
                  }
                  h = hashed(h, l)
                } else if tokenStart >= 0 {
                  bits |= word(tokenStart, i, h)
                  tokenStart = -1
                }
              }
              // Pieces opening here: the first two bytes of one, then the two of a piece of two
              // or the first three of a longer one.
              if hasSingles { bits |= bytes[singleAt + Int(l)] }
              let pair = Int(l) << 8 | Int(t[i + 1])
              guard openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
              let short = 65536 + pair
              let three = Self.trigram(l, t[i + 1], t[i + 2])
              guard openings[short >> 6] & (1 << UInt64(short & 63)) != 0 || openings[three >> 6] & (1 << UInt64(three & 63)) != 0
              else { continue }
              for k in Int(ints[Int(l)])..<Int(ints[Int(l) + 1]) {
                let from = Int(ints[pieceSpanAt + k])
                let length = Int(ints[pieceSpanAt + k + 1]) - from
                guard length <= n - i else { continue }
                var j = 1
                while j < length && t[i + j] == bytes[from + j] { j += 1 }
                if j == length { bits |= bytes[pieceBitsAt + k] }
              }
            }
            if wholeWord { return n > 0 ? word(0, n, h) : 0 }
            if tokenStart >= 0 { bits |= word(tokenStart, n, h) }
            return bits
          }
        }
      }
    }
  }
}
