import Foundation
import TestSupport
import XCTest

/// Scripted review sessions (`duet review --format jsonl`) of the built binary, day after day with `DUET_NOW`.
final class ReviewTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = ["DUET_DB": folder.file("collection.sqlite3"), "DUET_DECKS": folder.file("no-decks")]
  }

  private func duet(_ arguments: [String], now: String, input: String = "") throws -> ProcessResult {
    var environment = self.environment
    environment["DUET_NOW"] = now
    return try DuetProcess.run(arguments, environment: environment, input: input)
  }

  private func objects(_ result: ProcessResult) throws -> [[String: Any]] {
    try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
  }

  /// The English→Chinese card's schedule as `duet cards` prints it.
  private func schedule(now: String) throws -> [String: Any] {
    try objects(try duet(["cards", "--format", "jsonl"], now: now)).first { $0["direction"] as? String == "en-zh" }!
  }

  /// Answers one grade a day, each on the card's due day, and checks EF, interval and repetitions after each.
  private func checkVector(grades: [Int], ease: [Double], intervals: [Int], repetitions: [Int]) throws {
    try setUpWithError()
    XCTAssertEqual(try duet(["import", Fixtures.path("one-note.md")], now: "2026-01-05T09:00:00").status, 0)
    var day = "2026-01-05"
    for (index, grade) in grades.enumerated() {
      // Answers under 4 come back the same day as repeats: those get a 4, which must not change the schedule.
      let input = "\(grade)\n" + (grade < 4 ? "4\n" : "")
      let result = try duet(
        ["review", "--format", "jsonl", "--direction", "en-zh"], now: day + "T09:00:00", input: input)
      let lines = try objects(result)
      XCTAssertEqual(lines.first?["repeat"] as? Bool, false, "day \(day)")
      XCTAssertEqual(lines.first?["front"] as? String, "Chain-of-thought helps the model reason.")
      XCTAssertEqual(lines.first?["back"] as? String, "思维链帮助模型推理。")
      if grade < 4 { XCTAssertEqual(lines[1]["repeat"] as? Bool, true) }
      XCTAssertEqual(lines.last?["done"] as? Bool, true)
      let card = try schedule(now: day + "T10:00:00")
      XCTAssertEqual(card["ease"] as? Double, ease[index], "grades \(grades) step \(index)")
      XCTAssertEqual(card["interval"] as? Int, intervals[index], "grades \(grades) step \(index)")
      XCTAssertEqual(card["repetitions"] as? Int, repetitions[index], "grades \(grades) step \(index)")
      day = card["due"] as! String
      // Nothing more is due before that day.
      let idle = try objects(
        try duet(["review", "--format", "jsonl", "--direction", "en-zh"], now: day + "T03:59:00"))
      XCTAssertEqual(idle.count, 1)
      XCTAssertEqual(idle.first?["done"] as? Bool, true)
    }
  }

  func testReferenceVectorsHoldEndToEnd() throws {
    try checkVector(
      grades: [5, 5, 5, 5, 5], ease: [2.6, 2.7, 2.8, 2.9, 3.0], intervals: [1, 6, 17, 48, 140],
      repetitions: [1, 2, 3, 4, 5])
    try checkVector(
      grades: [4, 4, 4, 4, 4], ease: [2.5, 2.5, 2.5, 2.5, 2.5], intervals: [1, 6, 15, 38, 95],
      repetitions: [1, 2, 3, 4, 5])
    try checkVector(
      grades: [3, 3, 3, 3, 3], ease: [2.36, 2.22, 2.08, 1.94, 1.8], intervals: [1, 6, 14, 30, 59],
      repetitions: [1, 2, 3, 4, 5])
    try checkVector(
      grades: [5, 5, 5, 2, 4, 5], ease: [2.6, 2.7, 2.8, 2.48, 2.48, 2.58], intervals: [1, 6, 17, 1, 1, 6],
      repetitions: [1, 2, 3, 0, 1, 2])
    try checkVector(
      grades: [4, 4, 1, 3, 4, 4], ease: [2.5, 2.5, 1.96, 1.82, 1.82, 1.82], intervals: [1, 6, 1, 1, 6, 11],
      repetitions: [1, 2, 0, 1, 2, 3])
  }

  func testBadAnswersGetAnErrorAndTheSameCard() throws {
    _ = try duet(["import", Fixtures.path("one-note.md")], now: "2026-01-05T09:00:00")
    let lines = try objects(
      try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "7\nyes\n5\n"))
    XCTAssertEqual(lines.count, 6)
    XCTAssertEqual(lines[1]["error"] as? String, "expected a grade 0-5, u, s, !, b or q; got '7'")
    XCTAssertEqual(lines[2]["card"] as? Int, lines[0]["card"] as? Int)
    XCTAssertEqual(lines[3]["error"] as? String, "expected a grade 0-5, u, s, !, b or q; got 'yes'")
    XCTAssertEqual(lines[4]["card"] as? Int, lines[0]["card"] as? Int)
    XCTAssertEqual(lines[5]["reviewed"] as? Int, 1)
  }

  func testUndoRestoresTheCardAndItsReview() throws {
    _ = try duet(["import", Fixtures.path("bold-headings.md")], now: "2026-01-05T09:00:00")
    let before = try duet(["cards", "--format", "jsonl"], now: "2026-01-05T09:00:00").stdout
    let lines = try objects(
      try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "5\nu\nu\nq\n"))
    let first = lines[0]["card"] as? Int
    XCTAssertEqual(lines.map { $0["card"] as? Int }, [first, lines[1]["card"] as? Int, first, nil, first, nil])
    XCTAssertEqual(lines[3]["error"] as? String, "nothing to undo")
    XCTAssertEqual(try duet(["cards", "--format", "jsonl"], now: "2026-01-05T09:00:00").stdout, before)
  }

  func testAnEmptyCollectionStartsWithTheBundledDecks() throws {
    let decks = folder.file("decks")
    try FileManager.default.createDirectory(atPath: decks, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Fixtures.path("bold-headings.md"), toPath: decks + "/talk.md")
    environment["DUET_DECKS"] = decks
    let result = try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "q\n")
    XCTAssertTrue(result.stderr.contains("the collection is empty; importing the bundled decks"), result.stderr)
    XCTAssertEqual(try objects(result).first?["deck"] as? String, "talk")
  }

  /// Without bundled decks, an empty collection says how to add cards instead of "nothing to review".
  func testAnEmptyCollectionSaysHowToImport() throws {
    let result = try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "q\n")
    XCTAssertEqual(result.status, 0)
    XCTAssertEqual(result.stdout, "")
    XCTAssertTrue(result.stderr.contains("add cards with 'duet import FILE'"), result.stderr)
  }

  func testTermCardsShowTheirContext() throws {
    _ = try duet(["import", Fixtures.path("terms.md")], now: "2026-01-05T09:00:00")
    environment["DUET_DECKS"] = Fixtures.root + "/Decks"  // for the readings
    let lines = try objects(
      try duet(
        ["review", "--kind", "term", "--format", "jsonl", "--new", "100"], now: "2026-01-05T09:00:00", input: "q\n"))
    XCTAssertEqual(lines.first?["kind"] as? String, "term")
    XCTAssertEqual(lines.first?["front"] as? String, "AI")
    XCTAssertEqual(lines.first?["back"] as? String, "人工智能")
    XCTAssertEqual(lines.first?["pinyin"] as? String, "réngōngzhìnéng")
    XCTAssertEqual(
      lines.first?["context"] as? String,
      "Not only are you working at the cutting edge of 【AI】 and LLMs.\n你不仅是在【人工智能】（AI）和大语言模型（LLM）的最前沿工作。")
    let terms = try duet(["terms", Fixtures.path("terms.md"), "--format", "tsv"], now: "2026-01-05T09:00:00")
    XCTAssertEqual(
      terms.lines.first,
      "AI\t人工智能\tNot only are you working at the cutting edge of AI and LLMs. | 你不仅是在人工智能（AI）和大语言模型（LLM）的最前沿工作。")
    XCTAssertEqual(Set(terms.lines).count, terms.lines.count)
  }

  func testStatsCountTheDaysReviews() throws {
    _ = try duet(["import", Fixtures.path("bold-headings.md")], now: "2026-01-05T09:00:00")
    _ = try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "5\n2\n4\nq\n")
    let today = try objects(try duet(["stats", "--format", "jsonl"], now: "2026-01-05T21:00:00")).first
    XCTAssertEqual(today?["cards"] as? Int, 8)
    XCTAssertEqual(today?["review"] as? Int, 3)
    XCTAssertEqual(today?["reviews_today"] as? Int, 3)
    XCTAssertEqual(today?["correct_today"] as? Int, 2)
    XCTAssertEqual(today?["due_tomorrow"] as? Int, 2)
    XCTAssertEqual(today?["due_today"] as? Int, 1)  // the card answered 2 stays due until it is learnt
    XCTAssertEqual(today?["streak_days"] as? Int, 1)
    let nextDay = try objects(try duet(["stats", "--format", "jsonl"], now: "2026-01-06T09:00:00")).first
    XCTAssertEqual(nextDay?["due_today"] as? Int, 3)
    XCTAssertEqual(nextDay?["reviews_last_7_days"] as? [Int], [0, 0, 0, 0, 0, 3, 0])
    XCTAssertEqual(nextDay?["streak_days"] as? Int, 1)
  }

  func testReviewOutsideATerminalPointsToTheScriptedFormat() throws {
    let result = try duet(["review"], now: "2026-01-05T09:00:00")
    XCTAssertEqual(result.status, 64)
    XCTAssertEqual(result.stderr, "duet: review needs a terminal; scripts use 'duet review --format jsonl'\n")
  }

  func testEachDayOffersTheWholeNewCardQuota() throws {
    let rows = (1...45).map { "Sentence number \($0) here.\t第\($0)句在这里。" }.joined(separator: "\n")
    let file = try folder.write("many.tsv", "#separator:tab\n" + rows + "\n")
    XCTAssertEqual(try duet(["import", file], now: "2026-01-05T09:00:00").status, 0)
    let dayOne = try duet(
      ["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: String(repeating: "5\n", count: 20))
    XCTAssertEqual(try objects(dayOne).first?["remaining"] as? Int, 20)
    // Day two: the twenty due reviews, and twenty new cards from notes none of whose cards is due.
    let dayTwo = try duet(["review", "--format", "jsonl"], now: "2026-01-06T09:00:00", input: "q\n")
    XCTAssertEqual(try objects(dayTwo).first?["remaining"] as? Int, 40)
  }

  func testTheSummaryCountsWhatTheNextSessionShows() throws {
    _ = try duet(["import", Fixtures.path("bold-headings.md")], now: "2026-01-05T09:00:00")
    let limited = try objects(
      try duet(["review", "--format", "jsonl", "--limit", "2"], now: "2026-01-05T09:00:00", input: "0\nq\n"))
    let done = try XCTUnwrap(limited.last)
    let next = try objects(try duet(["review", "--format", "jsonl"], now: "2026-01-05T10:00:00", input: "q\n"))
    XCTAssertEqual(done["left"] as? Int, next.first?["remaining"] as? Int)
    XCTAssertEqual(done["next_due"] as? String, "2026-01-05")
    XCTAssertEqual(next.first?["repeat"] as? Bool, true)  // the card failed in the first session comes first
  }

  func testAHandEditedScheduleAtTheEndsOfIntegersCrashesNothing() throws {
    _ = try duet(["import", Fixtures.path("bold-headings.md")], now: "2026-01-05T09:00:00")
    let database = folder.file("collection.sqlite3")
    _ = try SQLiteShell.run(
      database,
      """
      UPDATE cards SET state = 'review', repetitions = 40, interval_days = 9000000000000000000, due_day = 20000,
        last_review_day = 19000, ease = 9000000000000000000 WHERE id = 1;
      UPDATE cards SET state = 'review', due_day = 9223372036854775807, last_review_day = -9223372036854775808
        WHERE id = 2;
      """)
    let review = try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "5\n")
    XCTAssertEqual(review.status, 0, review.stderr)
    XCTAssertLessThanOrEqual(
      Int(
        try SQLiteShell.run(database, "SELECT interval_days FROM cards WHERE id = 1")
          .trimmingCharacters(in: .whitespacesAndNewlines)) ?? .max, 36_500)
    for arguments in [["cards"], ["stats"], ["decks"], ["cards", "--format", "jsonl"]] {
      let result = try duet(arguments, now: "2026-01-05T09:00:00")
      XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
    }
  }

  func testAGradeWaitsForAnotherProgramsLockAndSaysSo() throws {
    _ = try duet(["import", Fixtures.path("bold-headings.md")], now: "2026-01-05T09:00:00")
    let database = folder.file("collection.sqlite3")
    // sqlite3 holds the write lock for two seconds.
    let locker = try SQLiteShell.holdWriteLock(
      on: database, for: 2, writing: "INSERT INTO decks(name) VALUES ('lock');")
    let review = try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "5\n")
    locker.waitUntilExit()
    XCTAssertEqual(review.status, 0, review.stderr)
    XCTAssertTrue(review.stderr.contains("waiting: another program is writing to the collection"), review.stderr)
    XCTAssertEqual(try SQLiteShell.run(database, "SELECT count(*) FROM reviews"), "1")
  }

  func testAGradeBlockedLongerThanTheWaitIsReportedAndCanBeGivenAgain() throws {
    _ = try duet(["import", Fixtures.path("bold-headings.md")], now: "2026-01-05T09:00:00")
    let database = folder.file("collection.sqlite3")
    // The lock outlasts the 30 s wait once: the first answer is refused with a line saying so, the second lands.
    let locker = try SQLiteShell.holdWriteLock(
      on: database, for: 32, writing: "INSERT INTO decks(name) VALUES ('lock');")
    let review = try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "5\n5\nq\n")
    locker.waitUntilExit()
    XCTAssertEqual(review.status, 0, review.stderr)
    let lines = try objects(review)
    XCTAssertTrue(
      lines.contains { ($0["error"] as? String)?.contains("not saved") == true }, review.stdout)
    XCTAssertEqual(lines.last?["reviewed"] as? Int, 1)
    XCTAssertEqual(try SQLiteShell.run(database, "SELECT count(*) FROM reviews"), "1")
  }
}
