import Foundation
import TestSupport
import XCTest

/// `duet export` to an `.apkg`: a zip that Python's zipfile reads and checks, holding a schema-11 collection with
/// every note, card and answer, due days counted the way Anki counts them.
final class AnkiPackageExportTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    // A zone far from UTC, so that a due day counted in the wrong zone shows.
    environment = folder.duetEnvironment().merging(["TZ": "Asia/Shanghai"]) { $1 }
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md")).status, 0)
    // Three cards answered (one of them wrong, then right again at its re-drill), one suspended.
    let answers = try DuetProcess.run(
      ["review", "--format", "jsonl"], environment: environment, input: "5\n1\ns\n5\n5\n")
    XCTAssertEqual(answers.status, 0, answers.stderr)
  }

  private func duet(_ arguments: String...) throws -> ProcessResult {
    try DuetProcess.run(arguments, environment: environment)
  }

  /// Extracts the package with Python's zipfile (which checks every entry's CRC) and returns the entry names.
  private func unzip(_ package: String) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2]);"
        + " print('\\n'.join(z.namelist()))", package, folder.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let names = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0)
    return names.split(separator: "\n").map(String.init)
  }

  private func cards() throws -> [[String: Any]] {
    try duet("cards", "--format", "jsonl").lines.map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }

  func testThePackageHoldsEveryNoteCardAndAnswer() throws {
    let result = try duet("export", "-o", folder.file("deck.apkg"))
    XCTAssertEqual(result.status, 0, result.stderr)
    let listed = try cards()
    let answers = listed.reduce(0) { $0 + ($1["reviews"] as! Int) }
    XCTAssertEqual(answers, 4)
    XCTAssertEqual(
      result.stderr,
      "exported \(listed.count / 2) notes, \(listed.count) cards and 4 reviews to \(folder.file("deck.apkg"))\n")
    XCTAssertEqual(try unzip(folder.file("deck.apkg")), ["collection.anki2", "media"])
    let anki = folder.file("collection.anki2")
    XCTAssertEqual(try SQLiteShell.run(anki, "SELECT ver FROM col"), "11")
    XCTAssertEqual(try SQLiteShell.run(anki, "SELECT count(*) FROM notes"), String(listed.count / 2))
    XCTAssertEqual(try SQLiteShell.run(anki, "SELECT count(*) FROM cards"), String(listed.count))
    XCTAssertEqual(try SQLiteShell.run(anki, "SELECT count(*) FROM revlog"), "4")
    XCTAssertEqual(try SQLiteShell.run(anki, "SELECT count(*) FROM cards WHERE queue = -1"), "1")
    XCTAssertEqual(try SQLiteShell.run(anki, "SELECT count(DISTINCT guid) FROM notes"), String(listed.count / 2))
  }

  /// Fields: English, Chinese, the Chinese's reading, context, where it was said.
  func testNotesCarryTheirPinyin() throws {
    environment["DUET_DECKS"] = Fixtures.root + "/Decks"
    XCTAssertEqual(try duet("export", "-o", folder.file("deck.apkg")).status, 0)
    _ = try unzip(folder.file("deck.apkg"))
    let fields = try SQLiteShell.run(
      folder.file("collection.anki2"), "SELECT flds FROM notes WHERE sfld = 'Welcome to the show.'"
    ).split(separator: "\u{1F}", omittingEmptySubsequences: false)
    XCTAssertEqual(fields.prefix(3), ["Welcome to the show.", "欢迎收听本节目。", "huānyíng shōutīng běn jiémù."])
  }

  /// A review card's `due` is its due day less the day of the collection's creation, which Anki reads from `crt`
  /// on the calendar of `creationOffset` (minutes west of UTC).
  func testDueDaysCountFromTheCreationDayInTheLearnersZone() throws {
    XCTAssertEqual(try duet("export", "-o", folder.file("deck.apkg")).status, 0)
    _ = try unzip(folder.file("deck.apkg"))
    let anki = folder.file("collection.anki2")
    let row = try SQLiteShell.run(anki, "SELECT crt, json_extract(conf, '$.creationOffset') FROM col")
      .split(separator: "|").compactMap { Int($0) }
    XCTAssertEqual(row[1], -480)
    let creationDay = (row[0] - row[1] * 60) / 86_400
    let epoch = ISO8601DateFormatter()
    epoch.formatOptions = [.withFullDate]
    var checked = 0
    for card in try cards() {
      guard let due = card["due"] as? String else { continue }
      let dueDay = Int(epoch.date(from: due)!.timeIntervalSince1970) / 86_400
      let id = card["guid"] as! String
      let ordinal = card["direction"] as! String == "en-zh" ? 0 : 1
      let stored = try SQLiteShell.run(
        anki,
        "SELECT c.due, c.ivl FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = '\(id)' AND c.ord = \(ordinal)")
      XCTAssertEqual(stored, "\(dueDay - creationDay)|\(card["interval"] as! Int)")
      checked += 1
    }
    XCTAssertEqual(checked, 3)
  }

  func testTheFormatFollowsTheExtensionUnlessGiven() throws {
    XCTAssertEqual(try duet("export", "--format", "tsv", "-o", folder.file("text.apkg")).status, 0)
    XCTAssertTrue(try String(contentsOfFile: folder.file("text.apkg"), encoding: .utf8).hasPrefix("#separator:tab"))
    XCTAssertEqual(try duet("export", "--format", "apkg", "-o", folder.file("package")).status, 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.file("package")))
    XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
    let bad = try duet("export", "--format", "zip", "-o", folder.file("x"))
    XCTAssertEqual(bad.status, 64)
    XCTAssertTrue(bad.stderr.contains("--format must be one of tsv, apkg"), bad.stderr)
  }

  func testADeckFilterExportsThatDeckOnly() throws {
    XCTAssertEqual(try duet("import", Fixtures.path("names.md"), "--deck", "other").status, 0)
    XCTAssertEqual(try duet("export", "--deck", "other", "-o", folder.file("other.apkg")).status, 0)
    _ = try unzip(folder.file("other.apkg"))
    let anki = folder.file("collection.anki2")
    let notes = try SQLiteShell.run(anki, "SELECT count(*) FROM notes")
    XCTAssertEqual(notes, String(try duet("cards", "--deck", "other", "--format", "jsonl").lines.count / 2))
    XCTAssertEqual(try SQLiteShell.run(anki, "SELECT count(*) FROM revlog"), "0")
    let decks = try SQLiteShell.run(anki, "SELECT group_concat(value ->> 'name', ',') FROM col, json_each(col.decks)")
    XCTAssertEqual(Set(decks.split(separator: ",")), ["Default", "other"])
  }
}
