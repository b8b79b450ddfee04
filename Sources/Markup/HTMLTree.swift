/// A parsed HTML page as plain Swift values: elements, their attributes, and text.
///
/// The tree is built once from libxml2's DOM and then owned by Swift, so that no libxml2 pointer
/// leaves this module. Only what the cleaner reads is kept: tag names (lower-case), attributes,
/// text and CDATA. Comments, processing instructions and DTD nodes are dropped.
public final class Element {
  /// Lower-case tag name (`div`, `p`, `a`).
  public let tag: String
  /// Attributes in document order, names lower-cased. Duplicates keep their first value.
  public let attributes: [(name: String, value: String)]
  /// Child nodes in document order.
  public internal(set) var children: [Node] = []

  public init(tag: String, attributes: [(name: String, value: String)] = [], children: [Node] = []) {
    self.tag = tag
    self.attributes = attributes
    self.children = children
  }

  /// The first value of attribute `name` (lower-case), if present.
  public func attribute(_ name: String) -> String? {
    for attribute in attributes where attribute.name == name { return attribute.value }
    return nil
  }

  /// Child elements only, in order.
  public var childElements: [Element] {
    children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
  }

  /// All text below this element, concatenated in document order (no whitespace normalisation).
  public var textContent: String {
    var out = ""
    var stack: [Node] = children.reversed()
    while let node = stack.popLast() {
      switch node {
      case .text(let t): out += t
      case .element(let e): stack.append(contentsOf: e.children.reversed())
      }
    }
    return out
  }

  /// Every element below this one (not including it), depth first, in document order.
  public func descendants() -> [Element] {
    var out: [Element] = []
    var stack: [Element] = childElements.reversed()
    while let e = stack.popLast() {
      out.append(e)
      stack.append(contentsOf: e.childElements.reversed())
    }
    return out
  }
}

/// A node of the tree: an element or a run of text.
public enum Node {
  case element(Element)
  case text(String)
}

/// A whole parsed page.
public struct HTMLDocument {
  /// The `<html>` element (libxml2 implies one when the page has none).
  public let root: Element
  /// Number of elements in the tree.
  public let elementCount: Int
  /// Deepest element nesting seen.
  public let maxDepth: Int
}
