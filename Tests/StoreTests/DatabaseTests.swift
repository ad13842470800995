import Foundation
import Store
import TestSupport
import XCTest

final class DatabaseTests: XCTestCase {
  func testOpensWithWALAndForeignKeys() throws {
    let folder = try TemporaryDirectory()
    let database = try Database(path: folder.file("a.sqlite3"))
    XCTAssertEqual(try database.scalar("PRAGMA journal_mode"), .text("wal"))
    XCTAssertEqual(try database.integer("PRAGMA foreign_keys"), 1)
  }

  func testAWriterWaitsForAnotherProgramsLockAndSaysSoOnce() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("a.sqlite3")
    let database = try Database(path: path)
    try database.execute("CREATE TABLE t(a)")
    var notices = 0
    database.onLongWait = { notices += 1 }
    // sqlite3 holds the write lock for two seconds; the insert waits for it instead of failing.
    let locker = try SQLiteShell.holdWriteLock(on: path, for: 2, writing: "INSERT INTO t VALUES (0);", committing: true)
    try database.run("INSERT INTO t VALUES (?)", 1)
    locker.waitUntilExit()
    XCTAssertEqual(try database.integer("SELECT count(*) FROM t"), 2)
    XCTAssertEqual(notices, 1)
  }

  func testBindsEveryStorageClassAndReadsItBack() throws {
    let folder = try TemporaryDirectory()
    let database = try Database(path: folder.file("a.sqlite3"))
    try database.execute("CREATE TABLE t(a, b, c, d, e)")
    try database.run(
      "INSERT INTO t VALUES (?, ?, ?, ?, ?)", 42, 2.5, "思维链 'quoted'", SQLValue.null, SQLValue.blob([0, 1, 2]))
    let row = try database.prepare("SELECT a, b, c, d, e FROM t").rows { row in (0..<5).map { row.value(Int32($0)) } }
    XCTAssertEqual(row, [[.integer(42), .real(2.5), .text("思维链 'quoted'"), .null, .blob([0, 1, 2])]])
  }

  func testWrongArgumentCountIsAnError() throws {
    let folder = try TemporaryDirectory()
    let database = try Database(path: folder.file("a.sqlite3"))
    try database.execute("CREATE TABLE t(a)")
    XCTAssertThrowsError(try database.run("INSERT INTO t VALUES (?)", 1, 2))
    XCTAssertThrowsError(try database.run("INSERT INTO t VALUES (?, ?)", 1))
    XCTAssertEqual(try database.integer("SELECT count(*) FROM t"), 0)
  }

  func testErrorsCarrySQLitesMessageAndCode() throws {
    let folder = try TemporaryDirectory()
    let database = try Database(path: folder.file("a.sqlite3"))
    try database.execute("CREATE TABLE t(a UNIQUE)")
    try database.run("INSERT INTO t VALUES (1)")
    XCTAssertThrowsError(try database.run("INSERT INTO t VALUES (1)")) { error in
      let sqlite = error as? SQLiteError
      XCTAssertEqual(sqlite?.code, 2067)  // SQLITE_CONSTRAINT_UNIQUE
      XCTAssertEqual(sqlite?.message, "UNIQUE constraint failed: t.a")
      XCTAssertEqual(sqlite?.sql, "INSERT INTO t VALUES (1)")
    }
    XCTAssertThrowsError(try database.execute("SELEC 1")) { XCTAssertTrue("\($0)".contains("syntax error")) }
  }

  func testTransactionRollsBackAndRethrowsTheBodysError() throws {
    struct Boom: Error {}
    let folder = try TemporaryDirectory()
    let database = try Database(path: folder.file("a.sqlite3"))
    try database.execute("CREATE TABLE t(a)")
    XCTAssertThrowsError(
      try database.transaction {
        try database.run("INSERT INTO t VALUES (1)")
        throw Boom()
      }
    ) { XCTAssertTrue($0 is Boom) }
    XCTAssertEqual(try database.integer("SELECT count(*) FROM t"), 0)
    try database.transaction { try database.run("INSERT INTO t VALUES (1)") }
    XCTAssertEqual(try database.integer("SELECT count(*) FROM t"), 1)
  }

  func testOpeningSomethingThatIsNotADatabaseFails() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("notes.txt", String(repeating: "not sqlite at all\n", count: 100))
    XCTAssertThrowsError(try StudyCollection(path: path)) { XCTAssertEqual(($0 as? SQLiteError)?.primaryCode, 26) }
    XCTAssertThrowsError(try Database(path: folder.file("missing/dir/a.sqlite3"))) {
      XCTAssertEqual(($0 as? SQLiteError)?.primaryCode, 14)
    }
  }
}
