/// SuperMemo's SM-2 (Woźniak 1990), as pure functions of the card's state, the grade and the day.
///
/// - I(1) = 1 day, I(2) = 6 days, I(n) = I(n−1) × EF rounded up, with the EF the card had before this grade.
/// - A grade under 3 restarts the repetitions (n = 0, next interval 1 day); EF still follows the formula.
/// - EF′ = EF + (0.1 − (5−q)(0.08 + (5−q)·0.02)), never under 1.3 (see `Ease.adjusted(by:)`).
/// - No interval is longer than `maximumInterval`; every step is safe on any stored value (no overflow).
public enum SM2 {
  /// The longest interval: a hundred years. Ten perfect answers in a row would otherwise ask for 128 years, and
  /// thirty would overflow.
  public static let maximumInterval = 36_500

  /// The state after answering `grade` on `today`. Reads no clock, no database and no random source.
  public static func next(_ state: CardState, grade: Grade, today: Day) -> CardState {
    let previous = state.review
    let ease = previous?.ease ?? .initial
    let repetitions: Int
    let interval: Int
    if grade.isCorrect {
      repetitions = min(max(previous?.repetitions ?? 0, 0), Int.max - 1) + 1
      switch repetitions {
      case 1: interval = 1
      case 2: interval = 6
      default: interval = max(1, min(ease.stretch(previous?.intervalDays ?? 1), maximumInterval))
      }
    } else {
      repetitions = 0
      interval = 1
    }
    let lapses = min(max(previous?.lapses ?? 0, 0), Int.max - 1) + (previous != nil && !grade.isCorrect ? 1 : 0)
    return .review(
      ReviewState(
        repetitions: repetitions, ease: ease.adjusted(by: grade), intervalDays: interval, dueDay: today + interval,
        lapses: lapses, lastReviewDay: today))
  }

  /// The state each grade would lead to, so that a front end can show every choice's next interval.
  public static func outcomes(of state: CardState, today: Day) -> [Grade: CardState] {
    Dictionary(uniqueKeysWithValues: Grade.allCases.map { ($0, next(state, grade: $0, today: today)) })
  }
}
