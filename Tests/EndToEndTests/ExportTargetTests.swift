import Foundation
import TestSupport
import XCTest

/// `duet export -o` writes through what the path names and never over the collection.
final class ExportTargetTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]
  private var database: String { folder.file("collection.sqlite3") }

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = folder.duetEnvironment()
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md")).status, 0)
    XCTAssertEqual(
      try DuetProcess.run(["review", "--format", "jsonl"], environment: environment, input: "5\n4\n").status, 0)
  }

  private func duet(_ arguments: String...) throws -> ProcessResult {
    try DuetProcess.run(arguments, environment: environment)
  }

  private func reviews() throws -> String { try SQLiteShell.run(database, "SELECT count(*) FROM reviews") }

  func testEverySpellingOfTheCollectionIsRefused() throws {
    XCTAssertEqual(symlink(database, folder.file("link.sqlite3")), 0)
    XCTAssertEqual(link(database, folder.file("hard.sqlite3")), 0)
    let spellings = [
      database, folder.path + "/./collection.sqlite3",
      folder.path + "/../"
        + URL(fileURLWithPath: folder.path)
        .lastPathComponent + "/collection.sqlite3", folder.file("link.sqlite3"), folder.file("hard.sqlite3"),
      database + "-journal", database + "-wal",
    ]
    for path in spellings {
      let result = try duet("export", "-o", path)
      XCTAssertEqual(result.status, 73, "\(path): \(result.stderr)")
      XCTAssertTrue(result.stderr.contains("is the collection"), result.stderr)
      XCTAssertEqual(try reviews(), "2", path)
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: database + "-journal"))
    XCTAssertEqual(try duet("stats").status, 0)
  }

  func testAFIFOIsWrittenIntoAndStaysAFIFO() throws {
    let fifo = folder.file("pipe")
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    let received = folder.file("received")
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/sh")
    reader.arguments = ["-c", "cat '\(fifo)' > '\(received)'"]
    try reader.run()
    let result = try duet("export", "-o", fifo)
    reader.waitUntilExit()
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(try String(contentsOfFile: received, encoding: .utf8).hasPrefix("#separator:tab"))
    var info = stat()
    XCTAssertEqual(lstat(fifo, &info), 0)
    XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO)
  }

  func testDevStdoutAndDashWriteToStandardOutput() throws {
    for path in ["/dev/stdout", "-"] {
      let result = try duet("export", "-o", path)
      XCTAssertEqual(result.status, 0, "\(path): \(result.stderr)")
      XCTAssertTrue(result.stdout.hasPrefix("#separator:tab"), path)
    }
  }

  func testASymlinkKeepsPointingAndAFileKeepsItsModeAndLinks() throws {
    let target = try folder.write("deck.tsv", "old\n")
    XCTAssertEqual(chmod(target, 0o600), 0)
    XCTAssertEqual(symlink(target, folder.file("latest.tsv")), 0)
    XCTAssertEqual(try duet("export", "-o", folder.file("latest.tsv")).status, 0)
    var info = stat()
    XCTAssertEqual(lstat(folder.file("latest.tsv"), &info), 0)
    XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK)
    XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("#separator:tab"))
    XCTAssertEqual(stat(target, &info), 0)
    XCTAssertEqual(info.st_mode & 0o777, 0o600)

    let shared = try folder.write("shared.tsv", "old\n")
    XCTAssertEqual(link(shared, folder.file("other-name.tsv")), 0)
    XCTAssertEqual(try duet("export", "-o", shared).status, 0)
    XCTAssertTrue(try String(contentsOfFile: folder.file("other-name.tsv"), encoding: .utf8).hasPrefix("#separator"))
  }

  func testAKilledExportsTemporaryFileIsRemovedByTheNext() throws {
    // A process id that no process has: the largest the kernel gives out, plus one.
    let leftover = try folder.write(".deck.tsv.duet-4194305.tmp", "half a file")
    XCTAssertEqual(try duet("export", "-o", folder.file("deck.tsv")).status, 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: leftover))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    XCTAssertFalse(names.contains { $0.hasSuffix(".tmp") }, "\(names)")
  }
}
