import Markup

/// Flattens an HTML tree into reading-order blocks, keeping the markup evidence each block needs.
///
/// A block ends wherever a browser would start a new line: at block-level elements and at `<br>`
/// (GnuBoard writes a plain-text post as one `div` with `<br>` pairs between paragraphs).
struct HTMLBlocks {
  static let blockTags: Set<String> = [
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "ul", "ol",
    "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr",
    "td", "th", "blockquote", "pre", "figure", "figcaption", "caption", "form", "fieldset", "legend",
    "address", "center", "hr", "body", "html", "details", "summary", "menu", "hgroup", "label",
    "button", "input",
  ]

  private(set) var blocks: [Block] = []
  /// Role set of each element serial, for later stages that reason about containers.
  private(set) var elementRoles: [MarkupRoles] = []
  /// Parent serial of each element (-1 for the root).
  private(set) var parents: [Int] = []
  /// Tag of each element serial.
  private(set) var tags: [String] = []
  /// Class+id signature of each element, used to spot repeated sibling structures (thread posts).
  private(set) var signatures: [String] = []

  private var buffer = ""
  /// Unicode scalars in `buffer`, kept as text arrives (counting on demand is linear).
  private var bufferScalars = 0
  /// Roles by tag+class+id: pages repeat the same few class strings thousands of times.
  private var roleCache: [String: MarkupRoles] = [:]

  private mutating func cachedRoles(of element: Element) -> MarkupRoles {
    let key = element.tag + "|" + (element.attribute("class") ?? "") + "|" + (element.attribute("id") ?? "") + "|"
      + (element.attribute("role") ?? "") + "|" + (element.attribute("itemprop") ?? "")
    if let hit = roleCache[key] { return hit }
    let roles = RoleVocabulary.roles(of: element)
    roleCache[key] = roles
    return roles
  }
  private var links: [InlineLink] = []
  private var linkChars = 0
  private var currentKind: Block.Kind = .paragraph
  private var currentLevel = 0

  init(body: Element) {
    walk(body)
    flush(ancestors: [], roles: [], hidden: false, screenReaderOnly: false)
  }

  /// Tag plus the sorted class tokens without their numbers: phpBB's `post bg1` and `post bg2`
  /// are the same kind of element.
  static func signature(of element: Element) -> String {
    let classes = (element.attribute("class") ?? "").split(separator: " ").map { String($0).trimmingDigits() }
    var signature = element.tag + "." + Set(classes).sorted().joined(separator: " ")
    // Numbered ids (`post_123`, `pid456`, `comment-7`) name a kind of repeated element.
    if let id = element.attribute("id"), id.contains(where: \.isNumber) {
      signature += "#" + String(id.filter { !$0.isNumber })
    }
    return signature
  }

  private struct Frame {
    var serial: Int
    var roles: MarkupRoles
    var hidden: Bool
    var srOnly: Bool
    var kind: Block.Kind?
    var level: Int
    var link: (href: String, start: Int, rel: String, camouflaged: Bool)?
  }

  private mutating func walk(_ root: Element) {
    var frames: [Frame] = []
    var stack: [(node: Node, exit: Bool, element: Element?)] = [(.element(root), false, nil)]
    while let item = stack.popLast() {
      if item.exit {
        guard let element = item.element, let frame = frames.last else { continue }
        if let link = frame.link {
          let anchor = String(buffer.unicodeScalars.dropFirst(link.start))
          let text = normalizeSpace(anchor)
          if !link.href.isEmpty || !text.isEmpty {
            links.append(InlineLink(href: link.href, text: text, hidden: frame.hidden, rel: link.rel, camouflaged: link.camouflaged))
            linkChars += text.count
          }
        }
        if Self.blockTags.contains(element.tag) { flush(frames) }
        frames.removeLast()
        continue
      }
      switch item.node {
      case .text(let t):
        buffer += t
        bufferScalars += t.unicodeScalars.count
      case .element(let element):
        if element.tag == "script" || element.tag == "head" || element.tag == "title" { continue }
        if element.tag == "br" {
          flush(frames)
          continue
        }
        if element.tag == "img" {
          // Alt text is not visible prose; captions come from figcaption.
          continue
        }
        if Self.blockTags.contains(element.tag) { flush(frames) }
        let serial = tags.count
        let parent = frames.last?.serial ?? -1
        var roles = cachedRoles(of: element)
        var inherited = frames.last?.roles ?? []
        // A content wrapper inside a weakly named one (`div.post.has-profile > div.postbody`) is
        // content: the outer class described the post's furniture, not this text.
        if roles.contains(.article), roles.isDisjoint(with: MarkupRoles.chrome) {
          inherited.subtract(MarkupRoles.weakChrome)
        }
        // A header inside an article is the article's own header (title, byline), not site chrome.
        if roles.contains(.header) && inherited.contains(.article) { roles.remove(.header) }
        tags.append(element.tag)
        parents.append(parent)
        elementRoles.append(roles)
        signatures.append(Self.signature(of: element))
        var frame = Frame(
          serial: serial, roles: inherited.union(roles),
          hidden: (frames.last?.hidden ?? false) || Visibility.isHidden(element),
          srOnly: (frames.last?.srOnly ?? false) || Visibility.isScreenReaderOnly(element),
          kind: frames.last?.kind, level: frames.last?.level ?? 0, link: nil)
        switch element.tag {
        case "h1", "h2", "h3", "h4", "h5", "h6":
          frame.kind = .heading
          frame.level = Int(String(element.tag.last!)) ?? 0
        case "li", "dt", "dd": frame.kind = .listItem
        case "td", "th": frame.kind = .tableCell
        case "blockquote": frame.kind = .quote
        case "pre": frame.kind = .preformatted
        case "figcaption", "caption": frame.kind = .caption
        case "p": if frame.kind == nil || frame.kind == .tableCell { frame.kind = .paragraph }
        case "a":
          frame.link = (
            element.attribute("href") ?? "", bufferScalars, element.attribute("rel")?.lowercased() ?? "",
            Visibility.isCamouflaged(element))
        default: break
        }
        frames.append(frame)
        stack.append((.element(element), true, element))
        for child in element.children.reversed() { stack.append((child, false, nil)) }
      }
    }
  }

  private mutating func flush(_ frames: [Frame]) {
    let top = frames.last
    flush(
      ancestors: frames.map(\.serial), roles: top?.roles ?? [], hidden: top?.hidden ?? false,
      screenReaderOnly: top?.srOnly ?? false, kind: top?.kind ?? .paragraph, level: top?.level ?? 0)
  }

  private mutating func flush(
    ancestors: [Int], roles: MarkupRoles, hidden: Bool, screenReaderOnly: Bool, kind: Block.Kind = .paragraph, level: Int = 0
  ) {
    // An anchor still open across a block boundary keeps its start at 0 of the next buffer.
    let text = normalizeSpace(buffer)
    if !text.isEmpty {
      var block = Block(text: text, kind: kind)
      block.level = kind == .heading ? level : 0
      block.links = links
      block.linkCharacters = min(linkChars, text.count)
      block.hidden = hidden
      block.screenReaderOnly = screenReaderOnly
      block.ancestors = ancestors
      block.roles = roles
      block.index = blocks.count
      blocks.append(block)
    }
    buffer = ""
    bufferScalars = 0
    links = []
    linkChars = 0
  }
}

/// Collapses runs of white space (including no-break spaces) into one space and trims the ends.
func normalizeSpace(_ s: String) -> String {
  var out = ""
  out.reserveCapacity(s.utf8.count)
  var pendingSpace = false
  for scalar in s.unicodeScalars {
    if isSpace(scalar) {
      pendingSpace = !out.isEmpty
    } else {
      if pendingSpace { out.unicodeScalars.append(" ") }
      pendingSpace = false
      out.unicodeScalars.append(scalar)
    }
  }
  return out
}

/// Reads whether markup hides an element from sighted readers.
enum Visibility {
  /// Hidden outright: `hidden`, `display:none`, `visibility:hidden`, zero size, off-screen, transparent.
  /// These are where injected link blocks hide.
  static func isHidden(_ element: Element) -> Bool {
    if element.attribute("hidden") != nil { return true }
    if element.tag == "input", element.attribute("type")?.lowercased() == "hidden" { return true }
    guard let style = element.attribute("style")?.lowercased(), !style.isEmpty else { return false }
    let compact = style.filter { $0 != " " && $0 != "\t" && $0 != "\n" }
    if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
    if compact.contains("font-size:0") && !compact.contains("font-size:0.") { return true }
    if compact.contains("opacity:0;") || compact.hasSuffix("opacity:0") { return true }
    if (compact.contains("height:0") || compact.contains("height:1px")) && compact.contains("overflow:hidden") { return true }
    // Off-screen positioning: a large negative offset.
    for key in ["left:-", "top:-", "text-indent:-", "margin-left:-"] {
      if let r = compact.range(of: key) {
        let digits = compact[r.upperBound...].prefix(while: { $0.isNumber })
        if let n = Int(digits), n >= 500 { return true }
      }
    }
    return false
  }

  /// A link styled inline to pass for plain text: no underline and the surrounding colour.
  static func isCamouflaged(_ element: Element) -> Bool {
    guard let style = element.attribute("style")?.lowercased() else { return false }
    let compact = style.filter { $0 != " " }
    return compact.contains("text-decoration:none") && (compact.contains("color:inherit") || compact.contains("color:currentcolor"))
  }

  /// Screen-reader-only text: labels such as 작성자/조회 on GnuBoard that a sighted reader never sees.
  static let srClasses: Set<String> = [
    "sr-only", "sound_only", "screen-reader-text", "visually-hidden", "visuallyhidden", "blind",
    "hidden", "hide", "offscreen", "a11y-hidden", "skip", "readonly-hidden", "ir", "u-hidden",
  ]

  static func isScreenReaderOnly(_ element: Element) -> Bool {
    guard let cls = element.attribute("class")?.lowercased() else { return false }
    for token in cls.split(separator: " ") where srClasses.contains(String(token)) { return true }
    return false
  }
}
