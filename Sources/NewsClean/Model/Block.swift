/// A unit of visible text: a paragraph, heading, list item, table cell or dump line.
///
/// HTML pages and text dumps both become blocks, so every stage after parsing works the same way
/// on both. Markup evidence (the roles of enclosing elements) is empty for text dumps.
public struct Block: Sendable {
  public enum Kind: String, Sendable {
    case heading, paragraph, listItem, quote, preformatted, tableCell, caption, line
  }

  public var text: String
  public var kind: Kind
  /// Heading level 1–6 for headings, 0 otherwise.
  public var level: Int = 0
  /// Anchors inside the block, in order.
  public var links: [InlineLink] = []
  /// Characters of the block that are anchor text.
  public var linkCharacters: Int = 0
  /// Hidden by style (`display:none`, off-screen, zero size): where injected link blocks hide.
  public var hidden = false
  /// Under an element with the `hidden` attribute: not shown yet rather than concealed — React
  /// streams whole pages in `<div hidden>` chunks, and accordions fold content away with it.
  public var collapsed = false
  /// Screen-reader-only text (labels a sighted reader never sees).
  public var screenReaderOnly = false
  /// Serial numbers of the enclosing elements, outermost first.
  public var ancestors: [Int] = []
  /// Roles read off the enclosing elements' tags, classes, ids and ARIA roles.
  public var roles: MarkupRoles = []
  /// Position in the page, in reading order.
  public var index: Int = 0

  public init(text: String, kind: Kind) {
    self.text = text
    self.kind = kind
  }

  /// Share of the text that is link text.
  public var linkDensity: Double {
    let n = text.count
    return n == 0 ? 0 : Double(linkCharacters) / Double(n)
  }
}

/// An anchor in a block: where it points and the text it covers.
public struct InlineLink: Sendable, Equatable {
  public var href: String
  public var text: String
  public var hidden: Bool
  /// `rel` attribute, lower-cased (`nofollow`, `sponsored`, `ugc`).
  public var rel: String
  /// Styled inline to look like the text around it (`color:inherit; text-decoration:none`).
  public var camouflaged = false
}

/// What the markup around a block says it is.
public struct MarkupRoles: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public static let navigation = MarkupRoles(rawValue: 1 << 0)
  public static let header = MarkupRoles(rawValue: 1 << 1)
  public static let footer = MarkupRoles(rawValue: 1 << 2)
  public static let aside = MarkupRoles(rawValue: 1 << 3)
  public static let comments = MarkupRoles(rawValue: 1 << 4)
  public static let share = MarkupRoles(rawValue: 1 << 5)
  public static let related = MarkupRoles(rawValue: 1 << 6)
  public static let advert = MarkupRoles(rawValue: 1 << 7)
  public static let pageInfo = MarkupRoles(rawValue: 1 << 8)
  public static let buttons = MarkupRoles(rawValue: 1 << 9)
  public static let form = MarkupRoles(rawValue: 1 << 10)
  public static let banner = MarkupRoles(rawValue: 1 << 11)
  public static let pagination = MarkupRoles(rawValue: 1 << 12)
  public static let article = MarkupRoles(rawValue: 1 << 13)
  public static let main = MarkupRoles(rawValue: 1 << 14)
  public static let byline = MarkupRoles(rawValue: 1 << 15)
  public static let signature = MarkupRoles(rawValue: 1 << 16)
  public static let title = MarkupRoles(rawValue: 1 << 17)
  public static let caption = MarkupRoles(rawValue: 1 << 18)
  /// A cookie-consent or privacy-preference dialog. It also carries `.advert`; unlike other
  /// chrome it is never re-read as content (`RoleOverride`), however much of a short page's prose
  /// its legal text holds.
  public static let consent = MarkupRoles(rawValue: 1 << 19)
  /// Text written for search engines (`seo-text`, `section-seo`): a shop's category page puts it
  /// below the product grid, which stays the page's content however long that text runs.
  public static let seoText = MarkupRoles(rawValue: 1 << 20)

  /// Chrome roles that a class name gives loosely (`has-profile`, `post-info`): an inner
  /// content wrapper overrides them.
  public static let weakChrome: MarkupRoles = [.pageInfo, .buttons, .form, .header, .pagination, .banner]

  /// Roles that mark page chrome rather than content.
  public static let chrome: MarkupRoles = [
    .navigation, .header, .footer, .aside, .share, .related, .advert, .pageInfo, .buttons, .form,
    .banner, .pagination, .signature,
  ]
}
