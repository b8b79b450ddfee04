/// WARC 1.0/1.1 records, plain or gzipped (whole file or per record: the gzip layer below
/// reads concatenated members as one stream, so both look the same here).
///
/// Only `response` records with an HTTP response whose Content-Type is HTML (or absent)
/// become pages; other records are skipped and counted. A malformed record gives one
/// `warc-malformed` reject, then reading resynchronises at the next `WARC/1.` line, so one
/// damaged record does not lose the rest of a multi-gigabyte file.
final class WARCProducer: ItemProducer {
  private let reader: ByteReader
  private let path: String
  private let limits: IngestLimits
  private let stats: StatsBox
  /// Items found while reading one record but owed after an earlier one (a junk reject
  /// discovered just before a good record).
  private var queue: [InputItem] = []
  private var done = false
  /// After a reject, junk lines until the next version line are part of the same problem.
  private var resyncing = false

  /// Header lines longer than this are junk, not headers.
  private let headerLineLimit = 64 << 10
  private let maxHeaderLines = 1024
  /// Room for the HTTP header inside a response block on top of the page limit.
  private let httpHeaderSlack = 256 << 10

  init(reader: ByteReader, path: String, limits: IngestLimits, stats: StatsBox) {
    self.reader = reader
    self.path = path
    self.limits = limits
    self.stats = stats
  }

  func next() -> InputItem? {
    while true {
      if !queue.isEmpty { return queue.removeFirst() }
      if done { return nil }
      do {
        try readRecord()
      } catch {
        done = true
        queue.append(reject(offset: reader.position, error.reason, error.detail))
      }
    }
  }

  private func reject(offset: Int, id: String? = nil, url: String? = nil, _ reason: String, _ detail: String) -> InputItem {
    .reject(InputReject(
      id: id ?? "\(path)#\(offset)", source: SourceRef(path: path, url: url, offset: offset),
      reason: reason, detail: detail))
  }

  private func malformed(_ offset: Int, _ detail: String) {
    queue.append(reject(offset: offset, "warc-malformed", detail))
    resyncing = true
  }

  /// Reads one record (or the junk before it) and queues what it yields, if anything.
  private func readRecord() throws(StreamFailure) {
    // 1. The version line, skipping the blank lines that end the previous record.
    var offset = reader.position
    var junkStart: Int?
    scan: while true {
      offset = reader.position
      guard let line = try reader.readLine(limit: headerLineLimit) else {
        done = true
        if let junkStart, !resyncing {
          malformed(junkStart, "bytes at offset \(grouped(junkStart)) to the end are not a WARC record")
        }
        return
      }
      if case .line(let bytes, _) = line {
        if bytes.starts(with: versionPrefix) { break scan }
        if bytes.allSatisfy({ $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }) { continue }
      }
      if junkStart == nil { junkStart = offset }
    }
    if let junkStart, !resyncing {
      malformed(junkStart, "expected a WARC/1.x version line at offset \(grouped(junkStart))")
    }
    resyncing = false

    // 2. Named fields up to the blank line.
    var fields: [String: String] = [:]
    var lastName: String?
    for _ in 0..<maxHeaderLines {
      guard let line = try reader.readLine(limit: headerLineLimit) else {
        done = true
        return malformed(offset, "record header at offset \(grouped(offset)) is cut off by the end of input")
      }
      guard case .line(var bytes, _) = line else {
        return malformed(offset, "record header at offset \(grouped(offset)) has a line over \(grouped(headerLineLimit)) bytes")
      }
      if bytes.last == 0x0D { bytes.removeLast() }
      if bytes.isEmpty {
        return try readBlock(offset: offset, fields: fields)
      }
      let text = String(decoding: bytes, as: UTF8.self)
      if bytes[0] == 0x20 || bytes[0] == 0x09, let name = lastName {
        // Folded continuation line (allowed by WARC 1.0's HTTP-like grammar).
        fields[name, default: ""] += " " + text.trimmingSpaces
        continue
      }
      guard let colon = text.firstIndex(of: ":") else {
        return malformed(offset, "record header at offset \(grouped(offset)) has a line without a colon")
      }
      let name = text[..<colon].trimmingSpaces.lowercased()
      fields[name] = String(text[text.index(after: colon)...].trimmingSpaces)
      lastName = name
    }
    malformed(offset, "record header at offset \(grouped(offset)) has over \(maxHeaderLines) lines")
  }

  private func readBlock(offset: Int, fields: [String: String]) throws(StreamFailure) {
    guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
      return malformed(offset, "record at offset \(grouped(offset)) has no valid Content-Length")
    }
    let type = (fields["warc-type"] ?? "").lowercased()
    let id = fields["warc-record-id"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(path)#\(offset)"
    let url = fields["warc-target-uri"].map { String($0.trimmingCharacters("<>")) }
    func cutOff(_ got: Int) {
      done = true
      queue.append(reject(
        offset: offset, id: id, url: url, "warc-malformed",
        "record at offset \(grouped(offset)) declares \(grouped(length)) bytes but the input ends after \(grouped(got))"))
    }
    guard type == "response" else {
      stats.value.warcRecordsSkippedByType[type.isEmpty ? "(none)" : type, default: 0] += 1
      let skipped = try reader.skip(count: length)
      if skipped < length { cutOff(skipped) }
      return
    }
    if length > limits.maxPageBytes + httpHeaderSlack {
      let skipped = try reader.skip(count: length)
      if skipped < length { return cutOff(skipped) }
      queue.append(reject(
        offset: offset, id: id, url: url, "too-large",
        "response record has \(grouped(length)) bytes, over the \(grouped(limits.maxPageBytes)) page limit"))
      return
    }
    let block = try reader.read(count: length)
    if block.count < length { return cutOff(block.count) }
    if let item = page(from: block, id: id, url: url, offset: offset) { queue.append(item) }
  }

  /// Splits the HTTP response and decodes its body; nil when the response is not a page.
  private func page(from block: [UInt8], id: String, url: String?, offset: Int) -> InputItem? {
    guard let http = HTTPResponse(block) else {
      stats.value.warcNonHTTPResponses += 1
      return nil
    }
    let contentType = http.headers["content-type"].map(parseContentType)
    if let mime = contentType?.mime, !mime.isEmpty, !htmlTypes.contains(mime) {
      stats.value.warcNonHTMLResponses += 1
      return nil
    }
    var body = Array(block[http.bodyStart...])
    if http.headers["transfer-encoding"]?.lowercased().contains("chunked") == true,
      let joined = dechunk(body)
    {
      // Crawlers differ: some store the body as sent, some already de-chunked but keep the
      // header. Only a body that parses as chunks is de-chunked.
      body = joined
    }
    let encoding = http.headers["content-encoding"]?.lowercased().trimmingSpaces ?? ""
    if ["gzip", "x-gzip", "deflate"].contains(encoding), Gzip.hasMagic(body) || encoding == "deflate" {
      do {
        guard let inflated = try Gzip.inflate(body, limit: limits.maxPageBytes, stats: stats) else {
          return reject(offset: offset, id: id, url: url, "too-large",
            "response body inflates to over \(grouped(limits.maxPageBytes)) bytes")
        }
        body = inflated
      } catch {
        return reject(offset: offset, id: id, url: url, error.reason, "response body: \(error.detail)")
      }
    }
    if body.count > limits.maxPageBytes {
      return reject(offset: offset, id: id, url: url, "too-large",
        "response body has \(grouped(body.count)) bytes, over \(grouped(limits.maxPageBytes))")
    }
    return .page(RawPage(
      id: id, source: SourceRef(path: path, url: url, offset: offset), format: .html, bytes: body,
      transportCharset: contentType?.charset, alreadyUnicode: false))
  }
}

private let versionPrefix = Array("WARC/1.".utf8)
private let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]

/// The status line and headers of an HTTP response stored in a WARC block.
struct HTTPResponse {
  /// Header values by lower-cased name (the last one wins, as crawlers rarely repeat these).
  var headers: [String: String] = [:]
  var bodyStart: Int

  init?(_ block: [UInt8]) {
    guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
    // The header ends at the first empty line; accept bare "\n" endings from sloppy servers.
    var end = block.count
    var bodyStart = block.count
    var i = 0
    while let nl = block[i...].firstIndex(of: 0x0A) {
      let next = nl + 1
      if next < block.count && block[next] == 0x0A {
        (end, bodyStart) = (nl, next + 1)
        break
      }
      if next + 1 < block.count && block[next] == 0x0D && block[next + 1] == 0x0A {
        (end, bodyStart) = (nl, next + 2)
        break
      }
      i = next
      if i >= block.count { break }
    }
    self.bodyStart = bodyStart
    let head = String(decoding: block[..<end], as: UTF8.self)
    for line in head.split(whereSeparator: \.isNewline).dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].trimmingSpaces.lowercased()] = String(line[line.index(after: colon)...].trimmingSpaces)
    }
  }
}

/// Joins a `Transfer-Encoding: chunked` body; nil when it is not validly chunked.
func dechunk(_ body: [UInt8]) -> [UInt8]? {
  var out: [UInt8] = []
  out.reserveCapacity(body.count)
  var i = 0
  while true {
    guard let nl = body[i...].firstIndex(of: 0x0A) else { return nil }
    var sizeLine = String(decoding: body[i..<nl], as: UTF8.self)
    if let semi = sizeLine.firstIndex(of: ";") { sizeLine = String(sizeLine[..<semi]) }
    guard let size = Int(sizeLine.trimmingSpaces, radix: 16), size >= 0 else { return nil }
    i = nl + 1
    if size == 0 { return out }
    guard size <= body.count - i else { return nil }
    out.append(contentsOf: body[i..<(i + size)])
    i += size
    // The CRLF after each chunk.
    if i < body.count && body[i] == 0x0D { i += 1 }
    if i < body.count && body[i] == 0x0A { i += 1 }
    if i >= body.count { return nil }
  }
}
