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
  let anchorTokens: [String]
  /// Anchor text lowercased.
  let anchorText: String

  init(_ url: WebURL, anchorText: String?, suffixes: PublicSuffixList = .shared) {
    let suffix = suffixes.publicSuffix(of: url.host)
    var siteLabels = url.host.split(separator: ".").map(String.init)
    let suffixCount = suffix.split(separator: ".").count
    if !url.isIPAddress, siteLabels.count > suffixCount { siteLabels.removeLast(suffixCount) }
    if siteLabels.first == "www" { siteLabels.removeFirst() }
    hostTokens = siteLabels.flatMap(Self.tokens)
    hostCompounds = siteLabels.map { $0.replacing("-", with: "") }
    let decoded = (WebURL.percentDecoded(url.path) + " " + WebURL.percentDecoded(url.query.replacing("+", with: " "))).lowercased()
    pathText = decoded
    pathTokens = Self.tokens(decoded)
    self.anchorText = anchorText?.lowercased() ?? ""
    anchorTokens = Self.tokens(self.anchorText)
  }

  /// Splits on non-alphanumerics and at letter/digit boundaries; lowercased.
  static func tokens(_ s: String) -> [String] {
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
