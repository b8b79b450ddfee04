import TestSupport
import Foundation
import Ingest
import Testing

@testable import NewsClean

/// `JSONWriter` must write exactly the bytes `JSONEncoder` wrote before it: records are compared
/// byte for byte across versions. These tests hold the two side by side, beyond what the dev sets
/// happen to contain.
@Suite struct JSONWriterTests {
  /// The encoder the records were written with, and the default one (`patch` strings).
  static func recordEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = BatchRunner.recordFormatting
    return encoder
  }

  static func encoderString<T: Encodable>(_ value: T, encoder: JSONEncoder = recordEncoder()) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func writerString(_ s: String, escapingSlashes: Bool = false) -> String {
    var w = JSONWriter(escapingSlashes: escapingSlashes)
    w.string(s)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// Strings meant to break an escaper: every ASCII character alone and at every offset of an
  /// eight-byte word, quotes, backslashes, slashes, line and paragraph separators, byte order
  /// marks, lone combining marks, emoji sequences, the largest scalars.
  static let adversarial: [String] = {
    var strings: [String] = ["", " ", "\"", "\\", "/", "//", "\\\"", "\"\\", "\\/", "\\u0000", "</script>",
      "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{AD}", "\u{2028}", "\u{2029}", "a\u{2028}b\u{2029}c", "\u{FEFF}",
      "\u{FEFF}text", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "\u{E000}", "\u{D7FF}",
      "\u{301}", "\u{301}\u{308}", "e\u{301}", " \u{20DD}", "\u{200B}\u{200C}\u{200D}\u{2060}",
      "😀", "👍🏽", "🇰🇷🇯🇵", "👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "한국어 텍스트", "日本語のテキスト", "中文文本", "ภาษาไทย", "русский текст",
      "https://example.com/a/b?c=d&e=\"f\"#g", "C:\\Users\\x\\file.txt", "tab\there", "cr\rlf\n",
      "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{E}\u{F}",
      "\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}\u{18}\u{19}\u{1A}\u{1B}\u{1C}\u{1D}\u{1E}\u{1F}",
      String(repeating: "x", count: 1000) + "\u{1}" + String(repeating: "y", count: 1000)]
    for c in 0..<0x80 {
      let ch = String(UnicodeScalar(UInt8(c)))
      strings.append(ch)
      for offset in 0..<17 {
        strings.append(String(repeating: "a", count: offset) + ch + String(repeating: "é", count: offset % 5))
      }
    }
    return strings
  }()

  @Test("strings: every adversarial string is written as JSONEncoder writes it")
  func adversarialStrings() throws {
    for s in Self.adversarial {
      #expect(Self.writerString(s) == (try Self.encoderString(s)), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test("strings: escaping slashes matches a JSONEncoder with default formatting")
  func slashEscaping() throws {
    for s in Self.adversarial {
      #expect(Self.writerString(s, escapingSlashes: true) == (try Self.encoderString(s, encoder: JSONEncoder())))
    }
  }

  @Test("strings: random mixes of ASCII, controls, separators, combining marks and emoji")
  func randomStrings() throws {
    var rng = SplitMix64(seed: 0x5EED)
    let pool: [Unicode.Scalar] = (0..<0x80).map { Unicode.Scalar(UInt8($0)) } + [
      "\u{80}", "\u{A0}", "é", "\u{301}", "\u{2028}", "\u{2029}", "\u{FEFF}", "한", "日", "ภ", "ж", "😀", "\u{10FFFF}",
      "/", "\"", "\\",
    ]
    for _ in 0..<3000 {
      var s = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0..<40, using: &rng) { s.append(pool.randomElement(using: &rng)!) }
      let string = String(s)
      #expect(Self.writerString(string) == (try Self.encoderString(string)))
      #expect(Self.writerString(string, escapingSlashes: true) == (try Self.encoderString(string, encoder: JSONEncoder())))
    }
  }

  @Test("strings: control characters use the short escapes \\b \\t \\n \\f \\r, else \\u00xx in lowercase")
  func escapeTable() {
    #expect(Self.writerString("\u{8}\u{9}\u{A}\u{C}\u{D}") == #""\b\t\n\f\r""#)
    #expect(Self.writerString("\u{0}\u{B}\u{1F}") == #""\u0000\u000b\u001f""#)
    #expect(Self.writerString("a/b\u{7F}\u{2028}") == "\"a/b\u{7F}\u{2028}\"")
  }

  static let doubles: [Double] = [
    0, -0.0, 0.7, 1.0, -1.0, 1e-05, 1e-5 * 3, 0.30000000000000004, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.24, 0.08, -0.6, 2.7,
    100, 1e15, 1e16, 1e17, 123456789012345680, 1e21, 1e22, 1e100, 1.7976931348623157e308, -1.7976931348623157e308,
    .leastNonzeroMagnitude, 2.2250738585072014e-308, 1e-7, 0.0001, 0.001, 123.456, .pi, -.ulpOfOne, Double(Int.max), 9007199254740992, 9007199254740994,
    4.35, 2.675, 0.5, 0.25, 1.5e300, 3.0e-300, Double(Float.greatestFiniteMagnitude), Double(Float(0.1)),
  ]

  @Test("doubles: tiny, huge, integral, negative zero and sums are written as JSONEncoder writes them")
  func doubles() throws {
    var values = Self.doubles
    var rng = SplitMix64(seed: 42)
    for _ in 0..<3000 {
      let bits = Double(bitPattern: rng.next())
      if bits.isFinite { values.append(bits) }
    }
    for k in -2000...2000 { values.append(Double(k) / 100); values.append(Double(k) / 1000 * 0.7) }
    var sum = 0.0
    for k in 0..<200 { sum += [0.1, 0.3, 0.24, 0.7, -0.6][k % 5]; values.append(sum) }
    for d in values {
      var w = JSONWriter()
      try w.double(d)
      #expect(String(decoding: w.bytes, as: UTF8.self) == (try Self.encoderString(d)), "\(d)")
    }
  }

  @Test("doubles: NaN and infinities cannot be written, as JSONEncoder cannot")
  func nonFinite() {
    for d in [Double.nan, .infinity, -.infinity, .signalingNaN] {
      var w = JSONWriter()
      #expect(throws: JSONWriter.NonFiniteNumber.self) { try w.double(d) }
      #expect(throws: (any Error).self) { try Self.recordEncoder().encode(d) }
    }
  }

  @Test("integers: extremes and random values")
  func integers() throws {
    var values = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
    var rng = SplitMix64(seed: 7)
    for _ in 0..<1000 { values.append(Int(truncatingIfNeeded: rng.next()) >> Int.random(in: 0..<63, using: &rng)) }
    for i in values {
      var w = JSONWriter()
      w.int(i)
      #expect(String(decoding: w.bytes, as: UTF8.self) == (try Self.encoderString(i)))
    }
  }

  // MARK: Whole records

  static func sampleRecord(strings: [String], variant: Int) -> ArticleRecord {
    func s(_ i: Int) -> String { strings[(i + variant * 7) % strings.count] }
    func opt(_ i: Int) -> String? { (variant + i) % 3 == 0 ? nil : s(i) }
    let source = SourceRef(
      path: s(1), url: opt(2), line: variant % 2 == 0 ? nil : variant * 3, offset: variant % 3 == 0 ? nil : variant * 1000)
    var record = ArticleRecord(
      id: s(0), source: source, format: variant % 2 == 0 ? "html" : "text", title: opt(3), text: s(4) + "\n\n" + s(5),
      paragraphs: [s(4), s(5)], language: opt(6),
      charset: CharsetReport(name: "utf-8", source: s(7), declared: opt(8), replacements: variant),
      byline: opt(9), published: opt(10), siteName: opt(11), url: opt(12),
      comments: variant % 2 == 0 ? [] : [Comment(author: opt(13), date: opt(14), text: s(15)), Comment(author: s(16), date: nil, text: "")],
      captions: [s(17), s(18)].filter { _ in variant % 3 != 1 },
      spamLinks: variant % 2 == 1 ? [] : [
        SpamLink(url: s(19), score: 0.1 * Double(variant + 1), reasons: [
          SpamReason(signal: s(20), weight: 0.7, evidence: s(21)), SpamReason(signal: "x", weight: -0.6 + 0.3 * Double(variant), evidence: ""),
        ], context: s(22))
      ],
      links: [s(23), s(24), "https://a.example/b/c"],
      duplicates: .init(withinDocument: WithinDocumentDuplicate(found: variant % 2 == 0, kind: opt(25), removedParagraphs: variant)),
      removed: .init(
        counts: ["chrome-label": 3, "navigation": 1, "page-info": variant, "link-list": 2, "a_b": 1, "a-b": 2, "ab": 3, "A": 4, "b10": 1, "b9": 2, "é": 1, s(26): 7],
        items: [.init(kind: "chrome-label", text: s(27)), .init(kind: s(28), text: s(29))]))
    if variant % 4 == 3 {
      record.duplicates.cluster = s(30)
      record.duplicates.nearDuplicateOf = opt(31)
      record.duplicates.resemblance = 0.8270 + Double(variant)
      record.duplicates.containment = 1.0
      record.duplicates.clusterSize = variant
      record.duplicates.exactHash = "06732bf5bd0cfe02"
    }
    return record
  }

  @Test("records: jsonLine is JSONEncoder's line, for absent and present optionals and odd strings")
  func records() throws {
    let strings = Self.adversarial.filter { !$0.isEmpty }
    for variant in 0..<200 {
      let record = Self.sampleRecord(strings: strings, variant: variant)
      var expected = try Self.recordEncoder().encode(record)
      expected.append(0x0A)
      let line = try record.jsonLine()
      #expect(line == expected, "variant \(variant)")
    }
  }

  @Test("records: a NaN score makes the record unwritable, as with JSONEncoder")
  func nanRecord() throws {
    var record = Self.sampleRecord(strings: ["a", "b"], variant: 0)
    record.spamLinks[0].score = .nan
    #expect(throws: (any Error).self) { try record.jsonLine() }
    #expect(throws: (any Error).self) { try Self.recordEncoder().encode(record) }
  }

  @Test("records: an unpatched record holds the empty cross-document fields that patching replaces")
  func emptyDuplicateFields() throws {
    let record = Self.sampleRecord(strings: ["a/b", "c"], variant: 0)
    let line = try record.jsonLine()
    #expect(line.range(of: BatchRunner.emptyDuplicateFields) != nil)
  }

  @Test("rejects: jsonLine is JSONEncoder's line")
  func rejects() throws {
    let strings = Self.adversarial
    for i in 0..<300 {
      func s(_ k: Int) -> String { strings[(i * 5 + k) % strings.count] }
      let source = SourceRef(path: s(0), url: i % 2 == 0 ? nil : s(1), line: i % 3 == 0 ? nil : i, offset: i % 5 == 0 ? i * 77 : nil)
      let reject = RejectRecord(id: s(2), source: source, stage: s(3), reason: s(4), detail: s(5))
      var expected = try Self.recordEncoder().encode(reject)
      expected.append(0x0A)
      #expect(reject.jsonLine() == expected)
    }
  }
}
