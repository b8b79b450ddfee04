import Foundation
import Testing

@testable import Ingest

/// A fresh temporary directory per test, removed when the fixture is released.
final class Fixture {
  let root: String

  init() {
    root = NSTemporaryDirectory() + "ingest-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  /// Writes `bytes` at `relative` (creating parent directories) and returns the full path.
  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) -> String {
    let path = root + "/" + relative
    let parent = (path as NSString).deletingLastPathComponent
    try! FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    return path
  }

  @discardableResult
  func write(_ relative: String, _ text: String) -> String { write(relative, Array(text.utf8)) }

  func path(_ relative: String) -> String { root + "/" + relative }
}

/// Reads everything the reader yields for `arguments`.
func readAll(_ arguments: [String], maxPageBytes: Int = 32 << 20) -> (items: [InputItem], stats: IngestStats) {
  let reader = PageReader(arguments: arguments, limits: IngestLimits(maxPageBytes: maxPageBytes))
  var items: [InputItem] = []
  while let item = reader.next() { items.append(item) }
  return (items, reader.stats)
}

extension InputItem {
  var page: RawPage? { if case .page(let p) = self { p } else { nil } }
  var reject: InputReject? { if case .reject(let r) = self { r } else { nil } }
}

extension RawPage {
  var text: String { String(decoding: bytes, as: UTF8.self) }
}

func gzip(_ text: String) -> [UInt8] { GzipWriter.gzip(Array(text.utf8)) }
