/// The paragraphs that open an article just above the element the prose vote chose: the
/// introduction written before a numbered list or before the body's own wrapper.
///
/// The vote gives a container its blocks' full weight and its parent only a share, so a long
/// body wrapper (or a list of long items) outscores the element that also holds the few lead
/// paragraphs above it; and widening stops there too, since the body alone holds most of the
/// page's prose. Yet a prose paragraph that sits in the same parent as the body, before it, in
/// markup without names of its own, is the article's opening on every template:
/// navigation, teasers and sidebars are either named as chrome or are not prose (short lines or
/// link lists), and teasers of other articles live in other branches of the page.
enum LeadParagraphs {
  /// How far above the container the lead may sit: its parent (the body's wrapper). (The
  /// grandparent, with the named standfirsts of article headers, was tried: news annotators
  /// leave those out, other annotators keep them, so taking them does not generalise.)
  static let maximumLevels = 1

  /// Positions in `blocks` of the lead paragraphs of `container`, and the element they share
  /// with it (the root the roles of their own markup are read from). Nil when there are none.
  static func find(
    container: Int, blocks: [Block], measures: [ProseMeasure], structure: PageStructure
  ) -> (root: Int, blocks: [Int])? {
    let strong = MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union(.comments)
    guard let first = blocks.firstIndex(where: { $0.ancestors.contains(container) }), first > 0 else { return nil }
    let root = ContentContainer.enclosing(container, levels: maximumLevels, structure: structure)
    guard root != container else { return nil }
    var leads: [Int] = []
    var units = 0
    var i = first - 1
    while i >= 0 {
      let path = blocks[i].ancestors
      guard let position = path.firstIndex(of: root) else { break }
      if measures[i].isProse,
        path[(position + 1)...].allSatisfy({ structure.roles[$0].isDisjoint(with: strong) && isUnnamed(structure.signatures[$0]) })
      {
        leads.append(i)
        units += measures[i].units
      }
      i -= 1
    }
    guard !leads.isEmpty else { return nil }
    // A lead is short beside the body it opens; more prose above than in the container means the
    // vote split one text in two, which widening, not this rule, settles.
    var bodyUnits = 0
    for b in first..<blocks.count where measures[b].isProse && blocks[b].ancestors.contains(container) {
      bodyUnits += measures[b].units
    }
    guard units <= bodyUnits else { return nil }
    return (root, leads.reversed())
  }

  /// Whether an element's signature names no class and no id (`p.`, `blockquote`): text the
  /// author typed into the body. A template's components carry names (`entry-summary`,
  /// `article__lead`, `key-points`, `caption-text`): a standfirst, summary or caption that
  /// annotators of news pages leave out of the body, so those are not taken.
  static func isUnnamed(_ signature: String) -> Bool {
    var sawDot = false
    for b in signature.utf8 {
      if b == 0x23 { return false }  // `#`: an id
      if sawDot { return false }  // a class after the dot
      if b == 0x2E { sawDot = true }
    }
    return true
  }
}
