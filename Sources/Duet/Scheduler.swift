import Scheduling
import Store

/// Decides what an answer does to a card; the store only commits what it decides.
///
/// Grading reads the card's state inside the grading transaction, computes the next state from it and hands the
/// store a finished `Answer`: when two sessions grade the same card, each grade applies to the state the other
/// left. The front ends' interval preview comes from here too, so the rule lives in one place.
///
/// The day's first answer of a card goes through SM-2. An answer under 4 also keeps the card due today, in the
/// collection and not only in the session: until it is answered 4 or more, every session that day shows it again
/// (SM-2's last step). Those re-drills change nothing but that: a re-drill of 4 or more sets the due day from the
/// interval the first answer gave.
public struct Scheduler {
  public let collection: StudyCollection

  public init(collection: StudyCollection) { self.collection = collection }

  /// Answers card `cardID` with `grade` on `today`, as one durable transaction; returns the stored review.
  ///
  /// Throws `DuetError.data` when there is no such card (another process deleted it).
  public func answer(
    cardID: Int64, grade: Grade, today: Day, at timestamp: Int64, durationMilliseconds: Int
  ) throws -> ReviewRecord {
    try collection.transaction {
      guard let before = try collection.cardState(id: cardID) else {
        throw DuetError.data("no card with id \(cardID)")
      }
      let after = next(before, grade: grade, today: today)
      return try collection.record(
        Answer(
          cardID: cardID, grade: grade, day: today, timestamp: timestamp, durationMilliseconds: durationMilliseconds,
          before: before, after: after))
    }
  }

  /// The interval in days each grade would give a card in `state` on `today`.
  public func intervals(of state: CardState, today: Day) -> [Grade: Int] {
    Dictionary(uniqueKeysWithValues: Grade.allCases.map { ($0, next(state, grade: $0, today: today).intervalDays) })
  }

  /// Whether a card in `review` is being re-drilled on `today`: answered today, and still due.
  private static func isRedrill(_ review: ReviewState, today: Day) -> Bool {
    review.lastReviewDay == today && review.dueDay <= today
  }

  private func next(_ state: CardState, grade: Grade, today: Day) -> ReviewState {
    if let review = state.review, Self.isRedrill(review, today: today) {
      var after = review
      if !grade.needsRepeat { after.dueDay = today + max(1, review.intervalDays) }
      return after
    }
    guard var next = SM2.next(state, grade: grade, today: today).review else {
      preconditionFailure("SM-2 leaves every answered card in review")
    }
    if grade.needsRepeat { next.dueDay = today }
    return next
  }
}
