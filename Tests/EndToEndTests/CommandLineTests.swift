import Foundation
import TestSupport
import XCTest

/// Runs the built `duet` binary against collections in temporary folders, with a fixed clock.
final class CommandLineTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = ["DUET_DB": folder.file("collection.sqlite3"), "DUET_NOW": "2026-01-05T09:00:00"]
  }

  private func duet(_ arguments: String..., input: String = "") throws -> ProcessResult {
    try DuetProcess.run(arguments, environment: environment, input: input)
  }

  private func sqlite(_ sql: String) throws -> String { try SQLiteShell.run(folder.file("collection.sqlite3"), sql) }

  /// Every row of the collection, to compare before and after a command.
  private func dump() throws -> String {
    try sqlite("SELECT * FROM decks; SELECT * FROM notes; SELECT * FROM cards; SELECT * FROM reviews;")
  }

  func testHelpAndVersion() throws {
    let help = try duet("--help")
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.stdout.hasPrefix("OVERVIEW: "))
    XCTAssertTrue(help.stdout.contains("import"))
    let importHelp = try duet("import", "--help")
    XCTAssertTrue(importHelp.stdout.contains("USAGE: duet import <path>..."))
    XCTAssertEqual(try duet("--version").stdout, "duet 0.1.0\n")
  }

  /// Help fills the width it is read at ($COLUMNS here) and no more, wrapping option texts in their column.
  func testHelpWrapsToTheTerminalWidth() throws {
    var narrow = environment
    narrow["COLUMNS"] = "50"
    let help = try DuetProcess.run(["cards", "--help"], environment: narrow).stdout
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertTrue(lines.allSatisfy { $0.count <= 50 || !$0.contains(" ") }, help)
    XCTAssertTrue(help.contains("\n  --search <text>           Only notes whose\n"), help)
    XCTAssertTrue(help.contains("\n       [--kind sentence|term]"), "the usage line continues under itself: \(help)")
    narrow["COLUMNS"] = "100"
    XCTAssertTrue(
      try DuetProcess.run(["cards", "--help"], environment: narrow).stdout.contains(
        "--search <text>           Only notes whose English (case aside) or Chinese holds this text.\n"))
  }

  /// Each command's usage line names every option its help lists, and each of them parses: the usage is made from
  /// the same declarations as the parser.
  func testUsageListsEveryOptionTheCommandAccepts() throws {
    let commands = [
      "review", "import", "align", "terms", "export", "decks", "cards", "stats", "suspend", "edit", "config",
    ]
    for command in commands {
      let help = try duet(command, "--help").stdout
      // The usage line as wrapped to the width, joined again; the options are the lines that start with one.
      let usage = try XCTUnwrap(help.components(separatedBy: "\n\n").first { $0.hasPrefix("USAGE: ") })
      let options = help.components(separatedBy: "\nOPTIONS:\n").last!.split(separator: "\n")
        .filter { $0.hasPrefix("  -") }.map {
          String($0.trimmingCharacters(in: .whitespaces).prefix { $0 != " " && $0 != "," })
        }
      XCTAssertTrue(options.contains("--help"), command)
      for option in options where option != "--help" {
        XCTAssertTrue(usage.contains("[\(option)"), "\(command): \(option) missing from \(usage)")
      }
    }
    XCTAssertTrue(try duet("import", "--help").stdout.contains("[--db <path>]"))
    XCTAssertTrue(try duet("stats", "--help").stdout.contains("[--db <path>]"))
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md")).status, 0)
    XCTAssertEqual(try duet("cards", "--direction", "zh-en").status, 0)
    XCTAssertEqual(
      try duet("cards", "--direction", "both").stderr, "duet: --direction must be one of en-zh, zh-en, got 'both'\n")
  }

  /// `duet pinyin` reads its arguments, or each line of stdin, with the bundled word list; it needs no collection.
  func testPinyinReadsArgumentsOrStandardInput() throws {
    environment["DUET_DECKS"] = Fixtures.root + "/Decks"
    XCTAssertEqual(try duet("pinyin", "银行", "行走").stdout, "yínháng xíngzǒu\n")
    XCTAssertEqual(try duet("pinyin", "--numbers", "微调模型").stdout, "wei1tiao2 mo2xing2\n")
    XCTAssertEqual(try duet("pinyin", input: "认为\n长大了\n").stdout, "rènwéi\nzhǎngdà le\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("collection.sqlite3")))
  }

  func testMisspelledOptionIsAUsageError() throws {
    let result = try duet("cards", "--dek", "x")
    XCTAssertEqual(result.status, 64)
    XCTAssertEqual(result.stderr, "duet: unknown option '--dek' (did you mean '--deck'?)\n")
    XCTAssertEqual(
      try duet("imprt").stderr, "duet: unknown command 'imprt' (did you mean 'import'?); see 'duet --help'\n")
  }

  func testImportTwiceLeavesTheCollectionAsAfterTheFirst() throws {
    let first = try duet("import", Fixtures.path("bold-headings.md"), Fixtures.path("mixed-headings.md"))
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertTrue(first.stderr.contains("imported 2 files: 5 turns"), first.stderr)
    let before = try dump()
    let second = try duet("import", Fixtures.path("bold-headings.md"), Fixtures.path("mixed-headings.md"))
    XCTAssertTrue(second.stderr.contains("0 new, 0 updated"), second.stderr)
    XCTAssertEqual(try dump(), before)
    XCTAssertEqual(try sqlite("PRAGMA integrity_check"), "ok")
  }

  func testCardsAndDecksAsJSONLines() throws {
    _ = try duet("import", Fixtures.path("mixed-headings.md"), "--deck", "Talks::Data")
    let cards = try duet("cards", "--format", "jsonl").lines.map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    XCTAssertEqual(cards.count, 8)
    let first = cards[0]
    XCTAssertEqual(first["direction"] as? String, "en-zh")
    XCTAssertEqual(first["en"] as? String, "What is synthetic data?")
    XCTAssertEqual(first["zh"] as? String, "什么是合成数据？")
    XCTAssertEqual(first["deck"] as? String, "Talks::Data")
    XCTAssertEqual(first["state"] as? String, "new")
    XCTAssertEqual(first["ease"] as? Double, 2.5)
    XCTAssertTrue(first["due"] is NSNull)
    for key in ["id", "note", "guid", "kind", "repetitions", "interval", "lapses"] { XCTAssertNotNil(first[key], key) }
    let decks = try duet("decks", "--format", "jsonl").stdout
    XCTAssertEqual(
      decks,
      "{\"deck\": \"Talks::Data\", \"notes\": 4, \"cards\": 8, \"new\": 8, \"due\": 0, \"suspended\": 0, "
        + "\"new_today\": 4, \"due_today\": 0}\n")
    XCTAssertEqual(try duet("cards", "--deck", "Talks", "--format", "jsonl").lines.count, 8)
    XCTAssertEqual(try duet("cards", "--deck", "Talk", "--format", "jsonl").lines.count, 0)
  }

  func testAlignPrintsEverySentenceOnceAsJSONLines() throws {
    let result = try duet("align", Fixtures.path("inline-labels.md"), "--format", "jsonl")
    XCTAssertEqual(result.status, 0)
    let units = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    XCTAssertEqual(units.map { $0["turn"] as! Int }, [1, 2, 3, 4, 4])
    XCTAssertEqual(units[3]["en"] as? String, "It came from the pandemic.")
    XCTAssertEqual(units[3]["zh"] as? String, "这源于疫情。")
    XCTAssertEqual(units[3]["time"] as? String, "00:00:52")
    XCTAssertEqual(units[3]["speaker"] as? String, "Di Host")
    XCTAssertNotNil(units[3]["score"] as? Double)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("collection.sqlite3")))
  }

  func testAlignsTwoPlainTextsAsWholes() throws {
    let result = try duet(
      "align", "--en", Fixtures.path("article-wrapped.en.txt"), "--zh", Fixtures.path("article.zh.txt"), "--format",
      "jsonl")
    XCTAssertEqual(result.status, 0, result.stderr)
    let units = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    XCTAssertEqual(units.count, 7)
    XCTAssertEqual(units[4]["en"] as? String, "Was it hard?")
    XCTAssertEqual(units[4]["zh"] as? String, "难吗？")
    XCTAssertNil(units[4]["turn"])
    let text = try duet("align", "--en", Fixtures.path("article.en.txt"), "--zh", Fixtures.path("article.zh.txt"))
    XCTAssertTrue(text.stdout.contains("Was it hard?\n        难吗？\n"), text.stdout)
    XCTAssertEqual(try duet("align", "--en", Fixtures.path("article.en.txt")).status, 64)
    XCTAssertEqual(try duet("align", Fixtures.path("one-note.md"), "--zh", Fixtures.path("article.zh.txt")).status, 64)
  }

  func testBundledTranscriptAlignsInto207Turns() throws {
    let result = try duet("align", Fixtures.bundledTranscript, "--format", "jsonl")
    let turns = Set(
      try result.lines.map { (try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["turn"] as! Int }
    )
    // Turn 65 is only a transcriber's note on each side ("[inaudible 00:26:23]", "(听不清)"): no sentence to pair.
    XCTAssertEqual(turns, Set(1...207).subtracting([65]))
  }

  func testBadInputIsRefusedAndChangesNothing() throws {
    _ = try duet("import", Fixtures.path("bold-headings.md"))
    let before = try dump()
    let empty = try folder.write("empty.md", "")
    let binary = try folder.write("binary.md", bytes: [0x00, 0x01, 0x02])
    let gb18030 = try folder.write("gb.md", bytes: [0x45, 0x6E, 0x0A, 0xD6, 0xD0, 0xCE, 0xC4])
    let cases: [(path: String, status: Int32, message: String)] = [
      (folder.file("missing.md"), 66, "no such file"),
      (folder.path, 66, "is a folder, not a file"),
      (empty, 65, "the file is empty"),
      (binary, 65, ":1: binary data"),
      (gb18030, 65, ":2: not UTF-8 text"),
      (Fixtures.path("no-turns.md"), 65, "no bilingual turn found"),
    ]
    for (path, status, message) in cases {
      // A good file next to the bad one must not land either: one import is one transaction.
      let result = try duet("import", Fixtures.path("mixed-headings.md"), path)
      XCTAssertEqual(result.status, status, path)
      XCTAssertTrue(result.stderr.hasPrefix("duet: \(path)"), result.stderr)
      XCTAssertTrue(result.stderr.contains(message), result.stderr)
      XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
      XCTAssertEqual(try dump(), before)
    }
    XCTAssertEqual(try sqlite("PRAGMA integrity_check"), "ok")
  }

  func testOneSidedTurnIsAWarningWithItsLine() throws {
    let result = try duet("import", Fixtures.path("one-sided.md"))
    XCTAssertEqual(result.status, 0)
    XCTAssertTrue(
      result.stderr.contains("duet: warning: \(Fixtures.path("one-sided.md")):11: turn has English but no Chinese"),
      result.stderr)
    XCTAssertTrue(result.stderr.contains("2 new"), result.stderr)
  }

  func testCollectionThatIsNotSQLiteIsRefused() throws {
    environment["DUET_DB"] = try folder.write("notes.txt", String(repeating: "plain text\n", count: 200))
    let result = try duet("decks")
    XCTAssertEqual(result.status, 65)
    XCTAssertTrue(result.stderr.hasPrefix("duet: \(folder.file("notes.txt")): not a duet collection"), result.stderr)
  }

  func testDefaultCollectionLivesUnderXDGDataHome() throws {
    environment["DUET_DB"] = nil
    environment["XDG_DATA_HOME"] = folder.file("data")
    XCTAssertEqual(try duet("import", Fixtures.path("one-sided.md")).status, 0)
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file("data/duet/collection.sqlite3")))
    environment["XDG_DATA_HOME"] = nil
    environment["HOME"] = folder.file("home")
    XCTAssertEqual(try duet("import", Fixtures.path("one-sided.md")).status, 0)
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file("home/.local/share/duet/collection.sqlite3")))
  }

  func testAFilterThatMatchesNothingIsAnErrorWithAHint() throws {
    XCTAssertEqual(try duet("import", Fixtures.path("bold-headings.md")).status, 0)
    let before = try dump()
    let cases: [([String], String)] = [
      (["review", "--deck", "bold", "--format", "jsonl"], "no deck named 'bold' (did you mean 'bold-headings'?)"),
      (["cards", "--deck", "bold-heading"], "(did you mean 'bold-headings'?)"),
      (["export", "--deck", "nosuch"], "no deck named 'nosuch'; decks: bold-headings"),
      (["cards", "--kind", "term"], "no cards match --kind term"),
    ]
    for (arguments, message) in cases {
      let result = try DuetProcess.run(arguments, environment: environment)
      XCTAssertEqual(result.status, 65, "\(arguments): \(result.stderr)")
      XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      XCTAssertEqual(result.stdout, "")
    }
    XCTAssertEqual(try dump(), before)
    XCTAssertEqual(try duet("cards", "--deck", "bold-headings").lines.count, 8)
  }

  func testExtraArgumentsAreRefused() throws {
    for arguments in [
      ["stats", "foo", "bar"], ["decks", "x"], ["config", "a", "b", "c"], ["export", "z"], ["align", "a", "b"],
    ] {
      let result = try DuetProcess.run(arguments, environment: environment)
      XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
      XCTAssertTrue(result.stderr.contains("takes"), result.stderr)
    }
  }

  func testAnEmptyDatabasePathIsRefusedNotReplacedByTheDefault() throws {
    let home = folder.file("home")
    for arguments in [["--db", "", "import", Fixtures.path("one-note.md")], ["stats", "--db="]] {
      let result = try DuetProcess.run(arguments, environment: environment.merging(["HOME": home]) { $1 })
      XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
      XCTAssertTrue(result.stderr.contains("--db needs a path"), result.stderr)
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: home))
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("collection.sqlite3")))
  }

  func testImportReadsStandardInputAndPipes() throws {
    let text = try Fixtures.text("one-note.md")
    let dash = try duet("import", "-", input: text)
    XCTAssertEqual(dash.status, 0, dash.stderr)
    XCTAssertTrue(dash.stderr.contains("1 new"), dash.stderr)
    let tsv = "#separator:tab\nPiped in.\t管道输入。\n"
    let devStdin = try duet("import", "/dev/stdin", input: tsv)
    XCTAssertEqual(devStdin.status, 0, devStdin.stderr)
    XCTAssertEqual(try sqlite("SELECT count(*) FROM notes"), "2")
  }

  func testACarriageReturnOnlyFileReadsItsHeadersAndNamesItsLines() throws {
    let good = try folder.write("cr.tsv", "#separator:tab\rfirst\t第一\rsecond\t第二\r")
    let imported = try duet("import", good)
    XCTAssertEqual(imported.status, 0, imported.stderr)
    XCTAssertTrue(imported.stderr.contains("2 new"), imported.stderr)
    let bad = try folder.write("cr-bad.tsv", "#separator:tab\rthird\t第三\rfourth\r")
    let refused = try duet("import", bad)
    XCTAssertEqual(refused.status, 65)
    XCTAssertTrue(refused.stderr.contains("cr-bad.tsv:3:"), refused.stderr)
    let long = try folder.write("sep.tsv", "#separator:" + String(repeating: "x", count: 10_000) + "\na\tb\n")
    XCTAssertLessThan(try duet("import", long).stderr.count, 200)
  }
}
