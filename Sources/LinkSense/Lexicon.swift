/// A topic vocabulary (gambling, pharma, …) and the one way all topic signals match it.
///
/// Three kinds of entries, because spam hosts and paths are written three ways:
/// - `words`: matched only as whole tokens (`bet`, `rx`, `slot`), since they hide inside
///   innocent words (`betabeat`, `arxiv`);
/// - `stems`: long, distinctive strings matched inside a token or glued host label
///   (`casino` in `lokicasinolink8`); only add a stem if no common word contains it;
/// - `native`: words in scripts written without spaces (Korean, Japanese, Chinese), matched as
///   substrings of the decoded path and anchor text.
/// - `prefixes` / `suffixes`: glued brand parts at the start or end of a host label
///   (`roobet`, `hellspin`, `betfury`), with `affixExceptions` for ordinary words that share
///   them (`alphabet`, `tibet`, `better`, `beta`);
/// Every entry carries a weight: 1.0 for words that name the topic unambiguously
/// (`viagra`), less for words that also occur in honest pages (`loan`, `dating`).
struct Lexicon: Sendable {
  let words: [String: Double]
  let stems: [String: Double]
  let native: [String: Double]
  let prefixes: [String: Double]
  let suffixes: [String: Double]
  let affixExceptions: [String]
  /// Words that add to a host hit but mean nothing alone (`canadian`, `generic`, `online`
  /// next to `pharmacy`): they count as extra terms only once a real term matched.
  let boosters: [String]

  /// The entries as UTF-8 bytes, made once: matching runs for every link of every page, and
  /// walking a dictionary and re-reading each string's bytes cost more than the search itself.
  private let stemEntries: [Entry]
  private let nativeEntries: [Entry]
  private let prefixEntries: [Entry]
  private let suffixEntries: [Entry]
  private let exceptionBytes: [[UInt8]]
  /// Indices into `stemEntries` by first byte, and the stems' bytes, flattened for the scan in
  /// `addStems`: the stems opening with byte `b` are `stemOrder[stemBucket[b]..<stemBucket[b + 1]]`
  /// (list order kept), and stem `k`'s bytes are `stemBytes[stemSpan[k]..<stemSpan[k + 1]]`. Reading nested
  /// arrays and copying an `Entry` retained and released an array and a string at every byte of
  /// every token, which cost more than the comparisons.
  private let stemBucket: [Int]
  private let stemOrder: [Int]
  private let stemBytes: [UInt8]
  private let stemSpan: [Int]
  /// The length in bytes of the shortest non-empty stem.
  private let shortestStem: Int
  private let emptyStems: [Int]
  /// The shapes of `words` when every word is ASCII (nil otherwise): for each first byte, and for
  /// each last byte, a bit per length (lengths from 31 on share the last bit). An ASCII token
  /// equals a word only byte for byte, so one whose shape no word has is none of them, and the
  /// dictionary need not hash it: most tokens of most links are no topic word.
  private let wordShapes: (first: [UInt32], last: [UInt32])?

  private struct Entry: Sendable {
    let term: String
    let bytes: [UInt8]
    let weight: Double

    init(_ term: String, _ weight: Double) {
      self.term = term
      self.bytes = Array(term.utf8)
      self.weight = weight
    }
  }

  init(
    words: [String: Double], stems: [String: Double], native: [String: Double], prefixes: [String: Double] = [:],
    suffixes: [String: Double] = [:], affixExceptions: [String] = [], boosters: [String] = []
  ) {
    self.words = words
    self.stems = stems
    self.native = native
    self.prefixes = prefixes
    self.suffixes = suffixes
    self.affixExceptions = affixExceptions
    self.boosters = boosters
    let stemEntries = stems.map(Entry.init)
    self.stemEntries = stemEntries
    nativeEntries = native.map(Entry.init)
    prefixEntries = prefixes.map(Entry.init)
    suffixEntries = suffixes.map(Entry.init)
    exceptionBytes = affixExceptions.map { Array($0.utf8) }
    var index = [[Int]](repeating: [], count: 256)
    for (k, entry) in stemEntries.enumerated() where !entry.bytes.isEmpty { index[Int(entry.bytes[0])].append(k) }
    stemBucket = index.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    stemOrder = index.flatMap { $0 }
    stemBytes = stemEntries.flatMap(\.bytes)
    stemSpan = stemEntries.reduce(into: [0]) { $0.append($0.last! + $1.bytes.count) }
    // An empty stem (none is listed) is found in every token.
    emptyStems = stemEntries.indices.filter { stemEntries[$0].bytes.isEmpty }
    shortestStem = stemEntries.lazy.map(\.bytes.count).filter { $0 > 0 }.min() ?? Int.max
    if words.keys.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }) {
      var first = [UInt32](repeating: 0, count: 128), last = [UInt32](repeating: 0, count: 128)
      for word in words.keys {
        let bit = UInt32(1) << min(word.utf8.count, 31)
        first[Int(word.utf8.first!)] |= bit
        last[Int(word.utf8.last!)] |= bit
      }
      wordShapes = (first, last)
    } else {
      wordShapes = nil
    }
  }

  /// `words[token]`, without hashing an ASCII token whose shape no word has (see `wordShapes`).
  func wordWeight(_ token: String) -> Double? {
    // On the bytes in memory: the UTF-8 view's generic `first`, `last` and `allSatisfy` cost more
    // than the test itself.
    if let shapes = wordShapes,
      withBytes(token, { t in
        guard let first = t.first, let last = t.last, first < 0x80, last < 0x80 else { return false }
        let bit = UInt32(1) << min(t.count, 31)
        return (shapes.first[Int(first)] & bit == 0 || shapes.last[Int(last)] & bit == 0) && !t.contains(where: { $0 >= 0x80 })
      })
    {
      return nil
    }
    return words[token]
  }

  /// The best match in a list of tokens (and glued compounds), with its weight.
  func bestMatch(tokens: [String], compounds: [String] = [], text: String = "") -> (term: String, weight: Double, all: Set<String>)? {
    var found: [String: Double] = [:]
    for token in tokens {
      if let w = wordWeight(token) { found[token] = w }
      addStems(in: token, to: &found)
    }
    for compound in compounds {
      addStems(in: compound, to: &found)
      if !prefixEntries.isEmpty || !suffixEntries.isEmpty { addAffixes(of: compound, to: &found) }
    }
    // Native-script terms can only occur in text with non-ASCII bytes.
    if !text.isEmpty, withBytes(text, { t in t.contains { $0 >= 0x80 } }) {
      withBytes(text) { t in
        for entry in nativeEntries where contains(t, entry.bytes) { found[entry.term] = entry.weight }
      }
    }
    // Without a term there is nothing to boost or pick.
    if found.isEmpty { return nil }
    for compound in compounds {
      for booster in boosters where found[booster] == nil && compound.containsBytes(booster) { found[booster] = 0 }
    }
    // Deterministic pick: highest weight, then alphabetical.
    guard let best = found.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).first
    else { return nil }
    return (best.key, best.value, Set(found.keys))
  }

  /// Stems found inside `token` (byte-wise substring test, as `containsBytes`).
  ///
  /// The token is read once: at each byte only the stems starting with it are compared
  /// (`stemBucket`), instead of searching the token once per stem. A stem found at any
  /// position is found, so the set of stems is the same.
  private func addStems(in token: String, to found: inout [String: Double]) {
    for k in emptyStems { found[stemEntries[k].term] = stemEntries[k].weight }
    // A token shorter than every stem holds none (its byte count is known without reading it).
    guard token.utf8.count >= shortestStem else { return }
    withBytes(token) { t in
      guard t.count >= shortestStem else { return }
      // The same stems tried at the same positions in the same order as a nested index of
      // stems by first byte would, on the flattened tables (see `stemBucket`).
      stemBucket.withUnsafeBufferPointer { bucket in
        stemOrder.withUnsafeBufferPointer { order in
          stemBytes.withUnsafeBufferPointer { bytes in
            stemSpan.withUnsafeBufferPointer { span in
              for i in 0...(t.count - shortestStem) {
                let b = Int(t[i])
                var m = bucket[b]
                let end = bucket[b + 1]
                while m < end {
                  let k = order[m]
                  let start = span[k]
                  let length = span[k + 1] - start
                  if length <= t.count - i {
                    var j = 0
                    while j < length && t[i + j] == bytes[start + j] { j += 1 }
                    if j == length { found[stemEntries[k].term] = stemEntries[k].weight }
                  }
                  m += 1
                }
              }
            }
          }
        }
      }
    }
  }

  /// `addStems` the plain way, one substring search per stem (tests compare the two).
  func stemsByScanning(_ token: String) -> Set<String> {
    withBytes(token) { t in Set(stemEntries.filter { contains(t, $0.bytes) }.map(\.term)) }
  }

  /// `addStems` as used (tests compare the two).
  func stemsByFirstByteIndex(_ token: String) -> Set<String> {
    var found: [String: Double] = [:]
    addStems(in: token, to: &found)
    return Set(found.keys)
  }

  /// Affixes apply to the letters of a label, so `roobet8` still ends in `bet`.
  private func addAffixes(of compound: String, to found: inout [String: Double]) {
    // In ASCII without CR every character is one byte and only `0-9` are numbers, so the
    // letters, their count and the prefix and suffix tests can all be read off the bytes.
    guard compound.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
      addAffixesOfCharacters(compound, to: &found)
      return
    }
    withBytes(compound) { all in
      var end = all.count
      while end > 0 && all[end - 1] >= 0x30 && all[end - 1] <= 0x39 { end -= 1 }
      let letters = UnsafeBufferPointer(rebasing: all[0..<end])
      guard !exceptionBytes.contains(where: { hasPrefix(letters, $0) || hasSuffix(letters, $0) }) else { return }
      for entry in prefixEntries where hasPrefix(letters, entry.bytes) && letters.count >= entry.bytes.count + 3 {
        found[entry.term + "…"] = entry.weight
      }
      for entry in suffixEntries where hasSuffix(letters, entry.bytes) && letters.count >= entry.bytes.count + 2 {
        found["…" + entry.term] = entry.weight
      }
    }
  }

  /// `addAffixes` for labels outside ASCII, character by character.
  private func addAffixesOfCharacters(_ compound: String, to found: inout [String: Double]) {
    let letters = String(compound.reversed().drop(while: \.isNumber).reversed())
    guard !affixExceptions.contains(where: { letters.hasPrefix($0) || letters.hasSuffix($0) }) else { return }
    for (prefix, w) in prefixes where letters.hasPrefix(prefix) && letters.count >= prefix.count + 3 {
      found[prefix + "…"] = w
    }
    for (suffix, w) in suffixes where letters.hasSuffix(suffix) && letters.count >= suffix.count + 2 {
      found["…" + suffix] = w
    }
  }
}

/// Runs `body` over the UTF-8 bytes of `s` (copied only when `s` is not stored contiguously).
@inline(__always)
private func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
  if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
  return Array(s.utf8).withUnsafeBufferPointer(body)
}

@inline(__always)
private func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
  guard needle.count <= hay.count else { return false }
  return needle.withUnsafeBufferPointer { n in n.isEmpty || byteSearch(hay, n) }
}

@inline(__always)
private func hasPrefix(_ s: UnsafeBufferPointer<UInt8>, _ p: [UInt8]) -> Bool {
  p.count <= s.count && s.prefix(p.count).elementsEqual(p)
}

@inline(__always)
private func hasSuffix(_ s: UnsafeBufferPointer<UInt8>, _ p: [UInt8]) -> Bool {
  p.count <= s.count && s.suffix(p.count).elementsEqual(p)
}

/// Shared evaluation for topic vocabularies: a word in the host counts fully, in the path or
/// anchor text only partly, because honest news paths and anchors talk *about* casinos and drugs.
struct TopicMatcher: Sendable {
  let lexicon: Lexicon
  /// The topic `lexicon` is, when it is one of `Topic`'s: then a part of a link that the link's
  /// `TopicScreen` rules out for it is not searched.
  var topic: Topic? = nil
  /// Multiplier for a hit in the host.
  var hostFactor = 1.0
  /// Multiplier for a hit in the path/query.
  var pathFactor = 0.5
  /// Multiplier for a hit in the anchor text.
  var anchorFactor = 0.4
  /// Extra weight per additional distinct term (keyword stuffing), capped.
  var extraPerTerm = 0.2

  func evaluate(_ url: WebURL, anchorText: String?) -> (weight: Double, evidence: String)? {
    evaluate(url, words: URLWords(url, anchorText: anchorText))
  }

  /// `evaluate(_:anchorText:)` with the URL's words already split (they are the same for every topic).
  func evaluate(_ url: WebURL, words: URLWords) -> (weight: Double, evidence: String)? {
    var weight = 0.0
    var evidence: [String] = []
    var terms = Set<String>()
    // The TLD counts as a host token only when it is a word of the topic (`.casino`, `.bet`);
    // the host's own tokens are passed as they are otherwise, without a copy.
    if !ruledOut(words.screen.host) {
      let hostTokens = lexicon.wordWeight(words.tld) != nil ? words.hostTokens + [words.tld] : words.hostTokens
      if let m = lexicon.bestMatch(tokens: hostTokens, compounds: words.hostCompounds, text: url.host) {
        weight += m.weight * hostFactor
        terms.formUnion(m.all)
        evidence.append("host word \"\(m.term)\"")
      }
    }
    if !ruledOut(words.screen.path), let m = lexicon.bestMatch(tokens: words.pathTokens, text: words.pathText) {
      weight += m.weight * pathFactor
      terms.formUnion(m.all)
      evidence.append("path word \"\(m.term)\"")
    }
    if !ruledOut(words.screen.anchor), let m = lexicon.bestMatch(tokens: words.anchorTokens, text: words.anchorText) {
      weight += m.weight * anchorFactor
      terms.formUnion(m.all)
      evidence.append("anchor word \"\(m.term)\"")
    }
    guard weight > 0 else { return nil }
    // Path and anchor repeat the same word on honest pages ("VW bets on electric"); only
    // distinct words add up, and without a host hit the total stays below a host hit.
    weight += min(Double(max(terms.count - 1, 0)) * extraPerTerm, 0.6)
    if !evidence.contains(where: { $0.hasPrefix("host") }) { weight = min(weight, 0.8) }
    return ((weight * 100).rounded() / 100, evidence.joined(separator: ", "))
  }
}

extension TopicMatcher {
  /// The matcher of one of the topic vocabularies, screened by `TopicScreen`.
  init(topic: Topic) {
    self.init(lexicon: topic.lexicon, topic: topic)
  }

  /// The link's screen rules this matcher's vocabulary out of a part with `bits`.
  @inline(__always)
  private func ruledOut(_ bits: UInt8) -> Bool {
    guard let topic else { return false }
    return bits & topic.bit == 0
  }
}

/// A signal that reads a URL through its `URLWords`: `URLScorer` splits the words once per URL
/// and hands them to every such signal instead of each splitting them again.
protocol TopicSignal: URLSignal {
  /// The vocabulary the signal matches (whose bit of a link's `TopicScreen` tells whether it can).
  var topic: Topic { get }
  func evaluate(_ url: WebURL, words: URLWords) -> LinkSignal?
}

/// The four topic vocabularies, for callers that only want to know whether any fires.
public enum TopicVocabularies {
  static let signals: [any TopicSignal] = [GamblingVocabulary(), PharmaVocabulary(), LoanScamVocabulary(), AdultVocabulary()]

  /// The first of gambling, pharma, loan-scam and adult vocabulary (in that order) that fires for
  /// `url` and `anchorText`: the same as asking each signal in turn, with the words split once.
  public static func firstHit(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    firstHit(url, words: URLWords(url, anchorText: anchorText))
  }

  static func firstHit(_ url: WebURL, words: URLWords) -> LinkSignal? {
    for signal in signals {
      if let hit = signal.evaluate(url, words: words) { return hit }
    }
    return nil
  }

  /// A URL split once, to be asked `firstHit` with many anchor texts (an anchor checked against
  /// a fixed neutral URL splits that URL for nothing every time).
  public struct PreparedURL: Sendable {
    let url: WebURL
    let words: URLWords

    public init(_ url: WebURL) {
      self.url = url
      words = URLWords(url, anchorText: nil)
    }

    /// `TopicVocabularies.firstHit(url, anchorText: anchorText)`; `anchorTopics` are the anchor
    /// text's screen bits when already read (`URLScorer.Evaluation.anchorTopics` of a link with
    /// that anchor text).
    public func firstHit(anchorText: String?, anchorTopics: UInt8? = nil) -> LinkSignal? {
      // Where the screen rules every vocabulary out of every part, the anchor is not split.
      let anchorBits = anchorTopics ?? TopicIndex.shared.textBits(anchorText ?? "")
      if words.screen.host | words.screen.path | anchorBits == 0 { return nil }
      return TopicVocabularies.firstHit(url, words: words.withAnchor(anchorText, anchorBits: anchorBits))
    }
  }
}
