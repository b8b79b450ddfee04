/// Keeps the content container inside the page's `<main>` element when the page has one.
///
/// HTML defines `<main>` as the page's dominant content, one per page, and templates put what
/// every page repeats (a newsletter sign-up box, a promise banner, the footer's about text)
/// outside it. Such a box can outvote the content when the content is short lines (a product's
/// specification rows, a service's bullet points) and the box is two sentences of marketing prose.
/// So when the winner lies outside the single `<main>` and `<main>` holds voted prose of its own,
/// the best element inside `<main>` wins instead. A winner that contains `<main>` (a wrapper of
/// the whole page) is left alone: it already takes the landmark in. For the same reason a
/// container never widens past `<main>` (`ContentContainer.widen`'s ceiling), and one widened to
/// `<main>` itself takes no companions beside it: what lies beside the dominant content is, by the
/// element's definition, not part of it.
enum MainLandmark {
  /// The share of the winner's vote the best element inside `<main>` needs: a `<main>` holding
  /// only a stray caption next to the real article elsewhere (a misused landmark) keeps nothing.
  static let competingShare = 0.2

  /// The page's single `<main>` element (nil without one, or with several).
  static func sole(in structure: PageStructure) -> Int? {
    var landmark: Int?
    // The length is asked first: a string comparison per element cost more than the rest of
    // the stage's reading of `<main>` (tags are short inline strings, their length read in place).
    for serial in structure.tags.indices where structure.tags[serial].utf8.count == 4 && structure.tags[serial] == "main" {
      if landmark != nil { return nil }
      landmark = serial
    }
    return landmark
  }

  /// The winner, or the best element inside `landmark` (`sole(in:)`) when the winner lies outside it.
  static func confine(_ winner: Int, landmark: Int?, score: [Double], structure: PageStructure) -> Int {
    guard let landmark, landmark != winner else { return winner }
    // Inside `<main>`, or `<main>` inside it: nothing to move.
    var node = winner
    while node >= 0 {
      if node == landmark { return winner }
      node = structure.parents[node]
    }
    node = structure.parents[landmark]
    while node >= 0 {
      if node == winner { return winner }
      node = structure.parents[node]
    }
    // The best element in `<main>`'s subtree (serials in document order: a subtree is contiguous
    // after its root, up to the first serial whose ancestry leaves it).
    var best = landmark
    var serial = landmark + 1
    let count = min(score.count, structure.parents.count)
    var inside = [landmark]
    while serial < count {
      let parent = structure.parents[serial]
      while let last = inside.last, last != parent { inside.removeLast() }
      if inside.isEmpty { break }
      inside.append(serial)
      if score[serial] > score[best] { best = serial }
      serial += 1
    }
    guard score[best] > 0, score[best] >= competingShare * score[winner] else { return winner }
    return best
  }
}
