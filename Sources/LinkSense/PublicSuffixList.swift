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
    if let bytes = plainUTF8Contents(ofFile: path) {
      return PublicSuffixList(index: RuleIndex(listBytes: bytes))
    }
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

  /// The rules, looked up by their bytes (and by the sets of `Rules` where bytes cannot tell).
  private let index: RuleIndex
  private let memo = SuffixMemo()

  /// Builds a list from the PSL text format: one rule per line, `//` comments, `*.` wildcards, `!` exceptions.
  public init(listText: String) {
    index = RuleIndex(listText: listText)
  }

  private init(index: RuleIndex) {
    self.index = index
  }

  /// The bytes of the file at `path` when they are what `String(contentsOfFile:encoding: .utf8)`
  /// reads: valid UTF-8 without a byte-order mark. Nil when the file cannot be read or is not
  /// plainly UTF-8, for `String` to decide.
  ///
  /// Why not `String(contentsOfFile:)`: it validates the text scalar by scalar, some 2 million
  /// instructions for the system list, which is nearly all ASCII.
  static func plainUTF8Contents(ofFile path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size >= 0 else { return nil }
    let size = Int(info.st_size)
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
      while count < size + 1 {
        let got = read(fd, buffer.baseAddress! + count, size + 1 - count)
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else { break }
        count += got
      }
      // A file that changed size under us is left to `String`.
      complete = count == size
    }
    guard complete, isPlainUTF8(bytes) else { return nil }
    return bytes
  }

  /// True when `bytes` are valid UTF-8 not opening with a byte-order mark. ASCII bytes are
  /// skipped eight at a time; each run of other bytes is validated alone, which is the whole
  /// text's validity, since no ASCII byte can be part of a multi-byte sequence.
  static func isPlainUTF8(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return true }
      let n = buffer.count
      var i = 0
      while i < n {
        if i + 8 <= n {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            i += 8
            continue
          }
        }
        if base[i] < 0x80 {
          i += 1
          continue
        }
        var end = i + 1
        while end < n, base[end] >= 0x80 { end += 1 }
        if !isValidUTF8Run(UnsafeBufferPointer(start: base + i, count: end - i)) { return false }
        i = end
      }
      return true
    }
  }

  /// True when `run` (bytes of 0x80 and more) is whole UTF-8 sequences, by the table of
  /// well-formed sequences in the Unicode standard (no overlong forms, surrogates or scalars
  /// above U+10FFFF). `String(validating:)` does the same at some thousand instructions a call.
  static func isValidUTF8Run(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = run.count
    var i = 0
    while i < n {
      let lead = run[i]
      // The sequence's length and the range of its second byte.
      let length: Int
      var low: UInt8 = 0x80, high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return false
      }
      guard i + length <= n, run[i + 1] >= low, run[i + 1] <= high else { return false }
      for k in (i + 2)..<(i + length) where run[k] > 0xBF { return false }
      i += length
    }
    return true
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
  static func forEachRule(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
    let n = bytes.count
    guard let base = bytes.baseAddress else { return }
    var i = 0
    while i < n {
      // The line ends at the first LF or CR: found with `memchr` (most of the list's bytes are
      // comment lines, skipped whole).
      var end = memchr(base + i, 0x0A, n - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? n
      if let cr = memchr(base + i, 0x0D, end - i) { end = UnsafeRawPointer(cr) - UnsafeRawPointer(base) }
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
  public func isKnownTLD(_ label: String) -> Bool { index.kinds(of: label.lowercased()).contains(.exact) }

  /// What `rules(listText:)` files `candidate` under, as the list answers it (tests compare the two).
  func ruleKinds(of candidate: String) -> RuleIndex.Kinds { index.kinds(of: candidate) }

  /// Index of the first label of the longest matching suffix rule.
  private func suffixStart(_ labels: [String]) -> Int {
    // `candidates[i]` is the labels from `i` on, joined: each built once from the next.
    var candidates = [String](repeating: "", count: labels.count)
    for start in labels.indices.reversed() {
      candidates[start] = start + 1 < labels.count ? labels[start] + "." + candidates[start + 1] : labels[start]
    }
    // Walk from the longest candidate to the shortest; the first hit is the longest rule. Each
    // candidate's kinds are looked up once (a candidate is read again as the next one's wildcard).
    var next = index.kinds(of: candidates[0])
    for start in 0..<labels.count {
      let kinds = next
      if kinds.contains(.exception) { return start + 1 }
      if kinds.contains(.exact) { return start }
      if start + 1 < labels.count {
        next = index.kinds(of: candidates[start + 1])
        if next.contains(.wildcard) { return start }
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
  /// The host asked last and its entry: the signals of one link ask about its host one after
  /// another, and comparing two copies of one string is cheaper than hashing it.
  private var last: (host: String, entry: Entry?)?

  subscript(host: String) -> Entry? {
    get {
      lock.lock()
      defer { lock.unlock() }
      if let last, last.host == host { return last.entry }
      let entry = entries[host]
      last = (host, entry)
      return entry
    }
    set {
      lock.lock()
      defer { lock.unlock() }
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[host] = newValue
      last = (host, newValue)
    }
  }
}

/// The rules of a list by kind, found by their bytes: an open-addressing table on the FNV-1a hash
/// of each rule's lower-cased bytes, over one arena holding them all.
///
/// Why not the sets of `Rules`: the system list has some 9,500 rules and every process loads it,
/// and a string and a SipHash insertion per rule cost 16 million instructions per run, more than
/// the rest of reading a page. Here a rule costs a hash and a slot.
///
/// Bytes answer as the sets do for plain ASCII: an ASCII rule and an ASCII candidate are equal
/// strings exactly when their bytes are equal. Rules with other bytes are not in the table; a
/// candidate that is not ASCII, or any candidate when such a rule could equal an ASCII string,
/// is answered by the sets of `Rules` themselves, made from the list text on first need. (A
/// string that is not ASCII equals an ASCII one only through U+037E, U+1FEF or U+212A, the only
/// scalars whose canonical decomposition is ASCII; U+212A also lower-cases to `k`.)
///
/// The table is built in one pass over the list's bytes and kept in memory of its own (not in
/// arrays): each rule byte is read once, to end the rule, lower-case it, hash it and tell ASCII
/// from the rest, and a rule costs one probe. Built in arrays, with a separate scan for each of
/// those, the index cost some 700 instructions a rule, seven million per process.
final class RuleIndex: @unchecked Sendable {
  struct Kinds: OptionSet {
    let rawValue: UInt8
    static let exact = Kinds(rawValue: 1)
    static let wildcard = Kinds(rawValue: 2)
    static let exception = Kinds(rawValue: 4)
  }

  private struct Entry {
    var hash: UInt64
    var start: Int32
    var count: Int32
    var kinds: Kinds
  }

  /// The lower-cased bytes of the ASCII rules, each once.
  private let arena: UnsafeMutablePointer<UInt8>
  /// The rules, in the order first read.
  private let entries: UnsafeMutablePointer<Entry>
  /// Index into `entries` of each slot, or -1; fewer than half of the slots are used (and `entries` has room for half).
  private let slots: UnsafeMutablePointer<Int32>
  private let slotMask: Int
  /// A rule holding U+037E, U+1FEF or U+212A, which might equal an ASCII string.
  private let otherRulesMayEqualASCII: Bool
  /// The list's text (valid UTF-8), for the sets.
  private let listBytes: [UInt8]
  /// The sets of `rules(listText:)`, made on first need, under `lock`.
  private var sets: PublicSuffixList.Rules?
  private let lock = NSLock()

  convenience init(listText: String) {
    self.init(listBytes: Array(listText.utf8))
  }

  /// An index of the list whose text is `listBytes`, which must be valid UTF-8.
  init(listBytes: [UInt8]) {
    self.listBytes = listBytes
    var builder = Builder(textCount: listBytes.count)
    listBytes.withUnsafeBufferPointer { builder.read($0) }
    arena = builder.arena
    entries = builder.entries
    slots = builder.slots
    slotMask = builder.slotCount - 1
    otherRulesMayEqualASCII = builder.otherMayEqualASCII
  }

  /// The table as it is built, in a struct of its own: captured by closures, the counters were
  /// boxed and every byte paid an exclusivity check.
  private struct Builder {
    let arena: UnsafeMutablePointer<UInt8>
    var entries: UnsafeMutablePointer<Entry>
    var slots: UnsafeMutablePointer<Int32>
    var slotCount = 64
    var count = 0
    var used = 0
    var otherMayEqualASCII = false

    init(textCount n: Int) {
      arena = UnsafeMutablePointer<UInt8>.allocate(capacity: max(n, 1))
      // Room for a rule per twenty bytes (the system list has one per twenty-six) at half full,
      // so that the table is not rebuilt as it fills; a denser list still grows it.
      while slotCount < n / 20 * 2 { slotCount *= 2 }
      slots = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
      slots.initialize(repeating: -1, count: slotCount)
      entries = UnsafeMutablePointer<Entry>.allocate(capacity: slotCount / 2)
    }

    /// Files the rule of each line: its text after leading white space up to the first space or
    /// tab (what `PublicSuffixList.forEachRule` reads); lines end at LF or CR.
    mutating func read(_ buffer: UnsafeBufferPointer<UInt8>) {
      guard let bytes = buffer.baseAddress else { return }
      let n = buffer.count
      @inline(__always) func endsLine(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }
      /// The first LF or CR from `i` on, or `n` (found with `memchr`: most of the list's bytes
      /// are comment lines, skipped whole).
      func lineEnd(from i: Int) -> Int {
        var end = memchr(bytes + i, 0x0A, n - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes) } ?? n
        if let cr = memchr(bytes + i, 0x0D, end - i) { end = UnsafeRawPointer(cr) - UnsafeRawPointer(bytes) }
        return end
      }
      var i = 0
      while i < n {
        while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i < n else { break }
        if endsLine(bytes[i]) {
          i += 1
          continue
        }
        let start = i
        if bytes[i] == 0x2F, i + 1 < n, bytes[i + 1] == 0x2F {
          i = lineEnd(from: i) + 1
          continue
        }
        // The mark says the kind; the body after it, lower-cased, is the key. (A mark followed by
        // a non-ASCII byte makes the rule non-ASCII, which the sets answer whatever the mark.)
        var mark = 0
        if bytes[i] == 0x21 {
          mark = 1
        } else if bytes[i] == 0x2A, i + 1 < n, bytes[i + 1] == 0x2E {
          mark = 2
        }
        i += mark
        let begin = used
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        // Walked by pointers: the counters checked for overflow, and `arena` read again after
        // each store, cost half as much again.
        var p = bytes + i
        let last = bytes + n
        let out = arena + begin
        var q = out
        while p < last {
          var b = p.pointee
          if b <= 0x20, b == 0x20 || b == 0x09 || endsLine(b) { break }
          high |= b
          if b &- 0x41 < 26 { b |= 0x20 }
          q.pointee = b
          q += 1
          hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
          p += 1
        }
        i = p - bytes
        let end = begin + (q - out)
        if high >= 0x80 {
          // Not ASCII: left to the sets.
          for k in start..<i where bytes[k] >= 0x80 {
            // U+037E is CD BE, U+1FEF is E1 BF AF, U+212A is E2 84 AA.
            if bytes[k] == 0xCD, k + 1 < i, bytes[k + 1] == 0xBE { otherMayEqualASCII = true }
            if bytes[k] == 0xE1, k + 2 < i, bytes[k + 1] == 0xBF, bytes[k + 2] == 0xAF { otherMayEqualASCII = true }
            if bytes[k] == 0xE2, k + 2 < i, bytes[k + 1] == 0x84, bytes[k + 2] == 0xAA { otherMayEqualASCII = true }
          }
        } else {
          let kind: Kinds = mark == 1 ? .exception : mark == 2 ? .wildcard : .exact
          if insert(hash, begin, end - begin, kind) { used = end }
        }
        // The rest of the line after a space or tab.
        if i < n, !endsLine(bytes[i]) { i = lineEnd(from: i) }
        i += 1
      }
    }

    /// Files the rule whose lower-cased bytes are `arena[begin..<begin + length]` under `kind`;
    /// false when it was there already (under the same or another kind), and its bytes are not
    /// needed.
    mutating func insert(_ hash: UInt64, _ begin: Int, _ length: Int, _ kind: Kinds) -> Bool {
      let mask = slotCount - 1
      var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while true {
        let k = Int(slots[i])
        if k < 0 { break }
        if entries[k].hash == hash, Int(entries[k].count) == length,
          length == 0 || memcmp(arena + Int(entries[k].start), arena + begin, length) == 0
        {
          entries[k].kinds.formUnion(kind)
          return false
        }
        i = (i + 1) & mask
      }
      slots[i] = Int32(count)
      (entries + count).initialize(to: Entry(hash: hash, start: Int32(begin), count: Int32(length), kinds: kind))
      count += 1
      if count * 2 >= slotCount { grow() }
      return true
    }

    /// Twice the slots, every rule placed again.
    private mutating func grow() {
      slots.deallocate()
      slotCount *= 2
      let mask = slotCount - 1
      slots = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
      slots.initialize(repeating: -1, count: slotCount)
      let grown = UnsafeMutablePointer<Entry>.allocate(capacity: slotCount / 2)
      grown.moveInitialize(from: entries, count: count)
      entries.deallocate()
      entries = grown
      for k in 0..<count {
        let h = entries[k].hash
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(k)
      }
    }
  }

  deinit {
    arena.deallocate()
    entries.deallocate()
    slots.deallocate()
  }

  /// The kinds of rule `candidate` (lower-case labels joined by dots) is filed under.
  func kinds(of candidate: String) -> Kinds {
    var candidate = candidate
    let answer: Kinds? = candidate.withUTF8 { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in bytes {
        if b >= 0x80 { return nil }
        hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
      }
      if otherRulesMayEqualASCII { return nil }
      var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & slotMask
      while true {
        let k = Int(slots[i])
        if k < 0 { return [] }
        let entry = entries[k]
        if entry.hash == hash, Int(entry.count) == bytes.count,
          bytes.isEmpty || memcmp(arena + Int(entry.start), bytes.baseAddress!, bytes.count) == 0
        {
          return entry.kinds
        }
        i = (i + 1) & slotMask
      }
    }
    if let answer { return answer }
    let rules = ruleSets()
    var kinds: Kinds = []
    if rules.exact.contains(candidate) { kinds.insert(.exact) }
    if rules.wildcards.contains(candidate) { kinds.insert(.wildcard) }
    if rules.exceptions.contains(candidate) { kinds.insert(.exception) }
    return kinds
  }

  private func ruleSets() -> PublicSuffixList.Rules {
    lock.lock()
    defer { lock.unlock() }
    if let sets { return sets }
    let made = PublicSuffixList.rules(listText: String(decoding: listBytes, as: UTF8.self))
    sets = made
    return made
  }
}
