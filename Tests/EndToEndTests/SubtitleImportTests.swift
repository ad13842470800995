import Foundation
import TestSupport
import XCTest

/// `duet import` and `duet align` on subtitles: two tracks, or one bilingual file.
final class SubtitleImportTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = ["DUET_DB": folder.file("c.sqlite3"), "DUET_NOW": "2026-01-05T09:00:00"]
  }

  private func duet(_ arguments: String...) throws -> ProcessResult {
    try DuetProcess.run(arguments, environment: environment)
  }

  private func sqlite(_ sql: String) throws -> String { try SQLiteShell.run(folder.file("c.sqlite3"), sql) }

  /// Two tracks cut at different places, the Chinese 2.5 s late: each note carries the time its turn starts, in a
  /// deck named after the video, not its English track.
  func testTwoTracksBecomeNotesWithTheirCueTimes() throws {
    let result = try duet(
      "import", "--en", Fixtures.path("subtitles/talk.en.srt"), "--zh", Fixtures.path("subtitles/talk.zh.srt"))
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stderr.contains("3 turns, 4 pairs (0 doubtful)"), result.stderr)
    XCTAssertEqual(
      try sqlite("SELECT spoken_at, en, zh FROM notes ORDER BY id"),
      """
      00:00:01|Welcome back to the show.|欢迎回到节目。
      00:00:01|Today we talk about evaluations for language models.|今天我们聊聊语言模型的评估。
      00:00:07|We trained our first model for a thousand dollars.|我们花了一千美元训练了第一个模型。
      00:00:13|What did you learn?|你学到了什么？
      """)
    XCTAssertEqual(try sqlite("SELECT name FROM decks"), "talk")
  }

  func testOneBilingualFileAlignsByItsCues() throws {
    let result = try duet("align", Fixtures.path("subtitles/talk.vtt"), "--format", "jsonl")
    XCTAssertEqual(result.status, 0, result.stderr)
    let units = result.stdout.split(separator: "\n").map { String($0) }
    XCTAssertEqual(units.count, 2)
    XCTAssertTrue(units[1].contains(#""time": "00:00:05""#), units[1])
    XCTAssertTrue(units[1].contains(#""zh": "我们训练了第一个模型，而且成功了。""#), units[1])
  }

  /// A track that is no subtitle file, or --en without --zh, is refused and nothing is stored.
  func testATrackThatIsNoSubtitleFileChangesNothing() throws {
    let refused = try duet(
      "import", "--en", Fixtures.path("subtitles/talk.en.srt"), "--zh", Fixtures.path("bold-headings.md"))
    XCTAssertNotEqual(refused.status, 0)
    XCTAssertTrue(refused.stderr.contains("bold-headings.md: not a subtitle file"), refused.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("c.sqlite3")))
    let alone = try duet("import", "--en", Fixtures.path("subtitles/talk.en.srt"))
    XCTAssertEqual(alone.status, 64)
    XCTAssertTrue(alone.stderr.contains("--en and --zh together"), alone.stderr)
  }
}
