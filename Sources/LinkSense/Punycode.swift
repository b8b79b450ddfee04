/// Decodes Punycode (RFC 3492) labels, so `xn--` hosts can be shown and checked as Unicode.
///
/// Only decoding is needed: spam checks look at the characters a reader sees (mixed scripts,
/// native-script keywords), and hosts in text already arrive in Unicode when not encoded.
enum Punycode {
  private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
  private static let initialBias = 72, initialN = 128

  /// Decodes one label without its `xn--` prefix; `nil` when the input is not valid Punycode.
  static func decode(_ input: String) -> String? {
    let scalars = Array(input.unicodeScalars)
    guard scalars.allSatisfy(\.isASCII) else { return nil }
    var output: [Unicode.Scalar] = []
    var start = 0
    if let lastDelimiter = scalars.lastIndex(of: "-") {
      output = Array(scalars[..<lastDelimiter])
      start = lastDelimiter + 1
    }
    var n = initialN, i = 0, bias = initialBias
    var position = start
    while position < scalars.count {
      let oldI = i
      var w = 1
      var k = base
      while true {
        guard position < scalars.count, let digit = digitValue(scalars[position]) else { return nil }
        position += 1
        let (product, overflow1) = digit.multipliedReportingOverflow(by: w)
        guard !overflow1 else { return nil }
        let (sum, overflow2) = i.addingReportingOverflow(product)
        guard !overflow2 else { return nil }
        i = sum
        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
        if digit < t { break }
        let (nextW, overflow3) = w.multipliedReportingOverflow(by: base - t)
        guard !overflow3 else { return nil }
        w = nextW
        k += base
      }
      bias = adapt(delta: i - oldI, count: output.count + 1, first: oldI == 0)
      n += i / (output.count + 1)
      i %= output.count + 1
      guard n <= 0x10FFFF, let scalar = Unicode.Scalar(n) else { return nil }
      output.insert(scalar, at: i)
      i += 1
    }
    var result = ""
    result.unicodeScalars.append(contentsOf: output)
    return result
  }

  /// Decodes every `xn--` label of a host; labels that fail to decode stay as they were.
  static func decodeHost(_ host: String) -> String {
    host.split(separator: ".", omittingEmptySubsequences: false).map { label -> String in
      let lower = label.lowercased()
      guard lower.hasPrefix("xn--"), let decoded = decode(String(lower.dropFirst(4))), !decoded.isEmpty
      else { return String(label) }
      return decoded.lowercased()
    }.joined(separator: ".")
  }

  private static func digitValue(_ s: Unicode.Scalar) -> Int? {
    switch s.value {
    case 0x30...0x39: return Int(s.value) - 0x30 + 26
    case 0x41...0x5A: return Int(s.value) - 0x41
    case 0x61...0x7A: return Int(s.value) - 0x61
    default: return nil
    }
  }

  private static func adapt(delta: Int, count: Int, first: Bool) -> Int {
    var delta = first ? delta / damp : delta / 2
    delta += delta / count
    var k = 0
    while delta > ((base - tMin) * tMax) / 2 {
      delta /= base - tMin
      k += base
    }
    return k + (base - tMin + 1) * delta / (delta + skew)
  }
}
