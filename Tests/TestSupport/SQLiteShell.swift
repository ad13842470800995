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
}
