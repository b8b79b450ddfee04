/// Byte-level checks that run before any decoding: BOMs, binary signatures, UTF-16 without a BOM,
/// and a one-pass UTF-8 validator.
///
/// Everything here reads an `UnsafeBufferPointer` so a 100 KB page costs no allocation.
enum ByteSniffing {
  /// How many leading bytes the density and UTF-16 checks look at; a prefix is representative
  /// and keeps the checks O(1) per page.
  static let sampleLength = 4096

  /// The encoding named by a byte order mark, and the BOM's length.
  static func byteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> (charset: String, length: Int)? {
    if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("utf-8", 3) }
    if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return ("utf-16le", 2) }
    if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return ("utf-16be", 2) }
    return nil
  }

  /// File signatures that never start a text page: (bytes at offset, offset, description).
  private static let signatures: [([UInt8], Int, String)] = [
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0, "PNG image signature"),
    ([0xFF, 0xD8, 0xFF], 0, "JPEG image signature"),
    (Array("GIF87a".utf8), 0, "GIF image signature"),
    (Array("GIF89a".utf8), 0, "GIF image signature"),
    (Array("%PDF-".utf8), 0, "PDF document signature"),
    ([0x50, 0x4B, 0x03, 0x04], 0, "ZIP archive signature"),
    ([0x50, 0x4B, 0x05, 0x06], 0, "ZIP archive signature"),
    ([0x1F, 0x8B, 0x08], 0, "gzip signature (not decompressed)"),
    ([0x7F, 0x45, 0x4C, 0x46], 0, "ELF executable signature"),
    ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], 0, "xz archive signature"),
    ([0x28, 0xB5, 0x2F, 0xFD], 0, "zstd archive signature"),
    ([0x42, 0x5A, 0x68], 0, "bzip2 archive signature"),
    ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, "7z archive signature"),
    (Array("Rar!".utf8) + [0x1A, 0x07], 0, "RAR archive signature"),
    (Array("WEBP".utf8), 8, "WebP image signature"),
    (Array("ftyp".utf8), 4, "MP4/QuickTime media signature"),
    (Array("OggS".utf8) + [0x00], 0, "Ogg media signature"),
    (Array("ID3".utf8), 0, "MP3 audio signature"),
    ([0x1A, 0x45, 0xDF, 0xA3], 0, "Matroska/WebM media signature"),
    (Array("wOFF".utf8), 0, "WOFF font signature"),
    (Array("wOF2".utf8), 0, "WOFF2 font signature"),
    ([0x49, 0x49, 0x2A, 0x00], 0, "TIFF image signature"),
    ([0x4D, 0x4D, 0x00, 0x2A], 0, "TIFF image signature"),
    ([0x00, 0x00, 0x01, 0x00], 0, "ICO image signature"),
    (Array("SQLite format 3".utf8) + [0x00], 0, "SQLite database signature"),
    ([0xCA, 0xFE, 0xBA, 0xBE], 0, "Java class/Mach-O signature"),
    ([0x00, 0x61, 0x73, 0x6D], 0, "WebAssembly signature"),
    ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "MS Office (OLE2) signature"),
  ]

  /// Names the binary format whose signature starts `b`, if any.
  static func binarySignature(_ b: UnsafeBufferPointer<UInt8>) -> String? {
    for (magic, offset, what) in signatures where b.count >= offset + magic.count {
      var match = true
      for i in 0..<magic.count where b[offset + i] != magic[i] {
        match = false
        break
      }
      if match { return what }
    }
    return nil
  }

  /// Detects UTF-16 without a BOM from NULs concentrated in every other byte (the high byte of
  /// ASCII markup). CJK-only UTF-16 without markup has no NULs and is left to ucsdet.
  static func utf16Pattern(_ b: UnsafeBufferPointer<UInt8>) -> String? {
    let n = min(b.count, sampleLength) & ~1
    guard n >= 4 else { return nil }
    var evenNULs = 0
    var oddNULs = 0
    var i = 0
    while i < n {
      if b[i] == 0 { evenNULs += 1 }
      if b[i + 1] == 0 { oddNULs += 1 }
      i += 2
    }
    let pairs = n / 2
    // At least 30 % of the code units look like ASCII, and the other column is almost NUL-free.
    if oddNULs * 10 >= pairs * 3, evenNULs * 20 <= pairs { return "utf-16le" }
    if evenNULs * 10 >= pairs * 3, oddNULs * 20 <= pairs { return "utf-16be" }
    return nil
  }

  /// Says why a non-UTF-16 input looks binary from its NUL and C0 control density, or nil.
  ///
  /// Tab, LF, VT, FF, CR and ESC (ISO-2022 escapes) are text; a single stray NUL (a C string
  /// terminator left by a scraper) is tolerated.
  static func controlDensity(_ b: UnsafeBufferPointer<UInt8>) -> String? {
    let n = min(b.count, sampleLength)
    guard n > 0 else { return nil }
    var nuls = 0
    var controls = 0
    func count(_ c: UInt8) {
      if c == 0 {
        nuls += 1
      } else if c < 0x20, c != 0x09, c != 0x0A, c != 0x0B, c != 0x0C, c != 0x0D, c != 0x1B {
        controls += 1
      }
    }
    var i = 0
    if let base = b.baseAddress {
      // Text has a byte below 0x20 only every line or so: words with none are skipped whole.
      // (x - 0x20 per byte) & ~x has a high bit set exactly when some byte of x is below 0x20.
      let raw = UnsafeRawPointer(base)
      while i + 8 <= n {
        let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080 != 0 {
          for k in i..<i + 8 { count(base[k]) }
        }
        i += 8
      }
    }
    while i < n {
      count(b[i])
      i += 1
    }
    if nuls >= 2, nuls * 100 >= n { return "NUL bytes (\(nuls) in the first \(n) bytes)" }
    if (nuls + controls) * 10 > n { return "control bytes (\(nuls + controls) in the first \(n) bytes)" }
    return nil
  }

  /// What a UTF-8 validation pass found.
  struct UTF8Scan: Equatable {
    /// Invalid sequences, counted as maximal subparts (the count of U+FFFD Swift and WHATWG emit).
    var invalid = 0
    /// Well-formed sequences of two to four bytes.
    var multibyte = 0
    /// Well-formed four-byte sequences (two UTF-16 units each).
    var supplementary = 0
    /// Bytes inside well-formed multi-byte sequences (lead and continuation bytes).
    var multibyteBytes = 0
    var isValid: Bool { invalid == 0 }
    /// Every byte is below 0x80: nothing invalid and no multi-byte sequence.
    var isASCII: Bool { invalid == 0 && multibyte == 0 }

    /// UTF-16 units of valid input of `byteCount` bytes: one per scalar, two per four-byte
    /// sequence. Meaningless when the scan found invalid sequences.
    func utf16Count(byteCount: Int) -> Int {
      byteCount - (multibyteBytes - multibyte) + supplementary
    }
  }

  /// Validates UTF-8 per Unicode Table 3-7, counting invalid maximal subparts.
  ///
  /// Pages are mostly ASCII markup, so ASCII runs are skipped 32 bytes per step and only
  /// non-ASCII bytes reach the per-sequence checks; a run of non-ASCII text (Hangul, kana,
  /// Cyrillic) is walked sequence by sequence without going back to the word skip in between.
  /// Counts are exactly those of the byte-at-a-time validator this replaced, which
  /// UTF8FastPathTests keeps as its oracle and compares on adversarial input.
  static func scanUTF8(_ b: UnsafeBufferPointer<UInt8>) -> UTF8Scan {
    var scan = UTF8Scan()
    guard let p = b.baseAddress else { return scan }
    let raw = UnsafeRawPointer(p)
    let n = b.count
    let highBits: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func word(_ at: Int) -> UInt64 {
      UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) & highBits
    }
    var i = 0
    while i < n {
      // Skip ASCII; leaves i at the first non-ASCII byte or within 8 bytes of the end.
      // Little-endian: the lowest set high bit of a word marks its first non-ASCII byte.
      while i + 32 <= n {
        let w0 = word(i), w1 = word(i + 8), w2 = word(i + 16), w3 = word(i + 24)
        if w0 | w1 | w2 | w3 == 0 {
          i += 32
          continue
        }
        if w0 != 0 {
          i += w0.trailingZeroBitCount >> 3
        } else if w1 != 0 {
          i += 8 + w1.trailingZeroBitCount >> 3
        } else if w2 != 0 {
          i += 16 + w2.trailingZeroBitCount >> 3
        } else {
          i += 24 + w3.trailingZeroBitCount >> 3
        }
        break
      }
      while i + 8 <= n {
        let w = word(i)
        if w == 0 {
          i += 8
          continue
        }
        i += w.trailingZeroBitCount >> 3
        break
      }
      guard i < n else { break }
      if p[i] < 0x80 {
        i += 1
        continue
      }
      repeat {
        let c = p[i]
        var length = 0
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
        default: break  // a continuation byte without a lead, or a byte UTF-8 never uses
        }
        // The second byte has the lead's own range; later ones are plain continuations. The
        // first byte that does not fit ends one maximal subpart and is itself scanned again.
        var j = i + 1
        if length != 0, j < n, p[j] >= low, p[j] <= high {
          j += 1
          var k = 2
          while k < length, j < n, p[j] & 0xC0 == 0x80 {
            j += 1
            k += 1
          }
          if k == length {
            scan.multibyte += 1
            scan.multibyteBytes += length
            if length == 4 { scan.supplementary += 1 }
          } else {
            scan.invalid += 1
          }
        } else {
          scan.invalid += 1
        }
        i = j
      } while i < n && p[i] >= 0x80
    }
    return scan
  }
}
