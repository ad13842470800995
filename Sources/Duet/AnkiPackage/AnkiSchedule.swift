import Scheduling
import Store

/// Duet's schedule in the columns of Anki's `cards` and `revlog` tables (schema 11).
///
/// Anki counts a review card's due day from the day its collection was created: a package whose collection is
/// "created" on `creationDay` stores `due = dueDay − creationDay`, and Anki's import moves that by the days
/// between the package's creation and the importing collection's, so a card due on a date stays due on that
/// date, in whatever zone the package is imported.
struct AnkiSchedule {
  let creationDay: Day

  /// A card's scheduling columns.
  struct CardColumns: Equatable {
    /// 0 new, 2 review.
    var type: Int
    /// 0 new, 2 review, −1 suspended.
    var queue: Int
    /// A new card's position, or a review card's due day counted from `creationDay`.
    var due: Int
    var interval: Int
    /// The ease as Anki keeps it: per mille (2.5 → 2500); 0 for a new card.
    var factor: Int
    /// Answers given, as Anki counts them: every review row.
    var reps: Int
    var lapses: Int
  }

  /// The columns of `card`, new at `position` in the new queue if it is new, answered `answers` times.
  func columns(of card: Card, position: Int, answers: Int) -> CardColumns {
    var columns =
      if let review = card.state.review {
        CardColumns(
          type: 2, queue: 2, due: review.dueDay - creationDay, interval: max(1, review.intervalDays),
          factor: review.ease.hundredths * 10, reps: answers, lapses: review.lapses)
      } else {
        CardColumns(type: 0, queue: 0, due: position, interval: 0, factor: 0, reps: answers, lapses: 0)
      }
    if card.isSuspended { columns.queue = -1 }
    return columns
  }

  /// One row of Anki's review log.
  struct LogEntry: Equatable {
    /// The answer's time in milliseconds: Anki's key, so unique.
    var id: Int64
    var cardID: Int64
    /// The button: 1 Again, 2 Hard, 3 Good, 4 Easy.
    var button: Int
    var interval: Int
    var lastInterval: Int
    var factor: Int
    /// Milliseconds spent on the answer, at most 60 s as Anki records it.
    var time: Int
    /// 0 learning, 1 review, 2 relearning.
    var type: Int
  }

  /// The button a grade stands for: 0–2 Again, 3 Hard, 4 Good, 5 Easy.
  static func button(for grade: Grade) -> Int {
    switch grade {
    case .blackout, .wrongButFamiliar, .wrongButEasyToRecall: 1
    case .hard: 2
    case .hesitant: 3
    case .perfect: 4
    }
  }

  static let longestAnswer = 60_000

  /// The log of `reviews` (card by card, each card's in order), with Anki's card ids from `cardIDs`.
  ///
  /// An answer on a card's first day is learning; a wrong answer on a later day is a review that lapses, and the
  /// same day's repeats after it are relearning. Entries whose times coincide move a millisecond apart.
  static func log(of reviews: [ReviewEntry], cardIDs: [Int64: Int64]) -> [LogEntry] {
    var entries: [LogEntry] = []
    var previousCard: Int64?
    var firstDay = Day(0)
    var lapseDay: Day?
    for review in reviews {
      guard let cardID = cardIDs[review.cardID] else { continue }
      if previousCard != review.cardID {
        previousCard = review.cardID
        firstDay = review.day
        lapseDay = nil
      }
      let type: Int
      if review.wasNew || review.day == firstDay {
        type = 0
      } else if lapseDay == review.day {
        type = 2
      } else {
        type = 1
        if !review.grade.isCorrect { lapseDay = review.day }
      }
      entries.append(
        LogEntry(
          id: review.reviewedAt, cardID: cardID, button: button(for: review.grade), interval: review.intervalAfter,
          lastInterval: review.intervalBefore, factor: review.easeAfter.hundredths * 10,
          time: min(max(0, review.durationMilliseconds), longestAnswer), type: type))
    }
    // In time order (a card's own answers keep theirs when their times tie), then made unique.
    var ordered = entries.indices.sorted { (entries[$0].id, $0) < (entries[$1].id, $1) }.map { entries[$0] }
    for index in ordered.indices.dropFirst() where ordered[index].id <= ordered[index - 1].id {
      ordered[index].id = ordered[index - 1].id + 1
    }
    return ordered
  }
}
