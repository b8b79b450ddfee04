/// A section heading made of a link, read as the article's own heading rather than a link list.
///
/// List articles ("the ten best trails") title each entry with the entry's name linked to its
/// site, and documentation generators wrap every heading in a permalink to itself
/// (`<h2><a href="#wrapping">Wrapping</a></h2>`). Either way the heading is all link text, so
/// `LinkListSignal` calls it navigation. What tells it apart is what follows: a menu or a
/// neighbour list is followed by more links, a section title by the section's prose. A heading
/// below the page title (h2–h6) whose next block inside the same content is prose is a section
/// title in any language: the markup and the shape of the text decide, not words.
///
/// A definition list says the same in its tags: a term (`dt`) linked to its own page and followed
/// by its definition (`dd`) in prose is an entry of a glossary or an API reference's member list,
/// whatever language it is written in; a menu has no definitions.
enum LinkedSectionTitle {
  /// Whether the block at `i` is a linked section title: an h2–h6 heading with links, or a
  /// definition term, followed inside the element `root` by a prose block that is neither mostly
  /// links nor a heading (for a term: in a definition of the same list).
  static func holds(
    at i: Int, in blocks: UnsafeBufferPointer<Block>, measures: [ProseMeasure], root: Int, structure: PageStructure
  ) -> Bool {
    // Fields read in place: copying a block retains its text, links and ancestors.
    guard !blocks[i].links.isEmpty else { return false }
    let next = i + 1
    guard next < blocks.count, blocks[next].kind != .heading, blocks[next].ancestors.contains(root),
      measures[next].isProse, measures[next].linkDensity < 0.5
    else { return false }
    if blocks[i].kind == .heading { return blocks[i].level >= 2 }
    return blocks[i].kind == .listItem && isDefinedTerm(blocks[i].ancestors, definition: blocks[next].ancestors, structure: structure)
  }

  /// Whether the innermost element of `term` is a `dt` and `definition` lies in a `dd` of the
  /// same list.
  static func isDefinedTerm(_ term: [Int], definition: [Int], structure: PageStructure) -> Bool {
    guard let dt = term.last, structure.tags[dt] == "dt" else { return false }
    let list = structure.parents[dt]
    return definition.contains { structure.parents[$0] == list && structure.tags[$0] == "dd" }
  }
}
