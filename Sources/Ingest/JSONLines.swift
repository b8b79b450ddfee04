import Foundation

/// JSON Lines: one object per line with `html` or `text` content, optional `id`, `url`,
/// `charset`, `content_type` and `headers`.
///
/// Every bad line is its own reject carrying its line number, and reading goes on, because one
/// broken line in a million-line dump must not cost the other lines.
final class JSONLinesProducer: ItemProducer {
  private let reader: ByteReader
  private let path: String
  private let limits: IngestLimits
  private let stats: StatsBox
  private var lineNumber = 0
  private var done = false

  init(reader: ByteReader, path: String, limits: IngestLimits, stats: StatsBox) {
    self.reader = reader
    self.path = path
    self.limits = limits
    self.stats = stats
  }

  /// JSON escapes can more than double a string (\uXXXX for one CJK character is 6 bytes
  /// against 3), so the raw line may be larger than the page limit, which is checked after
  /// decoding.
  private var lineLimit: Int { limits.maxPageBytes > Int.max / 3 ? Int.max / 2 : limits.maxPageBytes * 2 + 4096 }

  func next() -> InputItem? {
    while !done {
      let next: ByteReader.Line?
      do {
        next = try reader.readLine(limit: lineLimit)
      } catch {
        done = true
        return reject(line: lineNumber + 1, error.reason, "\(error.detail) (before line \(lineNumber + 1))")
      }
      guard let next else {
        done = true
        return nil
      }
      lineNumber += 1
      switch next {
      case .tooLong(let length, _):
        return reject(
          line: lineNumber, "too-large",
          "line \(lineNumber) has \(grouped(length)) bytes, over the \(grouped(lineLimit)) line limit")
      case .line(var bytes, let terminated):
        if bytes.last == 0x0D { bytes.removeLast() }
        if lineNumber == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
          stats.value.jsonlBlankLines += 1
          continue
        }
        return parse(bytes, terminated: terminated)
      }
    }
    return nil
  }

  private func reject(line: Int, url: String? = nil, id: String? = nil, _ reason: String, _ detail: String) -> InputItem {
    .reject(InputReject(
      id: id ?? "\(path)#L\(line)", source: SourceRef(path: path, url: url, line: line),
      reason: reason, detail: detail))
  }

  private enum Field {
    case absent, value(String), wrongType(String)
  }

  private func field(_ object: [String: Any], _ key: String) -> Field {
    guard let raw = object[key], !(raw is NSNull) else { return .absent }
    if let s = raw as? String { return .value(s) }
    return .wrongType(key)
  }

  private func parse(_ bytes: [UInt8], terminated: Bool) -> InputItem {
    let n = lineNumber
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    } catch {
      let detail = terminated
        ? "line \(n) is not valid JSON"
        : "last line \(n) is not valid JSON and has no newline: the file looks truncated"
      return reject(line: n, "jsonl-invalid-json", detail)
    }
    guard let object = parsed as? [String: Any] else {
      return reject(line: n, "jsonl-not-object", "line \(n) is JSON but not an object")
    }
    var strings: [String: String] = [:]
    for key in ["id", "url", "html", "text", "charset", "content_type"] {
      switch field(object, key) {
      case .absent: break
      case .value(let s): strings[key] = s
      case .wrongType(let k):
        return reject(line: n, "jsonl-bad-field", "line \(n): field \"\(k)\" is not a string")
      }
    }
    let id = strings["id"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(path)#L\(n)"
    let url = strings["url"]
    // html wins over text: markup carries more structure for the extractor.
    let format: PageFormat
    let content: String
    if let html = strings["html"] {
      (format, content) = (.html, html)
    } else if let text = strings["text"] {
      (format, content) = (.text, text)
    } else {
      return reject(line: n, url: url, id: id, "jsonl-missing-content", "line \(n) has neither \"html\" nor \"text\"")
    }
    let utf8 = Array(content.utf8)
    if utf8.count > limits.maxPageBytes {
      return reject(
        line: n, url: url, id: id, "too-large",
        "line \(n) content has \(grouped(utf8.count)) bytes, over \(grouped(limits.maxPageBytes))")
    }
    return .page(RawPage(
      id: id, source: SourceRef(path: path, url: url, line: n), format: format, bytes: utf8,
      transportCharset: charset(strings, object), alreadyUnicode: true))
  }

  /// The announced charset: explicit `charset`, else from `content_type`, else from a
  /// `headers` object's Content-Type (any letter case).
  private func charset(_ strings: [String: String], _ object: [String: Any]) -> String? {
    if let c = strings["charset"], !c.trimmingSpaces.isEmpty { return String(c.trimmingSpaces) }
    if let ct = strings["content_type"], let c = parseContentType(ct).charset { return c }
    if let headers = object["headers"] as? [String: Any] {
      for (name, value) in headers where name.lowercased() == "content-type" {
        if let v = value as? String, let c = parseContentType(v).charset { return c }
      }
    }
    return nil
  }
}
