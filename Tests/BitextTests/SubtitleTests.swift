import TestSupport
import XCTest

@testable import Bitext

/// Subtitle files as the aligner's input: the three formats read by their content, cues joined into sentences,
/// the tracks' offset found, and turns cut where both tracks are silent.
final class SubtitleTests: XCTestCase {
  private func cues(_ fixture: String) throws -> [SubtitleCue] {
    SubtitleReader.cues(in: try Fixtures.text("subtitles/" + fixture))
  }

  func testSubRipWithAByteOrderMarkCRLFMissingBlankLinesAndTags() throws {
    let read = try cues("nasty.en.srt")
    XCTAssertEqual(read.map(\.lines), [["Hello there."], ["How are you?"], ["Fine."]])
    XCTAssertEqual(read.map(\.start), [1, 2.5, 5])
    XCTAssertEqual(read.map(\.end), [2, 4, 6])
    XCTAssertEqual(read.map(\.line), [2, 5, 10])
  }

  func testWebVTTHeaderNotesIdentifiersSettingsAndTags() throws {
    let read = try cues("talk.vtt")
    XCTAssertEqual(
      read.map(\.lines),
      [["Welcome back to the show.", "欢迎回到节目。"], ["We trained our first model & it worked.", "我们训练了第一个模型，而且成功了。"]])
    XCTAssertEqual(read.map(\.start), [1, 5])
    XCTAssertEqual(SubtitleReader.plainCueText("<ruby>漢<rt>kan</rt></ruby>&nbsp;<00:00:01.000>ok"), "漢 ok")
  }

  func testASSDialogueFieldsOverrideBlocksAndLineBreaks() throws {
    let read = try cues("talk.ass")
    XCTAssertEqual(read.first?.lines, ["欢迎回到节目。", "Welcome back to the show."])
    XCTAssertEqual(read.last?.lines, ["我们训练了第一个模型，而且成功了。", "We trained our first model, and it worked."])
    XCTAssertEqual(read.map(\.end), [3, 8])
  }

  func testTheFormatIsReadFromTheContent() throws {
    XCTAssertEqual(SubtitleReader.format(of: try Fixtures.text("subtitles/nasty.en.srt")[...]), .srt)
    XCTAssertEqual(SubtitleReader.format(of: try Fixtures.text("subtitles/talk.vtt")[...]), .vtt)
    XCTAssertEqual(SubtitleReader.format(of: try Fixtures.text("subtitles/talk.ass")[...]), .ass)
    XCTAssertNil(SubtitleReader.format(of: try Fixtures.text("bold-headings.md")[...]))
    XCTAssertEqual(SubtitleReader.seconds("1:02:03,250"), 3723.25)
    XCTAssertNil(SubtitleReader.seconds("12:x0.5"))
  }

  /// "Today we talk about" and "evaluations for language models." are one sentence over two cues, timed from the
  /// middle of the first cue (the share of its text after "Welcome back to the show.").
  func testCuesJoinIntoSentences() throws {
    let sentences = SubtitleTracks.sentences(of: try cues("talk.en.srt"), language: .english)
    XCTAssertEqual(
      sentences.map(\.text),
      [
        "Welcome back to the show.", "Today we talk about evaluations for language models.",
        "We trained our first model for a thousand dollars.", "What did you learn?",
      ])
    XCTAssertEqual(sentences[1].start, 1 + 2.2 * 25 / 44, accuracy: 0.05)
    XCTAssertEqual(sentences[1].end, 5)
    // Cues that mostly end without a sentence's mark each end one.
    let captions = [
      SubtitleCue(start: 0, end: 1, lines: ["so we started"], line: 1),
      SubtitleCue(start: 1, end: 2, lines: ["with a small team"], line: 4),
    ]
    XCTAssertEqual(SubtitleTracks.sentences(of: captions, language: .english).count, 2)
  }

  /// The Chinese track runs 2.5 seconds late: shifted back, its turns fall where the English ones are.
  func testTwoTracksAlignByTheirTimes() throws {
    let english = try cues("talk.en.srt")
    let chinese = try cues("talk.zh.srt")
    XCTAssertEqual(SubtitleTracks.offset(of: chinese, from: english), 2.5, accuracy: 0.051)
    let transcript = SubtitleTracks.transcript(english: english, chinese: chinese)
    XCTAssertEqual(transcript.turns.map(\.time), ["00:00:01", "00:00:07", "00:00:13"])
    XCTAssertEqual(transcript.turns.map(\.chinese), ["欢迎回到节目。今天我们聊聊语言模型的评估。", "我们花了一千美元训练了第一个模型。", "你学到了什么？"])
    let units = Aligner.align(transcript).flatMap(\.units)
    XCTAssertEqual(units.map(\.zh), ["欢迎回到节目。", "今天我们聊聊语言模型的评估。", "我们花了一千美元训练了第一个模型。", "你学到了什么？"])
    // Tracks timed alike stay as they are.
    XCTAssertEqual(SubtitleTracks.offset(of: english, from: english), 0)
  }

  func testABilingualFileSplitsEachCueByScript() throws {
    let transcript = SubtitleTracks.transcript(bilingual: try cues("talk.ass"))
    XCTAssertEqual(
      transcript.turns.map(\.english), ["Welcome back to the show.", "We trained our first model, and it worked."])
    XCTAssertEqual(transcript.turns.map(\.chinese), ["欢迎回到节目。", "我们训练了第一个模型，而且成功了。"])
  }
}
