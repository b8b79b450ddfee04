#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import LinkSense

/// Reads comments (author, date, text) out of a comment section's blocks.
enum CommentReader {
  /// HTML: blocks are grouped into comments by the repeated element that holds each comment.
  /// `children` is the page's child index when the caller has built it already (the thread
  /// detector has), so that it is not built twice.
  static func read(
    _ blocks: [Block], structure: PageStructure, children: ChildIndex? = nil, classify: (Block) -> BoilerplateKind?
  ) -> ([Comment], [RemovedItem]) {
    guard !blocks.isEmpty else { return ([], []) }
    // An element repeats when a sibling (or, at the top, another root) has its signature, or
    // when it is a state variant (`isStateVariant`) of a signature two siblings share: the
    // accepted answer among answers. Asked only of the elements around comment blocks, rather
    // than counted for the whole page.
    let index = children ?? ChildIndex(parents: structure.parents)
    var repeats: [Int: Bool] = [:]
    func isRepeated(_ serial: Int) -> Bool {
      if let known = repeats[serial] { return known }
      let parent = structure.parents[serial]
      let signature = structure.signatures[serial]
      let siblings = parent >= 0 ? index.children(parent) : index.roots[...]
      var same = 0
      for other in siblings where structure.signatures[other] == signature {
        same += 1
        if same >= 2 { break }
      }
      var repeated = same >= 2
      // Only elements named as replies (`comment`, `answer`, `reply`) count as variants: a class
      // more on a layout block (`block block--messages`) makes another kind of block.
      if !repeated, structure.roles[serial].contains(.comments) {
        var variants: [String: Int] = [:]
        for other in siblings
        where other != serial && structure.roles[other].contains(.comments) && isStateVariant(signature, of: structure.signatures[other]) {
          variants[structure.signatures[other], default: 0] += 1
        }
        repeated = variants.values.contains { $0 >= 2 }
      }
      repeats[serial] = repeated
      return repeated
    }
    var order: [Int] = []
    var items: [Int: [Block]] = [:]
    for block in blocks {
      let path = block.ancestors
      let regionStart = path.firstIndex(where: { structure.roles[$0].contains(.comments) }) ?? 0
      var item = -1 - block.index
      var itemPosition = path.count
      for (position, serial) in path.enumerated().dropFirst(regionStart) {
        if isRepeated(serial) {
          item = serial
          itemPosition = position
          break
        }
      }
      // A lone reply (a question with one answer) repeats nothing, yet its element is named as
      // a reply inside the comment region: its blocks are one reply, not a reply each, and the
      // bare paragraphs inside it that repeat (`p`, `span`) are its text, not replies.
      if item < 0 || (characterCount(structure.signatures[item]) <= characterCount(structure.tags[item]) + 1 && ThreadDetector.bareTags.contains(structure.tags[item])),
        let lone = path[..<itemPosition].dropFirst(regionStart + 1).first(where: { structure.roles[$0].contains(.comments) })
      {
        item = lone
      }
      if items[item] == nil { order.append(item) }
      items[item, default: []].append(block)
    }
    var comments: [Comment] = []
    var removed: [RemovedItem] = []
    let remarks = remarkLists(blocks, items: items, structure: structure, isRepeated: isRepeated)
    if !remarks.isEmpty {
      for key in order {
        items[key] = items[key]?.filter { block in
          guard isRemark(block, lists: remarks, structure: structure) else { return true }
          removed.append(RemovedItem(kind: BoilerplateKind.remark.rawValue, text: block.text))
          return false
        }
      }
    }
    for key in order {
      let (comment, chrome) = assemble(items[key] ?? [], classify: classify)
      removed.append(contentsOf: chrome)
      if let comment { comments.append(comment) }
    }
    return (comments, removed)
  }

  /// Whether two signatures name one kind of element, one of them with classes more: boards mark
  /// a reply's state with an extra class (`answer accepted-answer`, `comment highlighted`,
  /// `post is-new`), and the marked reply is still one of the replies.
  static func isStateVariant(_ a: String, of b: String) -> Bool {
    // (Signatures are ASCII: counted without grapheme breaking.)
    guard characterCount(a) != characterCount(b) else { return false }
    // Signatures of ASCII without carriage returns (nearly all) are read on their bytes, a byte
    // per character: finding the dot and the hash by characters and hashing substrings into
    // sets cost most of reading a comment area.
    var x = a
    var y = b
    if let verdict = x.withUTF8({ x in y.withUTF8({ y in asciiIsStateVariant(x, y) }) }) { return verdict }
    return isStateVariantByCharacters(a, of: b)
  }

  /// `isStateVariant` of two signatures of ASCII without carriage returns, past the length test,
  /// read on their bytes; nil for other text. Each byte is a character, so the parts split at the
  /// same places, and the class sets hold the same tokens: those of the smaller (fewer distinct
  /// tokens) must all be in the larger.
  static func asciiIsStateVariant(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard isASCIIWithoutCR(a), isASCIIWithoutCR(b) else { return nil }
    func parts(_ s: UnsafeBufferPointer<UInt8>) -> (dot: Int, hash: Int)? {
      guard let dot = s.firstIndex(of: 0x2E) else { return nil }
      return (dot, s[dot...].firstIndex(of: 0x23) ?? s.count)
    }
    guard let x = parts(a), let y = parts(b), a[..<x.dot].elementsEqual(b[..<y.dot]), a[x.hash...].elementsEqual(b[y.hash...])
    else { return false }
    /// The distinct space-separated tokens of `s[from..<to]`.
    func tokens(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> [Slice<UnsafeBufferPointer<UInt8>>] {
      var out: [Slice<UnsafeBufferPointer<UInt8>>] = []
      forEachSpaceSeparatedToken(s, from: from, to: to) { range in
        let token = s[range]
        if !out.contains(where: { $0.elementsEqual(token) }) { out.append(token) }
        return true
      }
      return out
    }
    let xClasses = tokens(a, x.dot + 1, x.hash)
    let yClasses = tokens(b, y.dot + 1, y.hash)
    let (small, large) = xClasses.count < yClasses.count ? (xClasses, yClasses) : (yClasses, xClasses)
    return !small.isEmpty && small.allSatisfy { token in large.contains(where: { $0.elementsEqual(token) }) }
  }

  /// `isStateVariant` read character by character, past the length test (the reference of the
  /// byte reading).
  static func isStateVariantByCharacters(_ a: String, of b: String) -> Bool {
    func parts(_ s: String) -> (tag: Substring, classes: Substring, id: Substring)? {
      guard let dot = s.firstIndex(of: ".") else { return nil }
      let hash = s[dot...].firstIndex(of: "#") ?? s.endIndex
      return (s[..<dot], s[s.index(after: dot)..<hash], s[hash...])
    }
    // Tags and ids are compared before the classes are made sets: most pairs differ there.
    guard let x = parts(a), let y = parts(b), x.tag == y.tag, x.id == y.id else { return false }
    let xClasses = Set(x.classes.split(separator: " "))
    let yClasses = Set(y.classes.split(separator: " "))
    let (small, large) = xClasses.count < yClasses.count ? (xClasses, yClasses) : (yClasses, xClasses)
    return !small.isEmpty && small.isSubset(of: large)
  }

  /// Signatures of the lists of remarks that hang under posts. Q&A boards let readers remark on
  /// the question and on each answer in a short list below it (Stack Exchange's `comments`);
  /// those remarks are not replies to the thread, and readers of the thread skip them. Such a
  /// list is a comment-named element inside a reply, below the reply's own text, whose items
  /// are elements of another kind than the reply and mostly carry a date. Replies nested in
  /// replies (WordPress's threads, Reddit's trees) are the reply's own kind, and a reply's own
  /// parts (`comment-content`, `comment-meta`) hold no dated items of a kind: neither is a list
  /// of remarks. The question's remarks sit outside every reply, so lists are matched by
  /// signature: the question's list is marked up as the answers' lists are.
  static func remarkLists(
    _ blocks: [Block], items: [Int: [Block]], structure: PageStructure, isRepeated: (Int) -> Bool
  ) -> Set<String> {
    var lists = Set<String>()
    for (item, members) in items where item >= 0 && members.count >= 2 {
      let kind = ThreadDetector.postKind(structure.signatures[item])
      // Each comment-named element below the reply, with its blocks; the reply's own blocks.
      var nested: [Int: [(block: Block, below: ArraySlice<Int>)]] = [:]
      var ownText = false
      for block in members {
        let path = block.ancestors
        guard let at = path.firstIndex(of: item) else { continue }
        let below = path[(at + 1)...]
        if let list = below.first(where: { structure.roles[$0].contains(.comments) }) {
          nested[list, default: []].append((block, below[(below.firstIndex(of: list)! + 1)...]))
        } else if !block.text.isEmpty {
          ownText = true
        }
      }
      guard ownText else { continue }
      for (list, contents) in nested where !lists.contains(structure.signatures[list]) {
        // The remarks: the first repeated, class-named element under the list on each path.
        var remarkItems: [Int: Bool] = [:]
        var ofReplyKind = false
        for (block, below) in contents {
          if below.contains(where: { ThreadDetector.postKind(structure.signatures[$0]) == kind }) { ofReplyKind = true }
          guard let remark = below.first(where: { structure.signatures[$0].count > structure.tags[$0].count + 1 && isRepeated($0) })
          else { continue }
          let dated = quickCharacterCount(block.text) <= 80 && block.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
            && DateReader.containsDate(in: block.text)
          remarkItems[remark] = (remarkItems[remark] ?? false) || dated
        }
        guard !ofReplyKind, !remarkItems.isEmpty else { continue }
        let kinds = Set(remarkItems.keys.map { ThreadDetector.postKind(structure.signatures[$0]) })
        guard kinds.count == 1, !kinds.contains(kind) else { continue }
        if remarkItems.values.filter({ $0 }).count * 2 >= remarkItems.count { lists.insert(structure.signatures[list]) }
      }
    }
    return lists
  }

  /// Whether `block` sits in a list of remarks (`remarkLists`).
  static func isRemark(_ block: Block, lists: Set<String>, structure: PageStructure) -> Bool {
    block.ancestors.contains { structure.roles[$0].contains(.comments) && lists.contains(structure.signatures[$0]) }
  }

  /// Removes from each comment the lines that repeat earlier text (the article or earlier
  /// comments): replies quote what they answer, and the quote is not the reply.
  /// The lines of `text`, empty ones left out, as `text.split(separator: "\n")` gives them.
  ///
  /// Without a CR every LF is a character of its own (only `\r\n` joins one), so the lines split
  /// at LF bytes are the `Character` split's, without breaking graphemes; the LFs are found with
  /// `memchr` and each line made from its bytes (the UTF-8 view's indices cost more per byte).
  static func lineStrings(_ text: String) -> [String] {
    var text = text
    let lines = text.withUTF8 { bytes -> [String]? in
      guard let base = bytes.baseAddress else { return [] }
      let n = bytes.count
      if memchr(base, 0x0D, n) != nil { return nil }
      var out: [String] = []
      var start = 0
      while start < n {
        let end = memchr(base + start, 0x0A, n - start).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? n
        if end > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
        start = end + 1
      }
      return out
    }
    return lines ?? text.split(separator: "\n").map(String.init)
  }

  static func droppingQuotes(_ comments: [Comment], body: [Block]) -> [Comment] {
    // Most pages have no comments: then the body need not be shingled.
    guard !comments.isEmpty else { return [] }
    // Distinct shingles in flat lists and open-addressing tables (as the duplicate stage keeps
    // them): coverage only counts hits among a line's distinct shingles, so a list serves as
    // well as a `Set`, without hashing every shingle again.
    var scratch = ShingleScratch()
    var lines: [[(text: String, grams: [UInt64])]] = []
    lines.reserveCapacity(comments.count)
    var lineGrams = 0
    for comment in comments {
      var commentLines: [(text: String, grams: [UInt64])] = []
      for text in lineStrings(comment.text) {
        let grams = RemoveDuplicatedBody.shingleList(RemoveDuplicatedBody.fold(text), scratch: &scratch)
        lineGrams += grams.count
        commentLines.append((text, grams))
      }
      lines.append(commentLines)
    }
    var seen: ShingleIndex
    let bodyBytes = body.reduce(0) { $0 + $1.text.utf8.count }
    let commentBytes = comments.reduce(0) { $0 + $1.text.utf8.count }
    // Only a line of four shingles or more is ever checked for coverage: when no comment has
    // one, no line is dropped, and the body need not be read at all.
    if !lines.contains(where: { $0.contains { $0.grams.count >= 4 } }) {
      seen = ShingleIndex()
    } else if bodyBytes > commentBytes {
      // Only shingles that some comment line has are ever looked up, so of a body longer than
      // the comments only those are kept: the table of all its shingles was the cost here.
      var asked = ShingleIndex(expected: lineGrams)
      for line in lines.joined() { asked.insert(line.grams, value: 0) }
      seen = ShingleIndex(expected: lineGrams)
      var found: [UInt64] = []
      for block in body {
        found.removeAll(keepingCapacity: true)
        for gram in RemoveDuplicatedBody.shingleList(RemoveDuplicatedBody.fold(block.text), scratch: &scratch)
        where asked.value(gram) != nil { found.append(gram) }
        seen.insert(found, value: 0)
      }
    } else {
      // The body has no more bytes than the comments, so its shingles and theirs fit a table
      // sized for twice the comments' (growing it step by step was most of this branch's cost).
      seen = ShingleIndex(expected: 2 * lineGrams)
      for block in body {
        seen.insert(RemoveDuplicatedBody.shingleList(RemoveDuplicatedBody.fold(block.text), scratch: &scratch), value: 0)
      }
    }
    var out: [Comment] = []
    for (var comment, commentLines) in zip(comments, lines) {
      var kept: [String] = []
      // A comment's own lines join what later comments are checked against once it is read.
      var added: [[UInt64]] = []
      for line in commentLines {
        let grams = line.grams
        if grams.count >= 4, seen.coverage(of: grams) >= RemoveDuplicatedBody.coverageThreshold { continue }
        added.append(grams)
        kept.append(line.text)
      }
      for grams in added { seen.insert(grams, value: 0) }
      comment.text = kept.joined(separator: "\n")
      if !comment.text.isEmpty { out.append(comment) }
    }
    return out
  }

  /// Text dumps: a short line with a date opens a comment (`gall**** 2011.12.07 11:45`); the
  /// lines after it are its text.
  static func readDump(_ lines: [Block], classify: (Block) -> BoilerplateKind?) -> ([Comment], [RemovedItem]) {
    var comments: [Comment] = []
    var removed: [RemovedItem] = []
    var current: Comment?
    func close() {
      if let c = current, !c.text.isEmpty { comments.append(c) }
      current = nil
    }
    for line in lines {
      if line.text.count <= 60, let date = DateReader.first(in: line.text) {
        close()
        let scalars = Array(line.text.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars[0..<date.start]))
        let after = String(String.UnicodeScalarView(scalars[date.end...]))
        let author = normalizeSpace(before + " " + after).trimmingCharacters(in: " |·-")
        current = Comment(author: author.isEmpty ? nil : author, date: String(String.UnicodeScalarView(scalars[date.start..<date.end])), text: "")
        continue
      }
      if let kind = classify(line) {
        removed.append(RemovedItem(kind: kind == .emptyComments ? kind.rawValue : BoilerplateKind.commentChrome.rawValue, text: line.text))
        continue
      }
      if current == nil { current = Comment(author: nil, date: nil, text: "") }
      current!.text += (current!.text.isEmpty ? "" : "\n") + line.text
    }
    close()
    return (comments, removed)
  }

  private static func assemble(_ blocks: [Block], classify: (Block) -> BoilerplateKind?) -> (Comment?, [RemovedItem]) {
    var comment = Comment(author: nil, date: nil, text: "")
    var removed: [RemovedItem] = []
    var texts: [String] = []
    // The block the author was read from.
    var authorBlock: Block?
    // Whether the card's rank line has been read: no name follows it.
    var pastName = false
    let postDate = postDateBlock(blocks)
    for (position, block) in blocks.enumerated() {
      let characters = quickCharacterCount(block.text)
      let isShort = characters <= 40
      if position == postDate?.position {
        let d = postDate!.date
        // The date's scalars found by offset in the text's own scalar view: copying every scalar
        // into an array, then each piece back into a string scalar by scalar, cost more.
        let scalars = block.text.unicodeScalars
        let dateStart = scalars.index(scalars.startIndex, offsetBy: d.start)
        let dateEnd = scalars.index(dateStart, offsetBy: d.end - d.start)
        comment.date = String(scalars[dateStart..<dateEnd])
        // `새싹엄마 24.11.12 09:30`, `by gardenfan » Sat Jun 15, 2024`: the name beside the date.
        if comment.author == nil {
          let rest = String(scalars[..<dateStart]) + " " + String(scalars[dateEnd...])
          var name = normalizeSpace(rest).trimmingCharacters(in: "|·-»:")
          if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)) }
          for day in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] where name.lowercased().hasSuffix(" " + day) { name = String(name.dropLast(4)) }
          name = name.trimmingCharacters(in: "|·-»:,")
          if !name.isEmpty, !isPostFurniture(name), !isPostAction(name), name.count <= 30, name.split(separator: " ").count <= 3 {
            comment.author = name
          }
        }
        removed.append(RemovedItem(kind: BoilerplateKind.commentChrome.rawValue, text: block.text))
        continue
      }
      // The poster's join date on the card is chrome, as the post date line is.
      if characters <= 80, isMembershipDate(block.text) {
        removed.append(RemovedItem(kind: BoilerplateKind.commentChrome.rawValue, text: block.text))
        continue
      }
      let kind = classify(block)
      // A title in the poster's card is the member's rank or badge (XenForo's `userTitle`,
      // vBulletin's `usertitle`), never their name; it sits below the name, and the card's
      // lines after it are the member's figures (`Joined`, `Posts`), not a name either.
      if isShort, texts.isEmpty, isRankLine(block) {
        pastName = true
        removed.append(RemovedItem(kind: BoilerplateKind.commentChrome.rawValue, text: block.text))
        continue
      }
      // In the poster's card a label (`Topic Author`, a rank) may come before the name; the name
      // links to the member's profile, the label does not.
      if isShort, texts.isEmpty, let taken = authorBlock, !isLinkOnly(taken), isLinkOnly(block),
        taken.roles.contains(.aside), block.roles.contains(.aside), kind == nil || kind == .markupRole,
        !endsLikeSentence(block.text), !isPostFurniture(block.text)
      {
        removed.append(RemovedItem(kind: BoilerplateKind.commentChrome.rawValue, text: taken.text))
        comment.author = block.text
        authorBlock = block
        continue
      }
      // Board themes print the poster's name twice: in the card beside the post and again in
      // the post's own header (XenForo's `message-name` in both; a mobile and a desktop copy).
      // A block that is nothing but the name already read is that second copy: a reply's text
      // never consists of its own author's name alone.
      if isShort, let author = comment.author, block.text == author {
        removed.append(RemovedItem(kind: BoilerplateKind.commentChrome.rawValue, text: block.text))
        continue
      }
      // The commenter's name sits in the post's profile box, which markup calls page info; a
      // short name before any text is the author unless its words are chrome themselves.
      if isShort, comment.author == nil, !pastName, texts.isEmpty, kind == nil || kind == .markupRole,
        !endsLikeSentence(block.text) || block.roles.contains(.byline)
      {
        // A post number, an avatar's initial or a clock time heads many posts and names nobody.
        if isPostFurniture(block.text) {
          removed.append(RemovedItem(kind: BoilerplateKind.commentChrome.rawValue, text: block.text))
          continue
        }
        // `Hi Sam,` opens the reply's text; it is not who wrote it.
        if !block.text.hasSuffix(","), !block.text.hasSuffix("，") {
          comment.author = block.text
          authorBlock = block
          continue
        }
      }
      // A form, button row or pager inside the comment area is furniture at any length; other
      // role names there (`comment-meta`) may wrap real comment text.
      // So is the poster's card below the text (Stack Exchange's name, reputation and badges):
      // its lines are figures and labels, not sentences.
      // So is a line of links in the post's footer (XenForo's reaction bar `Reactions: Ann, Bo
      // and 3 others`, a list of who thanked the poster): the footer holds what readers did with
      // the post, and a reply's own text is not mostly links.
      let furniture = !block.roles.isDisjoint(with: [.form, .buttons, .navigation, .pagination])
        || (!texts.isEmpty && block.roles.contains(.aside) && !endsLikeSentence(block.text))
        || (!texts.isEmpty && block.roles.contains(.footer) && ContentContainer.proseLinkDensity(block) >= 0.5)
      if let kind, kind != .linkList, kind != .markupRole || isShort || furniture {
        removed.append(RemovedItem(kind: kind == .emptyComments ? kind.rawValue : BoilerplateKind.commentChrome.rawValue, text: block.text))
        continue
      }
      texts.append(block.text)
    }
    comment.text = texts.joined(separator: "\n")
    return (comment.text.isEmpty ? nil : comment, removed)
  }

  /// The block that says when the comment was posted: the first short block with a date, passing
  /// over the poster's join date (`Joined: Mar 2019`) and, while a date outside it remains, the
  /// poster's card (a forum post shows its date in its own header, the card shows the member's).
  static func postDateBlock(_ blocks: [Block]) -> (position: Int, date: DateReader.Found)? {
    var inCard: (position: Int, date: DateReader.Found)?
    for (position, block) in blocks.enumerated() {
      // Every date form starts with an ASCII digit.
      guard hasAtMostCharacters(block.text, 80), containsASCIIDigit(block.text),
        let d = DateReader.first(in: block.text)
      else { continue }
      if isMembershipDate(block.text, date: d) { continue }
      if block.roles.contains(.aside) {
        if inCard == nil { inCard = (position, d) }
        continue
      }
      return (position, d)
    }
    return inCard
  }

  /// A date introduced by a join or registration label: when the poster became a member.
  static func isMembershipDate(_ text: String, date: DateReader.Found? = nil) -> Bool {
    guard let d = date ?? (containsASCIIDigit(text) ? DateReader.first(in: text) : nil)
    else { return false }
    // A date that opens the line has no label before it. (Only the scalars before the date are
    // read: copying every scalar of the line into an array first cost more than the test.)
    guard d.start > 0 else { return false }
    let label = normalizeSpace(String(text.unicodeScalars.prefix(d.start)))
      .lowercased().trimmingCharacters(in: " :：-|·")
    guard !label.isEmpty else { return false }
    return ChromeLexicon.membershipLabels.indices.contains {
      label == ChromeLexicon.membershipLabels[$0] || label.hasSuffix(Self.spacedMembershipLabels[$0])
    }
  }

  /// Each of `ChromeLexicon.membershipLabels` after a space, made once rather than per line.
  static let spacedMembershipLabels: [String] = ChromeLexicon.membershipLabels.map { " " + $0 }

  /// A line the poster's card (`.aside`) titles (`.title`): the member's rank or badge.
  static func isRankLine(_ block: Block) -> Bool {
    block.roles.isSuperset(of: [.aside, .title]) && !block.roles.contains(.byline)
  }

  /// A line that is one link and nothing else (a member's name linked to their profile).
  static func isLinkOnly(_ block: Block) -> Bool {
    guard !block.links.isEmpty else { return false }
    let n = quickCharacterCount(block.text)
    return n > 0 && block.linkCharacters * 10 >= n * 9
  }

  /// Whether what stands beside a post's date is the action it dates (`answered`, `edited 3 hours
  /// ago`, `작성`, `发表于`) rather than the poster's name.
  static func isPostAction(_ text: String) -> Bool {
    let lowered = normalizeSpace(text).lowercased()
    let first = lowered.split(separator: " ").first.map(String.init) ?? lowered
    return ChromeLexicon.postActions.contains(first) || ChromeLexicon.postActions.contains(lowered)
  }

  /// A short line at a post's head that is furniture, not a name: a post number (`#12`, `3`), a
  /// clock time (`03:29 PM`), a time zone (`+00:00`), or an avatar's one-letter initial.
  static func isPostFurniture(_ text: String) -> Bool {
    let trimmed = normalizeSpace(text)
    if trimmed.count == 1 { return true }
    // Boards mask their members' ids (`0070****`): digits and stars are still a name. (Without
    // a `*` byte there is no `*` to find: nothing else decomposes to it; the search, Foundation's,
    // cost more than the rest of this test.)
    if trimmed.utf8.contains(0x2A), trimmed.contains("*") { return false }
    // A third letter settles it: lower-casing gives every scalar at least one, and three scalars
    // or more are neither empty, `am` nor `pm` (canonical decomposition never takes scalars
    // away). Names are most of what is asked, and their letters need not all be looked up and
    // copied. ASCII's only alphabetic scalars are its letters.
    var letters = String.UnicodeScalarView()
    var count = 0
    for scalar in trimmed.unicodeScalars {
      let v = scalar.value
      guard v < 0x80 ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A : scalar.properties.isAlphabetic else { continue }
      if count == 2 { return false }
      count += 1
      letters.append(scalar)
    }
    let lowered = String(letters).lowercased()
    return lowered.isEmpty || lowered == "am" || lowered == "pm"
  }

  /// `isPostFurniture` collecting every letter first (the reference of the early answer).
  static func isPostFurnitureByLetters(_ text: String) -> Bool {
    let trimmed = normalizeSpace(text)
    if trimmed.count == 1 { return true }
    if trimmed.contains("*") { return false }
    var letters = ""
    for scalar in trimmed.unicodeScalars where scalar.properties.isAlphabetic { letters.unicodeScalars.append(scalar) }
    let lowered = letters.lowercased()
    return lowered.isEmpty || lowered == "am" || lowered == "pm"
  }
}
