import Foundation

/// Writes JSON straight into a byte buffer, producing exactly the bytes Foundation's `JSONEncoder`
/// (swift-foundation, as on Linux) produces with `outputFormatting = [.sortedKeys,
/// .withoutEscapingSlashes]`, at a fraction of its cost. Records and rejects are written with it;
/// their `Encodable` conformances stay, and `JSONWriterTests` proves the two agree.
///
/// What `JSONEncoder` does, and so what this does:
/// - Strings: `"` and `\` are escaped as `\"` and `\\`; U+0008, U+0009, U+000A, U+000C and U+000D
///   as `\b`, `\t`, `\n`, `\f` and `\r`; every other character below U+0020 as `\u00xx` with
///   lowercase hex digits. Everything else, U+007F, U+2028, U+2029 and all non-ASCII included, is
///   written as its UTF-8 bytes. `/` is written as is (`\/` only with `escapingSlashes`, which is
///   what a `JSONEncoder` with default formatting does).
/// - Integers: decimal, `-` for negatives.
/// - Doubles: `description` with a trailing `.0` removed (`1`, `0.7`, `1e-05`, `1e+20`, `-0`);
///   NaN and infinities cannot be written and throw, as `JSONEncoder` does.
/// - Objects: no whitespace, keys in the byte order of their UTF-8 (that is what `.sortedKeys`
///   means outside Apple platforms).
///
/// **Keys must be written in byte order.** The writer does not sort the keys of an object; the
/// caller writes them in order (`dictionary` sorts its own). Debug builds check every object.
/// Commas are placed by the writer: a value or key that follows anything but `{`, `[` or a key's
/// `:` gets one.
struct JSONWriter: ~Copyable {
  // A plain growable buffer: appending to `[UInt8]` costs a uniqueness and capacity check per
  // call, and more for `append(contentsOf:)`, several times what the writing itself costs.
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  /// Writes `/` as `\/`, as a `JSONEncoder` without `.withoutEscapingSlashes` does.
  let escapingSlashes: Bool

  #if DEBUG
  /// The last key written in each open object, to check that keys come in byte order.
  private var lastKeys: [[UInt8]?] = []
  #endif

  /// A Double that JSON cannot hold (NaN or an infinity).
  struct NonFiniteNumber: Error {
    var value: Double
  }

  init(capacity: Int = 0, escapingSlashes: Bool = false) {
    self.escapingSlashes = escapingSlashes
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  /// The bytes written so far.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The bytes written so far.
  var data: Data { Data(bytes: base, count: count) }

  // MARK: Structure

  mutating func beginObject() {
    separate()
    append(UInt8(ascii: "{"))
    #if DEBUG
    lastKeys.append(nil)
    #endif
  }

  mutating func endObject() {
    append(UInt8(ascii: "}"))
    #if DEBUG
    lastKeys.removeLast()
    #endif
  }

  mutating func beginArray() {
    separate()
    append(UInt8(ascii: "["))
  }

  mutating func endArray() {
    append(UInt8(ascii: "]"))
  }

  /// Writes `"key":`; the value written next belongs to it. `key` must need no escaping and must
  /// come after the object's previous key in byte order.
  mutating func key(_ key: StaticString) {
    let keyBytes = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
    #if DEBUG
    for b in keyBytes {
      assert(b >= 0x20 && b < 0x80 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != UInt8(ascii: "/"),
        "JSONWriter: key \(key) needs escaping")
    }
    checkKeyOrder(Array(keyBytes))
    #endif
    separate()
    append(UInt8(ascii: "\""))
    append(keyBytes)
    append(UInt8(ascii: "\""))
    append(UInt8(ascii: ":"))
  }

  /// A key not known at compile time (a dictionary's), escaped like any string.
  mutating func key(_ key: String) {
    #if DEBUG
    checkKeyOrder(Array(key.utf8))
    #endif
    string(key)
    append(UInt8(ascii: ":"))
  }

  #if DEBUG
  private mutating func checkKeyOrder(_ key: [UInt8]) {
    guard !lastKeys.isEmpty else { preconditionFailure("JSONWriter: a key outside an object") }
    if let previous = lastKeys[lastKeys.count - 1] {
      assert(previous.lexicographicallyPrecedes(key),
        "JSONWriter: key \(String(decoding: key, as: UTF8.self)) after \(String(decoding: previous, as: UTF8.self)); keys must be written in byte order")
    }
    lastKeys[lastKeys.count - 1] = key
  }
  #endif

  /// A comma, unless this is the first thing in an object or array or the value of a key.
  @inline(__always)
  private mutating func separate() {
    guard count > 0 else { return }
    let last = base[count - 1]
    if last != UInt8(ascii: "{"), last != UInt8(ascii: "["), last != UInt8(ascii: ":") {
      append(UInt8(ascii: ","))
    }
  }

  // MARK: Values

  mutating func null() {
    separate()
    appendASCII("null")
  }

  mutating func bool(_ value: Bool) {
    separate()
    appendASCII(value ? "true" : "false")
  }

  mutating func string(_ value: String) {
    separate()
    append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { appendEscaped($0) }
    append(UInt8(ascii: "\""))
  }

  /// The string, or `null` (as `encode(_:forKey:)` writes an absent optional).
  mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  mutating func int(_ value: Int) {
    separate()
    if value < 0 { append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any 64-bit magnitude
    withUnsafeMutableBytes(of: &digits) { buffer in
      var i = buffer.count
      repeat {
        i -= 1
        buffer[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      append(UnsafeRawBufferPointer(rebasing: buffer[i...]))
    }
  }

  /// The number, or `null`.
  mutating func int(_ value: Int?) {
    if let value { int(value) } else { null() }
  }

  /// Throws for NaN and infinities, which JSON has no way to write.
  mutating func double(_ value: Double) throws {
    guard value.isFinite else { throw NonFiniteNumber(value: value) }
    separate()
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    text.withUTF8 { append($0) }
  }

  /// The number, or `null`.
  mutating func double(_ value: Double?) throws {
    if let value { try double(value) } else { null() }
  }

  mutating func array(_ strings: [String]) {
    beginArray()
    for s in strings { string(s) }
    endArray()
  }

  mutating func array<T: JSONWritable>(_ items: [T]) throws {
    beginArray()
    for item in items { try item.writeJSON(into: &self) }
    endArray()
  }

  /// An object of the dictionary's entries, keys in byte order.
  mutating func dictionary(_ dictionary: [String: Int]) {
    beginObject()
    for (k, v) in dictionary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      key(k)
      int(v)
    }
    endObject()
  }

  /// Ends a JSON Lines line (after the top-level value).
  mutating func newline() {
    append(0x0A)
  }

  // MARK: Bytes

  @inline(__always)
  private mutating func append(_ byte: UInt8) {
    if count == capacity { grow(1) }
    base[count] = byte
    count += 1
  }

  @inline(__always)
  private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    let n = buffer.count
    guard n > 0, let source = buffer.baseAddress else { return }
    if capacity - count < n { grow(n) }
    (base + count).initialize(from: source, count: n)
    count += n
  }

  @inline(__always)
  private mutating func append(_ buffer: UnsafeRawBufferPointer) {
    append(buffer.assumingMemoryBound(to: UInt8.self))
  }

  @inline(never)
  private mutating func grow(_ needed: Int) {
    let newCapacity = max(capacity * 2, count + needed)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  private mutating func appendASCII(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    let slash: UInt8 = escapingSlashes ? UInt8(ascii: "/") : 0xFF  // 0xFF never occurs in UTF-8
    var mark = 0
    var i = 0
    let n = utf8.count
    let base = UnsafeRawPointer(utf8.baseAddress)
    while i < n {
      // Eight bytes at a time while none of them needs escaping (the usual case).
      if let base {
        while i + 8 <= n && !Self.mayNeedEscape(base.loadUnaligned(fromByteOffset: i, as: UInt64.self), escapingSlashes) {
          i += 8
        }
        if i >= n { break }
      }
      let b = utf8[i]
      if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != slash {
        i += 1
        continue
      }
      if i > mark { append(UnsafeBufferPointer(rebasing: utf8[mark..<i])) }
      append(UInt8(ascii: "\\"))
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): append(b)
      case 0x08: append(UInt8(ascii: "b"))
      case 0x09: append(UInt8(ascii: "t"))
      case 0x0A: append(UInt8(ascii: "n"))
      case 0x0C: append(UInt8(ascii: "f"))
      case 0x0D: append(UInt8(ascii: "r"))
      default:
        append(UInt8(ascii: "u"))
        append(UInt8(ascii: "0"))
        append(UInt8(ascii: "0"))
        append(Self.hexDigits[Int(b >> 4)])
        append(Self.hexDigits[Int(b & 0xF)])
      }
      i += 1
      mark = i
    }
    if n > mark { append(UnsafeBufferPointer(rebasing: utf8[mark..<n])) }
  }

  /// True when one of the eight bytes of `word` may need escaping: is below 0x20, `"`, `\\`, or
  /// (with `slash`) `/`. Exact for "none": a false result means no byte needs escaping.
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64, _ slash: Bool) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte below 0x20: subtracting 0x20 borrows into its high bit (bytes >= 0x80 are masked out).
    var found = (word &- ones &* 0x20) & ~word
    // A byte equal to c: that byte of word ^ c is zero.
    let quote = word ^ (ones &* 0x22)
    found |= (quote &- ones) & ~quote
    let backslash = word ^ (ones &* 0x5C)
    found |= (backslash &- ones) & ~backslash
    if slash {
      let s = word ^ (ones &* 0x2F)
      found |= (s &- ones) & ~s
    }
    return found & highs != 0
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

/// A type that writes itself with `JSONWriter`, byte for byte as its `encode(to:)` comes out of
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`.
protocol JSONWritable {
  func writeJSON(into writer: inout JSONWriter) throws
}

extension JSONWritable {
  /// The JSON of this value followed by a newline: one line of a JSON Lines file.
  func jsonLine(capacity: Int) throws -> Data {
    var writer = JSONWriter(capacity: capacity)
    try writeJSON(into: &writer)
    writer.newline()
    return writer.data
  }
}
