import Duet
import Scheduling
import Store
import TestSupport
import XCTest

final class SchedulerTests: XCTestCase {
  /// Two connections grade the same card one after the other: the second grade starts from the state the first
  /// left, because the scheduler reads the card inside its own transaction, not from what it saw earlier.
  func testEachAnswerAppliesToTheStoredState() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("c.sqlite3")
    let first = try StudyCollection(path: path)
    let deck = try first.deckID(named: "talk")
    _ = try first.store(NoteDraft(guid: "g", kind: .sentence, english: "Hi.", chinese: "嗨。"), inDeck: deck, now: 0)
    let cardID = try first.cards()[0].card.id
    let second = try StudyCollection(path: path)
    let a = try Scheduler(collection: first).answer(
      cardID: cardID, grade: .perfect, today: Day(10), at: 1, durationMilliseconds: 1)
    let b = try Scheduler(collection: second).answer(
      cardID: cardID, grade: .perfect, today: Day(11), at: 2, durationMilliseconds: 1)
    XCTAssertEqual(b.before, a.after)
    XCTAssertEqual(b.after.review?.repetitions, 2)
    XCTAssertEqual(b.after.review?.intervalDays, 6)
    XCTAssertEqual(try first.cardState(id: cardID), b.after)
  }

  func testIntervalsPreviewWhatAnswersWouldGive() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let state = CardState.review(
      ReviewState(repetitions: 2, ease: .initial, intervalDays: 6, dueDay: Day(16), lapses: 0, lastReviewDay: Day(10)))
    let intervals = Scheduler(collection: collection).intervals(of: state, today: Day(16))
    XCTAssertEqual(Grade.allCases.map { intervals[$0] }, [1, 1, 1, 15, 15, 15])
    XCTAssertEqual(Scheduler(collection: collection).intervals(of: .new, today: Day(1))[.perfect], 1)
  }

  func testAnsweringAMissingCardIsADataError() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    XCTAssertThrowsError(
      try Scheduler(collection: collection).answer(
        cardID: 42, grade: .perfect, today: Day(1), at: 0, durationMilliseconds: 0)
    ) { XCTAssertEqual($0 as? DuetError, .data("no card with id 42")) }
    XCTAssertEqual(try collection.reviewCount(), 0)
  }
}
