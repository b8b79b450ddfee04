import TestSupport
@testable import Markup
import Testing

@Suite("Prescan's name tests")
struct PrescanTests {
  func isReadName(_ bytes: [UInt8]) -> (fast: Bool, reference: Bool) {
    bytes.withUnsafeBufferPointer { buffer in
      // A zero-length buffer may have no base address: give the tests one to point at.
      let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
      let fast = Prescan.isReadName(base, buffer.count)
      #expect(Prescan.isReadName(packed: packedInWord(bytes), bytes.count) == fast)
      return (fast, Prescan.referenceIsReadName(base, buffer.count))
    }
  }

  func isSubstitutedName(_ bytes: [UInt8]) -> (fast: Bool, reference: Bool) {
    bytes.withUnsafeBufferPointer { buffer in
      let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
      let fast = Prescan.isSubstitutedName(base, buffer.count)
      #expect(Prescan.isSubstitutedName(packed: packedInWord(bytes), bytes.count) == fast)
      return (fast, Prescan.referenceIsSubstitutedName(base, buffer.count))
    }
  }

  /// `packedName` of `bytes` read as one word (the name followed by other name bytes, as in a
  /// page), held to the byte loop's packing.
  func packedInWord(_ bytes: [UInt8]) -> UInt64 {
    let padded = bytes + Array("xY-z:Q_9".utf8)
    return padded.withUnsafeBufferPointer { buffer in
      let word = Prescan.packedName(buffer.baseAddress!, bytes.count, readable: buffer.count)
      let loop = Prescan.packedName(buffer.baseAddress!, bytes.count, readable: bytes.count)
      #expect(word == loop, "\(String(decoding: bytes, as: UTF8.self))")
      return word
    }
  }

  @Test("every attribute name the cleaner reads is a read name, in any case")
  func readNames() {
    for name in KnownName.attributeNames {
      for spelled in [name.string, name.string.uppercased(), name.string.prefix(1).uppercased() + name.string.dropFirst()] {
        let answer = isReadName(Array(spelled.utf8))
        #expect(answer.fast && answer.reference, "\(spelled)")
        let substituted = isSubstitutedName(Array(spelled.utf8))
        #expect(substituted.fast == substituted.reference, "\(spelled)")
      }
    }
  }

  @Test("packed names agree with the loop over the names on generated names")
  func generated() {
    // Letters of the read names in both cases, near misses (`@` is `` ` `` with bit 0x20 set,
    // `-` and digits), and whole names to build on.
    let letters = Array("acdeghilmnoprstyACDEHILMNOPRSTY-@`1 _").map { Array(String($0).utf8) }
    let names = KnownName.attributeNames.map { Array($0.string.utf8) } + [Array("CLASS".utf8), Array("iD".utf8)]
    var random = SplitMix64(seed: 0x7072_6573)
    for _ in 0..<50_000 {
      var bytes: [UInt8] = []
      if random.next() % 2 == 0 { bytes = names[Int(random.next() % UInt64(names.count))] }
      // Some names changed at one byte or extended, others spelled from scratch.
      for _ in 0..<Int(random.next() % 4) {
        let piece = letters[Int(random.next() % UInt64(letters.count))]
        if !bytes.isEmpty, random.next() % 2 == 0 {
          bytes[Int(random.next() % UInt64(bytes.count))] = piece[0]
        } else {
          bytes += piece
        }
      }
      if bytes.count > 10 { bytes.removeLast(bytes.count - 10) }
      let answer = isReadName(bytes)
      #expect(answer.fast == answer.reference, "\(String(decoding: bytes, as: UTF8.self))")
      let substituted = isSubstitutedName(bytes)
      #expect(substituted.fast == substituted.reference, "\(String(decoding: bytes, as: UTF8.self))")
    }
  }

  @Test("name bytes: the bit table holds exactly letters, digits, colon, hyphen, underscore and dot, and the byte table the same")
  func nameBytes() {
    for c in UInt8.min...UInt8.max {
      let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
      let digit = c >= 0x30 && c <= 0x39
      #expect(Prescan.isNameByte(c) == (letter || digit || c == 0x3A || c == 0x2D || c == 0x5F || c == 0x2E), "\(c)")
      #expect(Prescan.nameByteTable[Int(c)] == Prescan.isNameByte(c), "\(c)")
    }
  }
}
