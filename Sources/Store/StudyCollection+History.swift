import Scheduling

/// One stored answer, as a history (an export of progress, statistics) reads it.
public struct ReviewEntry: Hashable, Sendable {
  public let cardID: Int64
  /// Milliseconds since 1970-01-01 UTC.
  public let reviewedAt: Int64
  public let day: Day
  public let grade: Grade
  /// Whether the card was new when answered: its first answer.
  public let wasNew: Bool
  public let intervalBefore: Int
  public let intervalAfter: Int
  public let easeAfter: Ease
  public let durationMilliseconds: Int

  public init(
    cardID: Int64, reviewedAt: Int64, day: Day, grade: Grade, wasNew: Bool, intervalBefore: Int,
    intervalAfter: Int, easeAfter: Ease, durationMilliseconds: Int
  ) {
    self.cardID = cardID
    self.reviewedAt = reviewedAt
    self.day = day
    self.grade = grade
    self.wasNew = wasNew
    self.intervalBefore = intervalBefore
    self.intervalAfter = intervalAfter
    self.easeAfter = easeAfter
    self.durationMilliseconds = durationMilliseconds
  }
}

/// When a note was added and last changed, in milliseconds since 1970-01-01 UTC.
public struct NoteTimes: Hashable, Sendable {
  public let created: Int64
  public let updated: Int64
}

extension StudyCollection {
  /// Every answer given to the cards `filter` selects, card by card, each card's in the order given.
  public func reviews(_ filter: CardFilter = CardFilter()) throws -> [ReviewEntry] {
    let condition = filter.condition
    return try database.prepare(
      """
      SELECT r.card_id, r.reviewed_at, r.day, r.grade, r.state_before, r.interval_before, r.interval_after,
        r.ease_after, r.duration_ms
      FROM reviews r JOIN cards c ON c.id = r.card_id \(Card.noteJoin)
      WHERE \(condition.text) ORDER BY r.card_id, r.id
      """
    ).rows(condition.arguments) { row in
      ReviewEntry(
        cardID: row.int64(0), reviewedAt: row.int64(1), day: Day(row.int(2)),
        grade: Grade(rawValue: row.int(3)) ?? .blackout, wasNew: CardStatus(rawValue: row.string(4)) == .new,
        intervalBefore: row.int(5), intervalAfter: row.int(6), easeAfter: Ease(hundredths: row.int(7)),
        durationMilliseconds: row.int(8))
    }
  }

  /// When each note of the cards `filter` selects was added and last changed, by note id.
  public func noteTimes(_ filter: CardFilter = CardFilter()) throws -> [Int64: NoteTimes] {
    let condition = filter.condition
    let rows = try database.prepare(
      """
      SELECT DISTINCT n.id, n.created_at, n.updated_at FROM cards c \(Card.noteJoin) WHERE \(condition.text)
      """
    ).rows(condition.arguments) { ($0.int64(0), NoteTimes(created: $0.int64(1), updated: $0.int64(2))) }
    return Dictionary(rows) { first, _ in first }
  }
}

extension StudyCollection {
  /// How many answers each card that `filter` selects has been given, by card id (cards never answered are
  /// left out).
  public func answerCounts(_ filter: CardFilter = CardFilter()) throws -> [Int64: Int] {
    let condition = filter.condition
    let rows = try database.prepare(
      """
      SELECT r.card_id, count(*) FROM reviews r JOIN cards c ON c.id = r.card_id \(Card.noteJoin)
      WHERE \(condition.text) GROUP BY r.card_id
      """
    ).rows(condition.arguments) { ($0.int64(0), $0.int(1)) }
    return Dictionary(uniqueKeysWithValues: rows)
  }
}
