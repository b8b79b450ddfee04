#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CLibXML2

/// Receives a parsed page as events in document order: an element opens, text, an element closes.
///
/// Reading the page this way costs no copy of it: the cleaner takes what it needs (tag, a few
/// attributes, the text) straight from libxml2's tree while it walks, where building a Swift tree
/// first and reading that cost more than libxml2's whole parse (an object and two arrays for each
/// of thousands of elements, made and freed again).
public protocol HTMLVisitor {
  /// An element opens. Returning false skips its content: no events for anything inside it and no
  /// `leave` for it.
  mutating func enter(_ element: ElementRef) -> Bool
  /// A run of text (or CDATA) inside the current element, as UTF-8 bytes that are valid only
  /// during the call.
  mutating func text(_ utf8: UnsafeBufferPointer<UInt8>)
  /// The element that `enter` accepted closes.
  mutating func leave(_ element: ElementRef)
}

/// The element an `HTMLVisitor` event is about, valid only during that event.
///
/// Attribute names are lower-case; only the first `ParseLimits.maxAttributesPerElement` attributes
/// are visible (libxml2 drops a repeated attribute name, so the first value is the only one).
public struct ElementRef {
  /// Lower-case tag name (`div`, `p`, `a`).
  public let tag: String
  let node: xmlNodePtr
  let maxAttributes: Int
  let names: NameCache

  /// The value of attribute `name` (lower-case), if present.
  public func attribute(_ name: String) -> String? {
    var found: String?
    forEachAttribute { attributeName, value in
      if found == nil, attributeName == name { found = value() }
    }
    return found
  }

  /// Calls `body` with each attribute's name and a function that makes its value (values cost a
  /// copy, so only the ones asked for are made).
  public func forEachAttribute(_ body: (String, () -> String) -> Void) {
    var seen = 0
    var attr = node.pointee.properties
    while let a = attr, seen < maxAttributes {
      if let namePtr = a.pointee.name {
        seen += 1
        body(names.name(namePtr)) {
          var value = ""
          var valueNode = a.pointee.children
          while let v = valueNode {
            if let content = v.pointee.content {
              if value.isEmpty { value = String(cString: content) } else { value += String(cString: content) }
            }
            valueNode = v.pointee.next
          }
          return value
        }
      }
      attr = a.pointee.next
    }
  }
}

/// Lower-cased Swift strings for libxml2's tag and attribute names, made once per distinct name.
///
/// libxml2 interns names in the parser's dictionary, so one page's thousands of `div`s share one
/// pointer; keying by that pointer skips a C-string copy and a case check per element. A name
/// not from the dictionary only misses the cache (its pointer is new), never gives a wrong name.
final class NameCache {
  private var byPointer: [UnsafePointer<xmlChar>: String] = [:]

  func name(_ pointer: UnsafePointer<xmlChar>) -> String {
    if let hit = byPointer[pointer] { return hit }
    let made = lowercasedASCII(String(cString: pointer))
    byPointer[pointer] = made
    return made
  }

  private func lowercasedASCII(_ s: String) -> String {
    s.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? s.lowercased() : s
  }
}

extension HTMLParser {
  /// Parses `utf8` and walks the page's elements and text in document order, calling `visitor`.
  ///
  /// What the walk leaves out is what the cleaner never reads: comments, processing instructions,
  /// the content of `skippedTags` and of scripts other than JSON-LD (whose text is delivered).
  /// A page over a limit fails; the visitor may then have seen part of it.
  public static func walk<V: HTMLVisitor>(
    _ utf8: [UInt8], limits: ParseLimits = ParseLimits(), visitor: inout V
  ) -> Result<WalkSummary, ParseFailure> {
    withDocument(utf8, limits: limits) { root in
      walkTree(root, limits: limits, visitor: &visitor)
    }
  }

  /// Depth-first over libxml2's tree with an explicit stack (a recursive walk would overflow the
  /// thread stack on a page nested 100,000 levels deep).
  private static func walkTree<V: HTMLVisitor>(
    _ root: xmlNodePtr, limits: ParseLimits, visitor: inout V
  ) -> Result<WalkSummary, ParseFailure> {
    let names = NameCache()
    var elements = 0
    var deepest = 0
    // Each frame: the element (to close) and the next child to visit. A nil element marks the
    // root frame's parent.
    var stack: [(element: ElementRef, depth: Int, next: xmlNodePtr?, rawText: Bool)] = []
    func open(_ node: xmlNodePtr, depth: Int) -> ParseFailure? {
      elements += 1
      if elements > limits.maxElements { return .tooManyElements(limit: limits.maxElements) }
      let element = ElementRef(
        tag: node.pointee.name.map { names.name($0) } ?? "", node: node, maxAttributes: limits.maxAttributesPerElement,
        names: names)
      let skipped = skippedTags.contains(element.tag)
      let isScript = element.tag == "script"
      let rawText = isScript && element.attribute("type").map { $0.lowercased().contains("ld+json") } == true
      let descends = !skipped && (!isScript || rawText)
      // Depth counts elements whose children are elements to read (a script's text is not).
      if descends && !rawText {
        if depth > limits.maxDepth { return .tooDeep(limit: limits.maxDepth) }
        deepest = max(deepest, depth)
      }
      guard visitor.enter(element) else { return nil }
      stack.append((element, depth, descends ? node.pointee.children : nil, rawText))
      return nil
    }
    if let failure = open(root, depth: 1) { return .failure(failure) }
    while !stack.isEmpty {
      let top = stack.count - 1
      guard let child = stack[top].next else {
        let frame = stack.removeLast()
        visitor.leave(frame.element)
        continue
      }
      stack[top].next = child.pointee.next
      if stack[top].rawText {
        // JSON-LD: the script's text, whatever node kinds libxml2 made of it.
        if let content = child.pointee.content { deliverText(content, to: &visitor) }
        continue
      }
      switch child.pointee.type {
      case XML_ELEMENT_NODE:
        if let failure = open(child, depth: stack[top].depth + 1) { return .failure(failure) }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = child.pointee.content { deliverText(content, to: &visitor) }
      default:
        break
      }
    }
    return .success(WalkSummary(elementCount: elements, maxDepth: deepest))
  }

  private static func deliverText<V: HTMLVisitor>(_ content: UnsafePointer<xmlChar>, to visitor: inout V) {
    content.withMemoryRebound(to: CChar.self, capacity: 1) { visitor.text(UnsafeBufferPointer(start: content, count: strlen($0))) }
  }
}

/// What a walk saw of the page.
public struct WalkSummary: Sendable {
  /// Elements visited.
  public let elementCount: Int
  /// Deepest nesting of an element whose content was read.
  public let maxDepth: Int
}
