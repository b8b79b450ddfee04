#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Markup

/// Reads the role of an element from its tag, ARIA role, class and id.
///
/// Board and CMS software name their regions in many languages' abbreviations (`bo_v_info`,
/// `gnb`, `cmt`, `sns`); the vocabulary below is matched against the *tokens* of class and id
/// (split on `-`, `_`, spaces and camel case) so that `post-navigation` and `bo_v_nb` match but
/// `notification` does not match `nav`.
enum RoleVocabulary {
  static let tagRoles: [String: MarkupRoles] = [
    "nav": .navigation, "footer": .footer, "aside": .aside, "form": .form, "button": .buttons,
    "article": .article, "main": .main, "figcaption": .caption, "header": .header,
  ]

  static let ariaRoles: [String: MarkupRoles] = [
    "navigation": .navigation, "banner": .banner, "contentinfo": .footer, "complementary": .aside,
    "main": .main, "article": .article, "menu": .navigation, "menubar": .navigation, "tablist": .navigation,
    "search": .form, "dialog": .advert, "alertdialog": .advert, "alert": .banner,
  ]

  /// Whole tokens of class/id values and the role each one signals.
  static let tokenRoles: [String: MarkupRoles] = {
    var table: [String: MarkupRoles] = [:]
    func add(_ role: MarkupRoles, _ words: [String]) { for w in words { table[w, default: []].formUnion(role) } }
    add(.navigation, [
      "nav", "navi", "navbar", "navigation", "menu", "menus", "gnb", "lnb", "snb", "tnb", "breadcrumb",
      "breadcrumbs", "crumbs", "topmenu", "submenu", "sitemap", "toc", "skip", "skipnav", "nb",
      "prevnext", "postnav", "neighbors", "neighbours",
    ])
    add(.header, ["header", "masthead", "hd", "topbar", "gnb"])
    add(.footer, ["footer", "ft", "copyright", "colophon", "foot", "company", "policy", "footnote", "footnotes", "legal", "disclaimer", "fineprint", "disclosure"])
    add(.aside, ["sidebar", "aside", "side", "widget", "widgets", "rail", "sidebox", "lside", "rside", "bio", "authorbio", "authorbox", "aboutauthor", "abouttheauthor", "contributor"])
    // A forum post's card for its poster (avatar, name, rank, join date, post count) sits inside
    // the post, often under the post's own name (`message-userDetails`, `postprofile`): furniture
    // like an author box, never the post's text.
    add(.aside, ["avatar", "usertitle", "userinfo", "userdetails", "userextras", "messageuser", "postprofile", "usercard"])
    add(.comments, [
      "comment", "comments", "cmt", "cmts", "reply", "replies", "respond", "discussion", "disqus",
      "commentlist", "feedback", "answers", "answer",
    ])
    add(.share, ["share", "sharing", "sns", "social", "sociallinks", "sharebar", "addthis", "sharethis"])
    add(.related, [
      "related", "recommend", "recommended", "popular", "ranking", "trending", "morenews", "relate",
      "relatedposts", "readmore", "moreposts",
    ])
    add(.advert, [
      "ad", "ads", "advert", "advertisement", "adsense", "adsbygoogle", "banner", "banners", "sponsor",
      "sponsored", "promo", "promotion", "dfp", "taboola", "outbrain",
    ])
    add(.pageInfo, [
      "info", "meta", "postmeta", "entrymeta", "byline", "author", "date", "time", "views", "hit",
      "hits", "count", "profile", "writer", "stats", "tags", "tag", "category", "categories", "cat",
      "label", "labels",
    ])
    add(.buttons, ["btn", "btns", "button", "buttons", "tools", "toolbar", "actions", "action", "util", "print", "vote", "scrap"])
    add(.pagination, ["pagination", "paging", "pager", "pages", "pg"])
    add(.form, ["login", "signin", "signup", "search", "subscribe", "newsletter", "captcha", "form"])
    add(.banner, ["notice", "alert", "announcement", "newsletter"])
    // Dialogs and overlays (geo redirects, sign-up walls) are never the page's content.
    add(.advert, ["popup", "modal", "overlay", "dialog", "lightbox", "geoip", "redirect"])
    // Consent dialogs hold long legal prose that would otherwise outvote a short article.
    add([.advert, .consent], ["cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebot", "privacy-center", "cmp", "didomi", "usercentrics", "truste", "trustarc", "axeptio", "iubenda", "cmplz", "complianz", "cookieyes", "osano", "borlabs", "termly"])
    add(.article, [
      "article", "post", "entry", "content", "contents", "body", "story", "text", "view", "document",
      "articlebody", "postbody", "entrycontent", "postcontent", "con", "main", "read", "message",
    ])
    add(.signature, ["signature", "sig", "sign"])
    add(.title, ["title", "headline", "subject", "tit"])
    add(.caption, ["caption", "figcaption", "photo", "desc"])
    add(.byline, ["byline", "author", "writer", "reporter"])
    add(.seoText, ["seo", "seotext", "seocontent"])
    return table
  }()

  /// Roles of an element from its tag, ARIA role and itemprop, plus `named`, the roles its class
  /// and id values name (`nameRoles`); callers that see the same class often cache those.
  static func roles(tag: String, role: String?, itemprop: String?, named: MarkupRoles) -> MarkupRoles {
    roles(tagRoles: tagRoles[tag] ?? [], isRoot: tag == "body" || tag == "html", role: role, itemprop: itemprop, named: named)
  }

  /// `tagRoles` by `KnownName` raw value (every tag there is a known name).
  static let tagRolesByKnown: [MarkupRoles] = {
    precondition(tagRoles.keys.allSatisfy { tag in KnownName.allCases.contains { $0.string == tag } }, "role tags must be known names")
    return KnownName.allCases.map { tagRoles[$0.string] ?? [] }
  }()

  /// `roles(tag:role:itemprop:named:)` for an element whose tag is `known`: the tag's part read
  /// from an array instead of a dictionary keyed by the tag string.
  static func roles(known: KnownName?, role: String?, itemprop: String?, named: MarkupRoles) -> MarkupRoles {
    roles(
      tagRoles: known.map { tagRolesByKnown[$0.rawValue] } ?? [], isRoot: known == .body || known == .html, role: role,
      itemprop: itemprop, named: named)
  }

  private static func roles(tagRoles: MarkupRoles, isRoot: Bool, role: String?, itemprop: String?, named: MarkupRoles) -> MarkupRoles {
    var roles = tagRoles
    if let aria = role?.lowercased(), let r = ariaRoles[aria] { roles.formUnion(r) }
    if let itemprop = itemprop?.lowercased(), itemprop == "articlebody" || itemprop == "text" {
      roles.insert(.article)
    }
    roles.formUnion(named)
    // `writeContents`, `post-info-body`: when a name says content, its weaker chrome words are
    // qualifiers, not the element's purpose.
    if roles.contains(.article) { roles.subtract(MarkupRoles.weakChrome) }
    // On the page's root a consent word is the state of the visitor's choice (`cookies-not-set`),
    // not a dialog.
    if isRoot { roles.remove(.consent) }
    return roles
  }

  /// Roles named by the tokens of one class or id value.
  static func nameRoles(_ value: String?) -> MarkupRoles {
    guard var value, !value.isEmpty else { return [] }
    if let roles = value.withUTF8({ asciiNameRoles($0) }) { return roles }
    var roles: MarkupRoles = []
    let words = tokens(of: value)
    for (i, token) in words.enumerated() {
      // `with-sidebar`, `has-comments`, `w-sidebar`: layout modifiers describing what sits
      // beside the element, not the element itself. `ck-widget`: CKEditor's name for a block
      // inside the text it edits (an image with its caption, a grid of them), not a sidebar widget.
      if i > 0, layoutModifiers.contains(words[i - 1]) { continue }
      if let r = tokenRoles[token] { roles.formUnion(r) }
    }
    return roles
  }

  static let layoutModifiers: Set<String> = ["with", "has", "w", "no", "without", "ck"]

  /// Splits `bo_v_info postMeta entry-content` into `bo v info post meta postmeta entry content entrycontent`.
  static func tokens(of value: String) -> [String] {
    if let fast = asciiTokens(of: value) { return fast }
    var out: [String] = []
    for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
      // `js-…` classes are hooks for scripts (`js-replyNewMessageContainer`), not descriptions.
      if word.hasPrefix("js-") || word.hasPrefix("js_") { continue }
      // The joined, lower-cased form catches `postMeta`/`post-meta` as `postmeta`.
      var parts: [String] = []
      var current = ""
      var previousLower = false
      for ch in word {
        if ch == "-" || ch == "_" || ch == ":" || ch == "." {
          if !current.isEmpty { parts.append(current) }
          current = ""
          previousLower = false
          continue
        }
        if ch.isUppercase && previousLower {
          parts.append(current)
          current = ""
        }
        previousLower = ch.isLowercase
        current.append(ch)
      }
      if !current.isEmpty { parts.append(current) }
      let lowered = parts.map { $0.lowercased() }.map { $0.trimmingDigits() }
      out.append(contentsOf: lowered.filter { !$0.isEmpty })
      if lowered.count > 1 { out.append(lowered.joined()) }
    }
    return out
  }
}

extension RoleVocabulary {
  /// `tokens(of:)` for the usual class and id values, read byte by byte: plain ASCII without
  /// carriage returns, where every byte is one `Character` (a `\r\n` pair is one, so those
  /// values take the general path). Nil for any other value.
  static func asciiTokens(of value: String) -> [String]? {
    var value = value
    return value.withUTF8 { bytes -> [String]? in
      for b in bytes where b >= 0x80 || b == 0x0D { return nil }
      var out: [String] = []
      var i = 0
      let n = bytes.count
      while i < n {
        // Words are separated by space, tab and newline; empty words are skipped.
        while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A { i += 1 }
        guard i < n else { break }
        let start = i
        while i < n, !(bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A) { i += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
        // `js-…` classes are hooks for scripts, not descriptions.
        if word.count >= 3, word[0] == 0x6A, word[1] == 0x73, word[2] == 0x2D || word[2] == 0x5F { continue }
        // Parts: split at `-`, `_`, `:`, `.` and where a capital follows a lower-case letter;
        // each part lower-cased with its trailing digits cut.
        var parts: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        func endPart() {
          var end = current.count
          while end > 0, current[end - 1] >= 0x30, current[end - 1] <= 0x39 { end -= 1 }
          parts.append(String(decoding: current[..<end], as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
        for b in word {
          if b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E {
            if !current.isEmpty { endPart() }
            previousLower = false
            continue
          }
          let upper = b >= 0x41 && b <= 0x5A
          if upper && previousLower { endPart() }
          previousLower = b >= 0x61 && b <= 0x7A
          current.append(upper ? b + 0x20 : b)
        }
        if !current.isEmpty { endPart() }
        for part in parts where !part.isEmpty { out.append(part) }
        if parts.count > 1 { out.append(parts.joined()) }
      }
      return out
    }
  }
}

extension RoleVocabulary {
  /// `tokenRoles` and `layoutModifiers` by the FNV-1a hash of each word's bytes, in an
  /// open-addressing table (each entry keeps its word's bytes, so a collision never gives a wrong
  /// answer). A class value's tokens are looked up several times per distinct value on every page,
  /// where a `Dictionary` would hash each key again with SipHash.
  ///
  /// The table lives in plain memory made once for the process and never freed, read through
  /// pointers: as a struct of arrays it cost a retain, a release and a bounds check per array per
  /// token, and reading the static for each token cost a `swift_once` check.
  final class EntryTable: @unchecked Sendable {
    /// Index of each slot's entry, or -1 for an empty slot.
    let slots: UnsafeMutablePointer<Int32>
    let mask: Int
    let hashes: UnsafeMutablePointer<UInt64>
    let roles: UnsafeMutablePointer<MarkupRoles>
    let isModifier: UnsafeMutablePointer<Bool>
    /// Each entry's word in `arena`: `starts[k]..<starts[k + 1]`.
    let starts: UnsafeMutablePointer<Int>
    let arena: UnsafeMutablePointer<UInt8>

    init() {
      let words = Set(tokenRoles.keys).union(layoutModifiers).sorted()
      let count = words.count
      // At most a quarter full: probes are short.
      var size = 16
      while size < count * 4 { size *= 2 }
      slots = .allocate(capacity: size)
      slots.initialize(repeating: -1, count: size)
      mask = size - 1
      hashes = .allocate(capacity: count)
      roles = .allocate(capacity: count)
      isModifier = .allocate(capacity: count)
      starts = .allocate(capacity: count + 1)
      let total = words.reduce(0) { $0 + $1.utf8.count }
      arena = .allocate(capacity: max(total, 1))
      var offset = 0
      for (k, word) in words.enumerated() {
        let bytes = Array(word.utf8)
        starts[k] = offset
        for b in bytes {
          arena[offset] = b
          offset += 1
        }
        let hash = fnv1a(bytes)
        (hashes + k).initialize(to: hash)
        (roles + k).initialize(to: tokenRoles[word] ?? [])
        (isModifier + k).initialize(to: layoutModifiers.contains(word))
        var i = Self.start(hash, mask)
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(k)
      }
      starts[count] = offset
    }

    @inline(__always)
    static func start(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    /// The entry of the `count` bytes at `token` (lower-case), or -1.
    @inline(__always)
    func find(_ token: UnsafePointer<UInt8>, _ count: Int) -> Int {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for k in 0..<count { hash = (hash ^ UInt64(token[k])) &* 0x100_0000_01b3 }
      var i = Self.start(hash, mask)
      while true {
        let k = Int(slots[i])
        if k < 0 { return -1 }
        if hashes[k] == hash, starts[k + 1] - starts[k] == count, memcmp(arena + starts[k], token, count) == 0 { return k }
        i = (i + 1) & mask
      }
    }
  }

  static let entries = EntryTable()

  static func fnv1a<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// `nameRoles` for the values `asciiTokens` reads (plain ASCII without carriage returns),
  /// without making a string of each token: the same tokens in the same order, each looked up by
  /// its bytes. Nil for any other value. Pages have thousands of class and id values, most of them
  /// distinct ids that name no role.
  ///
  /// One pass over the bytes with the state in locals (no nested functions over captured state),
  /// the table read once: this runs for every distinct class value of every page and every id.
  static func asciiNameRoles(_ bytes: UnsafeBufferPointer<UInt8>) -> MarkupRoles? {
    let n = bytes.count
    guard n > 0, let source = bytes.baseAddress else { return [] }
    let table = entries
    let kinds = byteKinds
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { scratch -> MarkupRoles? in
      let joined = scratch.baseAddress!
      var roles: MarkupRoles = []
      // Whether the token emitted last is a layout modifier (this carries across words).
      var previousIsModifier = false
      var i = 0
      // Words and their parts in one pass, each byte's kind read from `byteKinds`; a byte from
      // 0x80 or a carriage return anywhere makes the value one for the general reading (nil),
      // as the separate check before the pass did.
      while i < n {
        // Words are separated by space, tab and newline; empty words are skipped.
        while i < n, kinds[Int(source[i])] == Kind.space { i += 1 }
        guard i < n else { break }
        // `js-…` classes are hooks for scripts, not descriptions.
        if i + 2 < n, source[i] == 0x6A, source[i + 1] == 0x73, source[i + 2] == 0x2D || source[i + 2] == 0x5F {
          while i < n {
            let kind = kinds[Int(source[i])]
            if kind == Kind.space { break }
            if kind == Kind.other { return nil }
            i += 1
          }
          continue
        }
        // Parts, lower-cased with trailing digits cut, are laid end to end in `joined`, which
        // then holds the word's joined form. A part ends at `-`, `_`, `:`, `.`, where a capital
        // follows a lower-case letter, and at the word's end.
        var length = 0
        var partStart = 0
        var parts = 0
        var previousLower = false
        while true {
          let b: UInt8 = i < n ? source[i] : 0x20
          let kind = kinds[Int(b)]
          if kind == Kind.other { return nil }
          let atEnd = kind == Kind.space
          let separator = kind == Kind.separator
          let upper = kind == Kind.upper
          // A part that is open ends here (at a separator or the end only when it holds bytes;
          // before a capital after a lower-case letter it always does).
          if (atEnd || separator) ? length > partStart : (upper && previousLower) {
            while length > partStart, joined[length - 1] >= 0x30, joined[length - 1] <= 0x39 { length -= 1 }
            parts += 1
            if length > partStart {
              let found = table.find(joined + partStart, length - partStart)
              if !previousIsModifier, found >= 0 { roles.formUnion(table.roles[found]) }
              previousIsModifier = found >= 0 && table.isModifier[found]
            }
            partStart = length
          }
          if atEnd { break }
          i += 1
          if separator {
            previousLower = false
            continue
          }
          previousLower = kind == Kind.lower
          joined[length] = upper ? b + 0x20 : b
          length += 1
          // The rest of a run of lower-case letters (most bytes of most names) is copied in a
          // loop of its own: such a byte ends no part and leaves `previousLower` set, so the
          // tests above would do nothing but copy it.
          if previousLower {
            while i < n {
              let c = source[i]
              guard kinds[Int(c)] == Kind.lower else { break }
              joined[length] = c
              length += 1
              i += 1
            }
          }
        }
        if parts > 1 {
          let found = table.find(joined, length)
          if !previousIsModifier, found >= 0 { roles.formUnion(table.roles[found]) }
          previousIsModifier = found >= 0 && table.isModifier[found]
        }
      }
      return roles
    }
  }

  /// What `asciiNameRoles` tells bytes apart by.
  enum Kind {
    /// Any byte not named below (digits and punctuation are copied into parts like letters).
    static let plain: UInt8 = 0
    /// Space, tab, newline: between words.
    static let space: UInt8 = 1
    /// `-`, `_`, `:`, `.`: between parts.
    static let separator: UInt8 = 2
    static let upper: UInt8 = 3
    static let lower: UInt8 = 4
    /// From 0x80, and the carriage return: not a value `asciiNameRoles` reads.
    static let other: UInt8 = 5
  }

  /// The `Kind` of each byte, one load per byte where the tests spelled out cost a dozen
  /// compares (this runs on every byte of every new class value and every id).
  nonisolated(unsafe) static let byteKinds: UnsafePointer<UInt8> = {
    let kinds = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for b in 0..<256 {
      let kind: UInt8
      switch b {
      case 0x20, 0x09, 0x0A: kind = Kind.space
      case 0x2D, 0x5F, 0x3A, 0x2E: kind = Kind.separator
      case 0x41...0x5A: kind = Kind.upper
      case 0x61...0x7A: kind = Kind.lower
      case 0x0D, 0x80...0xFF: kind = Kind.other
      default: kind = Kind.plain
      }
      kinds[b] = kind
    }
    return UnsafePointer(kinds)
  }()
}
