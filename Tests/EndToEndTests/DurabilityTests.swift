import Foundation
import TestSupport
import XCTest

/// Grades survive a killed process and a second session on the same collection.
final class DurabilityTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = folder.duetEnvironment()
    let imported = try DuetProcess.run(
      ["import", Fixtures.path("bold-headings.md"), Fixtures.path("mixed-headings.md")], environment: environment)
    XCTAssertEqual(imported.status, 0, imported.stderr)
  }

  private func sqlite(_ sql: String) throws -> String { try SQLiteShell.run(folder.file("collection.sqlite3"), sql) }

  func testKillNineAfterThreeGradesKeepsThree() throws {
    let process = try DuetProcess.start(["review", "--format", "jsonl"], environment: environment)
    let output = LineReader((process.standardOutput as! Pipe).fileHandleForReading)
    let input = (process.standardInput as! Pipe).fileHandleForWriting
    for _ in 0..<3 {
      XCTAssertNotNil(output.next()?.range(of: "\"card\""))
      input.write(Data("5\n".utf8))
    }
    // The fourth card on screen means the third grade is committed.
    XCTAssertNotNil(output.next()?.range(of: "\"card\""))
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationReason, .uncaughtSignal)
    XCTAssertEqual(try sqlite("SELECT count(*) FROM reviews"), "3")
    XCTAssertEqual(try sqlite("SELECT count(*) FROM cards WHERE state = 'review'"), "3")
    XCTAssertEqual(try sqlite("PRAGMA integrity_check"), "ok")
  }

  func testTwoSessionsOnOneCollectionLoseNoGrade() throws {
    // Each session answers every card it is shown; whatever their queues, every answer must be a stored review.
    let answers = String(repeating: "5\n", count: 8)
    let sessions = try (0..<2).map { _ in
      try DuetProcess.launch(["review", "--format", "jsonl"], environment: environment, input: answers)
    }
    let results = try sessions.map { try $0.wait() }
    XCTAssertEqual(results.map(\.status), [0, 0], results.map(\.stderr).joined())
    let reviewed = try results.map { result -> Int in
      let done = try JSONSerialization.jsonObject(with: Data(result.lines.last!.utf8)) as! [String: Any]
      return done["reviewed"] as! Int
    }
    XCTAssertGreaterThanOrEqual(reviewed.reduce(0, +), 8)
    XCTAssertEqual(try sqlite("SELECT count(*) FROM reviews"), "\(reviewed.reduce(0, +))")
    XCTAssertEqual(try sqlite("PRAGMA integrity_check"), "ok")
  }
}
