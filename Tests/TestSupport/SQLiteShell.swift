import Foundation

/// The sqlite3 command-line shell, to look at a collection from outside duet.
public enum SQLiteShell {
  /// Runs `sql` on the database at `path` and returns what the shell printed (stdout and stderr), trimmed.
  public static func run(_ path: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, sql]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Starts the shell holding the write lock of the database at `path` for `seconds`: it begins a transaction,
  /// runs `statement`, waits, then commits (with `committing`) or rolls back. Returns once the lock is taken;
  /// `waitUntilExit()` the process to know it is released.
  public static func holdWriteLock(
    on path: String, for seconds: Int, writing statement: String, committing: Bool = false
  ) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "sqlite3", path, "BEGIN IMMEDIATE;", statement, ".shell sleep \(seconds)", committing ? "COMMIT;" : "ROLLBACK;",
    ]
    try process.run()
    Thread.sleep(forTimeInterval: 0.3)
    return process
  }
}
