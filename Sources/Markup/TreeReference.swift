import CLibXML2

/// The reading the streaming walk must reproduce: libxml2 builds its own tree of the page (its
/// default SAX handler, as `htmlReadMemory` does), and a plain recursive walk of that tree reads
/// it as the cleaner reads pages. Tests compare the two event by event (`events`), on hand-made
/// edge cases and on generated markup; the cleaner itself never builds the tree.
enum TreeReference {
  /// The events of a walk of libxml2's tree of `utf8`, one line each: `+tag name=value …`,
  /// `"text"` (a run of text, as UTF-8 bytes decoded leniently) and `-tag`; nil when libxml2
  /// builds no document. Limits are not checked here (the parse is the tree's; compare pages
  /// within them).
  static func events(_ utf8: [UInt8], limits: ParseLimits = ParseLimits()) -> [String]? {
    if utf8.isEmpty { return nil }
    let input = Prescan.prepared(utf8, maxVisible: limits.maxAttributesPerElement)
    let options = HTMLParser.parseOptions
    let doc: htmlDocPtr? = input.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        htmlReadMemory(chars, Int32(clamping: buffer.count), nil, "UTF-8", options)
      }
    }
    guard let doc else { return nil }
    defer { xmlFreeDoc(doc) }
    guard let root = xmlDocGetRootElement(doc) else { return nil }
    var out: [String] = []
    visit(root, limits: limits, into: &out)
    return out
  }

  private static func visit(_ node: xmlNodePtr, limits: ParseLimits, into out: inout [String]) {
    let tag = lowercased(node.pointee.name.map { String(cString: $0) } ?? "")
    var line = "+" + tag
    var attributes: [(String, String)] = []
    var property = node.pointee.properties
    while let p = property, attributes.count < limits.maxAttributesPerElement {
      var value = ""
      var child = p.pointee.children
      while let c = child {
        if let content = c.pointee.content { value += String(cString: content) }
        child = c.pointee.next
      }
      attributes.append((lowercased(p.pointee.name.map { String(cString: $0) } ?? ""), value))
      property = p.pointee.next
    }
    for (name, value) in attributes { line += " \(name)=\(value)" }
    out.append(line)
    let skipped = HTMLParser.skippedTags.contains(tag)
    let isScript = tag == "script"
    let jsonLD = isScript && attributes.first { $0.0 == "type" }.map { HTMLParser.isJSONLDType($0.1) } == true
    if !skipped && (!isScript || jsonLD) {
      var child = node.pointee.children
      while let c = child {
        switch c.pointee.type {
        case XML_ELEMENT_NODE where !jsonLD:
          visit(c, limits: limits, into: &out)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          if let content = c.pointee.content { out.append(String(reflecting: String(cString: content))) }
        default:
          if jsonLD, let content = c.pointee.content { out.append(String(reflecting: String(cString: content))) }
        }
        child = c.pointee.next
      }
    }
    out.append("-" + tag)
  }

  private static func lowercased(_ s: String) -> String {
    s.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? s.lowercased() : s
  }
}
