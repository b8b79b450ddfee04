/// Flags links straight to executable or script files (`.exe`, `.msi`, `.scr`, `.apk`…),
/// the malware-delivery pattern; archives weigh less since software sites link to them honestly.
public struct ExecutableDownload: URLSignal {
  public static let name = "executable-download"
  public init() {}

  static let executables: Set<String> = ["exe", "msi", "scr", "bat", "cmd", "ps1", "vbs", "jar", "apk", "dll", "hta", "lnk", "msix", "appx"]
  static let archives: Set<String> = ["zip", "rar", "7z", "iso", "img", "bin"]

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    if let ext = Self.asciiExtension(url.path) {
      guard let ext else { return nil }
      return Self.verdict(ext, self)
    }
    guard let last = url.path.lowercased().split(separator: "/").last, let dot = last.lastIndex(of: ".") else { return nil }
    return Self.verdict(String(last[last.index(after: dot)...]), self)
  }

  private static func verdict(_ ext: String, _ rule: ExecutableDownload) -> LinkSignal? {
    if Self.executables.contains(ext) { return rule.signal(0.7, "links to a .\(ext) file") }
    if Self.archives.contains(ext) { return rule.signal(0.3, "links to a .\(ext) archive") }
    return nil
  }

  /// The lower-cased text after the last dot of the last path segment, read off the bytes of
  /// an ASCII path without CR (where bytes are characters); `.some(nil)` when that segment has
  /// no dot or its extension is too long to be listed; nil for any other path (the
  /// character-wise reading answers).
  static func asciiExtension(_ path: String) -> String?? {
    var path = path
    return path.withUTF8 { b -> String?? in
      guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      var end = b.count
      while end > 0 && b[end - 1] == 0x2F { end -= 1 }
      var dot = end
      while dot > 0 && b[dot - 1] != 0x2F && b[dot - 1] != 0x2E { dot -= 1 }
      // No dot in the last segment (or no segment at all).
      guard dot > 0, b[dot - 1] == 0x2E else { return .some(nil) }
      // Every listed extension has 1 to 4 characters.
      guard end - dot >= 1 && end - dot <= 4 else { return .some(nil) }
      return .some(String(unsafeUninitializedCapacity: end - dot) { out in
        for k in dot..<end { out[k - dot] = b[k] >= 0x41 && b[k] <= 0x5A ? b[k] | 0x20 : b[k] }
        return end - dot
      })
    }
  }
}
