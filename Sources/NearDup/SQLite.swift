import CSQLite

/// Errors of the persistent index.
public enum NearDupIndexError: Error, Equatable, CustomStringConvertible {
  /// SQLite reported an error (result code and message).
  case sqlite(code: Int32, message: String)
  /// The index was written with settings that produce different signatures or band keys.
  case incompatibleIndex(expected: String, found: String)

  public var description: String {
    switch self {
    case .sqlite(let code, let message): "SQLite error \(code): \(message)"
    case .incompatibleIndex(let expected, let found):
      "near-duplicate index built with \(found), this run uses \(expected)"
    }
  }
}

/// The only owner of SQLite pointers in the package: a connection and its prepared statements.
final class SQLiteDatabase {
  private let handle: OpaquePointer

  init(path: String) throws(NearDupIndexError) {
    var db: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let rc = sqlite3_open_v2(path, &db, flags, nil)
    guard rc == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open \(path)"
      if let db { sqlite3_close(db) }
      throw .sqlite(code: rc, message: message)
    }
    handle = db
    sqlite3_busy_timeout(db, 10_000)
  }

  deinit { sqlite3_close_v2(handle) }

  func execute(_ sql: String) throws(NearDupIndexError) {
    var error: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &error)
    if rc != SQLITE_OK {
      let message = error.map { String(cString: $0) } ?? "error"
      sqlite3_free(error)
      throw .sqlite(code: rc, message: message)
    }
  }

  func prepare(_ sql: String) throws(NearDupIndexError) -> Statement {
    var statement: OpaquePointer?
    let rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard rc == SQLITE_OK, let statement else { throw lastError(rc) }
    return Statement(statement, database: self)
  }

  func lastError(_ rc: Int32) -> NearDupIndexError {
    .sqlite(code: rc, message: String(cString: sqlite3_errmsg(handle)))
  }

  /// Runs `body` in one transaction: all of it is stored, or (on error or kill) none of it.
  /// Inside a transaction already open (a run stored in segments) it is a savepoint of that one.
  func transaction(_ body: () throws(NearDupIndexError) -> Void) throws(NearDupIndexError) {
    let (begin, commit, rollback) = isInTransaction
      ? ("SAVEPOINT part", "RELEASE part", "ROLLBACK TO part; RELEASE part")
      : ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK")
    try execute(begin)
    do {
      try body()
      try execute(commit)
    } catch {
      try? execute(rollback)
      throw error
    }
  }

  /// Whether a transaction is open (SQLite is not in autocommit mode).
  var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

  /// A prepared statement; bind indices start at 1, column indices at 0.
  final class Statement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    fileprivate init(_ statement: OpaquePointer, database: SQLiteDatabase) {
      self.statement = statement
      self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    func reset() {
      sqlite3_reset(statement)
      sqlite3_clear_bindings(statement)
    }

    func bind(_ index: Int32, _ value: Int64) {
      sqlite3_bind_int64(statement, index, value)
    }

    func bind(_ index: Int32, _ value: String) {
      sqlite3_bind_text(statement, index, value, -1, csqlite_transient())
    }

    func bind<T: FixedWidthInteger>(_ index: Int32, blob values: [T]) {
      let littleEndian = values.map(\.littleEndian)
      littleEndian.withUnsafeBytes { raw in
        _ = sqlite3_bind_blob(statement, index, raw.baseAddress, Int32(raw.count), csqlite_transient())
      }
    }

    /// Steps once; true when a row is available.
    func step() throws(NearDupIndexError) -> Bool {
      let rc = sqlite3_step(statement)
      if rc == SQLITE_ROW { return true }
      if rc == SQLITE_DONE { return false }
      throw database.lastError(rc)
    }

    /// Steps a statement that returns no rows, then resets it.
    func run() throws(NearDupIndexError) {
      defer { reset() }
      _ = try step()
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func string(_ column: Int32) -> String {
      guard let text = sqlite3_column_text(statement, column) else { return "" }
      return String(cString: text)
    }

    func blob<T: FixedWidthInteger>(_ column: Int32, as type: T.Type) -> [T] {
      let byteCount = Int(sqlite3_column_bytes(statement, column))
      guard byteCount > 0, let base = sqlite3_column_blob(statement, column) else { return [] }
      let raw = UnsafeRawBufferPointer(start: base, count: byteCount)
      let count = byteCount / MemoryLayout<T>.size
      return (0..<count).map {
        T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self))
      }
    }
  }
}
