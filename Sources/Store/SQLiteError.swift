import CSQLite

/// An error reported by SQLite, in SQLite's own words.
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
  /// The extended result code: 2067 is a UNIQUE constraint, 5 a busy database.
  public let code: Int32
  /// `sqlite3_errmsg`, read right after the failing call.
  public let message: String
  public let sql: String?

  public init(code: Int32, message: String, sql: String? = nil) {
    self.code = code
    self.message = message
    self.sql = sql
  }

  /// The primary result code (the low byte of the extended one).
  public var primaryCode: Int32 { code & 0xFF }

  /// SQLITE_BUSY: another connection held the lock longer than the wait.
  public var isBusy: Bool { primaryCode == SQLITE_BUSY }

  public var description: String { "\(message) (SQLite \(code))" + (sql.map { " in: \($0)" } ?? "") }
}
