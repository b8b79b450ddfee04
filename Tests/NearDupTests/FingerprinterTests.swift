import Testing

@testable import NearDup

/// Normalisation and shingling: what counts as the same text.
@Suite("Fingerprinter")
struct FingerprinterTests {
  func tokens(_ text: String) -> [String] {
    let stream = Tokenizer.tokenize(text)
    return (0..<stream.count).map { String(decoding: stream.bytes[stream.starts[$0]..<stream.ends[$0]], as: UTF8.self) }
  }

  @Test("Latin text: lowercased, punctuation dropped, numbers become 0, apostrophes join")
  func latinTokens() {
    #expect(
      tokens("The  Minister’s \"plan\" cost £1,500.75m — up 12% in 2004!")
        == ["the", "ministers", "plan", "cost", "0m", "up", "0", "in", "0"])
  }

  @Test("compatibility forms fold: full-width letters and digits, ligatures")
  func nfkc() {
    #expect(tokens("ＡＢＣ １２３ ﬁnal") == ["abc", "0", "final"])
  }

  @Test("accented letters stay letters")
  func accents() {
    #expect(tokens("Café Zürich") == ["café", "zürich"])
  }

  @Test("Han, Kana and Hangul: every character is a token; Latin words inside stay words")
  func cjkTokens() {
    #expect(tokens("日本のニュース") == ["日", "本", "の", "ニ", "ュ", "ー", "ス"])
    #expect(tokens("서울 뉴스, BBC 2005") == ["서", "울", "뉴", "스", "bbc", "0"])
  }

  @Test("word text is shingled in word 5-grams")
  func latinShingles() {
    var config = NearDupConfig()
    config.wordShingleSize = 5
    let fingerprint = Fingerprinter.fingerprint("one two three four five six seven", config: config)
    #expect(fingerprint.shingleCount == 3)
    #expect(fingerprint.shingles.contains(XXH64.hash("one two three four five")))
    #expect(fingerprint.shingles.contains(XXH64.hash("three four five six seven")))
    #expect(fingerprint.shingles == fingerprint.shingles.sorted())
  }

  @Test("CJK text is shingled in character n-grams of cjkShingleSize")
  func cjkShingles() {
    var config = NearDupConfig()
    config.cjkShingleSize = 4
    let fingerprint = Fingerprinter.fingerprint("北京市新闻报道", config: config)
    #expect(fingerprint.shingleCount == 4)
    #expect(fingerprint.shingles.contains(XXH64.hash("北 京 市 新")))
  }

  @Test("repeated shingles count once; a short text is one shingle; an empty text has none")
  func edgeSizes() {
    let config = NearDupConfig()
    #expect(Fingerprinter.fingerprint("a b c d e a b c d e", config: config).shingleCount == 5)
    #expect(Fingerprinter.fingerprint("Breaking news", config: config).shingles == [XXH64.hash("breaking news")])
    let empty = Fingerprinter.fingerprint(" -- ", config: config)
    #expect(empty.shingleCount == 0)
    #expect(empty.signature.allSatisfy { $0 == .max })
  }

  @Test("the exact hash ignores case, punctuation and spacing, not words")
  func exactHash() {
    let config = NearDupConfig()
    let a = Fingerprinter.fingerprint("Hello, World!\n\nSecond  line.", config: config)
    let b = Fingerprinter.fingerprint("hello world second line", config: config)
    let c = Fingerprinter.fingerprint("hello world second lines", config: config)
    #expect(a.exactHash == b.exactHash)
    #expect(a.exactHash == XXH64.hash("hello world second line"))
    #expect(a.exactHash != c.exactHash)
  }

  @Test("signatures are deterministic and have one value per permutation")
  func signature() {
    let config = NearDupConfig()
    let a = Fingerprinter.fingerprint("a fixed text for a fixed signature of minhash values", config: config)
    let b = Fingerprinter.fingerprint("a fixed text for a fixed signature of minhash values", config: config)
    #expect(a.signature.count == config.permutations)
    #expect(a == b)
  }
}
