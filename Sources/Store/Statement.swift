import CSQLite

/// One prepared statement; it owns its `sqlite3_stmt` and finalizes it when released.
///
/// Values go through `?` placeholders only, never into the SQL text.
public final class Statement {
  let handle: OpaquePointer
  unowned let database: Database
  public let sql: String

  init(database: Database, sql: String) throws {
    var handle: OpaquePointer?
    let code = sqlite3_prepare_v2(database.handle, sql, -1, &handle, nil)
    guard code == SQLITE_OK, let handle else { throw database.error(code, sql: sql) }
    self.handle = handle
    self.database = database
    self.sql = sql
  }

  deinit { sqlite3_finalize(handle) }

  /// Resets the statement and binds `values` to its parameters, in order from the first.
  ///
  /// A count that differs from the statement's parameter count is an error, never a silent NULL.
  public func bind(_ values: [any SQLBindable]) throws {
    guard Int32(values.count) == sqlite3_bind_parameter_count(handle) else {
      throw SQLiteError(
        code: SQLITE_MISUSE,
        message: "\(values.count) arguments for \(sqlite3_bind_parameter_count(handle)) parameters",
        sql: sql)
    }
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for (index, value) in zip(Int32(1)..., values) {
      let code: Int32
      switch value.sqlValue {
      case .null: code = sqlite3_bind_null(handle, index)
      case .integer(let int): code = sqlite3_bind_int64(handle, index, int)
      case .real(let double): code = sqlite3_bind_double(handle, index, double)
      case .text(let text): code = sqlite3_bind_text(handle, index, text, -1, csqlite_transient())
      case .blob(let bytes):
        code = bytes.withUnsafeBytes {
          sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), csqlite_transient())
        }
      }
      guard code == SQLITE_OK else { throw database.error(code, sql: sql) }
    }
  }

  /// Ends the current read, so the statement holds no lock until it is bound again.
  public func reset() { sqlite3_reset(handle) }

  /// Advances to the next row: true when a row is ready to read, false when the statement is done.
  public func step() throws -> Bool {
    switch sqlite3_step(handle) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    case let code:
      let error = database.error(code, sql: sql)
      sqlite3_reset(handle)
      throw error
    }
  }

  /// Binds `values` and steps to completion, for statements that return no rows.
  public func run(_ values: any SQLBindable...) throws {
    try bind(values)
    while try step() {}
  }

  /// Binds `values` and calls `body` with each row.
  public func forEachRow(_ values: [any SQLBindable] = [], _ body: (Row) throws -> Void) throws {
    try bind(values)
    let row = Row(statement: self)
    while try step() { try body(row) }
  }

  /// Binds `values` and maps each row.
  public func rows<T>(_ values: [any SQLBindable] = [], _ transform: (Row) throws -> T) throws -> [T] {
    var result: [T] = []
    try forEachRow(values) { result.append(try transform($0)) }
    return result
  }
}

/// The current row of a statement, read by column index from 0.
public struct Row {
  let statement: Statement

  /// How many columns the row has.
  public var columnCount: Int32 { sqlite3_column_count(statement.handle) }

  public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement.handle, column) == SQLITE_NULL }
  public func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement.handle, column)) }
  public func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement.handle, column) }
  public func double(_ column: Int32) -> Double { sqlite3_column_double(statement.handle, column) }
  public func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

  public func string(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(statement.handle, column) else { return "" }
    return String(cString: bytes)
  }

  /// The column as the storage class SQLite holds it in.
  public func value(_ column: Int32) -> SQLValue {
    switch sqlite3_column_type(statement.handle, column) {
    case SQLITE_INTEGER: return .integer(int64(column))
    case SQLITE_FLOAT: return .real(double(column))
    case SQLITE_TEXT: return .text(string(column))
    case SQLITE_BLOB:
      let count = Int(sqlite3_column_bytes(statement.handle, column))
      guard let base = sqlite3_column_blob(statement.handle, column) else { return .blob([]) }
      return .blob(Array(UnsafeRawBufferPointer(start: base, count: count)))
    default: return .null
    }
  }
}
