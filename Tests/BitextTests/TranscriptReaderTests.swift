import Bitext
import TestSupport
import XCTest

final class TranscriptReaderTests: XCTestCase {
  private func read(_ fixture: String) throws -> Transcript { TranscriptReader.read(try Fixtures.text(fixture)) }

  func testBoldHeadingsWithPageBreakLinksAndEscapes() throws {
    let transcript = try read("bold-headings.md")
    XCTAssertEqual(transcript.turns.count, 2)
    XCTAssertEqual(transcript.warnings, [])
    let first = transcript.turns[0]
    XCTAssertEqual(first.time, "00:00:00")
    XCTAssertEqual(first.speaker, "Ada Host")
    XCTAssertEqual(first.english, "Welcome to the show. Today we talk about chain-of-thought models.")
    XCTAssertEqual(first.chinese, "欢迎收听本节目。今天我们聊聊思维链模型。")
    let second = transcript.turns[1]
    XCTAssertEqual(
      second.english,
      "It cost us $1,000 to train the first one. Then we realized how good the models are going to be at coding.")
    XCTAssertEqual(second.chinese, "训练第一个模型花了我们 1000 美元。后来我们意识到模型的编程能力会变得多么强大。")
    XCTAssertEqual(second.line, 21)
  }

  func testMarkdownHeadingLevelsBareHeadingsAndEmphasis() throws {
    let transcript = try read("mixed-headings.md")
    XCTAssertEqual(transcript.turns.map(\.time), ["00:01:00", "00:01:05", "00:01:30"])
    XCTAssertEqual(transcript.turns.map(\.speaker), ["Ada Host", "Bo Guest", "Ada Host"])
    XCTAssertEqual(transcript.turns[0].english, "What is synthetic data?")
    XCTAssertEqual(transcript.turns[0].chinese, "什么是合成数据？")
    XCTAssertEqual(transcript.turns[1].english, "It is data that a model makes. [inaudible 00:17:45] We use it a lot.")
    XCTAssertEqual(transcript.turns[2].chinese, "谢谢。")
  }

  func testSquareTimestampsHeadinglessBlocksAndTimedParagraphs() throws {
    let transcript = try read("inline-labels.md")
    XCTAssertEqual(transcript.turns.map(\.time), ["00:00:00", "00:00:20", "00:00:40", "00:00:52"])
    XCTAssertEqual(transcript.turns.map(\.speaker), ["Cy Guest", "Cy Guest", "Di Host", "Di Host"])
    XCTAssertEqual(transcript.turns[1].english, "My advice is to study how the team operates.")
    XCTAssertEqual(transcript.turns[1].chinese, "我的建议是研究这个团队的运作方式。")
    XCTAssertEqual(transcript.turns[2].english, "Velocity is everything here.")
    XCTAssertEqual(transcript.turns[3].chinese, "这源于疫情。我们起步时规模很小。")
    XCTAssertEqual(transcript.turns.map(\.number), [1, 2, 3, 4])
  }

  func testLabelsFollowedByTextOnTheSameLine() throws {
    let transcript = try read("same-line-labels.md")
    XCTAssertEqual(transcript.turns.count, 2)
    XCTAssertEqual(transcript.turns[0].english, "Is this the right way?")
    XCTAssertEqual(transcript.turns[0].chinese, "这是正确的方法吗？")
    XCTAssertEqual(transcript.turns[1].english, "Yes, it is.")
    XCTAssertEqual(transcript.turns[1].chinese, "是的，没错。")
  }

  func testCRLFByteOrderMarkAndHardWrappedLinesReadTheSame() throws {
    let original = try Fixtures.text("inline-labels.md")
    let wrapped = original.replacingOccurrences(of: "study how the team", with: "study how\nthe team")
      .replacingOccurrences(of: "研究这个团队", with: "研究\n这个团队")
    let windows = "\u{FEFF}" + wrapped.replacingOccurrences(of: "\n", with: "\r\n")
    func content(_ text: String) -> [[String]] {
      TranscriptReader.read(text).turns.map { [$0.time, $0.speaker, $0.english, $0.chinese] }
    }
    XCTAssertEqual(content(windows), content(original))
    XCTAssertEqual(content(windows).count, 4)
  }

  func testTurnWithOneSideIsAWarningWithItsLine() throws {
    let transcript = try read("one-sided.md")
    XCTAssertEqual(transcript.turns.count, 3)
    XCTAssertEqual(transcript.bilingualTurns.count, 2)
    XCTAssertEqual(transcript.warnings, [TranscriptWarning(line: 11, message: "turn has English but no Chinese")])
  }

  func testTextWithoutTurnsHasNoTurns() throws {
    XCTAssertEqual(try read("no-turns.md").turns, [])
    XCTAssertEqual(TranscriptReader.read("").turns, [])
  }

  func testUnlabelledTurnsAreReadByScript() {
    let text = "## (00:00:01) Ada\n\nGood morning.\n\n早上好。\n\n## (00:00:03) Bo\n\nHi.\n\n嗨。\n"
    let turns = TranscriptReader.read(text).turns
    XCTAssertEqual(turns.map(\.english), ["Good morning.", "Hi."])
    XCTAssertEqual(turns.map(\.chinese), ["早上好。", "嗨。"])
  }

  func testBundledTranscriptHas207TurnsWithTheirSpeakers() throws {
    let transcript = TranscriptReader.read(try String(contentsOfFile: Fixtures.bundledTranscript, encoding: .utf8))
    XCTAssertEqual(transcript.turns.count, 207)
    XCTAssertEqual(transcript.bilingualTurns.count, 207)
    let speakers = Dictionary(grouping: transcript.turns, by: \.speaker).mapValues(\.count)
    XCTAssertEqual(speakers, ["Lenny Rachitsky": 88, "Karina Nguyen": 115, "Christina Cacioppo": 4])
    XCTAssertFalse(transcript.turns.contains { $0.english.contains("](") || $0.english.contains("\\$") })
  }
}
