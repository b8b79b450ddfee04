/// A number standing alone: a member's post count or reputation on a forum's user card, a vote
/// score, a view count, the age of a reply, a post's number (`4,726`, `135k`, `+12`, `· 3y`, `#12`).
///
/// Such a line says nothing by itself, and threads are full of them between the posts. Table
/// cells and headings are left alone (a number there is data or a section's name), and so are
/// percentages, prices, phone numbers and anything with a word in it. A small whole number
/// (`1`, `12`) alone is left too, outside lists: how-to pages number their steps that way.
struct BareCounterSignal: BoilerplateSignal {
  let kind = BoilerplateKind.pageInfo

  /// What may follow the number: a magnitude (`12k`, `1.2m`) or an age (`3y`, `5d`, `2h`, `4w`, `6mo`).
  static let units: Set<String> = ["", "k", "m", "b", "y", "d", "h", "w", "mo", "yr", "yrs"]

  func matches(_ block: BlockText, context: BlockContext) -> Bool {
    guard block.kind != .tableCell, block.kind != .heading, block.fits(16) else { return false }
    var digits = 0
    var marks = 0
    var rest = ""
    for scalar in block.lowered.unicodeScalars {
      switch scalar {
      case "0"..."9": digits += 1
      // `#12`: a post's number, linking to the post itself.
      case " ", ",", ".", "·", "•", "|", "+", "#", "\u{00A0}": marks += 1
      default: rest.unicodeScalars.append(scalar)
      }
    }
    guard digits > 0, Self.units.contains(rest) else { return false }
    // In a list (a user card's `<dd>`, a stats row) even a small number is a counter.
    return digits >= 3 || marks > 0 || !rest.isEmpty || block.kind == .listItem
  }
}
