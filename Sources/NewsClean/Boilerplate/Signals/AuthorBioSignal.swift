/// Sentences inside an element named for the author (`author`, `byline`, `writer`, `reporter`)
/// within the content: the author box that blogs and magazines append to the article ("Autumn
/// founded the studio in 2014 …", "Lauren has written for the blog since 2018 …").
///
/// A byline proper is a name and a date, a line or two of furniture that other signals read. But
/// running prose under an author-named element is the author's biography, written once and
/// printed under every article they sign, never part of the article at hand; the markup says so
/// in any language. Only the elements between the content container and the block are read, so
/// a container that is itself named for its author (a post body on some blogs) keeps its text.
struct AuthorBioSignal: BoilerplateSignal {
  let kind = BoilerplateKind.markupRole

  /// Sentence marks a biography has at least: a name line or a job title has none or one.
  static let minimumSentenceMarks = 2

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    guard context.innerRoles.contains(.byline), block.kind != .heading, !block.fits(80) else { return false }
    return ContentContainer.sentencePunctuation(block.text, upTo: Self.minimumSentenceMarks) >= Self.minimumSentenceMarks
  }
}
