/// Keeps the lines of a listing's records that sit under a metadata-named wrapper. Templates of
/// paper lists, product grids and testimonial walls often wrap a whole entry — its title, its
/// author list, its subjects, its stock line — in one element named `meta` or `info`
/// (`div.meta`, `div.card__info`). That name marks page info, so the short lines under it are
/// stripped as furniture (`MarkupRoleSignal`), and only the title, long enough to pass, is left.
/// But a wrapper that holds the entry's title is not a date-and-author line beside a text: it is
/// the record itself, and its lines are what a reader reads with the title — a long list of
/// linked author names under it included, which reads as a link list once past the wrapper's
/// length limit.
///
/// An entry is an element inside the content container whose parent holds at least
/// `minimumItems` children of its kind (the same tag, classes and numbered-id shape, as
/// `PageStructure.signatures` records them). A line stripped for a `pageInfo` role alone (or as
/// a link list below one) is taken back when a `pageInfo` element between it and its entry also
/// holds the entry's title (a heading, or a title-named line of `minimumTitleUnits`), and when
/// at least `minimumItems` titled entries of that list keep text of their own,
/// `maximumEntryUnits` on average at most: a list of records, not the posts of a thread or the
/// sections of an article (whose author panels hold no title and whose entries keep long
/// prose); an entry whose title line was stripped with the rest of its wrapper (a linked product
/// name inside `div.card__info`) counts too, its title taken back with its lines. The records —
/// all lists of them together, as a collection page shelves its items by category — must also
/// hold a third of the container's text, furniture counted: a teaser grid at the foot of an
/// article is not the page. Lines without a word (a bare count, a
/// price) stay out, and so does anything under a button row, a form, a share bar or a comment
/// section.
enum ItemRecords {
  /// Fewest entries with kept text of their own that make a list of records.
  static let minimumItems = 4
  /// Most text units an entry keeps on average (its title and a short description) for its list
  /// to read as records.
  static let maximumEntryUnits = 250
  /// Fewest text units of an entry's title line that is not a heading.
  static let minimumTitleUnits = 20

  /// Whether a block removed as `kind`, below roles `innerRoles` inside the container, may be an
  /// entry's furniture line.
  static func isFurniture(_ kind: BoilerplateKind, innerRoles: MarkupRoles) -> Bool {
    switch kind {
    case .markupRole, .linkList:
      return innerRoles.intersection(MarkupRoles.chrome.union(.comments)) == .pageInfo
    default:
      return false
    }
  }

  /// Which of `candidates` (furniture lines removed inside `container`) belong to records: the
  /// positions into `candidates` to take back. `kept` are the blocks the signals left there.
  static func rescued(candidates: [Block], kept: [Block], container: Int, structure: PageStructure) -> [Int] {
    // A list of records has furniture in several entries; fewer lines are an article's byline.
    guard candidates.count >= minimumItems, kept.count >= minimumItems else { return [] }
    let count = structure.tags.count
    guard container >= 0, container < count else { return [] }
    // A line is taken back only under a page-info element that holds a title (`wrapsRecord`):
    // without a title under such an element (most pages) nothing is, and the tables below, which
    // hash the signature of every element in the container, are not built.
    func isTitle(_ block: Block) -> Bool {
      block.kind == .heading || (block.roles.contains(.title) && ContentContainer.textUnits(block.text) >= minimumTitleUnits)
    }
    let underInfo = { (block: Block) in block.ancestors.contains { structure.roles[$0].contains(.pageInfo) } }
    guard kept.contains(where: { isTitle($0) && underInfo($0) }) || candidates.contains(where: { isTitle($0) && underInfo($0) })
    else { return [] }
    // The container's subtree: serials are in document order and a parent precedes its children.
    var inside = [Bool](repeating: false, count: count)
    inside[container] = true
    // How many children of each kind every element inside holds.
    var kinds: [Int: [String: Int]] = [:]
    if container + 1 < count {
      for serial in (container + 1)..<count {
        let parent = structure.parents[serial]
        guard parent >= 0, inside[parent] else { continue }
        inside[serial] = true
        kinds[parent, default: [:]][structure.signatures[serial], default: 0] += 1
      }
    }
    /// The entry holding a block: the outermost element below the container that is one of at
    /// least `minimumItems` children of its kind.
    func entry(_ block: Block) -> Int? {
      guard let position = block.ancestors.firstIndex(of: container) else { return nil }
      for serial in block.ancestors[(position + 1)...] {
        let parent = structure.parents[serial]
        if let n = kinds[parent]?[structure.signatures[serial]], n >= minimumItems { return serial }
      }
      return nil
    }
    // Entries with a title of their own: a heading, or a line marked as the entry's title and
    // long enough to name a thing (a forum's `usertitle`, `Senior Member`, ranks a poster).
    var titled = Set<Int>()
    // Elements holding an entry's title, up to the entry.
    var titleHolders = Set<Int>()
    // Entries whose title line was itself stripped under the wrapper (a linked product name in
    // `div.card__info`): the whole record sits under the metadata name, so nothing of it is kept.
    var strippedTitle = Set<Int>()
    for (n, block) in (kept + candidates).enumerated() where isTitle(block) {
      guard let e = entry(block), let top = block.ancestors.firstIndex(of: e) else { continue }
      titled.insert(e)
      titleHolders.formUnion(block.ancestors[top...])
      if n >= kept.count { strippedTitle.insert(e) }
    }
    // A line under a metadata wrapper (`.meta`, `.card__info`) is the record's when that wrapper
    // holds the entry's title too: it then wraps the whole record, not a date-and-author line
    // (beside a post, the author panel holds no title of the post).
    func wrapsRecord(_ block: Block) -> Bool {
      guard let e = entry(block), let top = block.ancestors.firstIndex(of: e) else { return false }
      return block.ancestors[top...].contains { structure.roles[$0].contains(.pageInfo) && titleHolders.contains($0) }
    }
    // Titled entries that keep text of their own, and how many of them each list holds.
    var keeping = Set<Int>()
    var listUnits: [Int: Int] = [:]
    for block in kept {
      guard let e = entry(block), titled.contains(e) else { continue }
      keeping.insert(e)
      listUnits[structure.parents[e], default: 0] += ContentContainer.textUnits(block.text)
    }
    // An entry whose title was stripped with its wrapper keeps it once taken back.
    keeping.formUnion(strippedTitle)
    var perList: [Int: Int] = [:]
    for e in keeping { perList[structure.parents[e], default: 0] += 1 }
    // A record's own text is a title and a line or two of description. Entries that keep more
    // (on average) are posts of a thread or sections of an article, whose author and date
    // lines are furniture after all.
    for (list, n) in perList where listUnits[list, default: 0] > maximumEntryUnits * n { perList[list] = 0 }
    // The records are the page's content only when they hold a good part of the container's
    // text, their furniture lines counted: a teaser grid at the foot of an article is not.
    var total = 0
    var recordUnits: [Int: Int] = [:]
    for block in kept + candidates {
      let units = ContentContainer.textUnits(block.text)
      total += units
      if let e = entry(block), keeping.contains(e) { recordUnits[structure.parents[e], default: 0] += units }
    }
    // A collection page shelves its records in several lists (one per category, a row of best
    // sellers): together they are the page, though no single shelf holds a third of it.
    let shelved = perList.reduce(0) { $0 + ($1.value >= minimumItems ? recordUnits[$1.key, default: 0] : 0) }
    if 3 * shelved < total { perList.removeAll() }
    var out: [Int] = []
    for (i, block) in candidates.enumerated() where hasWord(block.text) {
      guard let e = entry(block), keeping.contains(e), perList[structure.parents[e], default: 0] >= minimumItems,
        wrapsRecord(block)
      else { continue }
      out.append(i)
    }
    return out
  }

  /// Whether `text` holds a word (two letters in a row): a bare count, score or price beside an
  /// entry (`6207`, `$39.95`) is a widget's figure, not a line a reader reads with the entry.
  static func hasWord(_ text: String) -> Bool {
    var previous = false
    for c in text.unicodeScalars {
      let letter = c.properties.isAlphabetic
      if letter && previous { return true }
      previous = letter
    }
    return false
  }
}
