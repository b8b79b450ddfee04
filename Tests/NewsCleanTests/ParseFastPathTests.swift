import Testing

@testable import NewsClean

/// The byte-level readings of class and style values must give exactly what the `String` readings
/// give: the output of the cleaner depends on both.
@Suite struct ParseFastPathTests {
  static let classValues = [
    "", " ", "   ", "post", "post bg1", "post bg2 post", "b a c a", "a12 a3 a", "12 34", "a 12", "x  y", " lead trail ",
    "Post post POST", "w-100 col-md-6 col-sm-12", "a\tb", "a\nb", "z y x w", "ab a abc", "a- a_ a", "é a", "a\r\nb",
  ]

  static let styleValues = [
    "", " ", "display:none", "DISPLAY: NONE", "display :\tnone", "visibility:hidden", "font-size:0", "font-size:0.8em",
    "font-size:0;font-size:0.5em", "opacity:0", "opacity:0;", "opacity:0.5", "opacity: 0", "height:0;overflow:hidden",
    "height:1px; overflow: hidden", "height:10px;overflow:hidden", "left:-9999px", "left:-499px", "left:-500px",
    "position:absolute;top:-10000px", "text-indent:-9999em", "margin-left:-600px", "left:-", "left:-x",
    "left:-99999999999999999999999px", "left:-00000000000000000000000500px", "left:-10px;left:-9999px",
    "color:red\r\n;display:none", "left:-1px;top:-800px",
  ]

  @Test("signature classes: bytes and String agree")
  func signatureClasses() {
    for value in Self.classValues {
      #expect(HTMLBlocks.signatureClasses(value) == HTMLBlocks.generalSignatureClasses(value), "\(value)")
    }
  }

  static let idValues = [
    "", " ", "a", "page-header", "post_123", "pid456", "comment-7", "123", "0", "a1b2c3", "post 12", "p\t9", "x\r\n1",
    "\r", "é1", "post_é", "ポスト-3", "-", "#", "##1", "9post", "post_", "a\u{0}1",
  ]

  @Test("signature ids: bytes and String agree (and the bytes decline what is not plain ASCII)")
  func signatureIDs() {
    for value in Self.idValues {
      var copy = value
      let fast = copy.withUTF8 { HTMLBlocks.signatureID(utf8: $0) }
      if let fast {
        #expect(fast == HTMLBlocks.signatureID(value), "\(value)")
      } else {
        #expect(value.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "\(value)")
      }
    }
  }

  @Test("style hiding: bytes and String agree")
  func styleHides() {
    for value in Self.styleValues {
      #expect(Visibility.styleHides(value) == Visibility.generalStyleHides(value), "\(value)")
    }
  }
}
