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
final class TopicIndex: Sendable {
  static let shared = TopicIndex(Topic.allCases.map(\.lexicon))

  /// Every vocabulary.
  let all: UInt8
  /// Vocabularies no byte reading rules out: an empty or non-ASCII word (matched only through
  /// the dictionary), an empty stem or affix (found in every token or label).
  let always: UInt8
  /// Whole words (ASCII, lower case as listed) and the vocabularies listing each.
  let words: [String: UInt8]
  /// For each first and each last byte of a word, a bit per length (31 and over share the last),
  /// as `Lexicon` keeps them: a token whose shape no word has is looked up in no dictionary.
  let firstShape: [UInt32]
  let lastShape: [UInt32]
  /// Stems and affixes (non-empty, one entry per distinct string), flattened: piece `k` is
  /// `pieceBytes[pieceSpan[k]..<pieceSpan[k + 1]]`, held by the vocabularies `pieceBits[k]`
  /// (`hostBits[k]` counting affixes, which only apply to host labels, `otherBits[k]` not).
  /// `bucket[b]..<bucket[b + 1]` are the pieces opening with byte `b`, and `pairs` has a bit
  /// for every first two bytes of a piece, so that most positions of a text compare none.
  let pieceBytes: [UInt8]
  let pieceSpan: [Int]
  let hostPieceBits: [UInt8]
  let otherPieceBits: [UInt8]
  let bucket: [Int]
  let pairs: [UInt64]
  /// One-byte pieces by their byte (host and other parts).
  let singleHost: [UInt8]
  let singleOther: [UInt8]

  init(_ lexicons: [Lexicon]) {
    precondition(lexicons.count <= 8)
    var all: UInt8 = 0
    var always: UInt8 = 0
    var words: [String: UInt8] = [:]
    var first = [UInt32](repeating: 0, count: 256), last = [UInt32](repeating: 0, count: 256)
    // Piece bytes → (bits counting affixes, bits without them).
    var pieces: [[UInt8]: (host: UInt8, other: UInt8)] = [:]
    for (i, lexicon) in lexicons.enumerated() {
      let bit = UInt8(1) << UInt8(i)
      all |= bit
      for word in lexicon.words.keys {
        let bytes = Array(word.utf8)
        guard let f = bytes.first, let l = bytes.last, bytes.allSatisfy({ $0 < 0x80 }) else {
          always |= bit
          continue
        }
        words[word, default: 0] |= bit
        let length = UInt32(1) << min(bytes.count, 31)
        first[Int(f)] |= length
        last[Int(l)] |= length
      }
      for stem in lexicon.stems.keys {
        if stem.isEmpty { always |= bit }
        pieces[Array(stem.utf8), default: (0, 0)].host |= bit
        pieces[Array(stem.utf8), default: (0, 0)].other |= bit
      }
      for affix in Array(lexicon.prefixes.keys) + Array(lexicon.suffixes.keys) {
        if affix.isEmpty { always |= bit }
        pieces[Array(affix.utf8), default: (0, 0)].host |= bit
      }
    }
    self.all = all
    self.always = always
    self.words = words
    firstShape = first
    lastShape = last
    // Sorted, so the tables do not depend on dictionary order.
    let entries = pieces.filter { !$0.key.isEmpty }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    var pieceBytes: [UInt8] = []
    var pieceSpan = [0]
    var hostBits: [UInt8] = []
    var otherBits: [UInt8] = []
    var bucket = [Int](repeating: 0, count: 257)
    var pairs = [UInt64](repeating: 0, count: 65536 / 64)
    var singleHost = [UInt8](repeating: 0, count: 256), singleOther = [UInt8](repeating: 0, count: 256)
    for (bytes, bits) in entries {
      if bytes.count == 1 {
        singleHost[Int(bytes[0])] |= bits.host
        singleOther[Int(bytes[0])] |= bits.other
        continue
      }
      pieceBytes += bytes
      pieceSpan.append(pieceBytes.count)
      hostBits.append(bits.host)
      otherBits.append(bits.other)
      bucket[Int(bytes[0]) + 1] += 1
      let pair = Int(bytes[0]) << 8 | Int(bytes[1])
      pairs[pair >> 6] |= 1 << UInt64(pair & 63)
    }
    for b in 0..<256 { bucket[b + 1] += bucket[b] }
    self.pieceBytes = pieceBytes
    self.pieceSpan = pieceSpan
    hostPieceBits = hostBits
    otherPieceBits = otherBits
    self.bucket = bucket
    self.pairs = pairs
    self.singleHost = singleHost
    self.singleOther = singleOther
  }

  /// The vocabularies that may match the host's tokens, its glued labels or its TLD.
  func hostBits(_ url: WebURL) -> UInt8 {
    var host = url.host
    return host.withUTF8 { b in
      withLowered(b, dropping: nil) { lowered in
        guard let lowered else { return all }
        var bits = always | wordBits(lowered)
        // The TLD as a whole (`TopicMatcher` adds it to the host's tokens when it is a word).
        var end = lowered.count
        while end > 0 && lowered[end - 1] == 0x2E { end -= 1 }
        var start = end
        while start > 0 && lowered[start - 1] != 0x2E { start -= 1 }
        bits |= word(UnsafeBufferPointer(rebasing: lowered[start..<end]))
        // Stems and affixes, in the host without its hyphens: every token and every glued label
        // is a run of those bytes.
        return bits | withLowered(b, dropping: 0x2D) { pieceBits($0!, host: true) }
      }
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
        return withLowered(p, dropping: nil) { p in
          withLowered(q, dropping: nil) { q in
            guard let p, let q else { return all }
            return always | wordBits(p) | pieceBits(p, host: false) | wordBits(q) | pieceBits(q, host: false)
          }
        }
      }
    }
    if let plain { return plain }
    return textBits(WebURL.percentDecoded(url.path) + " " + WebURL.percentDecoded(URLWords.replacing(url.query, 0x2B, with: 0x20)))
  }

  /// The vocabularies that may match the words of `text` (lower-cased first, as anchor text is).
  func textBits(_ text: String) -> UInt8 {
    var text = text
    return text.withUTF8 { b in
      withLowered(b, dropping: nil) { lowered in
        guard let lowered else { return all }
        return always | wordBits(lowered) | pieceBits(lowered, host: false)
      }
    }
  }

  /// `body` over `bytes` lower-cased (without the `dropping` bytes), or over nil when they are
  /// not ASCII without CR (the only text whose words and lower case are its bytes').
  private func withLowered<R>(_ bytes: UnsafeBufferPointer<UInt8>, dropping: UInt8?, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { out in
      var n = 0
      for b in bytes {
        if b >= 0x80 || b == 0x0D { return body(nil) }
        if b == dropping { continue }
        out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        n += 1
      }
      return body(UnsafeBufferPointer(rebasing: out[0..<n]))
    }
  }

  /// The vocabularies listing one of the tokens of lower-cased ASCII `t` (`URLWords.tokens`: runs
  /// of letters or of digits) as a word.
  private func wordBits(_ t: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var bits: UInt8 = 0
    var start = -1
    var inDigits = false
    for i in 0...t.count {
      let c = i < t.count ? t[i] : 0
      let digit = c >= 0x30 && c <= 0x39
      let alnum = digit || (c >= 0x61 && c <= 0x7A)
      if alnum && start >= 0 && digit == inDigits { continue }
      if start >= 0 { bits |= word(UnsafeBufferPointer(rebasing: t[start..<i])) }
      start = alnum ? i : -1
      inDigits = digit
    }
    return bits
  }

  /// The vocabularies listing `token` as a word.
  private func word(_ token: UnsafeBufferPointer<UInt8>) -> UInt8 {
    guard let f = token.first, let l = token.last else { return 0 }
    let length = UInt32(1) << min(token.count, 31)
    guard firstShape[Int(f)] & length != 0, lastShape[Int(l)] & length != 0 else { return 0 }
    return words[String(decoding: token, as: UTF8.self)] ?? 0
  }

  /// The vocabularies with a stem (and, in a host, an affix) somewhere in lower-cased `t`.
  private func pieceBits(_ t: UnsafeBufferPointer<UInt8>, host: Bool) -> UInt8 {
    var bits: UInt8 = 0
    let n = t.count
    pairs.withUnsafeBufferPointer { pairs in
      bucket.withUnsafeBufferPointer { bucket in
        pieceSpan.withUnsafeBufferPointer { span in
          pieceBytes.withUnsafeBufferPointer { bytes in
            (host ? hostPieceBits : otherPieceBits).withUnsafeBufferPointer { pieceBits in
              (host ? singleHost : singleOther).withUnsafeBufferPointer { single in
                var i = 0
                while i < n {
                  let b = Int(t[i])
                  bits |= single[b]
                  if i + 1 < n {
                    let pair = b << 8 | Int(t[i + 1])
                    if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                      for k in bucket[b]..<bucket[b + 1] {
                        let start = span[k]
                        let length = span[k + 1] - start
                        guard length <= n - i else { continue }
                        var j = 1
                        while j < length && t[i + j] == bytes[start + j] { j += 1 }
                        if j == length { bits |= pieceBits[k] }
                      }
                    }
                  }
                  i += 1
                }
              }
            }
          }
        }
      }
    }
    return bits
  }
}
