import Scheduling
import XCTest

final class DailyQueueTests: XCTestCase {
  private let today = Day(20_000)

  private func due(_ card: Int64, note: Int64, daysAgo: Int) -> QueueCandidate {
    QueueCandidate(cardID: card, noteID: note, dueDay: today + -daysAgo)
  }

  private func new(_ card: Int64, note: Int64) -> QueueCandidate {
    QueueCandidate(cardID: card, noteID: note, dueDay: nil)
  }

  private func build(
    due: [QueueCandidate] = [], new: [QueueCandidate] = [], answered: Set<Int64> = [], newToday: Int = 0,
    limits: QueueLimits = .standard
  ) -> [Int64] {
    DailyQueue.build(due: due, new: new, notesAnsweredToday: answered, newAnsweredToday: newToday, limits: limits)
      .map(\.cardID)
  }

  func testEmpty() { XCTAssertEqual(build(), []) }

  func testReviewsMostOverdueFirstThenNew() {
    XCTAssertEqual(
      build(due: [due(1, note: 1, daysAgo: 0), due(2, note: 2, daysAgo: 5)], new: [new(3, note: 3)]), [2, 1, 3])
  }

  func testNewCardsCountAgainstTheDailyLimitAcrossSessions() {
    let cards = (1...30).map { new(Int64($0), note: Int64($0)) }
    XCTAssertEqual(build(new: cards).count, 20)
    XCTAssertEqual(build(new: cards, newToday: 15).count, 5)
    XCTAssertEqual(build(new: cards, newToday: 25).count, 0)
    XCTAssertEqual(build(new: cards, limits: QueueLimits(newPerDay: 3, reviews: 10)), [1, 2, 3])
  }

  func testReviewLimit() {
    let cards = (1...10).map { due(Int64($0), note: Int64($0), daysAgo: 1) }
    XCTAssertEqual(build(due: cards, limits: QueueLimits(newPerDay: 0, reviews: 4)), [1, 2, 3, 4])
  }

  func testOneCardPerNotePerDay() {
    // Siblings: both directions of note 1 are due, and note 2's first card is new.
    XCTAssertEqual(
      build(due: [due(1, note: 1, daysAgo: 1), due(2, note: 1, daysAgo: 3)], new: [new(3, note: 2), new(4, note: 2)]),
      [2, 3])
    // A note answered earlier today waits for tomorrow.
    XCTAssertEqual(build(due: [due(1, note: 1, daysAgo: 1)], new: [new(3, note: 2)], answered: [1, 2]), [])
  }
}
