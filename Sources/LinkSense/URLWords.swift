/// The words of a URL, split so that rules match whole words instead of substrings.
///
/// Substring matching is what makes naive keyword rules flag `arxiv.org` (⊃ "rx") or
/// `betabeat.com` (⊃ "bet"). Here host and path are split on every non-alphanumeric character
/// and again where letters meet digits (`20bet8` → `20`, `bet`, `8`), and rules match these
/// tokens exactly. Only long, distinctive stems (`casino`, `viagra`) are searched inside a token,
/// because spam hosts glue words together (`lokicasinolink8`).
struct URLWords {
  /// Tokens of the host without its public suffix (`www` dropped).
  let hostTokens: [String]
  /// Host labels without the public suffix, hyphens removed (`buy-cheap-pills` → `buycheappills`).
  let hostCompounds: [String]
  /// Tokens of the percent-decoded path and query, lowercased.
  let pathTokens: [String]
  /// Percent-decoded path and query, lowercased, for native-script (CJK) words.
  let pathText: String
  /// Tokens of the anchor text.
  private(set) var anchorTokens: [String]
  /// Anchor text lowercased.
  private(set) var anchorText: String
  /// `url.tld`, read once for all topics.
  let tld: String
  /// Which topic vocabularies may match each part (`TopicMatcher` searches only those).
  private(set) var screen: TopicScreen

  init(_ url: WebURL, anchorText: String?, suffixes: PublicSuffixList = .shared, screen: TopicScreen? = nil) {
    self.screen = screen ?? TopicScreen(url, anchorText: anchorText)
    let suffix = suffixes.publicSuffix(of: url.host)
    // An ASCII host (nearly every one) is split at its dot bytes: the same labels as the
    // `Character` split, without breaking graphemes.
    var siteLabels = (url.host.isASCIIWithoutCR ? url.host.splitAtByte(0x2E) : url.host.split(separator: ".")).map(String.init)
    let suffixCount = suffix.isASCIIWithoutCR ? suffix.splitAtByte(0x2E).count : suffix.split(separator: ".").count
    if !url.isIPAddress, siteLabels.count > suffixCount { siteLabels.removeLast(suffixCount) }
    if siteLabels.first == "www" { siteLabels.removeFirst() }
    hostTokens = siteLabels.flatMap(Self.tokens)
    hostCompounds = siteLabels.map { Self.replacing($0, 0x2D, with: nil) }
    let decoded = (WebURL.percentDecoded(url.path) + " " + WebURL.percentDecoded(Self.replacing(url.query, 0x2B, with: 0x20))).lowercased()
    pathText = decoded
    pathTokens = Self.tokens(decoded)
    self.anchorText = anchorText?.lowercased() ?? ""
    anchorTokens = Self.tokens(self.anchorText)
    tld = url.tld
  }

  /// The same URL's words with `anchorText` as the anchor (the URL is not split again);
  /// `anchorBits` is its `TopicScreen.anchor` when known.
  func withAnchor(_ anchorText: String?, anchorBits: UInt8? = nil) -> URLWords {
    var words = self
    words.anchorText = anchorText?.lowercased() ?? ""
    words.anchorTokens = Self.tokens(words.anchorText)
    words.screen.anchor = anchorBits ?? TopicIndex.shared.textBits(anchorText ?? "")
    return words
  }

  /// `s.replacing(target, with: replacement)` for one ASCII character (removed when
  /// `replacement` is nil), byte by byte when `s` is plain ASCII without carriage returns (then
  /// every byte is one `Character`).
  static func replacing(_ s: String, _ target: UInt8, with replacement: UInt8?) -> String {
    guard s.utf8.contains(target) else { return s }
    guard s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
      let from = String(UnicodeScalar(target))
      return s.replacing(from, with: replacement.map { String(UnicodeScalar($0)) } ?? "")
    }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    for b in s.utf8 {
      if b != target {
        out.append(b)
      } else if let replacement {
        out.append(replacement)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `tokens(_:)` for plain ASCII without carriage returns, where every byte is one `Character`,
  /// letters are `A-Za-z` and numbers `0-9`. Nil for any other text.
  ///
  /// The bytes are lower-cased into one scratch buffer and each token is made from its slice
  /// there: filling and emptying a token buffer byte by byte cost more than the strings made.
  static func asciiTokens(_ s: String) -> [String]? {
    var s = s
    return s.withUTF8 { bytes -> [String]? in
      for b in bytes where b >= 0x80 || b == 0x0D { return nil }
      let n = bytes.count
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { lowered -> [String] in
        var result: [String] = []
        // Start of the token being read in `lowered` (every byte of it written), or -1.
        var start = -1
        var currentIsDigit = false
        for i in 0..<n {
          let b = bytes[i]
          let lower = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
          let digit = b >= 0x30 && b <= 0x39
          if lower || digit {
            if start < 0 {
              start = i
            } else if digit != currentIsDigit {
              result.append(String(decoding: UnsafeBufferPointer(rebasing: lowered[start..<i]), as: UTF8.self))
              start = i
            }
            lowered[i] = lower ? b | 0x20 : b
            currentIsDigit = digit
          } else if start >= 0 {
            result.append(String(decoding: UnsafeBufferPointer(rebasing: lowered[start..<i]), as: UTF8.self))
            start = -1
          }
        }
        if start >= 0 { result.append(String(decoding: UnsafeBufferPointer(rebasing: lowered[start..<n]), as: UTF8.self)) }
        return result
      }
    }
  }

  /// Splits on non-alphanumerics and at letter/digit boundaries; lowercased.
  static func tokens(_ s: String) -> [String] {
    asciiTokens(s) ?? characterTokens(s)
  }

  /// `tokens(_:)` read by `Character`, for any text.
  static func characterTokens(_ s: String) -> [String] {
    var result: [String] = []
    var current = ""
    var currentIsDigit = false
    for ch in s.lowercased() {
      if ch.isLetter || ch.isNumber {
        let isDigit = ch.isNumber
        if !current.isEmpty && isDigit != currentIsDigit {
          result.append(current)
          current = ""
        }
        current.append(ch)
        currentIsDigit = isDigit
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
