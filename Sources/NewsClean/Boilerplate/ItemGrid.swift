/// Finds the grid of items that is the content of a listing, product-category or job-board page.
///
/// The prose vote (`ContentContainer`) finds such a page's introduction — the only sentences on
/// it — and every item of the grid below (a product name and a price, a job title and its age)
/// reads like a menu entry: short and linked. Yet the items are what the page is about. So when a
/// grid near the article holds more than twice the article's text, it is taken in as well; beside a
/// real article a teaser grid is smaller than the article (or sits under a chrome-named element).
///
/// A grid is an element with at least `minimumItems` children of one kind (the same tag, classes
/// and numbered-id shape, as `PageStructure.signatures` records them) that make up a good part of
/// its children, most of them carrying a link, none under a chrome role. "Near" means inside the
/// subtree of the container's nearest ancestors (up to `reach` levels up): a grid elsewhere on the
/// page (a footer's link columns, a sidebar's list of posts) is not this page's content. Item
/// blocks under buttons, forms or pagination stay out.
enum ItemGrid {
  /// Fewest items of one kind that make a grid.
  static let minimumItems = 4
  /// How many levels above the container a grid may hang from.
  static let reach = 5

  /// Roles that keep a block out of a grid: strong chrome and comments, and the furniture of an
  /// item (its buttons, forms and pagination).
  static let excluded = MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union([.comments, .buttons, .form, .pagination])

  /// The blocks of the best grid near `container`, in reading order, or nil when there is none
  /// or it holds no more than twice `keptUnits`, the text units the article kept without it.
  /// `measures[i]` is the `ProseMeasure` of `blocks[i]`.
  static func blocks(
    near container: Int, keptUnits: Int, blocks: [Block], measures: [ProseMeasure], structure: PageStructure
  ) -> [Block]? {
    // A grid's units are those of some of the blocks that may join one: when all of those
    // together hold no more than twice the article (most article pages), no grid can qualify,
    // and the per-element tables below need not be built.
    var eligibleUnits = 0
    // By index: iterating the array copied every block to read its roles.
    for i in blocks.indices where blocks[i].roles.isDisjoint(with: excluded) { eligibleUnits += measures[i].units }
    guard eligibleUnits > 2 * keptUnits else { return nil }
    let count = structure.tags.count
    let strong = MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union(.comments)

    // The subtree to search: from the container up `reach` levels, stopping below the page body
    // and at any chrome-named ancestor.
    let scope = ContentContainer.enclosing(container, levels: reach, structure: structure)
    // Serials are in document order and a parent precedes its children, so one forward pass
    // marks the subtree; chrome-named elements and everything below them stay out.
    var inScope = [Bool](repeating: false, count: count)
    inScope[scope] = true
    if scope + 1 < count {
      for serial in (scope + 1)..<count {
        let parent = structure.parents[serial]
        inScope[serial] = parent >= 0 && inScope[parent] && structure.roles[serial].isDisjoint(with: strong)
      }
    }

    // Text units and links under each element, from the blocks a grid may hold.
    var units = [Int](repeating: 0, count: count)
    var linked = [Bool](repeating: false, count: count)
    var members: [Block] = []
    for (i, block) in blocks.enumerated() where block.roles.isDisjoint(with: excluded) {
      guard block.ancestors.contains(where: { inScope[$0] }) else { continue }
      members.append(block)
      let u = measures[i].units
      // A card's title is often the link itself (`<a><h3>…</h3></a>`): the block then sits under
      // the link rather than holding one.
      let isLinked = !block.links.isEmpty || block.ancestors.contains { structure.tags[$0] == "a" }
      for serial in block.ancestors where inScope[serial] {
        units[serial] += u
        if isLinked { linked[serial] = true }
      }
    }
    guard !members.isEmpty else { return nil }

    // Children with text of every element in scope, grouped by kind.
    var children: [Int: [Int]] = [:]
    for serial in 0..<count where inScope[serial] && units[serial] > 0 {
      let parent = structure.parents[serial]
      if parent >= 0, inScope[parent] { children[parent, default: []].append(serial) }
    }
    var best: (serial: Int, units: Int)?
    for (parent, kids) in children where kids.count >= minimumItems {
      var groups: [String: (items: Int, linked: Int)] = [:]
      for kid in kids {
        groups[structure.signatures[kid], default: (0, 0)].items += 1
        if linked[kid] { groups[structure.signatures[kid], default: (0, 0)].linked += 1 }
      }
      // The largest kind among the children; ties go to the smaller signature so the choice
      // never depends on dictionary order.
      guard
        let kind = groups.max(by: { ($0.value.items, $1.key) < ($1.value.items, $0.key) }),
        kind.value.items >= minimumItems, kind.value.items * 5 >= kids.count * 2,
        kind.value.linked * 2 >= kind.value.items
      else { continue }
      if units[parent] > best?.units ?? 0 || (units[parent] == best?.units && parent < best!.serial) {
        best = (parent, units[parent])
      }
    }
    guard let grid = best, grid.units > 2 * keptUnits else { return nil }
    return members.filter { $0.ancestors.contains(grid.serial) }
  }
}
