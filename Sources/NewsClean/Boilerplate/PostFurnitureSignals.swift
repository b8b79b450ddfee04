/// A template the page's script never filled in (`{{ subscribed ? 'Subscribed' : 'Subscribe' }}`,
/// `{{ DiscussionBoard.errors[11793116].message }}`): Vue, Angular and Handlebars pages ship their
/// templates in the HTML, and a crawler that runs no script sees the placeholders. A block made of
/// placeholders and nothing else says nothing to a reader.
struct TemplatePlaceholderSignal: BoilerplateSignal {
  let kind = BoilerplateKind.chromeLabel

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    Self.isPlaceholderOnly(block.text)
  }

  /// Whether `text` holds at least one `{{ … }}` and, outside them, no letter or digit.
  static func isPlaceholderOnly(_ text: String) -> Bool {
    // Every block meets this signal: its bytes are read in place, and ordinary text fails at its
    // first letter.
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      var placeholders = 0
      while i < bytes.count {
        if bytes[i] == 0x7B, i + 1 < bytes.count, bytes[i + 1] == 0x7B {
          // Up to the matching `}}`; an unclosed placeholder is not one.
          var j = i + 2
          while j + 1 < bytes.count, !(bytes[j] == 0x7D && bytes[j + 1] == 0x7D) { j += 1 }
          guard j + 1 < bytes.count else { return false }
          placeholders += 1
          i = j + 2
          continue
        }
        let b = bytes[i]
        // Any letter or digit outside a placeholder (every byte of a non-ASCII scalar is ≥ 0x80,
        // and scripts other than Latin are words too) makes the block text.
        if b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) { return false }
        i += 1
      }
      return placeholders > 0
    }
  }
}

/// A post's edit note (`Edited January 29 by ErnestQ (see edit history)`, `Last edited by admin;
/// 03-02-2024 at 10:12 AM`, `최종 수정`, `最后编辑于`): the board's record of the post, not its text.
/// A note names when or by whom (a digit or `by`), which keeps a short line of prose that opens
/// with "Edited" apart.
struct EditNoteSignal: BoilerplateSignal {
  let kind = BoilerplateKind.pageInfo

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    guard opens(block, withAnyOf: ChromeLexicon.editNoteOpeningList, maximumLength: 140) else { return false }
    return block.text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } || block.lowered.contains(" by ")
  }
}
