import Testing

@testable import NewsClean

@Suite struct TemplatePlaceholderSignalTests {
  let signal = TemplatePlaceholderSignal()

  @Test("a block of unrendered template placeholders is chrome")
  func placeholders() {
    #expect(signal.claims("{{ subscribed ? 'Subscribed' : 'Subscribe' }}"))
    #expect(signal.claims("{{ DiscussionBoard.errors[11793116].message }}"))
    #expect(signal.claims("{{count}} / {{total}}"))
  }

  @Test("text beside a placeholder, an unclosed brace or prose about templates is not")
  func textIsNotAPlaceholder() {
    #expect(!signal.claims("Hello {{ name }}, welcome back"))
    #expect(!signal.claims("{{ 안녕 }} 세계"))
    #expect(!signal.claims("{{ unclosed"))
    #expect(!signal.claims("Handlebars writes its placeholders as {{name}} in the HTML."))
    #expect(!signal.claims("A sentence without any braces."))
  }
}

@Suite struct EditNoteSignalTests {
  let signal = EditNoteSignal()

  @Test("a post's edit note is page info, in several board styles and languages")
  func editNotes() {
    for note in [
      "Edited January 29 by ErnestQ (see edit history)",
      "Last edited by moderator; 03-02-2024 at 10:12 AM.",
      "Last edited: Mar 3, 2024",
      "This post was edited on 12/04/2023",
      "최종 수정 2024.11.10 14:03",
      "本帖最后由 admin 于 2024-11-10 14:03 编辑",
    ] {
      #expect(signal.claims(note), "\(note)")
    }
    #expect(signal.kind == .pageInfo)
  }

  @Test("a sentence that mentions editing is prose")
  func proseAboutEditing() {
    #expect(!signal.claims("The film was edited in three weeks by a team of two, which shows in its pace."))
    #expect(!signal.claims("Editors said the change was overdue."))
    #expect(!signal.claims(String(repeating: "Edited volumes of essays filled the shelves of the reading room. ", count: 3)))
  }
}
