/// Typographic punctuation: U+2010–2027 and U+2030–205E (dashes, curly quotes, bullets,
/// ellipsis, primes). None is a letter or digit, none combines with its neighbours, and none
/// changes when lower-cased, so text made of ASCII and these reads like ASCII (see `isPlainText`).
@inline(__always)
func isTypographicPunctuation(_ scalar: Unicode.Scalar) -> Bool {
  (0x2010...0x2027).contains(scalar.value) || (0x2030...0x205E).contains(scalar.value)
}

/// Every scalar of `s` is ASCII or typographic punctuation: most English text, curly quotes and
/// dashes included. In such text each scalar is a character of its own, letters and digits are
/// the ASCII ones, lower-casing is ASCII's, and compatibility folding leaves no letter or digit
/// of the punctuation; fast paths may read it byte by byte and skip the non-ASCII bytes.
func isPlainText(_ s: String) -> Bool {
  for scalar in s.unicodeScalars where !scalar.isASCII {
    guard isTypographicPunctuation(scalar) else { return false }
  }
  return true
}
