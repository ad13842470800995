import Scheduling

/// One stored answer, with the card's state before it so that it can be undone.
public struct ReviewRecord: Hashable, Sendable {
  public let id: Int64
  public let cardID: Int64
  public let grade: Grade
  public let before: CardState
  public let after: CardState
}

extension Collection {
  /// Grades card `cardID` on `today` as one durable transaction: the review row and the card's new state.
  ///
  /// The card's state is read inside the transaction, so when two sessions grade the same card each grade applies
  /// to the state the other left. Returns the stored review.
  public func grade(
    cardID: Int64, grade: Grade, today: Day, at timestamp: Int64, durationMilliseconds: Int
  ) throws -> ReviewRecord {
    try transaction {
      guard let before = try card(id: cardID)?.card.state else {
        throw SQLiteError(code: 0, message: "no card with id \(cardID)")
      }
      let after = SM2.next(before, grade: grade, today: today)
      guard let next = after.review else { preconditionFailure("SM-2 always leaves a card in review") }
      let previous = before.review
      try database.run(
        """
        INSERT INTO reviews(card_id, reviewed_at, day, grade, state_before, repetitions_before, ease_before,
          interval_before, due_before, lapses_before, last_review_before, repetitions_after, ease_after,
          interval_after, due_after, duration_ms)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, cardID, timestamp, today.number, grade.rawValue, previous == nil ? "new" : "review",
        previous?.repetitions ?? 0, (previous?.ease ?? .initial).hundredths, previous?.intervalDays ?? 0,
        previous?.dueDay.number, previous?.lapses ?? 0, previous?.lastReviewDay.number, next.repetitions,
        next.ease.hundredths, next.intervalDays, next.dueDay.number, durationMilliseconds)
      let reviewID = database.lastInsertedRowID
      try write(state: after, toCard: cardID)
      return ReviewRecord(id: reviewID, cardID: cardID, grade: grade, before: before, after: after)
    }
  }

  /// Takes back review `reviewID`: deletes its row and puts the card back in the state it had before.
  public func undo(reviewID: Int64) throws {
    try transaction {
      let statement = try database.prepare(
        """
        SELECT card_id, state_before, repetitions_before, ease_before, interval_before, due_before, lapses_before,
          last_review_before
        FROM reviews WHERE id = ?
        """)
      try statement.bind([reviewID])
      guard try statement.step() else { return }
      let row = Row(statement: statement)
      let cardID = row.int64(0)
      let state: CardState =
        row.string(1) == "new"
        ? .new
        : .review(
          ReviewState(
            repetitions: row.int(2), ease: Ease(hundredths: row.int(3)), intervalDays: row.int(4),
            dueDay: Day(row.optionalInt(5) ?? 0), lapses: row.int(6), lastReviewDay: Day(row.optionalInt(7) ?? 0)))
      statement.reset()
      try database.run("DELETE FROM reviews WHERE id = ?", reviewID)
      try write(state: state, toCard: cardID)
    }
  }

  /// Suspends a card: it leaves every queue until unsuspended, and keeps its schedule.
  public func setSuspended(_ suspended: Bool, cardID: Int64) throws {
    try transaction {
      guard let state = try card(id: cardID)?.card.state else { return }
      try database.run(
        "UPDATE cards SET state = ? WHERE id = ?", suspended ? "suspended" : (state == .new ? "new" : "review"),
        cardID)
    }
  }

  private func write(state: CardState, toCard cardID: Int64) throws {
    switch state {
    case .new:
      try database.run(
        """
        UPDATE cards SET state = 'new', repetitions = 0, ease = 250, interval_days = 0, due_day = NULL, lapses = 0,
          last_review_day = NULL
        WHERE id = ?
        """, cardID)
    case .review(let review):
      try database.run(
        """
        UPDATE cards SET state = 'review', repetitions = ?, ease = ?, interval_days = ?, due_day = ?, lapses = ?,
          last_review_day = ?
        WHERE id = ?
        """, review.repetitions, review.ease.hundredths, review.intervalDays, review.dueDay.number, review.lapses,
        review.lastReviewDay.number, cardID)
    }
  }

  /// The earliest day on which a card in review falls due after `today`, or nil when none does.
  public func nextDueDay(after today: Day, filter: CardFilter = CardFilter()) throws -> Day? {
    let day =
      try database.prepare(
        "SELECT min(c.due_day) FROM \(filter.source()) WHERE c.state = 'review' AND c.due_day > ? AND \(filter.condition)"
      ).rows([today.number] + filter.arguments) { $0.optionalInt(0) }.first ?? nil
    return day.map(Day.init)
  }

  /// How many reviews are stored.
  public func reviewCount() throws -> Int { try database.integer("SELECT count(*) FROM reviews") }
}
