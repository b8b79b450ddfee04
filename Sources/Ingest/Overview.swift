// Ingest: design notes (kept as a comment because SwiftPM warns about stray files in a target).
//
// # Ingest
//
// Command-line inputs in, a lazy stream of `InputItem`s (`RawPage` or `InputReject`) out.
//
// ```
// arguments ─▶ PageReader (walk: lstat/stat, sorted readdir, visited (dev, inode))
//                │ regular file / stdin
//                ▼
//           FileDescriptorSource (read(2)) ─▶ [gzip if 1f 8b] ─▶ ByteReader (memchr lines)
//                │  gzip: small regular file ─▶ WholeGzip (libdeflate, whole) ─▶ MemorySource
//                │        otherwise, or on any failure ─▶ GzipSource (zlib, streamed)
//                │ kind: extension (after .gz) or sniff of the first 1 KiB
//                ├─ html/text ─▶ WholeFileProducer   one page, bounded by maxPageBytes
//                ├─ jsonl     ─▶ JSONLinesProducer   one page or reject per line
//                └─ warc      ─▶ WARCProducer        one page per HTML response record
// ```
//
// Why it is shaped this way:
//
// - **Nothing is opened unless it is a regular file.** `open` on a FIFO blocks; devices never
//   end. Files are opened `O_NONBLOCK` and re-checked with `fstat` to close the stat/open race.
// - **Memory is bounded by limits, not by input size.** Gzip is inflated member by member into
//   a reusable buffer; a page, JSON line or WARC record is held only up to `maxPageBytes`
//   (JSON lines: twice that, for escapes; WARC: plus 256 KiB of HTTP header). Over-long lines and
//   records are skipped without being buffered.
// - **One bad part never costs the rest.** Bad JSON lines are rejected one by one; a malformed
//   WARC record is one reject and reading resumes at the next `WARC/1.` line.
// - **libdeflate is an optional fast path, zlib the reference.** With libdeflate built in, a gzip
//   file of at most 1 MiB (a page) is read whole and inflated in one call, 2-3x faster than
//   zlib's streaming inflate. Only the plain case is taken (complete members, nothing after,
//   within `maxPageBytes`); anything else replays the bytes into zlib from the start, so rejects,
//   their details and stats are zlib's. Bigger files stay streamed to keep memory bounded.
// - **Gzip truncation vs corruption** are distinct reasons: truncation (input ends inside a
//   member) is usually an interrupted download, corruption is bad data. Junk after a complete
//   member is ignored and counted (`gzipTrailingJunk`).
// - **Ids are deterministic**: JSONL `id`, `WARC-Record-ID` (as written, brackets kept), else the
//   path, `path#L<line>` or `path#<offset>`.
// - Directory cycles: a directory reached again while inside itself is a `symlink-loop` reject;
//   reached again elsewhere (two links to one tree) it is skipped and counted, so no page is
//   read twice.
//
// Zlib and libdeflate pointers stay in this module; `GzipWriter` exists only so tests can build fixtures.
