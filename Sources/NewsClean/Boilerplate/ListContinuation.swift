/// The rest of a list that runs on past the content container's end, in the container's parent.
///
/// A listing's entries are copies of one template, so they carry one signature (tag and
/// classes). When markup is broken — a `<p>` left open around a card's `<div>`, an `<a>` wrapping
/// block elements — the HTML parser closes the wrapper early and the entries after the break land
/// beside the container instead of inside it; templates that load a list in chunks ("load more")
/// do the same on purpose. Either way the vote picks the wrapper that kept the first part, and
/// the rest is dropped as outside content. But an element beside the container that is an entry
/// of the container's own list — the signature of one of its repeated, class-named entries — is
/// that list going on: a sidebar, a footer or a teaser block carries the names of its own
/// template, never those of the page's entries. The elements between the container and the last
/// such entry (the loose description paragraphs of broken entries), and the unnamed ones right
/// after it (its own description), come along; chrome-named ones do not. A list broken twice runs
/// on one level higher still, and is followed there too.
enum ListContinuation {
  /// Fewest entries of one signature under one parent inside the container that make a list.
  static let minimumEntries = 3
  /// Fewest entries of the list beside the container that make it go on (one may be a teaser).
  static let minimumFollowing = 2

  /// Most levels the list may have broken out of: each early close moves the rest one level up.
  static let maximumLevels = 3

  /// Elements beside `container` (children of its parent, after it, and so on up while the list
  /// keeps running on one level higher) that continue its list.
  static func following(_ container: Int, structure: PageStructure) -> Set<Int> {
    let count = structure.tags.count
    guard container >= 0, container < count else { return [] }
    // Only a signature of an element beside the container, at one of the levels the list may run
    // on at, can ever be asked about below: those are gathered first (a few elements), and the
    // container's subtree is counted for them alone. Counting every signature of the subtree in
    // a table hashed thousands of strings a page, most pages having no such element at all.
    var asked = Set<String>()
    var level = container
    for _ in 0..<maximumLevels {
      let parent = structure.parents[level]
      guard parent >= 0 else { break }
      for serial in (level + 1)..<count where structure.parents[serial] == parent {
        let signature = structure.signatures[serial]
        if !LeadParagraphs.isUnnamed(signature) { asked.insert(signature) }
      }
      level = parent
    }
    guard !asked.isEmpty else { return [] }
    // The asked signatures' lengths (modulo 64) as bits: most of the subtree is ruled out on its
    // length before a string is hashed (a set of lengths cost an integer's hashing per element).
    var askedLengths: UInt64 = 0
    for signature in asked { askedLengths |= 1 << UInt64(signature.utf8.count & 63) }
    // Signatures of the container's repeated, class-named entries (among those asked). Serials are
    // in document order and a parent precedes its children: the subtree is a run after the container.
    var inside = [Bool](repeating: false, count: count)
    inside[container] = true
    var kinds: [Int: [String: Int]] = [:]
    var end = container + 1
    while end < count {
      let p = structure.parents[end]
      guard p >= 0, inside[p] else { break }
      inside[end] = true
      let signature = structure.signatures[end]
      if askedLengths & (1 << UInt64(signature.utf8.count & 63)) != 0, asked.contains(signature) {
        kinds[p, default: [:]][signature, default: 0] += 1
      }
      end += 1
    }
    var entries = Set<String>()
    for (_, bySignature) in kinds {
      for (signature, n) in bySignature where n >= minimumEntries && !LeadParagraphs.isUnnamed(signature) {
        entries.insert(signature)
      }
    }
    guard !entries.isEmpty else { return [] }
    let strong = MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union(.comments)
    var out = Set<Int>()
    var node = container
    for _ in 0..<maximumLevels {
      guard let parent = ContentContainer.climbableParent(of: node, structure: structure) else { break }
      // The parent's children after the node, in order (they follow the node's subtree).
      var after: [Int] = []
      for serial in (node + 1)..<count where structure.parents[serial] == parent { after.append(serial) }
      guard let last = after.lastIndex(where: { entries.contains(structure.signatures[$0]) }),
        after[...last].filter({ entries.contains(structure.signatures[$0]) }).count >= minimumFollowing
      else { break }
      // The last entry's own loose text (its description paragraph, spilled out with it) follows it
      // in unnamed markup; the first named element after it is something else.
      var stop = last
      while stop + 1 < after.count, LeadParagraphs.isUnnamed(structure.signatures[after[stop + 1]]) { stop += 1 }
      out.formUnion(after[...stop].filter { structure.roles[$0].isDisjoint(with: strong) })
      node = parent
    }
    return out
  }
}
