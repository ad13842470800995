import Scheduling

/// One stored answer, with the card's state before it so that it can be undone.
public struct ReviewRecord: Hashable, Sendable {
  public let id: Int64
  public let cardID: Int64
  public let grade: Grade
  public let before: CardState
  public let after: CardState
}

/// A finished answer, as the scheduler hands it to the store: which card, the grade, when, and the states before
/// and after. The store decides nothing about it; it commits it.
public struct Answer: Hashable, Sendable {
  public let cardID: Int64
  public let grade: Grade
  public let day: Day
  /// Milliseconds since 1970-01-01 UTC.
  public let timestamp: Int64
  public let durationMilliseconds: Int
  public let before: CardState
  public let after: ReviewState

  public init(
    cardID: Int64, grade: Grade, day: Day, timestamp: Int64, durationMilliseconds: Int, before: CardState,
    after: ReviewState
  ) {
    self.cardID = cardID
    self.grade = grade
    self.day = day
    self.timestamp = timestamp
    self.durationMilliseconds = durationMilliseconds
    self.before = before
    self.after = after
  }
}

extension StudyCollection {
  /// The schedule of card `cardID` as stored now, or nil when there is no such card (or it is suspended: then
  /// `Card.isSuspended` tells, and the state is still its schedule).
  public func cardState(id cardID: Int64) throws -> CardState? {
    try database.prepare("SELECT \(Card.columns) FROM cards c WHERE c.id = ?").rows([cardID]) { Card(row: $0).state }
      .first
  }

  /// Commits `answer`: its review row and the card's new state. Call inside `transaction`, after reading the card's
  /// state there, so that an answer always applies to the state another session left.
  public func record(_ answer: Answer) throws -> ReviewRecord {
    let previous = answer.before.review
    let next = answer.after
    try database.run(
      """
      INSERT INTO reviews(card_id, reviewed_at, day, grade, state_before, repetitions_before, ease_before,
        interval_before, due_before, lapses_before, last_review_before, repetitions_after, ease_after,
        interval_after, due_after, duration_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """, answer.cardID, answer.timestamp, answer.day.number, answer.grade.rawValue,
      CardStatus(answer.before).rawValue, previous?.repetitions ?? 0, (previous?.ease ?? .initial).hundredths,
      previous?.intervalDays ?? 0, previous?.dueDay.number, previous?.lapses ?? 0, previous?.lastReviewDay.number,
      next.repetitions, next.ease.hundredths, next.intervalDays, next.dueDay.number, answer.durationMilliseconds)
    let reviewID = database.lastInsertedRowID
    try setSchedule(.review(next), ofCard: answer.cardID)
    return ReviewRecord(
      id: reviewID, cardID: answer.cardID, grade: answer.grade, before: answer.before, after: .review(next))
  }

  /// Takes back review `reviewID`: deletes its row and puts the card back in the state it had before. Returns
  /// false, changing nothing, when the review is gone or the card has a later review (another session's grade,
  /// which undoing this one would erase).
  @discardableResult
  public func undo(reviewID: Int64) throws -> Bool {
    try transaction {
      let statement = try database.prepare(
        """
        SELECT card_id, state_before, repetitions_before, ease_before, interval_before, due_before, lapses_before,
          last_review_before
        FROM reviews WHERE id = ?
        """)
      try statement.bind([reviewID])
      guard try statement.step() else { return false }
      let row = Row(statement: statement)
      let cardID = row.int64(0)
      guard try database.integer("SELECT max(id) FROM reviews WHERE card_id = ?", cardID) == Int(reviewID) else {
        statement.reset()
        return false
      }
      let state: CardState =
        CardStatus(rawValue: row.string(1)) == .new ? .new : .review(ReviewState(row: row, at: 2))
      statement.reset()
      try database.run("DELETE FROM reviews WHERE id = ?", reviewID)
      try setSchedule(state, ofCard: cardID)
      return true
    }
  }

  /// Writes `state` to the card's schedule columns (and its status: a suspended card is unsuspended), without a
  /// review row: undo puts a stored state back with it, and tools that build collections set schedules with it.
  public func setSchedule(_ state: CardState, ofCard cardID: Int64) throws {
    switch state {
    case .new:
      try database.run(
        """
        UPDATE cards SET state = ?, repetitions = 0, ease = ?, interval_days = 0, due_day = NULL, lapses = 0,
          last_review_day = NULL
        WHERE id = ?
        """, CardStatus.new.rawValue, Ease.initial.hundredths, cardID)
    case .review(let review):
      try database.run(
        """
        UPDATE cards SET state = ?, repetitions = ?, ease = ?, interval_days = ?, due_day = ?, lapses = ?,
          last_review_day = ?
        WHERE id = ?
        """, CardStatus.review.rawValue, review.repetitions, review.ease.hundredths, review.intervalDays,
        review.dueDay.number, review.lapses, review.lastReviewDay.number, cardID)
    }
  }

  /// The earliest day on which a card in review falls due after `today`, or nil when none does.
  public func nextDueDay(after today: Day, filter: CardFilter = CardFilter()) throws -> Day? {
    let condition = filter.condition
    let day =
      try database.prepare(
        """
        SELECT min(c.due_day) FROM \(filter.source())
        WHERE c.state = \(CardStatus.review.literal) AND c.due_day > ? AND \(condition.text)
        """
      ).rows([today.number] + condition.arguments) { $0.optionalInt(0) }.first ?? nil
    return day.map(Day.init)
  }

  /// How many reviews are stored.
  public func reviewCount() throws -> Int { try database.integer("SELECT count(*) FROM reviews") }
}
