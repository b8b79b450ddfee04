@testable import Charsets
import TestSupport
import Testing

/// The word-at-a-time validator and the unchecked String construction are only safe if they agree
/// with the byte-at-a-time reference and with the standard library on every input, so these
/// tests feed them the byte strings validators get wrong, at every alignment of the 16-byte
/// ASCII skip.
@Suite("UTF-8 fast path matches the slow path")
struct UTF8FastPathTests {
  /// Sequences that are invalid, or valid only at the edges of Table 3-7.
  static let adversarial: [[UInt8]] = [
    [0x00], [0x00, 0x00, 0x41], [0x7F], [0x80], [0xBF], [0x80, 0x80, 0x80],
    [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xC2, 0xC2, 0x80],
    [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0xA0], [0xE0],
    [0xE1, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
    [0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xEF, 0xBB, 0xBF],
    [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x90, 0x80],
    [0xF0, 0x90], [0xF0], [0xF1, 0x80, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
    [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xE2, 0x82, 0xAC, 0x80],
    [0xF0, 0x9F, 0x98, 0x80, 0x41], [0xE2, 0x82, 0x41], [0xF0, 0x9F, 0x41, 0x98],
    Array("h\u{E9}llo \u{20AC} \u{1F600} \u{D55C}\u{AD6D}".utf8),
  ]

  /// Every way to compare one input: same scan counts, same text and units as the standard
  /// library's repairing decoder, and the unchecked String holds exactly the input bytes.
  static func check(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    bytes.withUnsafeBufferPointer { b in
      let fast = ByteSniffing.scanUTF8(b)
      let slow = scanUTF8Reference(b)
      #expect(fast == slow, "scan of \(bytes)", sourceLocation: sourceLocation)

      let expected = String(decoding: b, as: UTF8.self)
      let attempt = Conversion.decodeUTF8(b, scan: fast)
      #expect(attempt.text == expected, "text of \(bytes)", sourceLocation: sourceLocation)
      #expect(attempt.text.utf8.elementsEqual(expected.utf8), "bytes of \(bytes)", sourceLocation: sourceLocation)
      #expect(attempt.units == expected.utf16.count, "units of \(bytes)", sourceLocation: sourceLocation)
      #expect(attempt.replacements == slow.invalid, sourceLocation: sourceLocation)
      let unicodeInput = CharsetDecoder.string(decodingUTF8: bytes)
      #expect(unicodeInput == expected && unicodeInput.utf8.elementsEqual(expected.utf8), sourceLocation: sourceLocation)
      #expect(fast.isValid == (String(validating: bytes, as: UTF8.self) != nil), sourceLocation: sourceLocation)
      #expect(fast.isASCII == bytes.allSatisfy { $0 < 0x80 }, sourceLocation: sourceLocation)
      if fast.isValid {
        #expect(attempt.text.utf8.elementsEqual(bytes), sourceLocation: sourceLocation)
        #expect(attempt.text.unicodeScalars.count == expected.unicodeScalars.count, sourceLocation: sourceLocation)
      }
    }
  }

  @Test("each adversarial sequence, alone and after every ASCII prefix length across the 32-byte and 8-byte steps")
  func adversarialAtEveryAlignment() {
    for seq in Self.adversarial {
      for prefix in 0...70 {
        let head = [UInt8](repeating: 0x61, count: prefix)
        Self.check(head + seq)
        // Truncated at the very end, and followed by ASCII that the word skip must resume on.
        Self.check(head + seq.dropLast())
        Self.check(head + seq + [UInt8](repeating: 0x62, count: 40))
        Self.check(head + seq + [0x00] + seq)
      }
    }
  }

  @Test("pairs of adversarial sequences, back to back inside an ASCII run")
  func adversarialPairs() {
    for a in Self.adversarial {
      for b in Self.adversarial {
        Self.check(Array("0123456789abc".utf8) + a + b + Array("xyz".utf8))
      }
    }
  }

  @Test("every truncation of a valid page mixing one- to four-byte sequences")
  func truncations() {
    let text = String(repeating: "ascii text <p class=\"x\"> caf\u{E9} \u{20AC}5 \u{D55C}\u{AD6D}\u{C5B4} \u{1F4F0}\u{1F600}. ", count: 3)
    let bytes = Array(text.utf8)
    for end in 0...bytes.count {
      Self.check(Array(bytes[..<end]))
      Self.check(Array(bytes[end...]))
    }
  }

  @Test("random bytes biased towards lead, continuation and boundary values")
  func randomBytes() {
    var rng = SplitMix64(seed: 0x5EED_DEC0DE)
    let interesting: [UInt8] = [
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
      0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    for _ in 0..<4000 {
      let count = Int(rng.next() % 70)
      var bytes: [UInt8] = []
      for _ in 0..<count {
        let r = rng.next()
        switch r % 4 {
        case 0: bytes.append(0x61)
        case 1: bytes.append(UInt8(truncatingIfNeeded: r >> 8))
        default: bytes.append(interesting[Int((r >> 8) % UInt64(interesting.count))])
        }
      }
      Self.check(bytes)
    }
  }

  @Test("random valid text decodes through the unchecked path to the same String")
  func randomValidText() {
    var rng = SplitMix64(seed: 42)
    let pieces = ["a", "<div>", " ", "\u{0}", "\u{E9}", "\u{7FF}", "\u{800}", "\u{FFFD}", "\u{D7FF}", "\u{E000}",
                  "\u{FFFF}", "\u{10000}", "\u{10FFFF}", "\u{D55C}", "\u{1F600}", "\r\n"]
    for _ in 0..<2000 {
      var s = ""
      for _ in 0..<Int(rng.next() % 40) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
      Self.check(Array(s.utf8))
    }
  }

  @Test("the control-byte density check matches the byte-at-a-time one")
  func controlDensity() {
    var rng = SplitMix64(seed: 7)
    // Every byte value below 0x21 and around the 0x20 boundary, alone in a word, at every offset.
    for c in [UInt8](0...0x21) + [0x7F, 0x80, 0x9F, 0xA0, 0xFF] {
      for offset in 0..<16 {
        var bytes = [UInt8](repeating: 0x61, count: 24)
        bytes[offset] = c
        for count in [1, 7, 8, 9, 15, 16, 17, 24] {
          let slice = Array(bytes.prefix(count))
          slice.withUnsafeBufferPointer { #expect(ByteSniffing.controlDensity($0) == controlDensityReference($0)) }
        }
      }
    }
    // Random pages around both thresholds, longer and shorter than the 4096-byte sample.
    let alphabet: [UInt8] = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7F, 0xC3, 0xFF]
    for _ in 0..<600 {
      let count = Int(rng.next() % 5000)
      let density = rng.next() % 30
      let bytes = (0..<count).map { _ -> UInt8 in
        rng.next() % 100 < density ? alphabet[Int(rng.next() % UInt64(alphabet.count))] : 0x61
      }
      bytes.withUnsafeBufferPointer { #expect(ByteSniffing.controlDensity($0) == controlDensityReference($0)) }
    }
  }

  @Test("a declared-UTF-8 page and an undeclared one decode as before")
  func wholeDecode() throws {
    let body = "Caf\u{E9} \u{20AC} \u{D55C}\u{AD6D}\u{C5B4} \u{1F4F0}"
    for meta in [nil, "utf-8"] as [String?] {
      var bytes = Array(page(body, metaCharset: meta).utf8)
      let d = try decoded(bytes)
      #expect(d.text == String(decoding: bytes, as: UTF8.self))
      #expect(d.replacementCount == 0)
      // Stray invalid bytes under a UTF-8 label still go through the repairing decoder.
      bytes.insert(contentsOf: [0xED, 0xA0, 0x80], at: bytes.count - "</p></body></html>".utf8.count)
      let r = try decoded(bytes, transport: "utf-8")
      #expect(r.text == String(decoding: bytes, as: UTF8.self))
      #expect(r.replacementCount == 3)
    }
  }
}


/// The straightforward byte-at-a-time validator `ByteSniffing.scanUTF8` replaced: the oracle.
func scanUTF8Reference(_ b: UnsafeBufferPointer<UInt8>) -> ByteSniffing.UTF8Scan {
var scan = ByteSniffing.UTF8Scan()
  let n = b.count
  var i = 0
  while i < n {
    let c = b[i]
    if c < 0x80 {
      i += 1
      continue
    }
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch c {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default:
      scan.invalid += 1
      i += 1
      continue
    }
    // Consume continuation bytes while valid; a break ends one maximal subpart.
    var j = i + 1
    var ok = true
    for k in 1..<length {
      guard j < n else { ok = false; break }
      let t = b[j]
      let lo: UInt8 = k == 1 ? low : 0x80
      let hi: UInt8 = k == 1 ? high : 0xBF
      guard t >= lo, t <= hi else { ok = false; break }
      j += 1
    }
    if ok {
      scan.multibyte += 1
      scan.multibyteBytes += length
      if length == 4 { scan.supplementary += 1 }
    } else {
      scan.invalid += 1
    }
    i = j
  }
  return scan
}

/// The branchy byte-at-a-time density check `ByteSniffing.controlDensity` replaced: the oracle.
func controlDensityReference(_ b: UnsafeBufferPointer<UInt8>) -> String? {
  let n = min(b.count, ByteSniffing.sampleLength)
  guard n > 0 else { return nil }
  var nuls = 0
  var controls = 0
  for i in 0..<n {
    let c = b[i]
    if c == 0 {
      nuls += 1
    } else if c < 0x20, c != 0x09, c != 0x0A, c != 0x0B, c != 0x0C, c != 0x0D, c != 0x1B {
      controls += 1
    }
  }
  if nuls >= 2, nuls * 100 >= n { return "NUL bytes (\(nuls) in the first \(n) bytes)" }
  if (nuls + controls) * 10 > n { return "control bytes (\(nuls + controls) in the first \(n) bytes)" }
  return nil
}
