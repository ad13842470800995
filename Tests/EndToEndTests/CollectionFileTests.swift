import Foundation
import TestSupport
import XCTest

/// The collection file in bad shape: read-only, on a full disk, from a newer or an older duet.
final class CollectionFileTests: XCTestCase {
  /// Takes a collection back to schema version 1: what the later migrations added, removed.
  private static let backToVersion1 = """
    DROP INDEX cards_new_in_order; DROP TABLE term_sightings; DROP TABLE settings; DROP INDEX notes_by_kind;
    ALTER TABLE cards DROP COLUMN buried_day; ALTER TABLE notes DROP COLUMN edited;
    PRAGMA user_version = 1
    """

  private var folder: TemporaryDirectory!
  private var mounted: String?

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
  }

  override func tearDownWithError() throws {
    if let mounted { _ = system("umount '\(mounted)' 2>/dev/null") }
  }

  private func duet(_ arguments: String..., database: String) throws -> ProcessResult {
    try DuetProcess.run(
      arguments, environment: ["DUET_DB": database, "DUET_NOW": "2026-01-05T09:00:00", "DUET_DECKS": folder.file("x")])
  }

  private func sqlite(_ database: String, _ sql: String) throws -> String { try SQLiteShell.run(database, sql) }

  /// A small tmpfs of `kilobytes` at a fresh folder, or a skip where this machine does not allow mounting.
  private func tmpfs(kilobytes: Int) throws -> String {
    let path = folder.file("mount")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard getuid() == 0, system("mount -t tmpfs -o size=\(kilobytes)k tmpfs '\(path)' 2>/dev/null") == 0 else {
      throw XCTSkip("mounting a tmpfs needs root")
    }
    mounted = path
    return path
  }

  func testAReadOnlyCollectionIsRefusedAndLeftAlone() throws {
    let mount = try tmpfs(kilobytes: 4096)
    let database = mount + "/c.sqlite3"
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md"), database: database).status, 0)
    XCTAssertEqual(system("mount -o remount,ro '\(mount)'"), 0)
    let result = try duet("import", Fixtures.path("mixed-headings.md"), database: database)
    XCTAssertEqual(result.status, 74)
    XCTAssertTrue(result.stderr.hasPrefix("duet: \(database): the collection's folder is read-only;"), result.stderr)
    XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
    XCTAssertEqual(system("mount -o remount,rw '\(mount)'"), 0)
    XCTAssertEqual(try sqlite(database, "SELECT count(*) FROM notes"), "4")
  }

  func testAFullDiskWritesNothingHalfWay() throws {
    let mount = try tmpfs(kilobytes: 192)
    let database = mount + "/c.sqlite3"
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md"), database: database).status, 0)
    var text = "#separator:tab\n"
    for index in 0..<5_000 {
      text += "A rather long sentence number \(index) to fill the disk.\t一个用来填满磁盘的很长的句子，第\(index)句。\n"
    }
    let big = try folder.write("big.tsv", text)
    let result = try duet("import", big, database: database)
    XCTAssertEqual(result.status, 74, result.stderr)
    XCTAssertEqual(
      result.stderr, "duet: \(database): the disk is full; nothing was written; free some space and try again\n")
    XCTAssertEqual(try sqlite(database, "SELECT count(*) FROM notes"), "4")
    XCTAssertEqual(try sqlite(database, "PRAGMA integrity_check"), "ok")
  }

  func testACollectionFromANewerDuetIsRefused() throws {
    let database = folder.file("c.sqlite3")
    _ = try duet("decks", database: database)
    _ = try sqlite(database, "PRAGMA user_version = 99")
    let result = try duet("decks", database: database)
    XCTAssertEqual(result.status, 65)
    XCTAssertEqual(
      result.stderr, "duet: \(database): collection has schema version 99, this duet knows up to 5; upgrade duet\n")
  }

  func testAnOlderCollectionIsBackedUpThenMigrated() throws {
    let database = folder.file("c.sqlite3")
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md"), database: database).status, 0)
    // Make it a version 1 collection: versions 2 and 3 added the index of new cards and the term sightings.
    _ = try sqlite(database, Self.backToVersion1)
    XCTAssertEqual(try duet("decks", database: database).status, 0)
    XCTAssertEqual(try sqlite(database, "PRAGMA user_version"), "5")
    XCTAssertEqual(try sqlite(database, "SELECT count(*) FROM sqlite_master WHERE name = 'cards_new_in_order'"), "1")
    let backup = database + ".v1.bak"
    XCTAssertEqual(try sqlite(backup, "PRAGMA user_version"), "1")
    XCTAssertEqual(try sqlite(backup, "SELECT count(*) FROM notes"), "4")
  }

  /// Starts `duet arguments` on `database` twice at the same moment and returns both results.
  private func twice(_ arguments: [String], database: String) throws -> [ProcessResult] {
    let environment = ["DUET_DB": database, "DUET_NOW": "2026-01-05T09:00:00", "DUET_DECKS": folder.file("x")]
    let running = try (0..<2).map { _ in try DuetProcess.launch(arguments, environment: environment) }
    return try running.map { try $0.wait() }
  }

  func testTwoProcessesOpeningANewOrAnOldCollectionAtOnceBothSucceed() throws {
    let template = folder.file("v1.sqlite3")
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md"), database: template).status, 0)
    _ = try sqlite(template, Self.backToVersion1)
    let old = try Data(contentsOf: URL(fileURLWithPath: template))
    for round in 0..<8 {
      let fresh = folder.file("new-\(round).sqlite3")
      for result in try twice(["stats"], database: fresh) { XCTAssertEqual(result.status, 0, result.stderr) }
      let upgraded = folder.file("old-\(round).sqlite3")
      try old.write(to: URL(fileURLWithPath: upgraded))
      for result in try twice(["decks"], database: upgraded) { XCTAssertEqual(result.status, 0, result.stderr) }
      XCTAssertEqual(try sqlite(upgraded, "PRAGMA user_version"), "5")
      XCTAssertEqual(try sqlite(upgraded + ".v1.bak", "SELECT count(*) FROM notes"), "4")
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".bak.") }
    XCTAssertEqual(leftovers, [])
  }

  func testOddCollectionPathsGetMessagesThatSayWhatIsWrong() throws {
    let fifo = folder.file("fifo")
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    let cases: [(String, Int32, String)] = [
      (folder.path, 66, "is a folder; a collection is a file"), (fifo, 65, "not a regular file"),
      ("/dev/null", 65, "not a regular file"),
    ]
    for (path, status, message) in cases {
      let result = try duet("stats", database: path)
      XCTAssertEqual(result.status, status, "\(path): \(result.stderr)")
      XCTAssertTrue(result.stderr.contains(message), result.stderr)
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/null-journal"))

    let database = folder.file("c.sqlite3")
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md"), database: database).status, 0)
    _ = try sqlite(database, Self.backToVersion1)
    try FileManager.default.createDirectory(atPath: database + ".v1.bak", withIntermediateDirectories: false)
    let blocked = try duet("decks", database: database)
    XCTAssertEqual(blocked.status, 65, blocked.stderr)
    XCTAssertTrue(blocked.stderr.contains("c.sqlite3.v1.bak: cannot write this backup"), blocked.stderr)
    XCTAssertEqual(try sqlite(database, "PRAGMA user_version"), "1")
  }
}
