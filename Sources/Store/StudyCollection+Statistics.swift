import Scheduling

/// Where a collection stands today: its cards, what is due, and how reviewing went.
public struct CollectionStatistics: Hashable, Sendable {
  public var cards = 0
  public var new = 0
  public var inReview = 0
  public var suspended = 0
  /// Cards in review with an interval of 21 days or more (Anki calls them mature).
  public var mature = 0
  public var dueToday = 0
  public var dueTomorrow = 0
  public var reviewsToday = 0
  public var correctToday = 0
  public var millisecondsToday = 0
  /// Answers on each of the last seven days, oldest first, today last.
  public var reviewsLastWeek: [Int] = []
  /// Days in a row with at least one answer, up to today (or up to yesterday while today has none yet).
  public var streak = 0

  public init() {}
}

extension StudyCollection {
  /// The statistics of the whole collection on `today`.
  public func statistics(today: Day) throws -> CollectionStatistics {
    var stats = CollectionStatistics()
    try database.prepare(
      """
      SELECT count(*), coalesce(sum(state = \(CardStatus.new.literal)), 0), coalesce(sum(state = \(CardStatus.review.literal)), 0),
        coalesce(sum(state = \(CardStatus.suspended.literal)), 0), coalesce(sum(state = \(CardStatus.review.literal) AND interval_days >= 21), 0),
        coalesce(sum(state = \(CardStatus.review.literal) AND due_day <= ?), 0), coalesce(sum(state = \(CardStatus.review.literal) AND due_day = ? + 1), 0)
      FROM cards
      """
    ).forEachRow([today.number, today.number]) { row in
      (stats.cards, stats.new, stats.inReview, stats.suspended) = (row.int(0), row.int(1), row.int(2), row.int(3))
      (stats.mature, stats.dueToday, stats.dueTomorrow) = (row.int(4), row.int(5), row.int(6))
    }
    var perDay: [Int: (answers: Int, correct: Int, milliseconds: Int)] = [:]
    try database.prepare(
      "SELECT day, count(*), sum(grade >= 3), sum(duration_ms) FROM reviews WHERE day > ? GROUP BY day"
    ).forEachRow([today.number - 366]) { perDay[$0.int(0)] = ($0.int(1), $0.int(2), $0.int(3)) }
    let todays = perDay[today.number] ?? (0, 0, 0)
    (stats.reviewsToday, stats.correctToday, stats.millisecondsToday) = todays
    stats.reviewsLastWeek = (0..<7).reversed().map { perDay[today.number - $0]?.answers ?? 0 }
    let last = perDay[today.number] == nil ? today.number - 1 : today.number
    while perDay[last - stats.streak] != nil { stats.streak += 1 }
    return stats
  }
}
