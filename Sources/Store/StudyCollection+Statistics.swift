import Scheduling

/// Where a collection stands today: its cards, what is due, and how reviewing went.
public struct CollectionStatistics: Hashable, Sendable {
  public var cards = 0
  public var new = 0
  public var inReview = 0
  public var suspended = 0
  /// Cards in review with an interval of 21 days or more (Anki calls them mature).
  public var mature = 0
  public var dueTomorrow = 0
  public var reviewsToday = 0
  public var correctToday = 0
  public var millisecondsToday = 0
  /// Answers on each of the last seven days, oldest first, today last.
  public var reviewsLastWeek: [Int] = []
  /// Days in a row with at least one answer, up to today (or up to yesterday while today has none yet).
  public var streak = 0
  /// Cards in review falling due on each of the next `forecastDays` days, today first (with what is overdue).
  public var forecast: [Int] = []
  /// Answers on each day of the last year that has any, by day number.
  public var answersByDay: [Int: Int] = [:]
  /// True retention over the last `retentionDays` days, for young and for mature cards.
  public var youngRetention = Retention()
  public var matureRetention = Retention()

  public static let forecastDays = 30
  public static let retentionDays = 30

  public init() {}
}

/// Anki's "true retention": of the reviews of cards in review, the first of each card's day, the share passed
/// (grade 3 or more). Same-day repeats and new cards' first answers do not count.
public struct Retention: Hashable, Sendable {
  public var passed = 0
  public var reviews = 0

  /// From 0 to 1; nil without reviews.
  public var rate: Double? { reviews == 0 ? nil : Double(passed) / Double(reviews) }

  public static func + (a: Retention, b: Retention) -> Retention {
    Retention(passed: a.passed + b.passed, reviews: a.reviews + b.reviews)
  }
}

extension StudyCollection {
  /// The interval from which Anki calls a card mature.
  static let matureInterval = 21

  /// The statistics of the whole collection on `today`.
  public func statistics(today: Day) throws -> CollectionStatistics {
    var stats = CollectionStatistics()
    try database.prepare(
      """
      SELECT count(*), coalesce(sum(state = \(CardStatus.new.literal)), 0), coalesce(sum(state = \(CardStatus.review.literal)), 0),
        coalesce(sum(state = \(CardStatus.suspended.literal)), 0), coalesce(sum(state = \(CardStatus.review.literal) AND interval_days >= \(Self.matureInterval)), 0),
        coalesce(sum(state = \(CardStatus.review.literal) AND due_day = ? + 1), 0)
      FROM cards
      """
    ).forEachRow([today.number]) { row in
      (stats.cards, stats.new, stats.inReview, stats.suspended) = (row.int(0), row.int(1), row.int(2), row.int(3))
      (stats.mature, stats.dueTomorrow) = (row.int(4), row.int(5))
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
    stats.answersByDay = perDay.mapValues(\.answers)
    stats.forecast = Array(repeating: 0, count: CollectionStatistics.forecastDays)
    try database.prepare(
      """
      SELECT max(due_day, ?), count(*) FROM cards c
      WHERE state = \(CardStatus.review.literal) AND due_day < ? AND \(CardFilter.unburied(on: today).text)
      GROUP BY max(due_day, ?)
      """
    ).forEachRow([today.number, today.number + CollectionStatistics.forecastDays, today.number, today.number]) {
      stats.forecast[$0.int(0) - today.number] = $0.int(1)
    }
    try database.prepare(
      """
      SELECT interval_before >= \(Self.matureInterval), count(*), coalesce(sum(grade >= 3), 0) FROM reviews
      WHERE day > ? AND state_before = \(CardStatus.review.literal)
        AND (last_review_before IS NULL OR last_review_before < day)
      GROUP BY interval_before >= \(Self.matureInterval)
      """
    ).forEachRow([today.number - CollectionStatistics.retentionDays]) { row in
      let retention = Retention(passed: row.int(2), reviews: row.int(1))
      if row.int(0) == 1 { stats.matureRetention = retention } else { stats.youngRetention = retention }
    }
    return stats
  }
}
