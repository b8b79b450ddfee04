import LinkSense

/// Chooses the page's main content, strips chrome from it and sets comments apart.
///
/// HTML: every visible block votes for its enclosing elements with its prose weight; the element
/// with the most votes is the content container, widened while it holds too little of the page's
/// prose. When that container is one of several sibling posts (a forum thread), the first post is
/// the article and the others are comments. Inside the container each block meets the
/// boilerplate signals; outside it, comment sections become comments and everything else is
/// dropped (prose is kept aside for the duplicate stage). A container that ends up nearly empty
/// gives way to a markup-free reading of the page's prose.
/// Text dumps have no markup, so the same signals run on lines, with the comment section found by
/// its heading and menus found by their position around the prose.
public struct StripBoilerplate: Stage {
  public static let name = "strip-boilerplate"
  let config: CleanConfig
  let signals: [any BoilerplateSignal]

  public init(config: CleanConfig) {
    self.config = config
    self.signals = [
      MarkupRoleSignal(),
      AuthorBioSignal(),
      EmptyCommentsSignal(),
      ChromeLabelSignal(maximumLength: config.maximumChromeLineLength),
      NeighbourLinkSignal(maximumLength: config.maximumChromeLineLength),
      FooterSignal(),
      NoticeSignal(),
      EditNoteSignal(),
      TemplatePlaceholderSignal(),
      CallToActionSignal(),
      PhotoCreditSignal(),
      FigureCaptionSignal(),
      PageInfoSignal(),
      BareCounterSignal(),
      LinkListSignal(),
    ]
  }

  public func process(_ page: Page<Parsed>) -> Verdict<Page<Stripped>> {
    var next: Page<Stripped> = page.advanced()
    if page.raw.format == .text {
      stripDump(&next)
    } else {
      stripHTML(&next)
    }
    if next.blocks.isEmpty {
      return .drop(Rejection(stage: Self.name, reason: "empty-after-cleaning", detail: "no article text is left once the page chrome is removed"))
    }
    return .keep(next)
  }

  /// The first signal that claims `block`, if any.
  func classify(_ block: Block, context: BlockContext) -> BoilerplateKind? {
    // One reading of the text serves every signal.
    let text = BlockText(block)
    // By index, so that each signal is asked in place rather than copied out of the list first.
    for i in signals.indices where signals[i].matches(text, context: context) { return signals[i].kind }
    return nil
  }

  // MARK: HTML

  private func stripHTML(_ page: inout Page<Stripped>) {
    var structure = page.structure
    var visible: [Block] = []
    visible.reserveCapacity(page.blocks.count)
    // Text figures depend on the text alone, not on roles: measured once, they serve every pass
    // (the fade-in check, the hidden-block test and the passes over the visible blocks).
    // By index: mapping the array handed each block to the closure as a copy of its own (its
    // text, links and ancestors retained and released again).
    var pageMeasures: [ProseMeasure] = []
    pageMeasures.reserveCapacity(page.blocks.count)
    for i in page.blocks.indices { pageMeasures.append(ProseMeasure(page.blocks[i])) }
    var measures: [ProseMeasure] = []
    measures.reserveCapacity(pageMeasures.count)
    let fadedIn = Self.isHiddenUntilScript(page.blocks, measures: pageMeasures)
    // By index: iterating the blocks copied each (its text, links and ancestors retained and
    // released again) only to read a few flags; a visible block is copied once, into `visible`.
    for i in page.blocks.indices {
      // A folded-away list of links reads as a hidden link block; folded prose is content. So is
      // hidden prose on a page that declares a product: its description and specifications sit
      // in tabs and accordions a script opens (`display:none` until then).
      let productTab = page.metadata.declaresProduct && pageMeasures[i].linkDensity < 0.3 && pageMeasures[i].units >= 25
      let hidden = page.blocks[i].hidden && !(fadedIn && pageMeasures[i].linkDensity < 0.5) && !productTab
      if hidden || (page.blocks[i].collapsed && pageMeasures[i].linkDensity >= 0.5) {
        page.hiddenLinks.append(contentsOf: page.blocks[i].links)
        page.removed.append(RemovedItem(kind: BoilerplateKind.hidden.rawValue, text: page.blocks[i].text))
      } else if page.blocks[i].screenReaderOnly {
        page.removed.append(RemovedItem(kind: BoilerplateKind.chromeLabel.rawValue, text: page.blocks[i].text))
      } else {
        visible.append(page.blocks[i])
        measures.append(pageMeasures[i])
      }
    }
    let title = TitleChooser.choose(metadata: page.metadata, blocks: page.blocks, structure: structure)
    page.metadata.title = title

    visible = RoleOverride.apply(visible, measures: measures, structure: &structure, declaresProduct: page.metadata.declaresProduct)
    let (chosen, score) = ContentContainer.scores(blocks: visible, measures: measures, structure: structure)
    guard var container = chosen else {
      // No element earned a vote (every prose block sits under chrome-named markup): read the
      // page without markup evidence rather than lose it.
      page.blocks = baseline(visible, measures: measures).map { visible[$0] }
      if page.blocks.isEmpty {
        let commentBlocks = visible.filter { $0.roles.contains(.comments) }
        (page.comments, _) = CommentReader.read(commentBlocks, structure: structure, classify: commentClassifier)
        promoteFirstPost(&page, commentBlocks: commentBlocks)
      }
      return
    }
    let landmark = MainLandmark.sole(in: structure)
    container = MainLandmark.confine(container, landmark: landmark, score: score, structure: structure)
    let winner = container
    let threads = ThreadDetector(blocks: visible, measures: measures, structure: structure)
    var thread = threads.posts(around: container)
    if thread == nil {
      container = ContentContainer.widen(container, ceiling: landmark, blocks: visible, measures: measures, structure: structure)
      thread = threads.posts(around: container)
    }
    let articleRoot = thread?.first ?? container
    let commentPosts = Set(thread?.dropFirst() ?? [])
    // Content beside the container counts too, and so does the rest of its list that runs on beside
    // it (`ListContinuation`), unless the page is a thread (its siblings are posts).
    let companions =
      thread == nil && container != landmark
      ? ContentContainer.siblings(of: container, winner: winner, blocks: visible, measures: measures, structure: structure, score: score)
        .union(ListContinuation.following(container, structure: structure)) : []

    // The article's opening paragraphs just above the container, read as if inside it.
    let lead = thread == nil ? LeadParagraphs.find(container: container, blocks: visible, measures: measures, structure: structure) : nil
    let leadBlocks = Set(lead?.blocks ?? [])

    let titleEcho = title.map(TitleEcho.init)
    var kept: [Block] = []
    var keptUnits = 0
    var commentBlocks: [Block] = []
    // Furniture lines removed inside the container (an entry's author list, its subjects), with where
    // their removal was recorded: a listing's records take them back (`ItemRecords`).
    var furniture: [(block: Block, removed: Int, links: Int)] = []
    // Each block read in place through the array's storage: iterating the array copied every
    // block (its text, links and ancestors retained, then released) to read a few fields.
    visible.withUnsafeBufferPointer { visible in
      for i in visible.indices {
        let path = visible[i].ancestors
        if let position = path.firstIndex(of: articleRoot) ?? path.firstIndex(where: { companions.contains($0) })
          ?? (leadBlocks.contains(i) ? lead.flatMap({ path.firstIndex(of: $0.root) }) : nil)
        {
          let inner = path[(position + 1)...].reduce(into: MarkupRoles()) { $0.formUnion(structure.roles[$1]) }
          if inner.contains(.comments) {
            commentBlocks.append(visible[i])
            continue
          }
          if let titleEcho, visible[i].kind == .heading || kept.isEmpty, titleEcho.isEchoed(by: visible[i].text) {
            page.removed.append(RemovedItem(kind: BoilerplateKind.title.rawValue, text: visible[i].text))
            continue
          }
          let context = BlockContext(innerRoles: inner.subtracting([.caption, .title, .article, .main]))
          // A linked section title is kept (`LinkedSectionTitle`); on a thread, a post's linked
          // heading is the post's permalink furniture, as before.
          if let kind = classify(visible[i], context: context),
            kind != .linkList || thread != nil || !LinkedSectionTitle.holds(at: i, in: visible, measures: measures, root: path[position], structure: structure)
          {
            if thread == nil, ItemRecords.isFurniture(kind, innerRoles: inner), path.contains(articleRoot) {
              furniture.append((visible[i], page.removed.count, page.strippedLinks.count))
            }
            page.removed.append(RemovedItem(kind: kind.rawValue, text: visible[i].text))
            page.strippedLinks.append(contentsOf: visible[i].links.map { StrippedLink(link: $0, roles: visible[i].roles, text: visible[i].text) })
          } else {
            kept.append(visible[i])
            keptUnits += measures[i].units
          }
          continue
        }
        if path.contains(where: { commentPosts.contains($0) }) || visible[i].roles.contains(.comments) {
          commentBlocks.append(visible[i])
          continue
        }
        // Prose outside the container (a second copy in another container, a lead paragraph) is
        // set aside for the duplicate stage; everything else outside is chrome.
        if visible[i].roles.isDisjoint(with: MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome)), measures[i].isProse {
          page.setAside.append(visible[i])
          continue
        }
        if let titleEcho, titleEcho.isEchoed(by: visible[i].text) {
          page.removed.append(RemovedItem(kind: BoilerplateKind.title.rawValue, text: visible[i].text))
        } else {
          page.removed.append(RemovedItem(kind: BoilerplateKind.outsideContent.rawValue, text: visible[i].text))
          if visible[i].roles.contains(.signature) {
            page.strippedLinks.append(contentsOf: visible[i].links.map { StrippedLink(link: $0, roles: visible[i].roles, text: visible[i].text) })
          }
        }
      }
    }
    if !furniture.isEmpty {
      let back = ItemRecords.rescued(candidates: furniture.map(\.block), kept: kept, container: articleRoot, structure: structure)
      if !back.isEmpty {
        // Undo their removal, last first so the recorded positions stay valid.
        for f in back.reversed() {
          let item = furniture[f]
          page.strippedLinks.removeSubrange(item.links..<(item.links + item.block.links.count))
          page.removed.remove(at: item.removed)
          // Their units stay out of `keptUnits`: the fallback and the grid below weigh the
          // container's own text, which the furniture of its entries does not add to.
          kept.append(item.block)
        }
        kept.sort { $0.index < $1.index }
      }
    }
    // When the chosen container holds next to nothing but the page has prose elsewhere, the
    // markup misled the vote: fall back to every prose block that no signal calls chrome.
    if keptUnits < 150 {
      let chosen = baseline(visible, measures: measures)
      let baseline = chosen.map { visible[$0] }
      let baselineUnits = chosen.reduce(0) { $0 + measures[$1].units }
      if baselineUnits > 3 * max(keptUnits, 50) {
        page.removed.removeAll { item in baseline.contains { $0.text == item.text } }
        page.setAside.removeAll { a in baseline.contains { $0.index == a.index } }
        kept = baseline
        keptUnits = baselineUnits
      }
    }
    // A listing's or product page's content is a grid of short linked items below a short text.
    // Text written for search engines does not outweigh the grid it sits beside.
    let seoUnits = kept.reduce(0) { $0 + ($1.roles.contains(.seoText) ? ContentContainer.textUnits($1.text) : 0) }
    if thread == nil, let grid = ItemGrid.blocks(
      near: container, keptUnits: keptUnits - seoUnits, blocks: visible, measures: measures, structure: structure)
    {
      let keptIndices = Set(kept.map(\.index))
      // An item's name is a link, so a link-only line is content here; the other signals still
      // speak (a user card's counters, a button's label).
      let added = grid.filter { block in
        guard !keptIndices.contains(block.index) else { return false }
        let kind = classify(block, context: BlockContext())
        return kind == nil || kind == .linkList
      }
      if !added.isEmpty {
        let addedTexts = Set(added.map(\.text))
        let addedIndices = Set(added.map(\.index))
        page.removed.removeAll { addedTexts.contains($0.text) }
        page.setAside.removeAll { addedIndices.contains($0.index) }
        kept = (kept + added).sorted { $0.index < $1.index }
      }
    }
    page.blocks = kept
    // The thread detector indexed the same parents (role overrides change roles only).
    let (comments, chrome) = CommentReader.read(
      commentBlocks, structure: structure, children: threads.childIndex, classify: commentClassifier)
    page.comments = CommentReader.droppingQuotes(comments, body: kept)
    page.removed.append(contentsOf: chrome)
    // Kept lines without a sentence among them (a guest teaser's `Create an account`) are no
    // article either: on a thread whose every post is a comment they are all the container held.
    if kept.isEmpty || (!page.comments.isEmpty && !kept.contains { ProseMeasure($0).isProse }) {
      promoteFirstPost(&page, commentBlocks: commentBlocks)
    }
  }

  /// Whether the page's prose is mostly hidden by style: a page that fades its whole content in
  /// with a script (`<main style="opacity:0">`) rather than one hiding injected links. Injected
  /// blocks are link lists and short lines; they never carry most of a page's sentences.
  static func isHiddenUntilScript(_ blocks: [Block]) -> Bool {
    isHiddenUntilScript(blocks, measures: blocks.map(ProseMeasure.init))
  }

  /// `isHiddenUntilScript` with each block's `ProseMeasure` (its `weight` is `proseWeight`).
  static func isHiddenUntilScript(_ blocks: [Block], measures: [ProseMeasure]) -> Bool {
    // By index: iterating the array copied every block to read three flags.
    guard blocks.indices.contains(where: { blocks[$0].hidden }) else { return false }
    var hidden = 0.0
    var shown = 0.0
    for i in blocks.indices where !blocks[i].collapsed && !blocks[i].screenReaderOnly {
      let w = measures[i].weight
      if blocks[i].hidden { hidden += w } else { shown += w }
    }
    return hidden > 0 && hidden > 2 * shown
  }

  /// Classifies a block of a comment area: the area holds its own furniture (the reply form, its
  /// notices), so markup roles below the comment section speak there too.
  private func commentClassifier(_ block: Block) -> BoilerplateKind? {
    classify(block, context: BlockContext(innerRoles: block.roles.subtracting([.comments, .article, .main, .caption, .title])))
  }

  /// A thread whose every post is marked up as a comment (Invision's `ipsComment`) and nothing
  /// else on the page: the first post is the article, moved from `comments` to the body.
  private func promoteFirstPost(_ page: inout Page<Stripped>, commentBlocks: [Block]) {
    guard let first = page.comments.first else { return }
    var lines: [String: Int] = [:]
    for line in first.text.split(separator: "\n") { lines[String(line), default: 0] += 1 }
    var body: [Block] = []
    for block in commentBlocks where lines[block.text, default: 0] > 0 {
      lines[block.text]! -= 1
      body.append(block)
    }
    guard !body.isEmpty else { return }
    page.blocks = body
    page.comments.removeFirst()
  }

  /// Positions of every prose block that no signal calls chrome, in reading order. Markup roles are
  /// not trusted here (they misled the vote), except a consent dialog's, whose legal prose is never content.
  private func baseline(_ visible: [Block], measures: [ProseMeasure]) -> [Int] {
    visible.indices.filter { i in
      measures[i].isProse && visible[i].roles.isDisjoint(with: [.comments, .consent])
        && classify(visible[i], context: BlockContext()) == nil
    }
  }

  // MARK: Text dumps

  private func stripDump(_ page: inout Page<Stripped>) {
    var lines = page.blocks
    guard !lines.isEmpty else { return }
    let context = BlockContext(isTextDump: true)
    // The title: among the lines above the first prose line, the one the body talks about.
    if let t = TitleChooser.chooseForDump(lines, isChrome: { classify($0, context: context) != nil }) {
      page.metadata.title = lines[t].text
      page.removed.append(RemovedItem(kind: BoilerplateKind.title.rawValue, text: lines[t].text))
      lines.remove(at: t)
    }
    // Comment section: from its heading to the end.
    var commentLines: [Block] = []
    if let start = lines.firstIndex(where: { isCommentHeading($0.text) }) ?? repliesStart(lines, context: context) {
      commentLines = Array(lines[(start + 1)...])
      page.removed.append(RemovedItem(kind: BoilerplateKind.commentChrome.rawValue, text: lines[start].text))
      lines.removeSubrange(start...)
    }
    var kept: [Block] = []
    for line in lines {
      if let title = page.metadata.title, sameTitle(line.text, title) {
        page.removed.append(RemovedItem(kind: BoilerplateKind.title.rawValue, text: line.text))
      } else if let kind = classify(line, context: context) {
        page.removed.append(RemovedItem(kind: kind.rawValue, text: line.text))
      } else {
        kept.append(line)
      }
    }
    // Menus and footers of a whole-page dump sit before the first and after the last prose line.
    if let first = kept.firstIndex(where: ContentContainer.isProse), let last = kept.lastIndex(where: ContentContainer.isProse) {
      for (i, line) in kept.enumerated() where i < first || i > last {
        if !endsLikeSentence(line.text) {
          page.removed.append(RemovedItem(kind: BoilerplateKind.outsideContent.rawValue, text: line.text))
        }
      }
      kept = kept.enumerated().filter { i, line in (i >= first && i <= last) || endsLikeSentence(line.text) }.map(\.element)
    }
    page.blocks = kept
    let (comments, chrome) = CommentReader.readDump(commentLines, classify: { classify($0, context: context) })
    page.comments = comments
    page.removed.append(contentsOf: chrome)
  }

  /// On a thread dump without a comment heading, replies begin after the first row of post
  /// actions (`Reply Quote Report`, `Trả lời Trích dẫn`) that follows the body — unless what
  /// comes next is the body again (a pasted second copy, which the duplicate stage handles).
  private func repliesStart(_ lines: [Block], context: BlockContext) -> Int? {
    guard let firstProse = lines.firstIndex(where: { ContentContainer.isProse($0) && classify($0, context: context) == nil })
    else { return nil }
    var bodyShingles = Set<UInt64>()
    var proseSeen = 0
    for (i, line) in lines.enumerated() where i >= firstProse {
      if isPostActionRow(line.text), proseSeen >= 2 {
        guard let next = lines[(i + 1)...].first(where: { $0.text.count >= 20 && classify($0, context: context) == nil }) else { return nil }
        let grams = RemoveDuplicatedBody.shingles(RemoveDuplicatedBody.fold(next.text))
        if RemoveDuplicatedBody.coverage(grams, by: bodyShingles) >= RemoveDuplicatedBody.coverageThreshold { continue }
        return i
      }
      if ContentContainer.isProse(line) { proseSeen += 1 }
      bodyShingles.formUnion(RemoveDuplicatedBody.shingles(RemoveDuplicatedBody.fold(line.text)))
    }
    return nil
  }

  /// A row of buttons under a post that includes a reply action.
  private func isPostActionRow(_ text: String) -> Bool {
    guard characterCount(text) <= 60 else { return false }
    let n = ChromeLexicon.normalize(text)
    guard ChromeLexicon.labels.contains(n) || ChromeLexicon.isLabelRun(text) else { return false }
    return ChromeLexicon.replyActions.contains { n.containsBytes($0) }
  }

  private func isCommentHeading(_ text: String) -> Bool {
    guard text.count <= 120 else { return false }
    let n = ChromeLexicon.normalize(text)
    // `5 thoughts on “Title”`, `12 responses to …`, `“Title” への5件のフィードバック`, `3条评论`.
    // The count sits right before the phrase; a sentence that merely mentions "comment on" is prose.
    for phrase in ChromeLexicon.commentCountPhrases {
      guard let r = n.firstRange(of: phrase) else { continue }
      let before = String(n[..<r.lowerBound]).trimmingCharacters(in: "")
      if let last = before.last, last.isNumber, before.count <= (phrase.first?.isASCII == true ? 6 : 200) { return true }
    }
    guard text.count <= 30 else { return false }
    if ChromeLexicon.commentHeadings.contains(n) { return true }
    let noDigits = ChromeLexicon.normalize(String(n.filter { !$0.isNumber }))
    return ChromeLexicon.commentHeadings.contains(noDigits)
  }
}

/// Whether a block repeats the title (ignoring case, spacing and a trailing ellipsis).
func sameTitle(_ text: String, _ title: String) -> Bool {
  TitleEcho(title).isEchoed(by: text)
}

/// The title, normalised once, for testing block after block against it.
struct TitleEcho {
  let normalizedTitle: String
  /// Letters and digits of a plain title (ASCII and typographic punctuation, see `isPlainText`).
  /// Normalising plain text keeps exactly its letters and digits, which are ASCII, and leaves it
  /// plain; and plain texts are equal as Strings exactly when their bytes are (no scalar of theirs
  /// decomposes or combines). So plain text with another number of them cannot equal the title:
  /// most blocks are told apart by one pass over their bytes, without being normalised.
  let plainAlphanumerics: Int?

  init(_ title: String) {
    normalizedTitle = ChromeLexicon.normalize(title)
    plainAlphanumerics = Self.plainAlphanumerics(normalizedTitle)
  }

  /// The ASCII letters and digits of `s`, or nil unless `s` is plain.
  static func plainAlphanumerics(_ s: String) -> Int? {
    if let n = s.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
      var n = 0
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if b < 0x80 {
          if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) { n += 1 }
          i += 1
          continue
        }
        // Typographic punctuation is U+2010–205E: three bytes, E2 80–81 xx.
        guard b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 else { return nil }
        let v = 0x2000 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        guard isTypographicPunctuation(Unicode.Scalar(v)!) else { return nil }
        i += 3
      }
      return n
    }) {
      return n
    }
    guard isPlainText(s) else { return nil }
    return s.unicodeScalars.reduce(0) { $0 + ($1.isASCII && isAlphanumeric($1) ? 1 : 0) }
  }

  /// Whether `text` has more ASCII letters and digits than `count`, or is plain with fewer: then
  /// it cannot normalise to a plain title with `count` of them.
  ///
  /// Past `count` the reading stops, plain or not: normalising never drops an ASCII letter or
  /// digit (trimming takes only what is not alphanumeric, and lower-casing maps ASCII letters to
  /// ASCII letters while a mapped scalar may only add some), so a text with more than the title
  /// has more once normalised. Long blocks outside the content are told apart after a few words.
  static func hasOtherAlphanumerics(_ text: String, than count: Int) -> Bool {
    if let verdict = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
      var n = 0
      var i = 0
      var plain = true
      let base = UnsafeRawPointer(bytes.baseAddress)
      while i < bytes.count {
        // Eight ASCII bytes at a time. With every top bit clear no addition carries into the
        // next byte: a digit is a byte from 0x30 to 0x39, a letter one that falls from 0x61 to
        // 0x7A once 0x20 is set (setting it makes no other byte below 0x80 a letter).
        if let base, i + 8 <= bytes.count {
          let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          let high: UInt64 = 0x8080_8080_8080_8080
          if w & high == 0 {
            let x = w | 0x2020_2020_2020_2020
            let letters = (x &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(x &+ 0x0505_0505_0505_0505) & high
            let digits = (w &+ 0x5050_5050_5050_5050) & ~(w &+ 0x4646_4646_4646_4646) & high
            n += (letters | digits).nonzeroBitCount
            if n > count { return true }
            i += 8
            continue
          }
        }
        let b = bytes[i]
        if b < 0x80 {
          if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
            n += 1
            if n > count { return true }
          }
          i += 1
          continue
        }
        // Typographic punctuation (E2 80–81 xx) keeps the text plain; anything else does not,
        // and then only a count past the title's tells.
        if plain, b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
          let v = 0x2000 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
          if isTypographicPunctuation(Unicode.Scalar(v)!) {
            i += 3
            continue
          }
        }
        plain = false
        i += 1
      }
      return plain ? n != count : nil
    }) {
      return verdict ?? false
    }
    guard let own = plainAlphanumerics(text) else { return false }
    return own != count
  }

  /// `text.hasSuffix("…") || text.hasSuffix("...")`, read on the last bytes. The ellipsis is the
  /// text's last character(s) when its bytes end the text, unless the scalar before it is not ASCII
  /// (a prepended mark joins what follows it into one character): only then are characters
  /// compared. No other bytes make an equal ending (nothing decomposes to `…` or `.`).
  static func endsWithEllipsis(_ text: String) -> Bool {
    let verdict = text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
      let n = b.count
      guard n >= 3, (b[n - 3] == 0xE2 && b[n - 2] == 0x80 && b[n - 1] == 0xA6) || (b[n - 3] == 0x2E && b[n - 2] == 0x2E && b[n - 1] == 0x2E)
      else { return false }
      return n == 3 || b[n - 4] < 0x80 ? true : nil
    }
    return (verdict ?? nil) ?? (text.hasSuffix("…") || text.hasSuffix("..."))
  }

  /// Whether `text` repeats the title (ignoring case, spacing and a trailing ellipsis).
  func isEchoed(by text: String) -> Bool {
    let b = normalizedTitle
    guard !b.isEmpty else { return false }
    let ellipsis = Self.endsWithEllipsis(text)
    if !ellipsis, let plainAlphanumerics, Self.hasOtherAlphanumerics(text, than: plainAlphanumerics) {
      return false
    }
    let a = ChromeLexicon.normalize(text)
    guard !a.isEmpty else { return false }
    if a == b { return true }
    if ellipsis { return b.hasPrefix(a) && a.count >= 10 }
    return false
  }

  /// `isEchoed` read in full, character by character (tests compare the two).
  func isEchoedInFull(by text: String) -> Bool {
    let b = normalizedTitle
    guard !b.isEmpty else { return false }
    let a = ChromeLexicon.normalize(text)
    guard !a.isEmpty else { return false }
    if a == b { return true }
    if text.hasSuffix("…") || text.hasSuffix("...") { return b.hasPrefix(a) && a.count >= 10 }
    return false
  }
}
