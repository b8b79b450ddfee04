/// Flags links straight to executable or script files (`.exe`, `.msi`, `.scr`, `.apk`…),
/// the malware-delivery pattern; archives weigh less since software sites link to them honestly.
public struct ExecutableDownload: URLSignal {
  public static let name = "executable-download"
  public init() {}

  static let executables: Set<String> = ["exe", "msi", "scr", "bat", "cmd", "ps1", "vbs", "jar", "apk", "dll", "hta", "lnk", "msix", "appx"]
  static let archives: Set<String> = ["zip", "rar", "7z", "iso", "img", "bin"]

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    guard let last = url.path.lowercased().split(separator: "/").last, let dot = last.lastIndex(of: ".") else { return nil }
    let ext = String(last[last.index(after: dot)...])
    if Self.executables.contains(ext) { return signal(0.7, "links to a .\(ext) file") }
    if Self.archives.contains(ext) { return signal(0.3, "links to a .\(ext) archive") }
    return nil
  }
}
