/// Finds the element that holds the article: the one the page's prose votes for.
///
/// Each visible block outside chrome gives its enclosing container elements a weight that grows
/// with its sentence punctuation and length and shrinks with its link density (readability's idea,
/// counted in text units that treat one CJK character as worth two Latin ones, since a CJK
/// sentence is shorter). The innermost container gets the full weight, the next one half, then a
/// quarter, so a container of many paragraphs beats any single long one.
enum ContentContainer {
  /// Elements that can hold an article (inline wrappers such as `span`/`font` pass the vote up).
  static let containerTags: Set<String> = [
    "div", "section", "article", "main", "td", "body", "blockquote", "dd", "li", "center", "form", "table", "tbody", "ul", "ol",
  ]

  /// Elements beside `container` (children of its parent) that also hold content: a second
  /// column of the article, a product description next to its specification table, list items
  /// of a listing page. After readability's sibling rule, made stricter: a sibling qualifies with
  /// a fifth of the container's score and prose of its own, and never with a chrome role.
  static func siblings(
    of container: Int, winner: Int? = nil, blocks: [Block], measures: [ProseMeasure], structure: PageStructure, score: [Double]
  ) -> Set<Int> {
    let parent = structure.parents[container]
    guard parent >= 0, structure.tags[parent] != "html" else { return [] }
    let strong = MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union(.comments)
    let threshold = max(3.0, 0.2 * score[container])
    // By serial rather than in a set: a set hashed every prose block's child of the parent.
    var hasProse = [Bool](repeating: false, count: structure.parents.count)
    for b in blocks.indices where measures[b].isProse && blocks[b].roles.isDisjoint(with: strong) {
      let path = blocks[b].ancestors
      if let i = path.firstIndex(of: parent), i + 1 < path.count { hasProse[path[i + 1]] = true }
    }
    let inside = bestInside(score: score, parents: structure.parents)
    // A sibling may also hold its prose deep inside (a landing page's next section): then the
    // best container in it has to compete with the winner itself, which a column of teasers
    // (one short blurb per card) never does.
    let insideThreshold = max(3.0, 0.2 * (winner.map { score[$0] } ?? 0), threshold)
    var out = Set<Int>()
    for (serial, p) in structure.parents.enumerated() where p == parent && serial != container {
      if !structure.roles[serial].isDisjoint(with: strong) { continue }
      if (score[serial] >= threshold || inside[serial] >= insideThreshold) && hasProse[serial] { out.insert(serial) }
    }
    return out
  }

  /// The best vote of each element or of any element inside it. A vote reaches only three
  /// container levels up, so a landing page's section (`section > div.container > div.row >
  /// div.col > div.text > p`) earns nothing of its own however much prose it holds; what it
  /// holds is told by the best container inside it. Serials are in document order (a parent
  /// before its children), so one backward pass carries every vote up to the root.
  static func bestInside(score: [Double], parents: [Int]) -> [Double] {
    var best = score
    best.withUnsafeMutableBufferPointer { best in
      parents.withUnsafeBufferPointer { parents in
        var serial = min(best.count, parents.count) - 1
        while serial > 0 {
          let p = parents[serial]
          if p >= 0, p < serial, best[serial] > best[p] { best[p] = best[serial] }
          serial -= 1
        }
      }
    }
    return best
  }

  /// The ancestor of `element` at most `levels` up, climbing no higher than below the page's
  /// body and through no element named for chrome or comments: the reach of a rule that looks
  /// around the content container (a grid beside it, the lead paragraphs above it).
  static func enclosing(_ element: Int, levels: Int, structure: PageStructure) -> Int {
    var current = element
    for _ in 0..<levels {
      guard let parent = climbableParent(of: current, structure: structure) else { break }
      current = parent
    }
    return current
  }

  /// The parent of `element` when a rule may climb to it: below the page's body and named for
  /// neither chrome nor comments (the one test of `enclosing`, `widen` and `ListContinuation`).
  static func climbableParent(of element: Int, structure: PageStructure) -> Int? {
    let parent = structure.parents[element]
    guard parent >= 0, structure.tags[parent] != "body", structure.tags[parent] != "html",
      structure.roles[parent].isDisjoint(with: MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union(.comments))
    else { return nil }
    return parent
  }

  /// Climbs from the winner while it holds under 60% of the page's prose (80% on sparse pages): pages that are not
  /// single articles (product pages, listings, documentation) spread their content over several
  /// sibling containers, and the best single one is only a part.
  ///
  /// `ceiling` (the page's single `<main>`, `MainLandmark`) is as far as it climbs from inside:
  /// what lies beyond the page's dominant content is never part of it, however much prose it holds.
  static func widen(_ container: Int, ceiling: Int? = nil, blocks: [Block], measures: [ProseMeasure], structure: PageStructure) -> Int {
    let strong = MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union(.comments)
    var prose = [Int](repeating: 0, count: structure.tags.count)
    var total = 0
    // Through the buffers: each subscript of the arrays asked for uniqueness and bounds.
    prose.withUnsafeMutableBufferPointer { prose in
      for b in blocks.indices where measures[b].isProse && blocks[b].roles.isDisjoint(with: strong) {
        let units = measures[b].units
        total += units
        blocks[b].ancestors.withUnsafeBufferPointer { ancestors in
          for serial in ancestors { prose[serial] += units }
        }
      }
    }
    guard total > 0 else { return container }
    var current = container
    // Pages with little prose (listings, product pages) spread what they have more widely.
    let share = total < 600 ? 8 : 6
    while prose[current] * 10 < total * share, current != ceiling,
      let parent = climbableParent(of: current, structure: structure)
    {
      current = parent
    }
    return current
  }

  /// Votes of every element, and the winner.
  static func scores(blocks: [Block], measures: [ProseMeasure], structure: PageStructure) -> (best: Int?, score: [Double]) {
    guard !structure.tags.isEmpty else { return (nil, []) }
    var score = [Double](repeating: 0, count: structure.tags.count)
    // Whether each element's tag is a container tag (0: not asked yet, 1: no, 2: yes): blocks
    // share most of their ancestors, and hashing the same tag for each block cost more than the vote.
    var isContainer = [UInt8](repeating: 0, count: structure.tags.count)
    for b in blocks.indices {
      let w = weight(roles: blocks[b].roles, proseWeight: measures[b].weight)
      if w == 0 { continue }
      var k = 0
      for serial in blocks[b].ancestors.reversed() {
        if isContainer[serial] == 0 { isContainer[serial] = containerTags.contains(structure.tags[serial]) ? 2 : 1 }
        guard isContainer[serial] == 2 else { continue }
        let decay: Double = k == 0 ? 1 : (k == 1 ? 0.5 : 0.25)
        score[serial] += w * decay
        k += 1
        if k == 3 { break }
      }
    }
    var best: Int?
    var bestScore = 0.0
    for serial in score.indices where score[serial] > 0 {
      let roles = structure.roles[serial]
      var s = score[serial]
      if roles.contains(.article) || roles.contains(.main) { s *= 1.25 }
      if !roles.isDisjoint(with: MarkupRoles.chrome) { s *= 0.3 }
      if roles.contains(.comments) { s *= 0.2 }
      score[serial] = s
      if s > bestScore {
        bestScore = s
        best = serial
      }
    }
    return (best, score)
  }

  /// The prose weight of one block (zero for chrome and snippets). Weak chrome names (`info`,
  /// `btn`, `form`) on an ancestor lower the vote without silencing it: whole pages sit inside a
  /// `<form>` on some CMSs.
  static func weight(roles: MarkupRoles, proseWeight: Double) -> Double {
    if !roles.isDisjoint(with: MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union(.comments)) { return 0 }
    let damp = roles.isDisjoint(with: MarkupRoles.weakChrome) ? 1.0 : 0.3
    return damp * proseWeight
  }

  /// The weight a block's text earns as prose, whatever its markup says.
  static func proseWeight(_ block: Block) -> Double {
    proseWeight(block, units: textUnits(block.text), density: proseLinkDensity(block))
  }

  /// `proseWeight` from the block's text units and link density, measured beforehand.
  static func proseWeight(_ block: Block, units: Int, density: Double) -> Double {
    if units < 25 { return 0 }
    if density > 0.5 { return 0 }
    let punctuation = sentencePunctuation(block.text, upTo: 6)
    let base = 1 + Double(min(punctuation, 6)) + min(Double(units) / 100, 3)
    return base * (1 - density) * (1 - density)
  }

  /// Length in text units: a CJK character counts two, anything else one, spaces nothing.
  static func textUnits(_ s: String) -> Int {
    // Every block is counted at least once a page: read native strings as UTF-8 bytes, where an
    // ASCII byte is a scalar of its own and only multi-byte sequences need decoding.
    if let n = s.utf8.withContiguousStorageIfAvailable(textUnits(utf8:)) { return n }
    return scalarTextUnits(s)
  }

  /// `textUnits` scalar by scalar: the reference the byte reading must agree with.
  static func scalarTextUnits(_ s: String) -> Int {
    var n = 0
    for scalar in s.unicodeScalars {
      if isSpace(scalar) { continue }
      n += isCJK(scalar) ? 2 : 1
    }
    return n
  }

  /// `textUnits` over the bytes of a valid UTF-8 string.
  static func textUnits(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    measure(utf8: bytes, readingPlainness: false).units
  }

  /// `textUnits` and `plainCharacterCount` of valid UTF-8 `bytes` in one pass (the second nil
  /// when the text is not plain): a block with links needs both, and reading a paragraph twice
  /// was a good part of measuring it.
  static func textUnitsAndPlainCharacters(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (units: Int, plainCharacters: Int?) {
    let measured = measure(utf8: bytes, readingPlainness: true)
    return (measured.units, measured.plain ? measured.characters : nil)
  }

  /// The units of `bytes` and, with `readingPlainness`, its characters and whether it is plain
  /// (without, `characters` and `plain` are not kept up). Inlined into both callers, where the
  /// flag is a constant: `textUnits` runs on every block and pays nothing for the plainness.
  @inline(__always)
  private static func measure(utf8 bytes: UnsafeBufferPointer<UInt8>, readingPlainness: Bool)
    -> (units: Int, characters: Int, plain: Bool)
  {
    var n = 0
    var characters = 0
    var plain = true
    var i = 0
    let count = bytes.count
    let base = UnsafeRawPointer(bytes.baseAddress)
    let high: UInt64 = 0x8080_8080_8080_8080
    while i < count {
      // Eight ASCII bytes at a time (most text): each is a unit unless it is a space. With every
      // top bit clear, adding to a byte never carries into the next, so each test below is a
      // byte's own: `x + 0x7F` sets the top bit where `x` (the byte xor 0x20) is not zero, and
      // adding 0x77 or 0x72 sets it where the byte is at least 9 or at least 14. They are eight
      // characters, plain unless one is a CR (`x - 0x01…` borrows into a byte's top bit, under
      // a clear top bit of `x`, exactly when some byte of `x` is zero, and `x` is zero where the
      // byte is CR).
      if let base, i + 8 <= count {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if w & high == 0 {
          let spaceByte = ~((w ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & high
          let controlSpace = (w &+ 0x7777_7777_7777_7777) & ~(w &+ 0x7272_7272_7272_7272) & high
          n += 8 - (spaceByte | controlSpace).nonzeroBitCount
          if readingPlainness {
            let x = w ^ 0x0D0D_0D0D_0D0D_0D0D
            if (x &- 0x0101_0101_0101_0101) & ~x & high != 0 { plain = false }
            characters += 8
          }
          i += 8
          continue
        }
      }
      let b = bytes[i]
      if readingPlainness { characters += 1 }
      if b < 0x80 {
        // ASCII spaces are the space and tab through carriage return (`isSpace`).
        if b != 0x20 && (b < 0x09 || b > 0x0D) { n += 1 }
        if readingPlainness && b == 0x0D { plain = false }
        i += 1
        continue
      }
      let (v, length) = scalarValue(in: bytes, at: i)
      i += length
      if readingPlainness && (length == 4 || !isPlainScalar(v)) { plain = false }
      let scalar = Unicode.Scalar(v)!
      if isSpace(scalar) { continue }
      n += isCJK(scalar) ? 2 : 1
    }
    return (n, characters, plain)
  }

  /// How many scalars of `text` are sentence punctuation, counting no further than `limit` (the
  /// weight counts six at most, and a paragraph reaches six long before its end).
  ///
  /// Read on the UTF-8 bytes: the ASCII marks are single bytes, and the others (U+3001, U+3002,
  /// U+FF01, U+FF0C, U+FF1B, U+FF1F) are the only scalars whose three bytes are `E3 80 81`,
  /// `E3 80 82` or `EF BC xx` with the right last byte; a lead byte never occurs inside another
  /// scalar, so no match straddles two.
  static func sentencePunctuation(_ text: String, upTo limit: Int) -> Int {
    var text = text
    return text.withUTF8 { bytes -> Int in
      var n = 0
      var i = 0
      let count = bytes.count
      let base = UnsafeRawPointer(bytes.baseAddress)
      while i < count {
        // Eight ASCII bytes at a time: with every top bit clear, `t = w ^ mark` has a zero byte
        // exactly where `w` holds the mark, and `(t & 0x7F…) + 0x7F…` sets a byte's top bit
        // exactly where that byte of `t` is not zero, without carrying into the next.
        if let base, i + 8 <= count {
          let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          let high: UInt64 = 0x8080_8080_8080_8080
          if w & high == 0 {
            @inline(__always) func at(_ mark: UInt64) -> UInt64 {
              let t = w ^ (mark &* 0x0101_0101_0101_0101)
              return ~(((t & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | t) & high
            }
            n += (at(0x2C) | at(0x2E) | at(0x3B) | at(0x21) | at(0x3F)).nonzeroBitCount
            if n >= limit { return limit }
            i += 8
            continue
          }
        }
        let b = bytes[i]
        i += 1
        switch b {
        case 0x2C, 0x2E, 0x3B, 0x21, 0x3F:
          n += 1
        case 0xE3:
          if i + 1 < count, bytes[i] == 0x80, bytes[i + 1] == 0x81 || bytes[i + 1] == 0x82 { n += 1 }
        case 0xEF:
          if i + 1 < count, bytes[i] == 0xBC {
            let c = bytes[i + 1]
            if c == 0x81 || c == 0x8C || c == 0x9B || c == 0x9F { n += 1 }
          }
        default:
          continue
        }
        if n >= limit { return n }
      }
      return n
    }
  }

  /// `sentencePunctuation` scalar by scalar, without a limit (the reference of the byte reading).
  static func sentencePunctuationByScalars(_ text: String) -> Int {
    var n = 0
    for scalar in text.unicodeScalars where isSentencePunctuation(scalar.value) { n += 1 }
    return n
  }

  /// Commas and full stops of the scripts we serve (`,.;!?，。、！？；`), by scalar value; a
  /// switch, not a set, since it runs on every scalar of the page.
  @inline(__always)
  static func isSentencePunctuation(_ v: UInt32) -> Bool {
    switch v {
    case 0x2C, 0x2E, 0x3B, 0x21, 0x3F, 0xFF0C, 0x3002, 0x3001, 0xFF01, 0xFF1F, 0xFF1B: return true
    default: return false
    }
  }

  /// Link density that ignores auto-linked URLs (GnuBoard links every bare URL in a post).
  static func proseLinkDensity(_ block: Block) -> Double {
    proseLinkDensity(block, plainCharacters: nil)
  }

  /// `proseLinkDensity`, given `plainCharacterCount(block.text)` when it is known (nil: not
  /// known, or not plain).
  static func proseLinkDensity(_ block: Block, plainCharacters: Int?) -> Double {
    var chars = 0
    for link in block.links where !looksLikeURL(link.text) { chars += quickCharacterCount(link.text) }
    // Without anchor characters the density is zero, whatever the text's length (and an empty
    // text's is zero too): most blocks have no links, and counting a long paragraph's characters
    // was most of what measuring it cost.
    guard chars > 0 else { return 0 }
    let n = plainCharacters ?? quickCharacterCount(block.text)
    guard n > 0 else { return 0 }
    return min(1, Double(chars) / Double(n))
  }

  /// Running text rather than a label, menu item or teaser link.
  static func isProse(_ block: Block) -> Bool {
    isProse(block, units: textUnits(block.text), density: proseLinkDensity(block))
  }

  /// `isProse` from the block's text units and link density, measured beforehand.
  static func isProse(_ block: Block, units: Int, density: Double) -> Bool {
    if density >= 0.3 { return false }
    guard units >= 30, !isBareAddress(block.text) else { return false }
    return units >= 80 || endsLikeSentence(block.text)
  }

  /// A block that is one web address and nothing else: a share box's copy-this-link field, a
  /// printed permalink. An address is one long token without words, so it counts as many text
  /// units; it is never running text, however long.
  static func isBareAddress(_ text: String) -> Bool {
    guard text.utf8.first == UInt8(ascii: "h"), text.hasPrefix("https://") || text.hasPrefix("http://") else { return false }
    return !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 })
  }
}

/// A block's prose figures, measured once per page. The container vote, the role override, the
/// thread detector, widening and the final pass all ask the same questions of every block, and
/// counting text units and link characters is most of what they cost.
struct ProseMeasure {
  /// `ContentContainer.textUnits` of the text.
  let units: Int
  /// `ContentContainer.proseLinkDensity`.
  let linkDensity: Double
  /// `ContentContainer.proseWeight`: the vote before markup roles damp it.
  let weight: Double
  /// `ContentContainer.isProse`.
  let isProse: Bool

  init(_ block: Block) {
    if block.links.isEmpty {
      units = ContentContainer.textUnits(block.text)
      linkDensity = 0
    } else {
      // A block with links needs its length in characters too: one reading gives both.
      var text = block.text
      let (units, plainCharacters) = text.withUTF8(ContentContainer.textUnitsAndPlainCharacters(utf8:))
      self.units = units
      linkDensity = ContentContainer.proseLinkDensity(block, plainCharacters: plainCharacters)
    }
    weight = ContentContainer.proseWeight(block, units: units, density: linkDensity)
    isProse = ContentContainer.isProse(block, units: units, density: linkDensity)
  }
}

func isCJK(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F:
    return true
  default:
    return false
  }
}

/// Recognises a thread: the content container is one of several sibling posts of the same kind.
///
/// Posts are siblings with one class signature, each holding prose and a date or an author line;
/// sections of a single article share a signature too, but they carry no dates of their own.
struct ThreadDetector {
  let structure: PageStructure
  /// Text units per element, counted through the ancestors of each block.
  let prose: [Int]
  /// Elements holding a dated block.
  let dated: [Bool]
  /// Child elements of every element.
  let childIndex: ChildIndex

  /// Child elements of `element`, in document order.
  func children(_ element: Int) -> ArraySlice<Int> { childIndex.children(element) }

  /// Reads the page once; the stage asks about the chosen container and again about its widening.
  init(blocks: [Block], measures: [ProseMeasure], structure: PageStructure) {
    self.structure = structure
    var prose = [Int](repeating: 0, count: structure.tags.count)
    var dated = [Bool](repeating: false, count: structure.tags.count)
    for b in blocks.indices {
      let units = measures[b].units
      let text = blocks[b].text
      // Every date form starts with an ASCII digit. The length is asked first, and read no
      // further than it takes to tell: most blocks are too long to be a date line.
      let hasDate = hasAtMostCharacters(text, 80) && containsASCIIDigit(text)
        && DateReader.containsDate(in: text)
      let counts = units >= 20 || measures[b].isProse
      // A short line without a date adds nothing to any element: its ancestors are not walked.
      guard counts || hasDate else { continue }
      // Through the buffers: each subscript of the arrays asked for uniqueness and bounds.
      blocks[b].ancestors.withUnsafeBufferPointer { ancestors in
        if counts {
          prose.withUnsafeMutableBufferPointer { prose in
            for serial in ancestors { prose[serial] += units }
          }
        }
        if hasDate {
          dated.withUnsafeMutableBufferPointer { dated in
            for serial in ancestors { dated[serial] = true }
          }
        }
      }
    }
    self.prose = prose
    self.dated = dated
    self.childIndex = ChildIndex(parents: structure.parents)
  }

  /// A post's signature without the classes that tell rows apart rather than kinds: boards
  /// stripe their posts (`blockpost rowodd`, `blockpost roweven`, `post alt`), mark the first
  /// or last one (`blockpost firstpost`) and the ones by the thread's author (`message
  /// threadAuthor`, WordPress's `comment bypostauthor`), and those are still one kind of post.
  /// An element named by markers alone keeps its signature.
  static func postKind(_ signature: String) -> String {
    // Nearly no signature holds a marker: on plain ASCII (one byte per `Character`) that is
    // found on the bytes, without making a string per class token (the thread detector asks for
    // every sibling at every level it climbs).
    var probe = signature
    if probe.withUTF8({ !asciiMayHoldMarker($0) }) { return signature }
    // A plain ASCII signature with a marker is rewritten on its bytes too.
    if let kind = probe.withUTF8(asciiPostKind) { return kind.isEmpty ? signature : kind }
    return postKindByCharacters(signature)
  }

  /// `postKind` of a signature of plain ASCII without carriage returns (one byte per
  /// `Character`), read on its bytes: "" when the signature stays as it is; nil for other text.
  static func asciiPostKind(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard isASCIIWithoutCR(bytes) else { return nil }
    guard let dot = bytes.firstIndex(of: 0x2E) else { return "" }
    let hash = bytes[dot...].firstIndex(of: 0x23) ?? bytes.count
    var kept: [Range<Int>] = []
    var marked = false
    forEachSpaceSeparatedToken(bytes, from: dot + 1, to: hash) { token in
      if asciiIsRowMarker(UnsafeBufferPointer(rebasing: bytes[token])) { marked = true } else { kept.append(token) }
      return true
    }
    guard marked, !kept.isEmpty else { return "" }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    out.append(contentsOf: bytes[..<dot])
    out.append(0x2E)
    for (k, token) in kept.enumerated() {
      if k > 0 { out.append(0x20) }
      out.append(contentsOf: bytes[token])
    }
    out.append(contentsOf: bytes[hash...])
    return String(decoding: out, as: UTF8.self)
  }

  /// `postKind` read character by character, for any signature (the reference of the byte reading).
  static func postKindByCharacters(_ signature: String) -> String {
    guard let dot = signature.firstIndex(of: ".") else { return signature }
    let hash = signature[dot...].firstIndex(of: "#") ?? signature.endIndex
    let classes = signature[signature.index(after: dot)..<hash].split(separator: " ")
    guard classes.contains(where: isRowMarker) else { return signature }
    let kept = classes.filter { !isRowMarker($0) }
    guard !kept.isEmpty else { return signature }
    return String(signature[..<dot]) + "." + kept.joined(separator: " ") + signature[hash...]
  }

  /// False when `bytes`, plain ASCII without carriage returns, is a signature none of whose
  /// class tokens `isRowMarker`; true otherwise (any other text included: it takes the general path).
  static func asciiMayHoldMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // Eight bytes at a time: a page's signatures are long runs of class names.
    guard isASCIIWithoutCR(bytes) else { return true }
    guard let dot = bytes.firstIndex(of: 0x2E) else { return false }
    let end = bytes[dot...].firstIndex(of: 0x23) ?? bytes.count
    var marked = false
    forEachSpaceSeparatedToken(bytes, from: dot + 1, to: end) { token in
      marked = asciiIsRowMarker(UnsafeBufferPointer(rebasing: bytes[token]))
      return !marked
    }
    return marked
  }

  /// `isRowMarker` for a token of plain ASCII, on its bytes.
  ///
  /// Read in place: the words are compared with the token's bytes as they stand, `-` and `_`
  /// skipped and capitals lower-cased on the way, and most comparisons end at their first byte.
  /// (Copying the token into a buffer first and comparing generic slices cost a thousand
  /// instructions a token, and the thread detector reads every class of every sibling it meets.)
  static func asciiIsRowMarker(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
    @inline(__always) func skipped(_ b: UInt8) -> Bool { b == 0x2D || b == 0x5F }
    @inline(__always) func folded(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    // Every word below opens with `a`, `o`, `i`, `e`, `f` or `l`, or ends a suffix with `r`,
    // `d`, `n` or `t`: a token whose ends (past `-` and `_`) are none of those is no marker,
    // told without counting it or comparing a word (most tokens of most signatures).
    var head = 0
    while head < token.count && skipped(token[head]) { head += 1 }
    guard head < token.count else { return false }
    var tail = token.count - 1
    while skipped(token[tail]) { tail -= 1 }
    switch folded(token[head]) {
    case 0x61, 0x6F, 0x69, 0x65, 0x66, 0x6C: break  // a o i e f l
    default:
      switch folded(token[tail]) {
      case 0x72, 0x64, 0x6E, 0x74: break  // r d n t
      default: return false
      }
    }
    // The length of the token without `-` and `_`.
    let n = token.reduce(0) { $0 + (skipped($1) ? 0 : 1) }
    func hasPrefix(_ w: StaticString) -> Bool {
      let m = w.utf8CodeUnitCount
      guard n >= m else { return false }
      let word = w.utf8Start
      var k = 0
      var i = 0
      while k < m {
        let b = token[i]
        i += 1
        if skipped(b) { continue }
        if folded(b) != word[k] { return false }
        k += 1
      }
      return true
    }
    func hasSuffix(_ w: StaticString) -> Bool {
      let m = w.utf8CodeUnitCount
      guard n >= m else { return false }
      let word = w.utf8Start
      var k = m
      var i = token.count
      while k > 0 {
        i -= 1
        let b = token[i]
        if skipped(b) { continue }
        k -= 1
        if folded(b) != word[k] { return false }
      }
      return true
    }
    func equals(_ w: StaticString) -> Bool { n == w.utf8CodeUnitCount && hasPrefix(w) }
    if equals("alt") || equals("alternate") || equals("op") || equals("isop") { return true }
    if hasSuffix("author") || hasSuffix("owner") || hasSuffix("starter") { return true }
    for marker: StaticString in ["odd", "even", "first", "last"] where hasPrefix(marker) || hasSuffix(marker) {
      // `firstpost`, `rowodd`, `postlast`: the marker and at most one short word.
      if n <= marker.utf8CodeUnitCount + 6 { return true }
    }
    return false
  }

  /// A class that stripes or numbers rows or marks the thread's author: `odd`, `even`,
  /// `rowodd`, `row-even`, `alt`, `firstpost`, `post-first`, `is-last`, `uix_threadAuthor`,
  /// `bypostauthor`, `topic-owner`, `is-op`.
  static func isRowMarker(_ token: Substring) -> Bool {
    let t = token.lowercased().filter { $0 != "-" && $0 != "_" }
    if t == "alt" || t == "alternate" || t == "op" || t == "isop" { return true }
    if t.hasSuffix("author") || t.hasSuffix("owner") || t.hasSuffix("starter") { return true }
    for marker in ["odd", "even", "first", "last"] where t.hasPrefix(marker) || t.hasSuffix(marker) {
      // `firstpost`, `rowodd`, `postlast`: the marker and at most one short word.
      if t.count <= marker.count + 6 { return true }
    }
    return false
  }

  func posts(around container: Int) -> [Int]? {
    guard let group = repeatedPosts(around: container) else { return nil }
    return opener(before: group).map { [$0] + group } ?? group
  }

  /// The thread's opening post when a board sets it apart from the replies: XenForo 2 styles
  /// (and their add-ons) render it in its own block above the reply list, so it is no sibling of
  /// the replies, and mark it with extra classes (`message-threadStarterPost`,
  /// `message--thfeature_firstPost`). It is the nearest element before the first reply, outside
  /// the replies, of the replies' tag and numbered id kind (`article#js-post-`) that carries
  /// every class of theirs, with prose and a date of its own.
  func opener(before group: [Int]) -> Int? {
    guard let first = group.first else { return nil }
    let signature = Self.postKind(structure.signatures[first])
    guard let dot = signature.firstIndex(of: "."), let hash = signature.firstIndex(of: "#"), dot < hash else { return nil }
    let tag = signature[..<dot]
    let id = signature[hash...]
    // A numbered id names the kind (a bare `#` or a plain id names one element).
    guard id.count > 1, id.contains(where: \.isLetter) else { return nil }
    let classes = Set(signature[signature.index(after: dot)..<hash].split(separator: " "))
    guard !classes.isEmpty else { return nil }
    var ancestors = Set<Int>()
    var node = structure.parents[first]
    while node >= 0 {
      ancestors.insert(node)
      node = structure.parents[node]
    }
    var e = first - 1
    while e >= 0 {
      defer { e -= 1 }
      guard structure.tags[e] == tag, !ancestors.contains(e), prose[e] >= 20, dated[e] else { continue }
      let other = structure.signatures[e]
      guard let d = other.firstIndex(of: "."), let h = other.firstIndex(of: "#"), d < h, other[h...] == id else { continue }
      let own = Set(other[other.index(after: d)..<h].split(separator: " "))
      if classes.isSubset(of: own) { return e }
    }
    return nil
  }

  /// Tags whose bare elements are text and page structure, never posts (made once: the list
  /// was built and destroyed again for every candidate).
  static let bareTags: [String] = ["p", "span", "a", "br", "h1", "h2", "h3", "h4", "b", "strong", "font", "em", "i"]

  /// Sibling elements of one kind, with prose and dates, around or inside `container`.
  func repeatedPosts(around container: Int) -> [Int]? {
    func kind(_ element: Int) -> String { Self.postKind(structure.signatures[element]) }

    func postGroup(_ candidates: [Int]) -> [Int]? {
      var groups: [String: [Int]] = [:]
      // Posts carry a class or a numbered id; bare tags (`section`, `p`) are page structure.
      // (`characterCount`: signatures are ASCII, counted without grapheme breaking.)
      for c in candidates where prose[c] >= 20 && characterCount(structure.signatures[c]) > characterCount(structure.tags[c]) + 1
        && !Self.bareTags.contains(structure.tags[c]) {
        groups[kind(c), default: []].append(c)
      }
      let viable = groups.values.filter { members in members.count >= 2 && members.filter { dated[$0] }.count >= 2 }
      return viable.max(by: { a, b in a.reduce(0) { $0 + prose[$1] } < b.reduce(0) { $0 + prose[$1] } })?.sorted()
    }

    // The container holds the posts (children or grandchildren of it repeat)…
    let kids = Array(children(container))
    if let group = postGroup(kids), group.reduce(0, { $0 + prose[$1] }) * 10 >= prose[container] * 6 { return group }
    let grandkids = kids.flatMap { children($0) }
    if let group = postGroup(grandkids), group.reduce(0, { $0 + prose[$1] }) * 10 >= prose[container] * 6 { return group }
    // …or is inside one post among sibling posts.
    var node = container
    for _ in 0..<7 {
      let parent = structure.parents[node]
      guard parent >= 0 else { break }
      let nodeKind = kind(node)
      // A sibling with the node's very signature is of its kind without being read.
      let nodeSignature = structure.signatures[node]
      let siblings = children(parent).filter { structure.signatures[$0] == nodeSignature || kind($0) == nodeKind }
      if siblings.count >= 2, let group = postGroup(siblings), group.contains(node) { return group }
      node = parent
    }
    return nil
  }
}

/// Re-reads each block's roles with one correction: an element whose class says chrome
/// (`related`, `sidebar`, `comments`) but that holds most of the page's prose is not chrome —
/// site templates misname wrappers (`div.layout-sidebar-left > main`), and a menu or a teaser
/// list never carries the bulk of a page's sentences. Consent dialogs are the exception: their
/// legal prose is long by nature and never the page's content.
enum RoleOverride {
/// Text units beyond which an element named for paging is the paged list, not its pager.
static let pagedListUnits = 400

static func apply(_ blocks: [Block], measures: [ProseMeasure], structure: inout PageStructure, declaresProduct: Bool = false) -> [Block] {
  guard !structure.tags.isEmpty else { return blocks }
  // On a page that declares a product, the column holding the product's name (its `h1`) is the
  // product's description however the template names it (`div.sidebar#right_block`): the name is
  // taken off the element itself, so the container vote and the signals inside it both see content.
  var renamed: [Bool] = []
  if declaresProduct {
    for block in blocks where block.kind == .heading && block.level == 1 {
      for serial in block.ancestors where structure.roles[serial].contains(.aside) {
        if renamed.isEmpty { renamed = [Bool](repeating: false, count: structure.tags.count) }
        renamed[serial] = true
        structure.roles[serial].remove(.aside)
      }
    }
  }
  let anyRenamed = !renamed.isEmpty
  var mass = [Double](repeating: 0, count: structure.tags.count)
  var total = 0.0
  // Through the buffers: each subscript of the arrays asked for uniqueness and bounds.
  mass.withUnsafeMutableBufferPointer { mass in
    for b in blocks.indices {
      let w = measures[b].weight
      guard w > 0 else { continue }
      total += w
      blocks[b].ancestors.withUnsafeBufferPointer { ancestors in
        for serial in ancestors { mass[serial] += w }
      }
    }
  }
  let strong = MarkupRoles.chrome.subtracting(MarkupRoles.weakChrome).union(.comments)
  var overruled = [Bool](repeating: false, count: structure.tags.count)
  var any = false
  // A pager is a row of page numbers; an element named for paging that holds a page's worth of
  // text is the paged list itself (`div.pagination > div.product-grid`, infinite-scroll wrappers).
  // (Most pages have no block under a pager: then no element is counted, nor an array made.)
  var unpaged = [Bool](repeating: false, count: structure.tags.count)
  // (Asked by index: iterating the array copied every block to read its roles.)
  if blocks.indices.contains(where: { blocks[$0].roles.contains(.pagination) }) {
    var paged = [Int](repeating: 0, count: structure.tags.count)
    for b in blocks.indices where blocks[b].roles.contains(.pagination) {
      for serial in blocks[b].ancestors where structure.roles[serial].contains(.pagination) { paged[serial] += measures[b].units }
    }
    for serial in paged.indices where paged[serial] >= pagedListUnits {
      unpaged[serial] = true
      any = true
    }
  }
  guard total > 0 || any || anyRenamed else { return blocks }
  // A consent dialog's legal text can outweigh a short post; it is never the page's content.
  for serial in mass.indices
  where total > 0 && mass[serial] > 0.5 * total && !structure.roles[serial].isDisjoint(with: strong)
    && !structure.roles[serial].contains(.consent)
  {
    overruled[serial] = true
    any = true
  }
  guard any || anyRenamed else { return blocks }
  return blocks.map { block in
    guard block.ancestors.contains(where: { overruled[$0] || unpaged[$0] || (anyRenamed && renamed[$0]) }) else { return block }
    var roles: MarkupRoles = []
    for serial in block.ancestors {
      var own = structure.roles[serial]
      if overruled[serial] { own.subtract(strong) }
      if unpaged[serial] { own.remove(.pagination) }
      if own.contains(.article), own.isDisjoint(with: MarkupRoles.chrome) { roles.subtract(MarkupRoles.weakChrome) }
      if own.contains(.header) && roles.contains(.article) { own.remove(.header) }
      roles.formUnion(own)
    }
    var b = block
    b.roles = roles
    return b
  }
}
}
