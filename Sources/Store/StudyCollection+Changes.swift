import Scheduling

/// What a change to chosen cards did, for the line that reports it.
public struct CardChange: Hashable, Sendable {
  /// Cards the filter chose.
  public let chosen: Int
  /// Cards it changed (the rest already stood as asked).
  public let changed: Int
}

/// What deleting notes took away.
public struct NoteDeletion: Hashable, Sendable {
  public let notes: Int
  public let cards: Int
  public let reviews: Int
}

/// The learner's changes to cards outside a review: each runs in one transaction over the cards a filter chooses.
extension StudyCollection {
  /// Sets `assignments` on the cards `filter` chooses that stand `where` (a condition over `c`), in one
  /// transaction.
  private func change(_ filter: CardFilter, set assignments: SQLFragment, where standing: SQLFragment) throws
    -> CardChange
  {
    try transaction {
      let condition = filter.condition
      let chosen = try cardCount(filter)
      // UPDATE cannot join: the chosen cards are named by a subquery over the filter's source.
      try database.run(
        """
        UPDATE cards AS c SET \(assignments.text)
        WHERE \(standing.text) AND c.id IN (SELECT c.id FROM \(filter.source()) WHERE \(condition.text))
        """, arguments: assignments.arguments + standing.arguments + condition.arguments)
      return CardChange(chosen: chosen, changed: database.changes)
    }
  }

  /// Suspends the chosen cards: they leave every queue, keeping their schedules.
  public func suspend(_ filter: CardFilter) throws -> CardChange {
    try change(
      filter, set: SQLFragment("state = \(CardStatus.suspended.literal)"),
      where: SQLFragment("c.state <> \(CardStatus.suspended.literal)"))
  }

  /// Puts the chosen suspended cards back in the queues, where their schedules say.
  public func unsuspend(_ filter: CardFilter) throws -> CardChange {
    try change(
      filter,
      set: SQLFragment(
        "state = CASE WHEN last_review_day IS NULL THEN \(CardStatus.new.literal) ELSE \(CardStatus.review.literal) END"
      ), where: SQLFragment("c.state = \(CardStatus.suspended.literal)"))
  }

  /// Keeps the chosen cards out of the queues for the rest of `today`.
  public func bury(_ filter: CardFilter, today: Day) throws -> CardChange {
    try change(
      filter, set: SQLFragment("buried_day = ?", today.number),
      where: SQLFragment("coalesce(c.buried_day, -1) < ?", today.number))
  }

  /// Ends the burial of the chosen cards.
  public func unbury(_ filter: CardFilter) throws -> CardChange {
    try change(filter, set: SQLFragment("buried_day = NULL"), where: SQLFragment("c.buried_day IS NOT NULL"))
  }

  /// Makes the chosen cards new again, as if never answered (Anki's "forget"); their review history stays, and a
  /// suspended card stays suspended.
  public func reset(_ filter: CardFilter) throws -> CardChange {
    try change(
      filter,
      set: SQLFragment(
        """
        state = CASE WHEN state = \(CardStatus.suspended.literal) THEN state ELSE \(CardStatus.new.literal) END,
          repetitions = 0, ease = ?, interval_days = 0, due_day = NULL, lapses = 0, last_review_day = NULL
        """, Ease.initial.hundredths), where: SQLFragment("c.last_review_day IS NOT NULL"))
  }

  /// Suspends the cards of the notes from `firstID` on that carry `tag`; returns how many notes that was.
  public func suspendNotes(taggedWith tag: String, fromNote firstID: Int64) throws -> Int {
    let notes = "SELECT id FROM notes WHERE id >= ? AND instr(' ' || tags || ' ', ' ' || ? || ' ') > 0"
    let count = try database.integer("SELECT count(*) FROM (\(notes))", firstID, tag)
    try database.run(
      "UPDATE cards SET state = \(CardStatus.suspended.literal) WHERE note_id IN (\(notes))", firstID, tag)
    return count
  }

  /// Deletes the notes of the chosen cards, with both their cards and their review history.
  public func deleteNotes(_ filter: CardFilter) throws -> NoteDeletion {
    try transaction {
      let condition = filter.condition
      let chosen = "SELECT DISTINCT c.note_id FROM \(filter.source()) WHERE \(condition.text)"
      let counts =
        try database.prepare(
          """
          SELECT (SELECT count(*) FROM notes WHERE id IN (\(chosen))),
            (SELECT count(*) FROM cards WHERE note_id IN (\(chosen))),
            (SELECT count(*) FROM reviews r JOIN cards k ON k.id = r.card_id WHERE k.note_id IN (\(chosen)))
          """
        ).rows(condition.arguments + condition.arguments + condition.arguments) {
          NoteDeletion(notes: $0.int(0), cards: $0.int(1), reviews: $0.int(2))
        }.first ?? NoteDeletion(notes: 0, cards: 0, reviews: 0)
      try database.run(
        "DELETE FROM term_sightings WHERE note_guid IN (SELECT guid FROM notes WHERE id IN (\(chosen)))",
        arguments: condition.arguments)
      // Reviews and cards go with their notes (ON DELETE CASCADE).
      try database.run("DELETE FROM notes WHERE id IN (\(chosen))", arguments: condition.arguments)
      return counts
    }
  }

  /// Gives note `noteID` the learner's own text, keeping its cards and their history. An edited note keeps this
  /// text when its file is imported again.
  public func edit(noteID: Int64, english: String, chinese: String, now: Int64) throws {
    try database.run(
      "UPDATE notes SET en = ?, zh = ?, edited = 1, updated_at = ? WHERE id = ?", english, chinese, now, noteID)
  }
}
