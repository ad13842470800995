import Duet
import Store
import TestSupport
import XCTest

final class AnkiTextTests: XCTestCase {
  private let clock = StudyClock(now: 1_767_600_000)

  private func note(_ english: String, _ chinese: String, deck: String = "Talks::Data", tags: String = "") -> Note {
    Note(
      id: 1, deck: deck,
      draft: NoteDraft(
        guid: "dGUID", kind: .sentence, english: english, chinese: chinese, speaker: "Ada Host", source: "talk.md",
        tags: tags))
  }

  func testExportHeadersTellAnkiEverything() {
    let lines = AnkiExport.text(of: [note("Hi.", "嗨。")]).split(separator: "\n")
    XCTAssertEqual(
      Array(lines.prefix(8)),
      [
        "#separator:tab", "#html:false", "#notetype:Basic (and reversed card)",
        "#columns:guid\tFront\tBack\tdeck\ttags",
        "#guid column:1", "#deck column:4", "#tags column:5", "#if matches:update current",
      ])
    XCTAssertEqual(lines[8], "dGUID\tHi.\t嗨。\tTalks::Data\tsentence Ada_Host talk.md")
  }

  /// With readings, a Pinyin column follows the Chinese and the deck and tags columns move along; duet's own import
  /// reads the file back to the same notes.
  func testAPinyinColumnFollowsTheChinese() throws {
    let text = AnkiExport.text(of: [note("Hi.", "嗨。")], pinyin: { $0 == "嗨。" ? "hāi." : "?" })
    let lines = text.split(separator: "\n")
    XCTAssertEqual(lines[3], "#columns:guid\tFront\tBack\tPinyin\tdeck\ttags")
    XCTAssertEqual(Array(lines[5...6]), ["#deck column:5", "#tags column:6"])
    XCTAssertEqual(lines[8], "dGUID\tHi.\t嗨。\thāi.\tTalks::Data\tsentence Ada_Host talk.md")
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    _ = try collection.importFiles(
      [try ImportFile(path: try folder.write("export.tsv", text))], deck: nil, clock: clock)
    XCTAssertEqual(AnkiExport.text(of: try collection.notes()), AnkiExport.text(of: [note("Hi.", "嗨。")]))
  }

  func testCellsThatAnkiWouldMisreadAreQuoted() {
    let text = AnkiExport.text(of: [note("#1 \"tab\there", "第一行\n第二行", tags: "extra sentence")])
    XCTAssertTrue(
      text.hasSuffix("dGUID\t\"#1 \"\"tab\there\"\t\"第一行\n第二行\"\tTalks::Data\tsentence Ada_Host talk.md extra\n"),
      text)
  }

  func testExportImportExportIsTheSameFile() throws {
    let folder = try TemporaryDirectory()
    let first = try StudyCollection(path: folder.file("a.sqlite3"))
    _ = try first.importFiles(
      [
        try ImportFile(path: Fixtures.path("bold-headings.md")),
        try ImportFile(path: Fixtures.path("anki/hostile.tsv")),
      ],
      deck: nil, clock: clock)
    let exported = AnkiExport.text(of: try first.notes())
    let path = try folder.write("export.tsv", exported)
    let second = try StudyCollection(path: folder.file("b.sqlite3"))
    let report = try second.importFiles([try ImportFile(path: path)], deck: nil, clock: clock)
    XCTAssertEqual([report.rows, report.added], [9, 9])
    XCTAssertEqual(AnkiExport.text(of: try second.notes()), exported)
    XCTAssertEqual(try second.notes().map(\.draft.english), try first.notes().map(\.draft.english))
  }

  func testReadsAnkisOwnHTMLExport() throws {
    guard case .anki(let file) = try ImportFile(path: Fixtures.path("anki/anki-export-html.txt")) else {
      return XCTFail("not read as an Anki file")
    }
    XCTAssertEqual(file.notes.count, 5)
    XCTAssertEqual(file.notes[0].draft.guid, "mxsOEG?jrl")
    XCTAssertEqual(file.notes[0].deck, "Duet::Hostile")
    XCTAssertEqual(file.notes[0].draft.chinese, "含有\t制表符的中文")
    XCTAssertEqual(file.notes[1].draft.english, "#hash start")
    XCTAssertEqual(file.notes[2].draft.english, "line one\nline two")
    XCTAssertEqual(file.notes[3].draft.english, "She said \"hi\" <b>&amp;</b> it's")
    XCTAssertEqual(file.notes[3].draft.chinese, "她说“嗨” <b>&amp;</b>")
    XCTAssertEqual(file.notes[4].draft.tags, "hostile")
  }

  func testTheFieldInHanCharactersIsTheChineseOneWhateverItsColumn() throws {
    guard case .anki(let file) = try ImportFile(path: Fixtures.path("anki/headerless-chinese-first.txt")) else {
      return XCTFail("not read as an Anki file")
    }
    XCTAssertEqual(file.notes.map(\.draft.english), ["chain-of-thought", "post-training", "reinforcement learning"])
    XCTAssertEqual(file.notes.map(\.draft.chinese), ["思维链", "后训练", "强化\n学习"])
    XCTAssertEqual(file.notes[0].draft.guid, NoteIdentity.guid(kind: .sentence, english: "chain-of-thought"))
  }

  func testAColumnNumberUnderOneIsRefused() throws {
    // Found by fuzzing: column numbers count from 1, and 0 once read a cell at index -1.
    let text = "#separator:tab\n#guid column:0\nHello.\t你好。\n"
    XCTAssertThrowsError(try AnkiTextFile(path: "f.tsv", text: text)) {
      XCTAssertEqual($0 as? DuetError, .data("f.tsv: '#guid column:0' is not a column number (columns count from 1)"))
    }
  }

  func testBadFilesAreRefusedWithTheirLine() {
    let cases: [(String, String)] = [
      ("anki/unclosed-quote.tsv", ":3: unclosed quote (the cell runs to the end of the file)"),
      ("anki/no-chinese.tsv", ": no field written in Chinese (Han characters) found"),
    ]
    for (name, message) in cases {
      XCTAssertThrowsError(try ImportFile(path: Fixtures.path(name))) {
        XCTAssertEqual($0 as? DuetError, .data(Fixtures.path(name) + message))
      }
    }
  }
}
