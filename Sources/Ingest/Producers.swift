/// Yields the items of one opened input, one at a time, so the reader stays lazy.
protocol ItemProducer: AnyObject {
  func next() -> InputItem?
}

/// An input that is refused as a whole before any reading.
final class SingleItemProducer: ItemProducer {
  private var item: InputItem?
  init(_ item: InputItem) { self.item = item }
  func next() -> InputItem? {
    defer { item = nil }
    return item
  }
}

/// A plain HTML or text file (possibly gzipped): one page, read up to the limit.
final class WholeFileProducer: ItemProducer {
  private var reader: ByteReader?
  private let path: String
  private let format: PageFormat
  private let limits: IngestLimits

  init(reader: ByteReader, path: String, format: PageFormat, limits: IngestLimits) {
    self.reader = reader
    self.path = path
    self.format = format
    self.limits = limits
  }

  func next() -> InputItem? {
    guard let reader else { return nil }
    // Drop the reader (and its buffer and file descriptor) as soon as the page is out.
    self.reader = nil
    let source = SourceRef(path: path)
    let id = pageID(forPath: path)
    do {
      guard let bytes = try reader.readToEnd(limit: limits.maxPageBytes) else {
        return .reject(InputReject(
          id: id, source: source, reason: "too-large",
          detail: "page exceeds \(grouped(limits.maxPageBytes)) bytes after decompression"))
      }
      if bytes.isEmpty {
        return .reject(InputReject(
          id: id, source: source, reason: "empty-file", detail: "file decompresses to zero bytes"))
      }
      return .page(RawPage(id: id, source: source, format: format, bytes: bytes))
    } catch {
      return .reject(InputReject(id: id, source: source, reason: error.reason, detail: error.detail))
    }
  }
}

/// Opens the right producer for a readable stream: gunzip by magic bytes, kind by name or sniff.
func makeProducer(
  source raw: ByteSource, path: String, nameHint: String?, limits: IngestLimits, stats: StatsBox
) -> ItemProducer {
  func reject(_ reason: String, _ detail: String) -> ItemProducer {
    SingleItemProducer(.reject(InputReject(id: path, source: SourceRef(path: path), reason: reason, detail: detail)))
  }
  do {
    let magic = try readPrefix(raw, count: 2)
    if magic.isEmpty { return reject("empty-file", "input has zero bytes") }
    let source: ByteSource =
      Gzip.hasMagic(magic)
      ? gzipSource(raw: raw, magic: magic, limits: limits, stats: stats)
      : PrefixedSource(prefix: magic, base: raw)
    let reader = ByteReader(source: source)
    var kind = nameHint.flatMap(InputKind.fromName)
    if kind == nil {
      let head = try reader.peek(1024)
      if head.isEmpty { return reject("empty-file", "input decompresses to zero bytes") }
      guard let sniffed = InputKind.sniff(head) else {
        return reject("binary", "unknown extension and the first bytes contain NUL: not text or markup")
      }
      kind = sniffed
    }
    switch kind! {
    case .html: return WholeFileProducer(reader: reader, path: path, format: .html, limits: limits)
    case .text: return WholeFileProducer(reader: reader, path: path, format: .text, limits: limits)
    case .jsonl: return JSONLinesProducer(reader: reader, path: path, limits: limits, stats: stats)
    case .warc: return WARCProducer(reader: reader, path: path, limits: limits, stats: stats)
    }
  } catch {
    return reject(error.reason, error.detail)
  }
}

/// The id of a page read from a file: its name without the compression suffix and one more
/// extension (`pages/bd-0001.html.gz` → `bd-0001`), as evaluation tools and users name pages.
/// `source.path` stays the unique locator when two folders hold the same file name.
func pageID(forPath path: String) -> String {
  if path == "-" { return "-" }
  var name = Substring(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
  for suffix in [".gz", ".GZ", ".gzip"] where name.hasSuffix(suffix) { name = name.dropLast(suffix.count) }
  if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
  return name.isEmpty ? path : String(name)
}
