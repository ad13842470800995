import Foundation
import TestSupport
import XCTest

/// `duet config` keeps settings in the collection; review takes them, and its flags still win for one session.
final class ConfigTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = folder.duetEnvironment()
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md")).status, 0)
  }

  private func duet(_ arguments: String..., now: String = "2026-01-05T09:00:00", input: String = "") throws
    -> ProcessResult
  {
    var environment = self.environment
    environment["DUET_NOW"] = now
    return try DuetProcess.run(arguments, environment: environment, input: input)
  }

  /// How many cards the day's session holds: the first card line's `remaining`.
  private func remaining(_ arguments: String...) throws -> Int? {
    let result = try DuetProcess.run(
      ["review", "--format", "jsonl"] + arguments, environment: environment, input: "q\n")
    let first = try JSONSerialization.jsonObject(with: Data((result.lines.first ?? "{}").utf8)) as? [String: Any]
    return first?["remaining"] as? Int
  }

  func testSettingsLastAndFlagsOverrideThem() throws {
    XCTAssertEqual(try remaining(), 4)
    XCTAssertEqual(try duet("config", "new-per-day", "2").stderr, "new-per-day is 2\n")
    XCTAssertEqual(try remaining(), 2)
    XCTAssertEqual(try remaining("--new", "3"), 3)
    XCTAssertEqual(try duet("config", "new-per-day", "1", "--deck", "bold-headings").status, 0)
    XCTAssertEqual(try remaining("--deck", "bold-headings"), 1)
    XCTAssertEqual(try remaining(), 2)
    XCTAssertEqual(try duet("config", "new-per-day").stdout, "2\n")
    XCTAssertEqual(try duet("config", "new-per-day", "--deck", "bold-headings").stdout, "1\n")
    XCTAssertEqual(
      try duet("config").lines,
      [
        "new-per-day       2       collection", "reviews-per-day   200     default",
        "day-starts-at     4       default",
        "new-per-day       1       deck bold-headings",
      ])
    XCTAssertEqual(try duet("config", "new-per-day", "--unset", "--deck", "bold-headings").status, 0)
    XCTAssertEqual(try remaining("--deck", "bold-headings"), 2)
  }

  /// A card answered on 5 January is due on the 6th: at 02:30 on the 6th it is still the 5th by the default 4 am
  /// day start, and already the 6th once the day starts at midnight.
  private func firstCard(at now: String) throws -> Int? {
    let result = try duet("review", "--format", "jsonl", now: now, input: "q\n")
    let first = try JSONSerialization.jsonObject(with: Data((result.lines.first ?? "{}").utf8)) as? [String: Any]
    return first?["card"] as? Int
  }

  func testTheDayStartsAtTheHourSet() throws {
    XCTAssertEqual(try duet("review", "--format", "jsonl", input: "5\nq\n").status, 0)
    XCTAssertNotEqual(try firstCard(at: "2026-01-06T02:30:00"), 1)
    XCTAssertEqual(try duet("config", "day-starts-at", "0").status, 0)
    XCTAssertEqual(try firstCard(at: "2026-01-06T02:30:00"), 1)
  }

  func testBadSettingsAreRefusedAndChangeNothing() throws {
    let misspelt = try duet("config", "new-per-dya", "3")
    XCTAssertEqual(misspelt.status, 64)
    XCTAssertTrue(misspelt.stderr.contains("did you mean 'new-per-day'?"), misspelt.stderr)
    XCTAssertEqual(try duet("config", "new-per-day", "-1").status, 64)
    XCTAssertEqual(try duet("config", "day-starts-at", "24").status, 64)
    XCTAssertEqual(try duet("config", "day-starts-at", "1", "--deck", "bold-headings").status, 64)
    XCTAssertEqual(try duet("config", "new-per-day", "1", "--deck", "nope").status, 65)
    XCTAssertEqual(try SQLiteShell.run(folder.file("collection.sqlite3"), "SELECT count(*) FROM settings"), "0")
  }
}
