import Foundation
import Scheduling
import Store
import TestSupport
import XCTest

@testable import Duet

/// The parts of an Anki package that Anki checks or relies on: checksums, the zip container, and the schedule's
/// columns and review log.
final class AnkiPackageTests: XCTestCase {
  func testCRC32MatchesZlib() {
    XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
    XCTAssertEqual(CRC32.checksum([]), 0)
  }

  /// FIPS 180 vectors, and messages either side of the padding boundary (55 and 56 bytes need one and two blocks).
  func testSHA1MatchesTheStandardVectors() {
    func hex(_ text: String) -> String { SHA1.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
    XCTAssertEqual(hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    XCTAssertEqual(hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d")
    XCTAssertEqual(hex(String(repeating: "a", count: 55)), "c1c8bbdc22796e28c0e15163d20899b65621d65a")
    XCTAssertEqual(hex(String(repeating: "a", count: 56)), "c2db330f6083854c99d4b5bfb6e8f29f201be699")
    XCTAssertEqual(hex(String(repeating: "a", count: 64)), "0098ba824b5c16427bd7a1122a5a442a25ec644d")
  }

  /// Anki's `field_checksum("Today my guest is Karina Nguyen.")`, as anki 26.9.3 computes it.
  func testTheNoteChecksumIsAnkis() {
    XCTAssertEqual(AnkiPackage.checksum("Today my guest is Karina Nguyen."), 2_652_031_978)
  }

  func testFieldsAreEscapedHTML() {
    XCTAssertEqual(AnkiNoteType.html("a < b & \"c\"\nd"), "a &lt; b &amp; &quot;c&quot;<br>d")
    let note = Note(
      id: 1, deck: "d",
      draft: NoteDraft(
        guid: "g", kind: .term, english: "RLHF", chinese: "基于人类反馈的强化学习", speaker: "Lenny", time: "00:01:02",
        source: "talk.md", context: "We use 【RLHF】.\n我们用【基于人类反馈的强化学习】。"))
    XCTAssertEqual(
      AnkiNoteType.fields(of: note, pinyin: ""),
      [
        "RLHF", "基于人类反馈的强化学习", "", "We use <b>【RLHF】</b>.<br>我们用<b>【基于人类反馈的强化学习】</b>。",
        "Lenny · 00:01:02 · talk.md",
      ])
  }

  func testCardColumnsCarryTheSchedule() {
    let schedule = AnkiSchedule(creationDay: Day(100))
    let review = ReviewState(
      repetitions: 3, ease: Ease(hundredths: 236), intervalDays: 15, dueDay: Day(130), lapses: 1,
      lastReviewDay: Day(115))
    XCTAssertEqual(
      schedule.columns(
        of: Card(id: 1, noteID: 1, direction: .englishToChinese, state: .review(review), isSuspended: false),
        position: 0, answers: 5),
      AnkiSchedule.CardColumns(type: 2, queue: 2, due: 30, interval: 15, factor: 2360, reps: 5, lapses: 1))
    XCTAssertEqual(
      schedule.columns(
        of: Card(id: 2, noteID: 1, direction: .chineseToEnglish, state: .new, isSuspended: true), position: 7,
        answers: 0),
      AnkiSchedule.CardColumns(type: 0, queue: -1, due: 7, interval: 0, factor: 0, reps: 0, lapses: 0))
  }

  /// A card's first day is learning, a later wrong answer is a review and that day's repeats relearning; times
  /// that coincide become distinct ids, in order.
  func testTheLogTypesAnswersAndKeepsIdsUnique() {
    func entry(_ card: Int64, _ time: Int64, day: Int, _ grade: Grade, new: Bool = false) -> ReviewEntry {
      ReviewEntry(
        cardID: card, reviewedAt: time, day: Day(day), grade: grade, wasNew: new, intervalBefore: 1,
        intervalAfter: 2, easeAfter: .initial, durationMilliseconds: 90_000)
    }
    let log = AnkiSchedule.log(
      of: [
        entry(1, 1_000, day: 10, .wrongButFamiliar, new: true), entry(1, 2_000, day: 10, .perfect),
        entry(1, 5_000, day: 11, .blackout), entry(1, 6_000, day: 11, .hesitant), entry(1, 9_000, day: 13, .hard),
        entry(2, 1_000, day: 10, .perfect, new: true),
      ], cardIDs: [1: 501, 2: 502])
    XCTAssertEqual(log.map(\.id), [1_000, 1_001, 2_000, 5_000, 6_000, 9_000])
    XCTAssertEqual(log.map(\.cardID), [501, 502, 501, 501, 501, 501])
    XCTAssertEqual(log.map(\.type), [0, 0, 0, 1, 2, 1])
    XCTAssertEqual(log.map(\.button), [1, 4, 4, 1, 3, 2])
    XCTAssertEqual(Set(log.map(\.time)), [60_000])
  }
}
