/// Flags paths shaped like phishing kits: credential and wallet pages on hosts that are not the
/// service they imitate (`/wallet-connect/`, `/login/verify?id=`, `/secure/account-update/`).
///
/// A real login link in an article points at the service's own host, which `EditorialHost` and
/// the page context already vouch for; a wallet-connect page on a shop's host does not.
public struct PhishingPath: URLSignal {
  public static let name = "phishing-path"
  public init() {}

  /// Path words that only a credential or wallet page needs.
  static let words: Set<String> = [
    "walletconnect", "wallet", "verify", "verification", "validate", "unlock", "recover", "recovery",
    "seedphrase", "airdrop", "claim", "accountupdate", "updateaccount", "securelogin", "signin", "login",
    "logon", "webscr", "authenticate", "reactivate", "suspended", "unblock",
  ]
  /// Words that make the above suspicious only in pairs (`/secure/account-update/`).
  static let companions: Set<String> = ["secure", "account", "update", "confirm", "id", "session", "connect", "billing", "support"]

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    // Only the segments in `words` or `companions` count, in their order.
    let segments = Self.wordSegments(url.path)
    let hits = segments.filter { Self.words.contains($0) }
    let companions = segments.filter { Self.companions.contains($0) }
    guard !hits.isEmpty else {
      if companions.count >= 2 { return signal(0.5, "credential-page path /\(companions.joined(separator: "/"))/") }
      return nil
    }
    // The query is read only for a path with a credential word (most have none).
    let query = url.query.lowercased()
    let queryHasId = query.hasPrefix("id=") || (query.utf8.allSatisfy { $0 < 0x80 } ? query.containsBytes("&id=") : query.contains("&id="))
    let weight = (companions.isEmpty && !queryHasId && hits.count == 1) ? 0.4 : 0.6
    return signal(weight, "credential-page path /\(hits.joined(separator: "/"))/")
  }

  /// The longest of `words` and `companions`, in bytes.
  static let longestWord = words.union(companions).map(\.utf8.count).max()!

  /// `joinedSegments(path)` without the segments that cannot be any of `words` or `companions`:
  /// for an ASCII path without CR, those are read off the bytes and made into strings only when
  /// 2 to `longestWord` letters `a-z` long (what every listed word is), so slugs, numbers and
  /// file names cost no string and no set lookup. Any other path keeps all its segments.
  static func wordSegments(_ path: String) -> [String] {
    var path = path
    return path.withUTF8 { bytes -> [String]? in
      guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      var segments: [String] = []
      var i = 0
      let n = bytes.count
      while i < n {
        if bytes[i] == 0x2F {
          i += 1
          continue
        }
        var j = i
        var letters = 0
        var other = false
        while j < n && bytes[j] != 0x2F {
          // Hyphens and underscores are removed from the segment; `b | 0x20` is a lower-case
          // letter exactly when `b` is a letter.
          if bytes[j] != 0x2D && bytes[j] != 0x5F {
            let lower = bytes[j] | 0x20
            if lower >= 0x61 && lower <= 0x7A { letters += 1 } else { other = true }
          }
          j += 1
        }
        if !other, letters >= 2, letters <= longestWord {
          segments.append(String(unsafeUninitializedCapacity: letters) { out in
            var o = 0
            for k in i..<j where bytes[k] != 0x2D && bytes[k] != 0x5F {
              out[o] = bytes[k] | 0x20
              o += 1
            }
            return o
          })
        }
        i = j
      }
      return segments
    } ?? joinedSegments(path)
  }

  /// The path's segments, lower-cased, with hyphens and underscores removed (`account-update`
  /// → `accountupdate`). Byte by byte for ASCII paths without CR, where characters are bytes.
  static func joinedSegments(_ path: String) -> [String] {
    guard path.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
      return path.lowercased().split(separator: "/").map { String($0).replacing("-", with: "").replacing("_", with: "") }
    }
    var segments: [String] = []
    var current: [UInt8] = []
    var inSegment = false
    for b in path.utf8 {
      if b == 0x2F {
        if inSegment { segments.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        inSegment = false
        continue
      }
      inSegment = true
      if b != 0x2D && b != 0x5F { current.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
    }
    if inSegment { segments.append(String(decoding: current, as: UTF8.self)) }
    return segments
  }
}

/// Flags a path that is only a short opaque token (`/51221`, `/p/aba76`, `/?ref=bff9b`): tracked
/// redirect links name nothing, while editorial links carry a slug or a long article id.
public struct OpaquePath: URLSignal {
  public static let name = "opaque-path"
  public init() {}

  public func evaluate(_ url: WebURL, anchorText: String?) -> LinkSignal? {
    if Self.asciiRulesOut(url.path) { return nil }
    let segments = url.path.split(separator: "/").map(String.init)
    guard segments.count <= 2, let last = segments.last else { return nil }
    let isToken = (4...6).contains(last.count) && last.allSatisfy { $0.isASCII && ($0.isHexDigit || $0.isNumber) }
      && last.contains(where: \.isNumber)
    guard isToken else { return nil }
    if segments.count == 2, segments[0].count > 2 { return nil }
    return signal(0.3, "path is the bare token /\(segments.joined(separator: "/"))")
  }

  /// True when an ASCII path without CR (bytes are characters) cannot be a bare token, read off
  /// the bytes: more than two segments, none, or a last one not 4 to 6 long. False leaves the
  /// answer to the character-wise check, as for any other path.
  static func asciiRulesOut(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { b -> Bool in
      guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return false }
      var segments = 0
      var lastLength = 0
      var i = 0
      while i < b.count {
        if b[i] == 0x2F {
          i += 1
          continue
        }
        var j = i
        while j < b.count && b[j] != 0x2F { j += 1 }
        segments += 1
        lastLength = j - i
        i = j
      }
      return segments == 0 || segments > 2 || lastLength < 4 || lastLength > 6
    }
  }
}
