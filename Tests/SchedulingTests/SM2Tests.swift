import Scheduling
import TestSupport
import XCTest

final class SM2Tests: XCTestCase {
  /// Runs `grades` one a day on a new card, each on the day the card falls due, and returns the states.
  private func history(_ grades: [Int]) -> [ReviewState] {
    var state = CardState.new
    var day = Day(20_000)
    var states: [ReviewState] = []
    for grade in grades {
      state = SM2.next(state, grade: Grade(rawValue: grade)!, today: day)
      states.append(state.review!)
      day = state.review!.dueDay
    }
    return states
  }

  /// SuperMemo's SM-2 as the PyPI package supermemo2 3.0.1 computes it.
  func testReferenceVectors() {
    let cases: [(grades: [Int], ease: [Int], intervals: [Int], repetitions: [Int])] = [
      ([5, 5, 5, 5, 5], [260, 270, 280, 290, 300], [1, 6, 17, 48, 140], [1, 2, 3, 4, 5]),
      ([4, 4, 4, 4, 4], [250, 250, 250, 250, 250], [1, 6, 15, 38, 95], [1, 2, 3, 4, 5]),
      ([3, 3, 3, 3, 3], [236, 222, 208, 194, 180], [1, 6, 14, 30, 59], [1, 2, 3, 4, 5]),
      ([5, 5, 5, 2, 4, 5], [260, 270, 280, 248, 248, 258], [1, 6, 17, 1, 1, 6], [1, 2, 3, 0, 1, 2]),  // a lapse
      ([4, 4, 1, 3, 4, 4], [250, 250, 196, 182, 182, 182], [1, 6, 1, 1, 6, 11], [1, 2, 0, 1, 2, 3]),
    ]
    for (grades, ease, intervals, repetitions) in cases {
      let states = history(grades)
      XCTAssertEqual(states.map(\.ease.hundredths), ease, "grades \(grades)")
      XCTAssertEqual(states.map(\.intervalDays), intervals, "grades \(grades)")
      XCTAssertEqual(states.map(\.repetitions), repetitions, "grades \(grades)")
    }
  }

  func testEaseChangePerGrade() {
    let changes = Grade.allCases.map { Ease.initial.adjusted(by: $0).hundredths - 250 }
    XCTAssertEqual(changes, [-80, -54, -32, -14, 0, 10])
    XCTAssertEqual(Ease(hundredths: 140).adjusted(by: .blackout), .minimum)  // clamped at 1.3
  }

  func testLapsesCountWrongAnswersAfterTheFirst() {
    XCTAssertEqual(history([1]).last?.lapses, 0)
    XCTAssertEqual(history([4, 1, 4, 0]).last?.lapses, 2)
  }

  func testPropertiesOverRandomHistories() {
    var seeded = SplitMix64(seed: 7)
    for _ in 0..<500 {
      var state = CardState.new
      var day = Day(19_000)
      for _ in 0..<Int.random(in: 1...30, using: &seeded) {
        let grade = Grade(rawValue: Int.random(in: 0...5, using: &seeded))!
        let previous = state.review
        state = SM2.next(state, grade: grade, today: day)
        let review = state.review!
        XCTAssertGreaterThanOrEqual(review.ease, .minimum)
        XCTAssertEqual(review.dueDay, day + review.intervalDays)
        if grade.isCorrect, let previous, previous.repetitions > 0 {
          XCTAssertGreaterThanOrEqual(review.intervalDays, previous.intervalDays)
        }
        day = day + Int.random(in: 0...review.intervalDays + 3, using: &seeded)
      }
    }
  }

  func testOutcomesOfferEveryGrade() {
    let outcomes = SM2.outcomes(of: .new, today: Day(100))
    XCTAssertEqual(outcomes.count, 6)
    XCTAssertEqual(outcomes[.perfect]?.review?.intervalDays, 1)
  }

  func testIntervalsStopAtAHundredYearsAndNothingOverflows() {
    let states = history(Array(repeating: 5, count: 60))
    XCTAssertEqual(states.map(\.intervalDays).max(), SM2.maximumInterval)
    XCTAssertLessThan(states[9].intervalDays, SM2.maximumInterval + 1)
    // A hand-edited state at the ends of Int: every step still returns.
    let extreme = ReviewState(
      repetitions: .max, ease: Ease(hundredths: .max), intervalDays: .max, dueDay: Day(.max), lapses: .max,
      lastReviewDay: Day(.min))
    for grade in Grade.allCases {
      let next = SM2.next(.review(extreme), grade: grade, today: Day(20_000)).review!
      XCTAssertLessThanOrEqual(next.intervalDays, SM2.maximumInterval)
      XCTAssertLessThanOrEqual(next.ease, Ease.maximum)
    }
    XCTAssertEqual(Ease(hundredths: 250).stretch(.max), .max)
    XCTAssertEqual(Day(.max) + 1, Day(.max))
    XCTAssertEqual(Day(.min) - Day(.max), .min)
    XCTAssertFalse(Day(.max).description.isEmpty)
    XCTAssertFalse(Day(.min).description.isEmpty)
  }
}
