/// Flags internationalised hosts whose labels mix scripts, e.g. Latin with Cyrillic
/// look-alikes (`аpple.com` with a Cyrillic "а"): the homograph trick behind phishing links.
///
/// A label in one script (`한국.kr`, `пример.рф`) is normal; mixing inside one label is not,
/// except Latin with CJK scripts, which Japanese and Chinese brand names do legitimately.
public struct MixedScriptHost: URLSignal {
  public static let name = "mixed-script-host"
  public init() {}

  enum Script: String { case latin, cyrillic, greek, armenian, cjk, other }

  static func script(of scalar: Unicode.Scalar) -> Script? {
    guard scalar.properties.isAlphabetic else { return nil }
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
    case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
    case 0x400...0x52F: return .cyrillic
    case 0x530...0x58F: return .armenian
    case 0x1100...0x11FF, 0x3040...0x30FF, 0x3130...0x318F, 0x4E00...0x9FFF, 0xAC00...0xD7AF: return .cjk
    default: return .other
    }
  }

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    guard url.host != url.asciiHost || url.host.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
    for label in url.host.split(separator: ".") {
      let scripts = Set(label.unicodeScalars.compactMap(Self.script(of:)))
      let confusable = scripts.subtracting([.cjk])
      if confusable.count > 1 {
        let names = confusable.map(\.rawValue).sorted().joined(separator: "+")
        return signal(0.8, "host label \"\(label)\" mixes \(names)")
      }
    }
    return nil
  }
}
