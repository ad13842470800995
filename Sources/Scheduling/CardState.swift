/// Where a card stands in SM-2: never answered, or in review with its schedule.
public enum CardState: Hashable, Sendable {
  case new
  case review(ReviewState)

  /// The schedule of a card that has been answered at least once.
  public var review: ReviewState? {
    if case .review(let state) = self { return state }
    return nil
  }
}

/// The schedule of an answered card.
public struct ReviewState: Hashable, Sendable {
  /// SM-2's n: correct answers in a row; a wrong answer sets it back to 0.
  public var repetitions: Int
  public var ease: Ease
  public var intervalDays: Int
  public var dueDay: Day
  /// Wrong answers (grade under 3) given after the card's first answer.
  public var lapses: Int
  public var lastReviewDay: Day

  public init(repetitions: Int, ease: Ease, intervalDays: Int, dueDay: Day, lapses: Int, lastReviewDay: Day) {
    self.repetitions = repetitions
    self.ease = ease
    self.intervalDays = intervalDays
    self.dueDay = dueDay
    self.lapses = lapses
    self.lastReviewDay = lastReviewDay
  }
}
