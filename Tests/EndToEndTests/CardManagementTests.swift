import Foundation
import TestSupport
import XCTest

/// Suspend, unsuspend, bury, unbury, reset, delete and edit, run as a learner runs them: the real binary on a real
/// collection, checked through the listings and the day's queue.
final class CardManagementTests: XCTestCase {
  private var folder: TemporaryDirectory!

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md")).status, 0)
  }

  private func duet(_ arguments: String..., now: String = "2026-01-05T09:00:00", input: String = "") throws
    -> ProcessResult
  { try folder.duet(arguments, now: now, input: input) }

  /// `cards --format jsonl` with `arguments`, each card as its JSON object.
  private func cards(_ arguments: String..., now: String = "2026-01-05T09:00:00") throws -> [[String: Any]] {
    try folder.duetObjects(["cards"] + arguments, now: now)
  }

  /// The day's review session: its first card and how many cards it holds.
  private func queue(now: String = "2026-01-05T09:00:00") throws -> (first: Int?, count: Int) {
    let first = try folder.duetObjects(["review", "--new", "50"], now: now, input: "q\n").first
    return (first?["card"] as? Int, first?["remaining"] as? Int ?? 0)
  }

  func testSuspendingBySearchTakesCardsOutUntilUnsuspended() throws {
    let chosen = try cards("--search", "CHAIN-of-thought")
    XCTAssertEqual(chosen.count, 2, "the English is matched case aside")
    XCTAssertEqual(try cards("--search", "思维链").count, 2, "and the Chinese as written")
    let before = try queue().count
    XCTAssertEqual(try duet("suspend", "--search", "chain-of-thought").stdout, "Suspended 2 cards.\n")
    XCTAssertEqual(try cards("--state", "suspended").map { $0["id"] as? Int }, chosen.map { $0["id"] as? Int })
    XCTAssertEqual(try queue().count, before - 1, "the note's card left the day's queue")
    XCTAssertEqual(
      try duet("unsuspend", "--note", "\(chosen[0]["note"] as? Int ?? 0)").stdout, "Unsuspended 2 cards.\n")
    XCTAssertEqual(try cards("--state", "suspended").count, 0)
    XCTAssertEqual(try queue().count, before)
  }

  func testABurialLastsTheDay() throws {
    let first = try XCTUnwrap(try cards().first?["id"] as? Int)
    let note = try XCTUnwrap(try cards().first?["note"] as? Int)
    XCTAssertEqual(try duet("bury", "--note", "\(note)").stdout, "Buried 2 cards.\n")
    XCTAssertEqual(try cards("--state", "buried").count, 2)
    XCTAssertNotEqual(try queue().first, first)
    XCTAssertEqual(try cards("--state", "buried", now: "2026-01-06T09:00:00").count, 0, "back the next day")
    XCTAssertEqual(try queue(now: "2026-01-06T09:00:00").first, first)
    XCTAssertEqual(try duet("unbury", "\(first)").stdout, "Unburied 1 card.\n")
    XCTAssertEqual(try queue().first, first)
  }

  func testResetMakesACardNewAndKeepsItsHistory() throws {
    let answered = try duet("review", "--format", "jsonl", input: "4\nq\n")
    let card =
      try XCTUnwrap(
        try JSONSerialization.jsonObject(with: Data(answered.lines[0].utf8)) as? [String: Any])["card"] as? Int
    XCTAssertEqual(try cards("\(card ?? 0)").first?["state"] as? String, "review")
    XCTAssertEqual(try duet("reset", "\(card ?? 0)", "\(card ?? 0)").stdout, "Reset 1 card.\n")
    let reset = try XCTUnwrap(try cards("\(card ?? 0)").first)
    XCTAssertEqual(reset["state"] as? String, "new")
    XCTAssertEqual(reset["interval"] as? Int, 0)
    XCTAssertEqual(reset["reviews"] as? Int, 1, "the answer given stays in the history")
  }

  func testDeleteTakesTheNoteWithBothCardsAndAnUnknownIdChangesNothing() throws {
    _ = try duet("review", "--format", "jsonl", input: "4\nq\n")
    let all = try cards()
    let note = try XCTUnwrap(all.first?["note"] as? Int)
    let database = folder.file("collection.sqlite3")
    let dump = { try SQLiteShell.run(database, "SELECT count(*) FROM notes; SELECT count(*) FROM reviews") }
    let before = try dump()
    let refused = try duet("delete", "\(all[0]["id"] as? Int ?? 0)", "999999")
    XCTAssertEqual(refused.status, 65)
    XCTAssertEqual(refused.stderr, "duet: no card with id 999999; 'duet cards' lists them\n")
    XCTAssertEqual(try dump(), before)
    XCTAssertEqual(
      try duet("delete", "--note", "\(note)").stdout,
      "Deleted 1 note (2 cards, 1 review); importing their file again adds them anew.\n")
    XCTAssertEqual(try cards().count, all.count - 2)
    XCTAssertEqual(try SQLiteShell.run(database, "SELECT count(*) FROM reviews"), "0")
  }

  func testChangesReportInTheInterfacesLanguage() throws {
    var chinese = folder.duetEnvironment()
    chinese["DUET_LANG"] = "zh"
    XCTAssertEqual(try DuetProcess.run(["suspend", "1", "2"], environment: chinese).stdout, "暂停了 2 张卡片。\n")
    XCTAssertEqual(
      try DuetProcess.run(["suspend", "1", "2", "3"], environment: chinese).stdout, "暂停了 3 张中的 1 张（2 张已是暂停状态）。\n")
  }

  func testAChangeNeedsCardsToChoose() throws {
    let result = try duet("suspend")
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.stderr.contains("suspend needs cards"), result.stderr)
    XCTAssertEqual(try duet("bury", "x").status, 64)
  }

  func testAnEditKeepsTheScheduleAndOutlivesAnotherImport() throws {
    _ = try duet("review", "--format", "jsonl", input: "4\nq\n")
    let card = try XCTUnwrap(try cards("--state", "review").first)
    let id = "\(card["id"] as? Int ?? 0)"
    XCTAssertEqual(try duet("edit", id, "--en", "Welcome to our show.").stdout, "Note \(card["note"]!) saved.\n")
    let edited = try XCTUnwrap(try cards(id).first)
    XCTAssertEqual(edited["en"] as? String, "Welcome to our show.")
    XCTAssertEqual(edited["zh"] as? String, card["zh"] as? String)
    XCTAssertEqual(edited["state"] as? String, "review")
    XCTAssertEqual(edited["interval"] as? Int, card["interval"] as? Int)
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md")).status, 0)
    XCTAssertEqual(try cards(id).first?["en"] as? String, "Welcome to our show.")
    let noEditor = try duet("edit", id)
    XCTAssertEqual(noEditor.status, 64)
    XCTAssertTrue(noEditor.stderr.contains("needs a terminal"), noEditor.stderr)
  }

  func testSponsorReadsAndOutrosAreSuspendedOnImportOnce() throws {
    let imported = try duet("import", Fixtures.path("sponsor-read.md"))
    XCTAssertTrue(imported.stderr.contains("suspended 8 sponsor or outro sentences"), imported.stderr)
    XCTAssertTrue(imported.stderr.contains("'duet unsuspend --tag promotion'"), imported.stderr)
    let promoted = try cards("--tag", "promotion", "--direction", "en-zh")
    XCTAssertEqual(
      promoted.map { $0["en"] as? String ?? "" },
      [
        "If you enjoy this podcast, don't forget to subscribe.", "It helps the show a lot.",
        "This episode is brought to you by Acme.", "Acme keeps your notes in one place.", "Teams love it.",
        "Visit acme.com/duet to get a month free.", "Thank you so much for listening.",
        "See you in the next episode.",
      ])
    XCTAssertTrue(promoted.allSatisfy { $0["state"] as? String == "suspended" })
    XCTAssertEqual(try cards("--deck", "sponsor-read", "--state", "new").count, 8, "the conversation stays")
    XCTAssertEqual(try duet("unsuspend", "--tag", "promotion").stdout, "Unsuspended 16 cards.\n")
    XCTAssertEqual(try duet("import", Fixtures.path("sponsor-read.md")).status, 0)
    XCTAssertEqual(try cards("--state", "suspended").count, 0, "an unsuspended read stays unsuspended")
  }

  func testReviewAheadPractisesWithoutChangingASchedule() throws {
    _ = try duet("review", "--format", "jsonl", input: "4\n4\n4\n4\nq\n")
    let database = folder.file("collection.sqlite3")
    let dump = { try SQLiteShell.run(database, "SELECT * FROM cards ORDER BY id; SELECT count(*) FROM reviews") }
    let before = try dump()
    XCTAssertEqual(try queue().count, 0, "nothing left today")
    let lines = try folder.duetObjects(["review", "--ahead", "1"], input: "5\n0\n4\n4\n4\nq\n")
    XCTAssertEqual(lines.first?["remaining"] as? Int, 4, "the four cards due tomorrow")
    XCTAssertEqual(lines.last?["reviewed"] as? Int, 4)
    XCTAssertEqual(lines.last?["answers"] as? Int, 5, "the card answered 0 came back once")
    XCTAssertEqual(try dump(), before, "no schedule and no review row changed")
  }
}
