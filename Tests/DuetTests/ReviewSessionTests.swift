import Duet
import Foundation
import Scheduling
import Store
import TestSupport
import XCTest

final class ReviewSessionTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var collection: StudyCollection!

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let deck = try collection.deckID(named: "talk")
    for (index, english) in ["One.", "Two.", "Three.", "Four."].enumerated() {
      _ = try collection.store(
        NoteDraft(guid: "g\(index)", kind: .sentence, english: english, chinese: "\(index)。"), inDeck: deck, now: 0)
    }
  }

  private func session(_ now: String, newPerDay: Int = 20, direction: Direction? = nil) throws -> ReviewSession {
    try ReviewSession(
      collection: collection,
      clock: try StudyClock.fromEnvironment(["DUET_NOW": now], timeZone: TimeZone(identifier: "UTC")!),
      filter: CardFilter(direction: direction), limits: QueueLimits(newPerDay: newPerDay, reviews: 100))
  }

  private func fronts(_ session: ReviewSession) throws -> [String] {
    try session.queue.map { try collection.card(id: $0.cardID)!.front }
  }

  func testNewCardsOnePerNoteInOrder() throws {
    let review = try session("2026-01-05T09:00:00")
    XCTAssertEqual(try fronts(review), ["One.", "Two.", "Three.", "Four."])
    XCTAssertEqual(try review.currentCard()?.card.direction, .englishToChinese)
  }

  func testAnswersUnderFourComeBackUntilLearntAndOnlyThenMoveTheDueDay() throws {
    let review = try session("2026-01-05T09:00:00")
    let first = review.current!.cardID
    try review.grade(.hard, milliseconds: 10)
    let afterFirst = try XCTUnwrap(try collection.card(id: first)!.card.state.review)
    XCTAssertEqual(afterFirst.dueDay, review.today)  // stored as due today, not only queued in this session
    XCTAssertEqual(afterFirst.intervalDays, 1)
    XCTAssertEqual(review.queue.map(\.isRepeat), [false, false, false, true])
    for _ in 0..<3 { try review.grade(.perfect, milliseconds: 10) }
    XCTAssertEqual(review.current, ReviewSession.Item(cardID: first, isRepeat: true))
    try review.grade(.wrongButFamiliar, milliseconds: 10)  // still wrong: again
    XCTAssertEqual(review.current, ReviewSession.Item(cardID: first, isRepeat: true))
    XCTAssertEqual(try collection.card(id: first)!.card.state.review, afterFirst)
    try review.grade(.hesitant, milliseconds: 10)
    XCTAssertNil(review.current)
    var learnt = afterFirst
    learnt.dueDay = review.today + 1
    XCTAssertEqual(try collection.card(id: first)!.card.state.review, learnt)  // ease and interval unchanged
    XCTAssertEqual(try collection.reviewCount(), 6)
    XCTAssertEqual(review.tally.reviewed, 4)
    XCTAssertEqual(review.tally.answers, 6)
    XCTAssertEqual(review.tally.correct, 4)
  }

  func testAFailedCardComesBackInTheDaysLaterSessionsUntilLearnt() throws {
    let morning = try session("2026-01-05T09:00:00")
    let failed = morning.current!.cardID
    try morning.grade(.blackout, milliseconds: 10)
    XCTAssertEqual(try morning.leftToday(), 4)  // the three not yet seen and the failed one
    let noon = try session("2026-01-05T12:00:00")  // the morning session ended without the re-drill
    XCTAssertEqual(noon.current, ReviewSession.Item(cardID: failed, isRepeat: true))
    XCTAssertEqual(noon.queue.count, 4)
    try noon.grade(.perfect, milliseconds: 10)
    XCTAssertEqual(try noon.leftToday(), 3)
    let evening = try session("2026-01-05T18:00:00")
    XCTAssertFalse(evening.queue.contains { $0.cardID == failed })
    XCTAssertEqual(try collection.card(id: failed)!.card.state.review?.dueDay, evening.today + 1)
  }

  func testUndoTakesBackNoGradeAnotherSessionCommittedSince() throws {
    let first = try session("2026-01-05T09:00:00")
    let second = try session("2026-01-05T09:00:00")
    let card = first.current!.cardID
    XCTAssertEqual(second.current?.cardID, card)
    try first.grade(.perfect, milliseconds: 10)
    try second.grade(.perfect, milliseconds: 10)
    let afterBoth = try collection.card(id: card)!.card.state
    XCTAssertEqual(try first.undo(), .supersededElsewhere)
    XCTAssertEqual(try collection.card(id: card)!.card.state, afterBoth)
    XCTAssertEqual(try collection.reviewCount(), 2)
    XCTAssertEqual(try second.undo(), .undone)
  }

  func testUndoRestoresTheCardAndShowsItAgain() throws {
    let review = try session("2026-01-05T09:00:00")
    let first = review.current!.cardID
    try review.grade(.blackout, milliseconds: 10)
    try review.undo()
    XCTAssertEqual(review.current, ReviewSession.Item(cardID: first, isRepeat: false))
    XCTAssertEqual(review.queue.count, 4)
    XCTAssertEqual(try collection.card(id: first)!.card.state, .new)
    XCTAssertEqual(try collection.reviewCount(), 0)
    XCTAssertEqual(review.tally, ReviewSession.Tally())
    XCTAssertEqual(try review.undo(), .nothingToUndo)
  }

  func testSuspendRemovesTheCardAndUndoBringsItBack() throws {
    let review = try session("2026-01-05T09:00:00")
    let first = review.current!.cardID
    try review.suspend()
    XCTAssertEqual(try collection.card(id: first)!.card.isSuspended, true)
    XCTAssertEqual(review.queue.count, 3)
    try review.undo()
    XCTAssertEqual(try collection.card(id: first)!.card.isSuspended, false)
    XCTAssertEqual(review.current?.cardID, first)
  }

  func testNewLimitCountsAcrossSessionsAndSiblingsWaitForTomorrow() throws {
    let morning = try session("2026-01-05T09:00:00", newPerDay: 3)
    try morning.grade(.perfect, milliseconds: 1)
    let evening = try session("2026-01-05T21:00:00", newPerDay: 3)
    XCTAssertEqual(try fronts(evening), ["Two.", "Three."])  // one new used; note One's sibling waits
    let nextDay = try session("2026-01-06T09:00:00", newPerDay: 3)
    XCTAssertEqual(try nextDay.currentCard()?.front, "One.")  // due review first
    XCTAssertEqual(nextDay.queue.count, 4)
  }

  func testRolloverAtFourAM() throws {
    try session("2026-01-05T09:00:00").grade(.perfect, milliseconds: 1)
    XCTAssertEqual(try session("2026-01-06T03:59:00", direction: .englishToChinese).queue.count, 3)  // still the 5th
    XCTAssertEqual(try session("2026-01-06T04:00:00", direction: .englishToChinese).queue.count, 4)  // due on the 6th
  }
}
