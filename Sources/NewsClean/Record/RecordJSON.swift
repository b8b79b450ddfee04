import Foundation
import Ingest

// The JSON of records and rejects, written with `JSONWriter`: the same bytes as each type's
// `encode(to:)` through `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`.
//
// Rules, kept in step with the `encode(to:)` implementations:
// - keys are written in byte order (checked in debug builds);
// - an optional that `encode(to:)` writes with `encode(_:forKey:)` is `null` when absent
//   (`ArticleRecord`, `Comment`, `Duplicates`); one written with `encodeIfPresent`, or a
//   synthesized conformance's optional, is left out when absent (`SourceJSON`, `CharsetReport`,
//   `WithinDocumentDuplicate`).
// A new field goes into both places; `JSONWriterTests` compares the two on whole records.

extension ArticleRecord: JSONWritable {
  func writeJSON(into w: inout JSONWriter) throws {
    w.beginObject()
    w.key("byline"); w.string(byline)
    w.key("captions"); w.array(captions)
    w.key("charset"); charset.writeJSON(into: &w)
    w.key("comments"); try w.array(comments)
    w.key("duplicates"); try duplicates.writeJSON(into: &w)
    w.key("format"); w.string(format)
    w.key("id"); w.string(id)
    w.key("language"); w.string(language)
    w.key("links"); w.array(links)
    w.key("paragraphs"); w.array(paragraphs)
    w.key("published"); w.string(published)
    w.key("removed"); removed.writeJSON(into: &w)
    w.key("schema_version"); w.string(Self.schemaVersion)
    w.key("site_name"); w.string(siteName)
    w.key("source"); SourceJSON(source).writeJSON(into: &w)
    w.key("spam_links"); try w.array(spamLinks)
    w.key("text"); w.string(text)
    w.key("title"); w.string(title)
    w.key("url"); w.string(url)
    w.endObject()
  }

  /// The record as one JSON Lines line; throws when a number cannot be written (NaN, infinity).
  func jsonLine() throws -> Data {
    // The body is written twice (`text` and `paragraphs`); removed items and comments are
    // counted too (some forty bytes of keys and quotes each besides their text), since a buffer
    // grown while writing is copied whole; the rest is usually smaller.
    let removedBytes = removed.items.reduce(0) { $0 + $1.text.utf8.count + 40 }
    let commentBytes = comments.reduce(0) { $0 + $1.text.utf8.count + 64 }
    return try jsonLine(capacity: text.utf8.count * 2 + removedBytes + commentBytes + 2048)
  }
}

extension ArticleRecord.Duplicates: JSONWritable {
  func writeJSON(into w: inout JSONWriter) throws {
    w.beginObject()
    w.key("cluster"); w.string(cluster)
    w.key("cluster_size"); w.int(clusterSize)
    w.key("containment"); try w.double(containment)
    w.key("exact_hash"); w.string(exactHash)
    w.key("near_duplicate_of"); w.string(nearDuplicateOf)
    w.key("resemblance"); try w.double(resemblance)
    w.key("within_document"); withinDocument.writeJSON(into: &w)
    w.endObject()
  }
}

extension ArticleRecord.Removed {
  func writeJSON(into w: inout JSONWriter) {
    w.beginObject()
    w.key("counts"); w.dictionary(counts)
    w.key("items")
    w.beginArray()
    for item in items {
      w.beginObject()
      w.key("kind"); w.string(item.kind)
      w.key("text"); w.string(item.text)
      w.endObject()
    }
    w.endArray()
    w.endObject()
  }
}

extension SourceJSON {
  func writeJSON(into w: inout JSONWriter) {
    w.beginObject()
    if let line = source.line { w.key("line"); w.int(line) }
    if let offset = source.offset { w.key("offset"); w.int(offset) }
    w.key("path"); w.string(source.path)
    if let url = source.url { w.key("url"); w.string(url) }
    w.endObject()
  }
}

extension RejectRecord: JSONWritable {
  func writeJSON(into w: inout JSONWriter) {
    w.beginObject()
    w.key("detail"); w.string(detail)
    w.key("id"); w.string(id)
    w.key("reason"); w.string(reason)
    w.key("source"); SourceJSON(source).writeJSON(into: &w)
    w.key("stage"); w.string(stage)
    w.endObject()
  }

  /// The reject as one JSON Lines line.
  func jsonLine() -> Data {
    var w = JSONWriter(capacity: 256)
    writeJSON(into: &w)
    w.newline()
    return w.data
  }
}

extension CharsetReport {
  func writeJSON(into w: inout JSONWriter) {
    w.beginObject()
    if let declared { w.key("declared"); w.string(declared) }
    w.key("name"); w.string(name)
    w.key("replacements"); w.int(replacements)
    w.key("source"); w.string(source)
    w.endObject()
  }
}

extension Comment: JSONWritable {
  func writeJSON(into w: inout JSONWriter) {
    w.beginObject()
    w.key("author"); w.string(author)
    w.key("date"); w.string(date)
    w.key("text"); w.string(text)
    w.endObject()
  }
}

extension WithinDocumentDuplicate {
  func writeJSON(into w: inout JSONWriter) {
    w.beginObject()
    w.key("found"); w.bool(found)
    if let kind { w.key("kind"); w.string(kind) }
    w.key("removed_paragraphs"); w.int(removedParagraphs)
    w.endObject()
  }
}

extension SpamLink: JSONWritable {
  func writeJSON(into w: inout JSONWriter) throws {
    w.beginObject()
    w.key("context"); w.string(context)
    w.key("reasons"); try w.array(reasons)
    w.key("score"); try w.double(score)
    w.key("url"); w.string(url)
    w.endObject()
  }
}

extension SpamReason: JSONWritable {
  func writeJSON(into w: inout JSONWriter) throws {
    w.beginObject()
    w.key("evidence"); w.string(evidence)
    w.key("signal"); w.string(signal)
    w.key("weight"); try w.double(weight)
    w.endObject()
  }
}
