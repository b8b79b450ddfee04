/// How the bytes of a page are to be read by the decoder and parser.
public enum PageFormat: String, Sendable, Codable {
  case html, text
}

/// Where a page or reject came from, precise enough to find it again by hand.
public struct SourceRef: Sendable, Codable, Equatable {
  /// The path as given on the command line, or as found while walking a directory; "-" for stdin.
  public var path: String
  /// The page URL: JSONL `url` or `WARC-Target-URI`.
  public var url: String?
  /// 1-based line number for JSON Lines input.
  public var line: Int?
  /// Byte offset of the WARC record in the (decompressed) stream.
  public var offset: Int?

  public init(path: String, url: String? = nil, line: Int? = nil, offset: Int? = nil) {
    self.path = path
    self.url = url
    self.line = line
    self.offset = offset
  }
}

/// One undecoded page as it came out of a file, a JSON line or a WARC record.
public struct RawPage: Sendable {
  /// Stable identifier: JSONL `id`, `WARC-Record-ID`, else derived from the path
  /// (`path`, `path#L<line>` or `path#<offset>`), so reruns on the same inputs give the same ids.
  public var id: String
  public var source: SourceRef
  public var format: PageFormat
  /// The page bytes; for JSON Lines the UTF-8 of the `html`/`text` string.
  public var bytes: [UInt8]
  /// Charset announced by the transport (HTTP header, JSONL `charset`/`content_type`/`headers`);
  /// nil for plain files.
  public var transportCharset: String?
  /// True when the bytes are already-decoded text (JSONL strings): the decoder must read them
  /// as UTF-8 and skip the `<meta charset>` prescan.
  public var alreadyUnicode: Bool

  public init(
    id: String, source: SourceRef, format: PageFormat, bytes: [UInt8],
    transportCharset: String? = nil, alreadyUnicode: Bool = false
  ) {
    self.id = id
    self.source = source
    self.format = format
    self.bytes = bytes
    self.transportCharset = transportCharset
    self.alreadyUnicode = alreadyUnicode
  }
}

/// An input that could not become a page, with a machine reason and a human detail.
///
/// Reasons: `empty-file`, `not-a-regular-file`, `unreadable`, `symlink-loop`, `binary`,
/// `gzip-corrupt`, `gzip-truncated`, `too-large`, `jsonl-invalid-json`, `jsonl-not-object`,
/// `jsonl-missing-content`, `jsonl-bad-field`, `warc-malformed`.
public struct InputReject: Sendable, Error {
  public var id: String
  public var source: SourceRef
  /// Short machine code, stable across releases (see the list above).
  public var reason: String
  /// Human sentence with the specifics.
  public var detail: String

  public init(id: String, source: SourceRef, reason: String, detail: String) {
    self.id = id
    self.source = source
    self.reason = reason
    self.detail = detail
  }
}

/// What the reader yields: a page, or the reason an input (or a part of one) was refused.
public enum InputItem: Sendable {
  case page(RawPage)
  case reject(InputReject)
}

/// Size limits that keep one hostile input from exhausting memory.
public struct IngestLimits: Sendable {
  /// Largest page accepted, counted after decompression (per file, JSON line or WARC record).
  public var maxPageBytes: Int = 32 << 20

  public init(maxPageBytes: Int = 32 << 20) {
    self.maxPageBytes = maxPageBytes
  }
}

/// Counters for what the reader saw and silently passed over (rejects are yielded, not counted
/// here only).
public struct IngestStats: Sendable, Equatable {
  /// Files opened (or attempted) as inputs, including stdin.
  public var filesSeen = 0
  /// Directories walked.
  public var directoriesWalked = 0
  /// Hidden entries (name starts with ".") skipped while walking.
  public var hiddenSkipped = 0
  /// FIFOs, sockets and devices refused without opening them.
  public var specialFilesSkipped = 0
  /// Directories reached a second time through a symlink (not a cycle) and not walked again.
  public var duplicateDirectoriesSkipped = 0
  /// Gzip streams that had non-gzip bytes after a complete member (data kept, junk ignored).
  public var gzipTrailingJunk = 0
  /// Pages yielded.
  public var pages = 0
  /// Rejects yielded.
  public var rejects = 0
  /// Blank lines skipped in JSON Lines input.
  public var jsonlBlankLines = 0
  /// WARC records skipped by `WARC-Type` (warcinfo, request, metadata, revisit, …).
  public var warcRecordsSkippedByType: [String: Int] = [:]
  /// WARC response records skipped because their Content-Type is not HTML.
  public var warcNonHTMLResponses = 0
  /// WARC response records skipped because the block is not an HTTP response (e.g. `dns:`).
  public var warcNonHTTPResponses = 0

  public init() {}
}

/// Shared so that byte sources and parsers deep in the stack can count without plumbing.
final class StatsBox {
  var value = IngestStats()
}

/// Groups digits by thousands for details ("1,204 bytes"); locale-independent on purpose so
/// reject files are byte-stable.
func grouped(_ n: Int) -> String {
  let digits = String(n.magnitude)
  var out = ""
  for (i, ch) in digits.enumerated() {
    if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
    out.append(ch)
  }
  return n < 0 ? "-" + out : out
}
