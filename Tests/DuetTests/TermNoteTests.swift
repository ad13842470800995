import Bitext
import Store
import TestSupport
import XCTest

@testable import Duet

final class TermNoteTests: XCTestCase {
  private let clock = StudyClock(now: 1_767_600_000)

  func testMarkFindsWholeWordsAndPlurals() {
    XCTAssertEqual(TermNotes.mark("AI", in: "I said AI matters"), "I said 【AI】 matters")
    XCTAssertEqual(TermNotes.mark("agent", in: "Agents act."), "【Agent】s act.")
    XCTAssertEqual(TermNotes.mark("强化学习", in: "通过强化学习训练"), "通过【强化学习】训练")
    XCTAssertEqual(TermNotes.mark("AI", in: "no match here"), "no match here")
    XCTAssertEqual(TermNotes.mark("training", in: "post-training, then training"), "post-training, then 【training】")
  }

  func testTranscriptTermsBecomeTermNotesWithTheirSentence() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let vocabulary = Vocabulary(lexicon: Lexicon(bytes: Fixtures.bundledLexiconBytes))
    let report = try collection.importFiles(
      [try ImportFile(path: Fixtures.path("terms.md"), vocabulary: vocabulary)], deck: nil, clock: clock)
    XCTAssertEqual(report.terms, try collection.notes(kind: .term).count)
    let note = try XCTUnwrap(try collection.notes(kind: .term).first { $0.draft.english == "reinforcement learning" })
    XCTAssertEqual(note.draft.chinese, "强化学习")
    XCTAssertEqual(
      note.draft.context,
      "We moved into post-training via 【reinforcement learning】.\n我们在后训练阶段通过【强化学习】 (reinforcement learning) 进行改进。")
    XCTAssertEqual(note.draft.speaker, "Ada Host")
  }

  func testGlossaryTermsGetASentenceThatHoldsBothSides() throws {
    let folder = try TemporaryDirectory()
    let glossary = try folder.write(
      "glossary.tsv",
      "#separator:tab\n#html:false\n#tags column:3\ncutting edge\t最前沿\tterm product\nzero-shot\t零样本\tterm inference\n")
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let first = try collection.importFiles(
      [try ImportFile(path: Fixtures.path("terms.md")), try ImportFile(path: glossary)], deck: nil, clock: clock)
    XCTAssertEqual(first.contexts, 1)
    let notes = try collection.notes(kind: .term)
    XCTAssertEqual(
      notes.first { $0.draft.english == "cutting edge" }?.draft.context,
      "Not only are you working at the 【cutting edge】 of AI and LLMs.\n你不仅是在人工智能（AI）和大语言模型（LLM）的【最前沿】工作。")
    XCTAssertEqual(notes.first { $0.draft.english == "zero-shot" }?.draft.context, "")
    // Importing both again changes nothing: the glossary row's empty context keeps the one found.
    let again = try collection.importFiles(
      [try ImportFile(path: Fixtures.path("terms.md")), try ImportFile(path: glossary)], deck: nil, clock: clock)
    XCTAssertEqual([again.added, again.updated, again.contexts], [0, 0, 0])
  }

  func testManyTermsFindTheirSentencesInOnePass() throws {
    let folder = try TemporaryDirectory()
    // 300 sentences, then 200 terms: term i is in sentence i + 50 (and, in Chinese only, in sentence i).
    var sentences = "#separator:tab\n"
    for i in 0..<300 {
      sentences += "Sentence \(i) mentions zorb\(i - 50) here.\t第\(i)句提到佐布\(i - 50)号和佐布\(i)号。\n"
    }
    var terms = "#separator:tab\n#tags column:3\n"
    for i in 0..<200 { terms += "zorb\(i)\t佐布\(i)号\tterm\n" }
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    _ = try collection.importFiles(
      [try ImportFile(path: try folder.write("s.tsv", sentences))], deck: nil, clock: clock)
    let report = try collection.importFiles(
      [try ImportFile(path: try folder.write("t.tsv", terms))], deck: nil, clock: clock)
    XCTAssertEqual(report.contexts, 200)
    let notes = try collection.notes(kind: .term)
    XCTAssertEqual(
      notes.first { $0.draft.english == "zorb7" }?.draft.context,
      "Sentence 57 mentions 【zorb7】 here.\n第57句提到【佐布7号】和佐布57号。")
  }

  func testTheTermIndexFindsEveryTermATextHoldsOnce() {
    let index = ChineseTermIndex(["模型", "大模型", "语言模型", "模型", "x"])
    XCTAssertEqual(Set(index.terms(in: "大语言模型和大模型")), [0, 1, 2, 3])
    XCTAssertEqual(index.terms(in: "大语言模型和大模型").count, 4)
    XCTAssertEqual(index.terms(in: "没有"), [])
  }

  /// The first file's variant of a term gives way once more files agree on another; a tie keeps it.
  func testTheTranslationMostFilesGiveWins() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let vocabulary = Vocabulary(lexicon: Lexicon(bytes: Fixtures.bundledLexiconBytes))
    func importing(_ name: String) throws -> ImportReport {
      try collection.importFiles(
        [try ImportFile(path: Fixtures.path("variants/" + name), vocabulary: vocabulary)], deck: nil, clock: clock)
    }
    func roi() throws -> Note? { try collection.notes(kind: .term).first { $0.draft.english == "ROI" } }
    _ = try importing("first.md")
    XCTAssertEqual(try roi()?.draft.chinese, "资回报率")  // the file's own typo
    XCTAssertEqual(try importing("second.md").revised, 0)
    XCTAssertEqual(try roi()?.draft.chinese, "资回报率")  // one file each: the note keeps what it has
    XCTAssertEqual(try importing("third.md").revised, 1)
    let note = try XCTUnwrap(try roi())
    XCTAssertEqual(note.draft.chinese, "投资回报率")
    XCTAssertEqual(note.draft.context, "Show me the 【ROI】 first.\n先给我看【投资回报率】（ROI）。")
    _ = try importing("first.md")  // the same file again adds no weight
    XCTAssertEqual(try roi()?.draft.chinese, "投资回报率")
  }
}
