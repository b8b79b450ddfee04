import Foundation
import Testing

@testable import LinkSense
import TestSupport

/// The byte-level fast paths and memos must answer exactly as the general code they stand in for.
@Suite struct FastPathTests {
  /// Paths meant to trip byte-wise readings: empty segments, trailing slashes and dots, capitals,
  /// CR and CRLF, combining marks after a slash or dot, non-ASCII letters whose lower case differs
  /// in length, percent escapes.
  static let paths: [String] = [
    "", "/", "//", "///", "/a", "/.exe", "/setup.EXE", "/Setup.Exe/", "/dir/file.tar.gz", "/x/y/z.msix",
    "/file.", "/file..exe", "/a.b/c", "/a.b/c/", "/files/tool.ZIP//", "/ab12", "/ab12/", "/x/ab12", "/xy/ab12",
    "/xyz/ab12", "/a/b/c", "/12345", "/1234567", "/abcdef", "/abc", "/ABC12F", "/r\n/a1b2", "/a\r\n.exe",
    "/\r.exe", "/dl/app.apk\r", "/İ.exe", "/file.EXİ", "/tool.ex\u{301}e", "/a/\u{301}b12", "/ab12\u{301}",
    "/ﬃ.exe", "/%2e%2e/x.exe", "/x.ps1", "/x.PS1/", "/ab/12cd", "/a1/12cd", "/é/12cd", "/12cd/é", "/١٢٣٤",
  ]

  @Test func executableExtensionMatchesCharacterReading() {
    for path in Self.paths {
      let reference: String? = {
        guard let last = path.lowercased().split(separator: "/").last, let dot = last.lastIndex(of: ".") else { return nil }
        return String(last[last.index(after: dot)...])
      }()
      guard let fast = ExecutableDownload.asciiExtension(path) else {
        #expect(path.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "fast path declined \(path.debugDescription)")
        continue
      }
      let listed = ExecutableDownload.executables.union(ExecutableDownload.archives)
      #expect(fast.map(listed.contains) ?? false == reference.map(listed.contains) ?? false, "\(path.debugDescription)")
      if let fast, listed.contains(fast) { #expect(fast == reference, "\(path.debugDescription)") }
    }
  }

  @Test func opaquePathRuleOutMatchesCharacterReading() {
    for path in Self.paths where OpaquePath.asciiRulesOut(path) {
      let segments = path.split(separator: "/").map(String.init)
      let couldBeToken = segments.count <= 2 && segments.last.map { (4...6).contains($0.count) } == true
      #expect(!couldBeToken, "\(path.debugDescription)")
    }
  }

  @Test func suffixMemoAnswersAsTheRules() {
    let list = PublicSuffixList.shared
    let hosts = [
      "news.example.co.kr", "example.com", "EXAMPLE.COM.", "com", "co.uk", "a.b.c.blogspot.com", "user.github.io",
      "192.168.0.1", "[::1]", "xn--bcher-kva.example", "bücher.example", "a..b.com", "", ".", "www.city.kawasaki.jp",
      "ck", "www.ck", "foo.bar.ck", "1.2.3", "1.2.3.4.5",
    ]
    for _ in 0..<2 {
      for host in hosts {
        let reference = list.uncachedLookup(host)
        #expect(list.publicSuffix(of: host) == reference.suffix, "\(host)")
        #expect(list.registrableDomain(of: host) == reference.registrable, "\(host)")
      }
    }
  }

  @Test func ruleReadingOnBytesFilesRulesAsStringsDo() {
    // Marks followed by capitals, non-ASCII and combining marks (which join a `!` or `.` into one
    // character), bare marks, comments, CRLF, tabs and the system list itself.
    let lines = [
      "com", "CO.KR", "!www.ck", "!WWW.CK", "*.ck", "*.CK", "!", "*.", "*", "*x", "!\u{301}x.ck", "*.\u{301}x", "*\u{301}.x",
      "!é.fr", "*.É.fr", "!İ.tr", "\u{212A}.com", "// comment", "  // indented comment", "\tjp", "a.b c.d", "!!", "*.*.x",
      "", "   ", "/x", "!*.y", "*.!z",
    ]
    let text = lines.joined(separator: "\n") + "\r\n" + lines.reversed().joined(separator: "\r\n")
    #expect(PublicSuffixList.rules(listText: text) == PublicSuffixList.generalRules(listText: text))
    #expect(PublicSuffixList.rules(listText: PublicSuffixList.fallbackRules) == PublicSuffixList.generalRules(listText: PublicSuffixList.fallbackRules))
    if let system = try? String(contentsOfFile: "/usr/share/publicsuffix/public_suffix_list.dat", encoding: .utf8) {
      #expect(PublicSuffixList.rules(listText: system) == PublicSuffixList.generalRules(listText: system))
    }
  }

  @Test("rules looked up by their bytes are filed as the rule sets file them")
  func ruleIndexAnswersAsTheRuleSets() {
    let lines = [
      "com", "CO.KR", "!www.ck", "!WWW.CK", "*.ck", "*.CK", "ck", "!", "*.", "*", "*x", "!\u{301}x.ck", "*.\u{301}x",
      "*\u{301}.x", "!é.fr", "*.É.fr", "!İ.tr", "\u{212A}.com", "// comment", "  // indented comment", "\tjp", "a.b c.d",
      "!!", "*.*.x", "", "   ", "/x", "!*.y", "*.!z", "公司.cn", "x\u{37E}y", "e\u{301}.fr", "é.fr",
    ]
    var texts = [
      lines.joined(separator: "\n") + "\r\n" + lines.reversed().joined(separator: "\r\n"),
      // Without the rules that could equal ASCII text, ASCII candidates are answered by bytes alone.
      lines.filter { !$0.contains("\u{212A}") && !$0.contains("\u{37E}") }.joined(separator: "\n"),
      PublicSuffixList.fallbackRules,
    ]
    if let system = try? String(contentsOfFile: "/usr/share/publicsuffix/public_suffix_list.dat", encoding: .utf8) {
      texts.append(system)
    }
    for text in texts {
      let list = PublicSuffixList(listText: text)
      let sets = PublicSuffixList.generalRules(listText: text)
      // Every rule, each in other cases, with a label more or one less, and text no rule holds.
      var candidates = Set(sets.exact).union(sets.wildcards).union(sets.exceptions)
      for rule in Array(candidates) {
        candidates.insert(rule.uppercased())
        candidates.insert("www." + rule)
        if let dot = rule.firstIndex(of: ".") { candidates.insert(String(rule[rule.index(after: dot)...])) }
      }
      candidates.formUnion(["", "k.com", "\u{212A}.com", "x;y", "x\u{37E}y", "é.fr", "e\u{301}.fr", "example", "co.kr", "xn--3e0b707e"])
      for candidate in candidates {
        var expected: RuleIndex.Kinds = []
        if sets.exact.contains(candidate) { expected.insert(.exact) }
        if sets.wildcards.contains(candidate) { expected.insert(.wildcard) }
        if sets.exceptions.contains(candidate) { expected.insert(.exception) }
        #expect(list.ruleKinds(of: candidate) == expected, "\(candidate.debugDescription)")
      }
    }
  }

  @Test("the list file's bytes are read as String(contentsOfFile:) reads them, and validated as String validates")
  func listBytesAgreeWithStringReading() throws {
    // Runs of non-ASCII bytes, valid and not: overlong forms, surrogates, scalars past U+10FFFF,
    // cut sequences, stray continuation bytes, a byte-order mark.
    let samples: [[UInt8]] = [
      [], Array("com\n".utf8), Array("公司.cn\n!é.fr\n".utf8), [0xC0, 0x80], [0xC2, 0x80], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
      [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
      [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x61, 0xE2, 0x84], [0x80], [0xBF, 0x61], [0xE2, 0x84, 0xAA, 0x80],
      [0xEF, 0xBB, 0xBF, 0x61], [0xFF], Array("abcdefgh\u{212A}ijklmnop".utf8),
    ]
    for bytes in samples {
      let valid = String(validating: bytes, as: UTF8.self) != nil
      let plain = valid && !bytes.starts(with: [0xEF, 0xBB, 0xBF])
      #expect(PublicSuffixList.isPlainUTF8(bytes) == plain, "\(bytes)")
    }
    for lead in 0x80...0xFF {
      for second in stride(from: 0x70, through: 0xFF, by: 0x0F) {
        let bytes = [UInt8(lead), UInt8(second), 0x80, 0x80]
        for count in 1...4 {
          let run = Array(bytes.prefix(count))
          let expected = String(validating: run, as: UTF8.self) != nil
          #expect(run.withUnsafeBufferPointer { PublicSuffixList.isValidUTF8Run($0) } == expected || run.contains { $0 < 0x80 }, "\(run)")
        }
      }
    }
    let path = "/usr/share/publicsuffix/public_suffix_list.dat"
    if let text = try? String(contentsOfFile: path, encoding: .utf8) {
      let bytes = try #require(PublicSuffixList.plainUTF8Contents(ofFile: path))
      #expect(bytes == Array(text.utf8))
    }
    #expect(PublicSuffixList.plainUTF8Contents(ofFile: "/nonexistent/public_suffix_list.dat") == nil)
  }

  @Test func evaluationInTwoStepsGivesEverySignal() {
    let scorer = URLScorer(lists: HostLists(blocked: ["blocked.example"], allowed: ["nytimes.com"]))
    let urls = [
      "https://www.nytimes.com/2024/01/casino-bonus.html", "http://best-online-casino-bonus-2024.xyz/go/?ref=12",
      "https://agency.gov/report.pdf", "http://blocked.example/viagra", "http://bet365.com/ab12", "http://10.0.0.1/setup.exe",
      "https://bit.ly/ab12", "https://example.com/", "http://xn--80ak6aa92e.com/loan", "https://www.bbc.co.uk/news/x",
    ]
    for text in urls {
      let url = WebURL.parse(text)!
      for anchor in [nil, "", "cheap viagra online", "the report"] {
        let reference = scorer.rules.compactMap { $0.evaluate(url, anchorText: anchor) }
        let raising = scorer.raisingEvaluation(for: url, anchorText: anchor)
        let complete = scorer.completing(raising, for: url, anchorText: anchor)
        #expect(complete.signals == reference, "\(text)")
        #expect(scorer.signals(for: url, anchorText: anchor) == reference, "\(text)")
        #expect(scorer.raisingSignals(for: url, anchorText: anchor) == reference.filter { s in
          !scorer.rules.contains { type(of: $0).name == s.name && type(of: $0).onlyLowersScore }
        })
        #expect(scorer.raisingSignals(of: complete) == raising.signals)
      }
    }
  }

  /// Hosts for the host-shape rules: hyphen runs, leading and doubled hyphens, digits, capitals,
  /// Punycode, Unicode, IP addresses, multi-label suffixes.
  static let hosts: [String] = [
    "buy-cheap-generic-pills-online.com", "buy--cheap--generic-pills.com", "-buy-cheap-generic-pills-.co.uk",
    "a-b-c.com", "abcdefgh-ijklmnop-q.com", "abcdefghij-klmnopq.com", "xn--bcher-kva-cheap-pills-now.com",
    "BUY-CHEAP-GENERIC-PILLS.COM", "brand7.com", "Brand7.io", "bran7.com", "bra7.com", "brand77.com", "7brand.com",
    "brand7.co.kr", "w3.org", "context7.com", "brand٧.com", "brandé7.com", "10.0.0.1", "1.2.3.4", "www.brand7.com",
    "casino-online-bonus-free.blogspot.com", "bücher-kaufen-billig-online.de", "straße-günstig-kaufen-jetzt.de",
    // Hosts without two hyphens or without a digit, which the rules turn away unread.
    "brandseven.com", "one-hyphenated-label.com", "onehyphenatedlabel-x.com", "brand.7x.com", "brand7-.com", "br-and7.com",
  ]

  @Test func hostShapeRulesMatchCharacterReading() {
    let stuffed = KeywordStuffedHost()
    let mirror = MirrorNumberedHost()
    for host in Self.hosts {
      guard let url = WebURL.parse("http://\(host)/x") else { continue }
      let stuffedReference: LinkSignal? = {
        guard !url.isIPAddress, !url.asciiHost.contains("xn--"),
          let site = PublicSuffixList.shared.registrableDomain(of: url.host),
          let label = site.split(separator: ".").first
        else { return nil }
        let parts = label.split(separator: "-")
        guard parts.count >= 3, label.count >= 16 else { return nil }
        return LinkSignal(
          name: KeywordStuffedHost.name, weight: parts.count >= 4 ? 0.6 : 0.4, evidence: "\(parts.count)-part hyphenated host \"\(label)\"")
      }()
      #expect(stuffed.evaluate(url, anchorText: nil) == stuffedReference, "\(host)")
      let mirrorReference: LinkSignal? = {
        guard !url.isIPAddress, let site = PublicSuffixList.shared.registrableDomain(of: url.host),
          let label = site.split(separator: ".").first
        else { return nil }
        let letters = label.prefix(while: { $0.isLetter && $0.isASCII })
        let rest = label.dropFirst(letters.count)
        guard letters.count >= 4, rest.count == 1, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return LinkSignal(name: MirrorNumberedHost.name, weight: 0.3, evidence: "numbered name \"\(label)\"")
      }()
      #expect(mirror.evaluate(url, anchorText: nil) == mirrorReference, "\(host)")
    }
  }

  @Test func commercialPathMatchesCharacterReading() {
    let rule = CommercialPath()
    let paths = Self.paths + [
      "/Product/x", "/a/b/SHOP", "/Buy-Cheap-Pills", "/x/order-now/", "/cheap-", "/cheap", "/recommends/", "/recommendsx/",
      "/go", "/a/Go/", "/İshop", "/shop\r\n", "/buy-é", "/é/buy-x",
    ]
    let queries = [
      "", "ref=1", "REF=1", "=ref=2", "==", "&&ref", "a=1&aff_id=2", "a=1&&AFFILIATE_ID=x", "tracking_id", "x=ref", "ref",
      "affiliate_idx=1", "réf=1&ref=2", "a=\r\n&ref=1", "q=a+b&subid=3",
    ]
    for path in paths {
      for query in queries {
        guard let url = WebURL.parse("http://example.com\(path.hasPrefix("/") ? path : "/" + path)?\(query)") else { continue }
        var reasons: [String] = []
        let segments = url.path.lowercased().split(separator: "/").map(String.init)
        if let hit = segments.first(where: { CommercialPath.segments.contains($0) }) {
          reasons.append("path segment /\(hit)/")
        } else if let hit = segments.first(where: { $0.hasPrefix("buy-") || $0.hasPrefix("order-") || $0.hasPrefix("cheap-") }) {
          reasons.append("path segment /\(hit)")
        }
        let keys = url.query.lowercased().split(separator: "&").compactMap { $0.split(separator: "=").first.map(String.init) }
        if let key = keys.first(where: { CommercialPath.queryKeys.contains($0) }) {
          reasons.append("query key \(key)=")
        }
        let reference =
          reasons.isEmpty
          ? nil : LinkSignal(name: CommercialPath.name, weight: reasons.count > 1 ? 0.5 : 0.4, evidence: reasons.joined(separator: ", "))
        #expect(rule.evaluate(url, anchorText: nil) == reference, "\(url.original.debugDescription)")
      }
    }
  }

  @Test func wordShapesTurnAwayNoWord() {
    let lexicons = [GamblingVocabulary.lexicon, PharmaVocabulary.lexicon, LoanScamVocabulary.lexicon, AdultVocabulary.lexicon]
    // Every word, and its neighbours: a byte changed at either end, one more or one less, capitals,
    // a combining mark, the Kelvin sign (which equals `K` as a String) and words past 31 bytes.
    var tokens = ["", "a", "k", "K", "\u{212A}", "\u{212A}ab", "bet\u{301}", "é", String(repeating: "x", count: 40)]
    for lexicon in lexicons {
      for word in lexicon.words.keys {
        tokens += [word, word + "s", String(word.dropLast()), String(word.dropFirst()), "x" + word, word.uppercased(),
          word + "\u{301}", word + String(repeating: "z", count: 32)]
      }
    }
    let long = Lexicon(words: [String(repeating: "y", count: 33): 1, "k": 1], stems: [:], native: [:])
    for lexicon in lexicons + [long] {
      for token in tokens + [String(repeating: "y", count: 32), String(repeating: "y", count: 34), "k\u{301}"] {
        #expect(lexicon.wordWeight(token) == lexicon.words[token], "\(token.debugDescription)")
      }
    }
  }

  @Test func stemIndexFindsWhatScanningFinds() {
    let lexicons = [GamblingVocabulary.lexicon, PharmaVocabulary.lexicon, LoanScamVocabulary.lexicon, AdultVocabulary.lexicon]
    let tokens = [
      "", "c", "casino", "casinocasino", "lokicasinolink8", "xcasin", "onlinecasinobettingroulette", "viagracialis",
      "buyviagraonlinecheap", "paydayloansnow", "pornhubxxx", "casino\u{301}", "kasinocazino", "ccasino", "casinoc",
      "bettingsportsbetsbobet", "카지노casino", "sportsbook", "slotgacorpragmaticplay", "cheappharmacy", "ab",
    ]
    for lexicon in lexicons {
      for token in tokens {
        #expect(lexicon.stemsByFirstByteIndex(token) == lexicon.stemsByScanning(token), "\(token)")
      }
      let stems = Lexicon(words: [:], stems: ["": 0.5, "ab": 1.0, "abc": 0.5], native: [:])
      for token in tokens + ["abcab", "xab"] {
        #expect(stems.stemsByFirstByteIndex(token) == stems.stemsByScanning(token), "\(token)")
      }
    }
    // Generated tokens for the flattened tables: glued terms, cut terms (a stem's prefix at the
    // token's end), overlaps and non-ASCII bytes, on every topic.
    var state: UInt64 = 7
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let fragments = tokens + ["-", "8", "카", "é", "x"]
    for lexicon in lexicons {
      let terms = Array(lexicon.stems.keys).sorted() + Array(lexicon.words.keys).sorted()
      for _ in 0..<3000 {
        var token = ""
        for _ in 0..<(1 + next(4)) {
          let piece = next(3) == 0 ? fragments[next(fragments.count)] : terms[next(terms.count)]
          token += next(3) == 0 ? String(piece.prefix(max(0, piece.count - 1 - next(3)))) : piece
        }
        #expect(lexicon.stemsByFirstByteIndex(token) == lexicon.stemsByScanning(token), "\(token)")
      }
    }
  }

  @Test func percentDecodingMatchesCharacterCheck() {
    let reference: (String) -> String = { s in
      guard s.contains("%") else { return s }
      var bytes: [UInt8] = []
      let utf8 = Array(s.utf8)
      var i = 0
      func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
      }
      while i < utf8.count {
        if utf8[i] == 0x25, i + 2 < utf8.count, let hi = hex(utf8[i + 1]), let lo = hex(utf8[i + 2]) {
          bytes.append(hi << 4 | lo)
          i += 3
        } else {
          bytes.append(utf8[i])
          i += 1
        }
      }
      return String(validating: bytes, as: UTF8.self) ?? s
    }
    for s in ["", "%", "%4", "%41", "/a%20b", "/%E2%82%AC", "/%ff", "/é%41", "/\u{0600}%41", "%\u{301}41", "/plain/path", "a\r\n%41"] {
      #expect(WebURL.percentDecoded(s) == reference(s), "\(s.debugDescription)")
    }
  }

  /// URL words split on the bytes must be the words split by `Character`: generated text over
  /// letters of both cases, digits, separators and the bytes that send it to the general path.
  @Test func urlWordTokensMatchCharacterReading() {
    let alphabet = Array("aZbY09-_./?=&%+ \tmM5\r\n".utf8) + [0xC3, 0xA9]
    var rng = SplitMix64(seed: 0x0705_3E11)
    var cases = ["", " ", "a", "A1", "1a", "abc123def", "--x--", "20bet8", "Casino-ROYAL_77", "a\r\nb", "é1"]
    for _ in 0..<3000 {
      let length = Int(rng.next() % 24)
      let bytes = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
      cases.append(String(decoding: bytes, as: UTF8.self))
    }
    for text in cases {
      guard let fast = URLWords.asciiTokens(text) else {
        #expect(text.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "fast path declined \(text.debugDescription)")
        continue
      }
      #expect(fast == URLWords.characterTokens(text), "\(text.debugDescription)")
    }
  }
}

@Suite struct PhishingPathSegmentTests {
  @Test("the path segments read for credential words are the joined segments that could be one")
  func wordSegments() {
    // Every listed word is lower-case letters, 2 to `longestWord` long: no word is left out.
    for word in PhishingPath.words.union(PhishingPath.companions) {
      #expect(word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && (2...PhishingPath.longestWord).contains(word.utf8.count))
    }
    let pieces = [
      "/", "//", "login", "Login", "LOG-IN", "log_in", "account-update", "wallet", "Wallet-Connect", "id", "ID", "i", "x",
      "2024", "a1", "verification", "verificationx", "reactivate", "secure", "-", "_", "@", "[", "`", "{", "~", ".", "%20",
      "é", "\r", "é-x", "walletconnectx", "ab",
    ]
    var random = SplitMix64(seed: 0x7068_6973)
    for _ in 0..<20_000 {
      let path = (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      let all = PhishingPath.joinedSegments(path)
      let ascii = path.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
      let expected = ascii
        ? all.filter { $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && (2...PhishingPath.longestWord).contains($0.utf8.count) }
        : all
      #expect(PhishingPath.wordSegments(path) == expected, "\(path.debugDescription)")
    }
  }
}

@Suite struct ByteSearchTests {
  @Test("containsBytes finds a needle wherever the byte-by-byte search finds it, short and long haystacks")
  func agreesWithNaiveSearch() {
    let pieces = ["a", "b", "ab", "aab", ":", "//", "://", "www.", "ww", "w", ".", " ", "é", "한국", "x"]
    let needles = ["a", "ab", "aab", "://", "www.", "b", "é", "국", "ba", "abab"]
    var random = SplitMix64(seed: 0x6279_7465)
    for _ in 0..<20_000 {
      // Up to some 120 bytes: both sides of the length where `memchr` takes over.
      let hay = (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      let needle = needles[Int(random.next() % UInt64(needles.count))]
      let h = Array(hay.utf8), n = Array(needle.utf8)
      let naive = h.count >= n.count && (0...(h.count - n.count)).contains { Array(h[$0..<($0 + n.count)]) == n }
      #expect(hay.containsBytes(needle) == naive, "\(hay.debugDescription) \(needle.debugDescription)")
    }
  }
}
