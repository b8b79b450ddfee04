import Foundation

/// Public Suffix List lookups: which part of a host is a public suffix, and which is the site.
///
/// `shared` loads `/usr/share/publicsuffix/public_suffix_list.dat` (Debian package `publicsuffix`)
/// when the file exists, including its private section, so tenants of `blogspot.com` or
/// `github.io` count as separate sites. Without that file it falls back to a small built-in list
/// of common suffixes (see `fallbackRules`): good enough for `.com`/`.co.kr`/`.co.uk`, wrong for
/// the long tail. The Debian snapshot may predate newer TLDs; an unknown TLD is treated as a
/// one-label suffix, which is what the PSL algorithm prescribes anyway (the implicit `*` rule).
public struct PublicSuffixList: Sendable {
  /// The system list when installed, otherwise the built-in fallback.
  public static let shared: PublicSuffixList = {
    let path = "/usr/share/publicsuffix/public_suffix_list.dat"
    if let text = try? String(contentsOfFile: path, encoding: .utf8) {
      return PublicSuffixList(listText: text)
    }
    return PublicSuffixList(listText: fallbackRules)
  }()

  /// Common suffixes used when no system list is installed.
  static let fallbackRules = """
    com
    net
    org
    edu
    gov
    mil
    int
    info
    biz
    io
    co
    me
    tv
    kr
    co.kr
    or.kr
    go.kr
    ac.kr
    ne.kr
    re.kr
    jp
    co.jp
    ne.jp
    or.jp
    go.jp
    ac.jp
    cn
    com.cn
    net.cn
    org.cn
    gov.cn
    edu.cn
    tw
    com.tw
    hk
    com.hk
    uk
    co.uk
    org.uk
    gov.uk
    ac.uk
    au
    com.au
    de
    fr
    it
    es
    nl
    ru
    br
    com.br
    in
    co.in
    ca
    us
    eu
    blogspot.com
    github.io
    """

  private let exact: Set<String>
  private let wildcards: Set<String>
  private let exceptions: Set<String>
  private let memo = SuffixMemo()

  /// Builds a list from the PSL text format: one rule per line, `//` comments, `*.` wildcards, `!` exceptions.
  public init(listText: String) {
    let rules = Self.rules(listText: listText)
    self.exact = rules.exact
    self.wildcards = rules.wildcards
    self.exceptions = rules.exceptions
  }

  /// The rules of a list, lower-cased, by kind (the marks `!` and `*.` dropped).
  struct Rules: Equatable {
    var exact = Set<String>(), wildcards = Set<String>(), exceptions = Set<String>()

    /// Files one lower-cased rule under its kind.
    mutating func insert(_ rule: String) {
      if rule.hasPrefix("!") {
        exceptions.insert(String(rule.dropFirst()))
      } else if rule.hasPrefix("*.") {
        wildcards.insert(String(rule.dropFirst(2)))
      } else {
        exact.insert(rule)
      }
    }
  }

  /// The rules of `listText`, read by bytes: the system list has some 10,000 lines and is loaded
  /// by every run, and reading it through `Character`s and Foundation's trimming cost about a
  /// tenth of a second per process.
  static func rules(listText: String) -> Rules {
    var rules = Rules()
    var text = listText
    // Room for the rules in `exact` from the start (the system list's lines average some seventeen
    // bytes): grown by doubling, the set would hash them all over again at each growth. (The sets
    // are only looked up, never walked, so their capacity changes no answer.)
    rules.exact.reserveCapacity(text.utf8.count / 8)
    text.withUTF8 { bytes in
      forEachRule(bytes) { start, stop in
        // Whether a rule opens with `!` or `*.` shows in its bytes (`hasPrefix` on the String cost
        // more than the rest of the line), unless the next byte starts a non-ASCII scalar, which
        // might join the `!` or `.` into one character: such a rule takes the general path.
        var mark = 0
        if bytes[start] == 0x21 {
          mark = 1
        } else if stop - start >= 2, bytes[start] == 0x2A, bytes[start + 1] == 0x2E {
          mark = 2
        }
        if mark > 0, start + mark < stop, bytes[start + mark] >= 0x80 {
          rules.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self).lowercased())
          return
        }
        // An ASCII mark lower-cases to itself: the body lower-cases alone, and dropping the mark
        // drops as many characters as bytes.
        let body = bytes[(start + mark)..<stop]
        let raw = String(decoding: UnsafeBufferPointer(rebasing: body), as: UTF8.self)
        let rule = body.contains(where: { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }) ? raw.lowercased() : raw
        switch mark {
        case 1: rules.exceptions.insert(rule)
        case 2: rules.wildcards.insert(rule)
        default: rules.exact.insert(rule)
        }
      }
    }
    return rules
  }

  /// `rules(listText:)` on Strings, each rule lower-cased whole and filed by `Rules.insert` (tests
  /// compare the two).
  static func generalRules(listText: String) -> Rules {
    var rules = Rules()
    var text = listText
    text.withUTF8 { bytes in
      forEachRule(bytes) { start, stop in
        rules.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self).lowercased())
      }
    }
    return rules
  }

  /// Calls `body` with the byte range of each rule of a list: a line's text after leading white
  /// space, up to the first space or tab; blank lines and `//` comments have none.
  private static func forEachRule(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
    let n = bytes.count
    var i = 0
    while i < n {
      var end = i
      while end < n, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
      var start = i
      i = end + 1
      while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      guard start < end, !(bytes[start] == 0x2F && start + 1 < end && bytes[start + 1] == 0x2F) else { continue }
      var stop = start
      while stop < end, bytes[stop] != 0x20, bytes[stop] != 0x09 { stop += 1 }
      body(start, stop)
    }
  }

  /// The public suffix of `host` (`co.kr` for `news.example.co.kr`); the last label when no rule matches.
  public func publicSuffix(of host: String) -> String { lookup(host).suffix }

  /// The registrable domain (eTLD+1) of `host`; `nil` for IP addresses and hosts that are themselves a suffix.
  public func registrableDomain(of host: String) -> String? { lookup(host).registrable }

  /// `publicSuffix(of:)` and `registrableDomain(of:)` of `host`, remembered: several signals of
  /// one link ask about the same host, and a page links the same few sites again and again.
  private func lookup(_ host: String) -> SuffixMemo.Entry {
    if let hit = memo[host] { return hit }
    let entry = Self.split(host, suffixStart: suffixStart)
    memo[host] = entry
    return entry
  }

  /// Both answers for `host` worked out from its labels (`lookup` without the memo).
  static func split(_ host: String, suffixStart: ([String]) -> Int) -> SuffixMemo.Entry {
    let labels = labels(of: host)
    guard !labels.isEmpty else { return .init(suffix: "", registrable: nil) }
    let start = suffixStart(labels)
    let registrable = !isIP(labels) && start > 0 ? labels[(start - 1)...].joined(separator: ".") : nil
    return .init(suffix: labels[start...].joined(separator: "."), registrable: registrable)
  }

  /// `lookup` without the memo (tests compare the two).
  func uncachedLookup(_ host: String) -> (suffix: String, registrable: String?) {
    let entry = Self.split(host, suffixStart: suffixStart)
    return (entry.suffix, entry.registrable)
  }

  /// True when `label` is a known top-level domain (a one-label rule).
  public func isKnownTLD(_ label: String) -> Bool { exact.contains(label.lowercased()) }

  /// Index of the first label of the longest matching suffix rule.
  private func suffixStart(_ labels: [String]) -> Int {
    // `candidates[i]` is the labels from `i` on, joined: each built once from the next.
    var candidates = [String](repeating: "", count: labels.count)
    for start in labels.indices.reversed() {
      candidates[start] = start + 1 < labels.count ? labels[start] + "." + candidates[start + 1] : labels[start]
    }
    // Walk from the longest candidate to the shortest; the first hit is the longest rule.
    for start in 0..<labels.count {
      let candidate = candidates[start]
      if exceptions.contains(candidate) { return start + 1 }
      if exact.contains(candidate) { return start }
      if start + 1 < labels.count, wildcards.contains(candidates[start + 1]) {
        return start
      }
    }
    return labels.count - 1
  }

  private static func labels(of host: String) -> [String] {
    if let labels = asciiLabels(of: host) { return labels }
    var h = host.lowercased()
    while h.hasSuffix(".") { h.removeLast() }
    if h.contains("xn--") { h = Punycode.decodeHost(h) }
    return h.split(separator: ".").map(String.init)
  }

  /// `labels(of:)` for an ASCII host without Punycode, read off the bytes: every lookup of every
  /// link goes through here, and lower-casing and splitting ASCII need no Unicode tables. Nil
  /// for any other host.
  private static func asciiLabels(of host: String) -> [String]? {
    var host = host
    return host.withUTF8 { bytes -> [String]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
      var end = bytes.count
      while end > 0 && bytes[end - 1] == 0x2E { end -= 1 }
      // `xn--` labels are decoded to Unicode first.
      var i = 0
      while i + 3 < end {
        if lower(bytes[i]) == 0x78 && lower(bytes[i + 1]) == 0x6E && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D { return nil }
        i += 1
      }
      var labels: [String] = []
      var start = 0
      while start < end {
        var stop = start
        while stop < end && bytes[stop] != 0x2E { stop += 1 }
        if stop > start {
          labels.append(String(unsafeUninitializedCapacity: stop - start) { out in
            for k in start..<stop { out[k - start] = lower(bytes[k]) }
            return stop - start
          })
        }
        start = stop + 1
      }
      return labels
    }
  }

  private static func isIP(_ labels: [String]) -> Bool {
    if labels.first?.hasPrefix("[") == true { return true }
    return labels.count == 4 && labels.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
  }
}

/// Hosts already looked up, shared by every copy of a list (and by the worker threads, hence
/// the lock). Emptied when full, so a long run's memory stays bounded.
final class SuffixMemo: @unchecked Sendable {
  struct Entry {
    let suffix: String
    let registrable: String?
  }
  private static let capacity = 4096
  private let lock = NSLock()
  private var entries: [String: Entry] = [:]

  subscript(host: String) -> Entry? {
    get {
      lock.lock()
      defer { lock.unlock() }
      return entries[host]
    }
    set {
      lock.lock()
      defer { lock.unlock() }
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[host] = newValue
    }
  }
}
