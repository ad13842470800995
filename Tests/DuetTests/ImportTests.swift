import Duet
import Scheduling
import Store
import TestSupport
import XCTest

final class ImportTests: XCTestCase {
  private let clock = StudyClock(now: 1_767_600_000)

  private func importFiles(_ paths: [String], into collection: StudyCollection, deck: String? = nil) throws
    -> ImportReport
  {
    try collection.importFiles(try paths.map { try ImportFile(path: $0) }, deck: deck, clock: clock)
  }

  /// Every column of every row of every table (the schema's own list of tables), to compare a collection before
  /// and after.
  private func snapshot(_ collection: StudyCollection) throws -> [[SQLValue]] {
    let database = collection.database
    let tables = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").rows {
      $0.string(0)
    }
    XCTAssertEqual(tables, ["cards", "decks", "notes", "reviews", "settings", "term_sightings"])
    var rows: [[SQLValue]] = []
    for table in tables {
      var tableRows: [[SQLValue]] = []
      try database.prepare("SELECT * FROM \(table)").forEachRow { row in
        tableRows.append([.text(table)] + (0..<row.columnCount).map { row.value($0) })
      }
      // Sorted by their text: a table without rowid has no insertion order to sort by.
      rows += tableRows.sorted { "\($0)" < "\($1)" }
    }
    return rows
  }

  func testImportingTwiceChangesNothing() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let first = try importFiles([Fixtures.path("bold-headings.md")], into: collection)
    XCTAssertEqual(first.turns, 2)
    XCTAssertEqual(first.added, 4)
    let before = try snapshot(collection)
    let second = try importFiles([Fixtures.path("bold-headings.md")], into: collection)
    XCTAssertEqual([second.added, second.updated, second.unchanged], [0, 0, 4])
    XCTAssertEqual(try snapshot(collection), before)
    XCTAssertEqual(try collection.decks(today: clock.today).map(\.name), ["bold-headings"])
  }

  func testEditedTranscriptUpdatesNotesInPlaceAndKeepsTheirReviews() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("talk.md", try Fixtures.text("bold-headings.md"))
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    _ = try importFiles([path], into: collection)
    let card = try collection.cards()[0]
    XCTAssertEqual(card.note.draft.english, "Welcome to the show.")
    _ = try Scheduler(collection: collection).answer(
      cardID: card.card.id, grade: .perfect, today: clock.today, at: 1, durationMilliseconds: 1)
    try folder.write(
      "talk.md", try Fixtures.text("bold-headings.md").replacingOccurrences(of: "欢迎收听本节目。", with: "欢迎来到本节目。"))
    let report = try importFiles([path], into: collection)
    XCTAssertEqual([report.added, report.updated, report.unchanged], [0, 1, 3])
    let updated = try collection.card(id: card.card.id)
    XCTAssertEqual(updated?.note.draft.chinese, "欢迎来到本节目。")
    XCTAssertEqual(updated?.card.state.review?.repetitions, 1)
    XCTAssertEqual(try collection.reviewCount(), 1)
  }

  func testTheSameSentenceIsOneNoteAcrossDecks() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let copy = try folder.write("copy.md", try Fixtures.text("bold-headings.md"))
    _ = try importFiles([Fixtures.path("bold-headings.md")], into: collection)
    let report = try importFiles([copy], into: collection)
    XCTAssertEqual([report.added, report.alreadyPresent], [0, 4])
    XCTAssertEqual(try collection.notes().count, 4)
  }

  func testNotesCarryTheirContext() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    _ = try importFiles([Fixtures.path("inline-labels.md")], into: collection, deck: "Podcasts::Ramp")
    let note = try collection.notes(deck: "Podcasts").first { $0.draft.english.hasPrefix("My advice") }
    XCTAssertEqual(note?.draft.speaker, "Cy Guest")
    XCTAssertEqual(note?.draft.time, "00:00:20")
    XCTAssertEqual(note?.draft.source, "inline-labels.md")
    XCTAssertEqual(note?.deck, "Podcasts::Ramp")
    XCTAssertEqual(
      note?.draft.guid, NoteIdentity.guid(kind: .sentence, english: "My  advice is to study how the team OPERATES."))
  }

  func testBadInputIsRefusedWithItsFileAndLine() throws {
    let folder = try TemporaryDirectory()
    let cases: [(String, DuetError)] = [
      (folder.file("missing.md"), .noInput("\(folder.file("missing.md")): no such file")),
      (folder.path, .noInput("\(folder.path): is a folder, not a file")),
      (try folder.write("empty.md", "\n \n"), .data("\(folder.file("empty.md")): the file is empty")),
      (
        try folder.write("binary.md", bytes: [0x41, 0x0A, 0x42, 0x00, 0x43]),
        .data("\(folder.file("binary.md")):2: binary data (NUL byte); expected a UTF-8 text file")
      ),
      (
        try folder.write("gb.md", bytes: Array("English:\nHi.\n".utf8) + [0xC4, 0xE3, 0xBA, 0xC3]),
        .data("\(folder.file("gb.md")):3: not UTF-8 text; convert it first, e.g. iconv -f GB18030 -t UTF-8")
      ),
      (
        Fixtures.path("no-turns.md"),
        .data(
          "\(Fixtures.path("no-turns.md")): no bilingual turn found (expected English text followed by its Chinese)")
      ),
    ]
    for (path, expected) in cases {
      XCTAssertThrowsError(try AlignedTranscript(path: path)) { XCTAssertEqual($0 as? DuetError, expected) }
    }
  }
}
