import CSQLite

/// One connection to a SQLite file; it owns the `sqlite3` handle and closes it when released.
///
/// Opening sets the pragmas every connection of the collection relies on: WAL (readers never block the writer),
/// foreign keys, and a busy handler so that a second process waits for the lock instead of failing.
public final class Database {
  let handle: OpaquePointer
  public let path: String
  private var cache: [String: Statement] = [:]

  /// How long a statement waits for another connection's lock before reporting SQLITE_BUSY.
  public static let busyTimeoutMilliseconds: Int32 = 30_000
  /// How long a statement waits before `onLongWait` is called.
  public static let longWaitMilliseconds: Int32 = 1_000
  /// How often a waiting statement tries the lock again.
  private static let retryMilliseconds: Int32 = 10

  /// Called once per wait, when a statement has waited `longWaitMilliseconds` for another program's lock: a
  /// front end says why nothing happens rather than look frozen.
  public var onLongWait: (() -> Void)?

  /// Opens (and with `create`, creates) the database at `path`.
  ///
  /// A failed open still closes the half-made connection.
  public init(path: String, create: Bool = true) throws {
    var handle: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
    let code = sqlite3_open_v2(path, &handle, flags, nil)
    guard code == SQLITE_OK, let handle else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close_v2(handle)
      throw SQLiteError(code: code, message: message)
    }
    self.handle = handle
    self.path = path
    sqlite3_extended_result_codes(handle, 1)
    sqlite3_busy_handler(
      handle,
      { context, attempts in
        Unmanaged<Database>.fromOpaque(context!).takeUnretainedValue().waitForLock(attempts: attempts) ? 1 : 0
      }, Unmanaged.passUnretained(self).toOpaque())
    try enableWAL()
    try execute("PRAGMA foreign_keys = ON")
    try execute("PRAGMA synchronous = FULL")
    try execute("PRAGMA cache_size = -16000")  // 16 MB of pages: a large collection's indexes stay in memory
  }

  /// Switches to WAL, waiting for the lock that takes: SQLite does not call the busy handler there, so a second
  /// process opening a new collection at the same moment would otherwise fail with "database is locked".
  private func enableWAL() throws {
    var attempts: Int32 = 0
    while true {
      do {
        return try execute("PRAGMA journal_mode = WAL")
      } catch let error as SQLiteError where error.isBusy && waitForLock(attempts: attempts) {
        attempts += 1
      }
    }
  }

  /// The busy handler: sleeps and tries again until the timeout, telling `onLongWait` once on the way.
  private func waitForLock(attempts: Int32) -> Bool {
    let waited = attempts * Self.retryMilliseconds
    guard waited < Self.busyTimeoutMilliseconds else { return false }
    if waited == Self.longWaitMilliseconds { onLongWait?() }
    sqlite3_sleep(Self.retryMilliseconds)
    return true
  }

  deinit {
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// Runs one or more SQL statements that take no parameters.
  public func execute(_ sql: String) throws {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw error(code, sql: sql) }
  }

  /// A prepared statement for `sql`, reused across calls: preparing is the costly part of a small query.
  public func prepare(_ sql: String) throws -> Statement {
    if let statement = cache[sql] { return statement }
    let statement = try Statement(database: self, sql: sql)
    cache[sql] = statement
    return statement
  }

  /// Runs `sql` with `values` and returns nothing.
  public func run(_ sql: String, _ values: any SQLBindable...) throws { try run(sql, arguments: values) }

  /// Runs `sql` with the values of a list (a placeholder count known at run time) and returns nothing.
  func run(_ sql: String, arguments values: [any SQLBindable]) throws {
    let statement = try prepare(sql)
    try statement.bind(values)
    while try statement.step() {}
  }

  /// The first column of the first row, or nil when there is no row.
  public func scalar(_ sql: String, _ values: any SQLBindable...) throws -> SQLValue? {
    let statement = try prepare(sql)
    try statement.bind(values)
    defer { statement.reset() }
    return try statement.step() ? Row(statement: statement).value(0) : nil
  }

  /// The first column of the first row as an integer (0 when there is no row or it is NULL).
  public func integer(_ sql: String, _ values: any SQLBindable...) throws -> Int {
    let statement = try prepare(sql)
    try statement.bind(values)
    defer { statement.reset() }
    return try statement.step() ? Row(statement: statement).int(0) : 0
  }

  /// The rowid of the last row inserted through this connection.
  public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Rows changed by the last INSERT, UPDATE or DELETE.
  public var changes: Int { Int(sqlite3_changes(handle)) }

  /// Runs `body` between BEGIN IMMEDIATE and COMMIT; if `body` throws, rolls back and rethrows its error.
  ///
  /// IMMEDIATE takes the write lock at the start, so two writers queue on the busy timeout instead of one
  /// failing at COMMIT. Transactions do not nest. See https://sqlite.org/lang_transaction.html.
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  func error(_ code: Int32, sql: String?) -> SQLiteError {
    let extended = sqlite3_extended_errcode(handle)
    return SQLiteError(
      code: extended == SQLITE_OK ? code : extended, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
  }
}
