import Foundation
import TestSupport
import XCTest

/// The collection under pressure: killed imports and two review sessions at once.
final class LoadTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = folder.duetEnvironment()
  }

  private func sqlite(_ sql: String) throws -> String { try SQLiteShell.run(folder.file("collection.sqlite3"), sql) }

  /// An Anki text file of `count` pairs in deck `deck`.
  private func pairs(_ count: Int, deck: String, name: String) throws -> String {
    var text = "#separator:tab\n#html:false\n#deck column:3\n"
    for index in 0..<count { text += "\(deck) sentence \(index) is here.\t\(deck)第\(index)句在这里。\t\(deck)\n" }
    return try folder.write(name, text)
  }

  func testKilledImportsLeaveAllOrNothing() throws {
    XCTAssertEqual(
      try DuetProcess.run(["import", try pairs(50, deck: "base", name: "base.tsv")], environment: environment).status, 0
    )
    let big = try pairs(20_000, deck: "big", name: "big.tsv")
    let started = Date()
    let full = try DuetProcess.launch(
      ["import", big], environment: environment.merging(["DUET_DB": folder.file("timing.sqlite3")]) { $1 }
    ).wait()
    XCTAssertEqual(full.status, 0, full.stderr)
    let duration = Date().timeIntervalSince(started)
    var generator = SystemRandomNumberGenerator()
    var outcomes: [String: Int] = [:]
    for _ in 0..<20 {
      let process = try DuetProcess.start(["import", big], environment: environment)
      Thread.sleep(forTimeInterval: Double.random(in: 0...(duration * 1.1), using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let notes = try sqlite("SELECT count(*) FROM notes n JOIN decks d ON d.id = n.deck_id WHERE d.name = 'big'")
      XCTAssertTrue(notes == "0" || notes == "20000", "a killed import left \(notes) notes")
      XCTAssertEqual(
        try sqlite("SELECT count(*) FROM notes n JOIN decks d ON d.id = n.deck_id WHERE d.name = 'base'"), "50")
      XCTAssertEqual(try sqlite("PRAGMA integrity_check"), "ok")
      outcomes[notes, default: 0] += 1
      if notes == "20000" {
        _ = try sqlite(
          "DELETE FROM cards WHERE note_id IN (SELECT id FROM notes WHERE deck_id = (SELECT id FROM decks WHERE name = 'big')); DELETE FROM notes WHERE deck_id = (SELECT id FROM decks WHERE name = 'big')"
        )
      }
    }
    print("killed imports: \(outcomes["0"] ?? 0) left nothing, \(outcomes["20000"] ?? 0) had finished")
  }

  func testTwoInterleavedSessionsRecordEveryGrade() throws {
    // Day 1: 200 cards learnt; day 2: all 200 due, and two sessions review them at once.
    XCTAssertEqual(
      try DuetProcess.run(["import", try pairs(200, deck: "talk", name: "talk.tsv")], environment: environment).status,
      0)
    let first = try DuetProcess.run(
      ["review", "--format", "jsonl", "--direction", "en-zh", "--new", "200"], environment: environment,
      input: String(repeating: "5\n", count: 200))
    XCTAssertEqual(first.lines.last?.contains("\"reviewed\": 200"), true, first.stdout)
    var dayTwo = environment
    dayTwo["DUET_NOW"] = "2026-01-06T09:00:00"
    let sessions = try (0..<2).map { _ in
      try DuetProcess.start(["review", "--format", "jsonl", "--direction", "en-zh"], environment: dayTwo)
    }
    let readers = sessions.map { LineReader(($0.standardOutput as! Pipe).fileHandleForReading) }
    let inputs = sessions.map { ($0.standardInput as! Pipe).fileHandleForWriting }
    // Both sessions show their first card, so both built their queue, before either grades.
    var shown = readers.map { $0.next() }
    var graded = [0, 0]
    for round in 0..<400 {
      let side = round % 2  // strictly alternating: each grade lands between two of the other session's
      guard let line = shown[side], line.contains("\"card\"") else { return XCTFail("session \(side) stopped") }
      inputs[side].write(Data("4\n".utf8))
      graded[side] += 1
      shown[side] = readers[side].next()
    }
    for (index, session) in sessions.enumerated() {
      XCTAssertEqual(shown[index]?.contains("\"reviewed\": 200"), true)
      try inputs[index].close()
      session.waitUntilExit()
      let errors = String(
        decoding: (session.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      XCTAssertFalse(errors.contains("locked"), errors)
      XCTAssertEqual(session.terminationStatus, 0, errors)
    }
    XCTAssertEqual(graded, [200, 200])
    XCTAssertEqual(try sqlite("SELECT count(*) FROM reviews WHERE day = (SELECT max(day) FROM reviews)"), "400")
    // Both sessions graded the same cards: each grade applied to the state the other had left (n went 1 → 2 → 3).
    XCTAssertEqual(try sqlite("SELECT group_concat(DISTINCT repetitions) FROM cards WHERE direction = 'en-zh'"), "3")
    XCTAssertEqual(try sqlite("PRAGMA integrity_check"), "ok")
  }
}
