/// A card that could be shown today, as the queue policy needs to see it.
public struct QueueCandidate: Hashable, Sendable {
  public let cardID: Int64
  public let noteID: Int64
  /// The day the card fell due; nil for a new card.
  public let dueDay: Day?
  /// True for a card answered under 4 earlier today and not yet learnt: it comes back the same day.
  public let isRepeat: Bool

  public init(cardID: Int64, noteID: Int64, dueDay: Day?, isRepeat: Bool = false) {
    self.cardID = cardID
    self.noteID = noteID
    self.dueDay = dueDay
    self.isRepeat = isRepeat
  }
}

/// How many cards a day may bring.
public struct QueueLimits: Hashable, Sendable {
  /// New cards introduced per day, counted across all of the day's sessions.
  public var newPerDay: Int
  /// Due reviews shown per session.
  public var reviews: Int

  public static let standard = QueueLimits(newPerDay: 20, reviews: 200)

  public init(newPerDay: Int, reviews: Int) {
    self.newPerDay = newPerDay
    self.reviews = reviews
  }
}

/// The policy that picks today's cards; it reads nothing but its arguments.
public enum DailyQueue {
  /// Today's cards in the order to show them: re-drills of cards failed earlier today first, then due reviews, most
  /// overdue first, then new cards in the order given, with one card per note per day (a card whose sibling was
  /// answered today, or is already queued, waits; a re-drill is the day's card of its note).
  ///
  /// - Parameters:
  ///   - due: cards in review whose due day is today or earlier, in any order, re-drills among them.
  ///   - new: new cards in introduction order.
  ///   - notesAnsweredToday: notes with a card answered earlier today.
  ///   - newAnsweredToday: new cards already introduced today (they count against `limits.newPerDay`).
  /// - Complexity: O(*r* log *r* + *n*), where *r* and *n* count the due and the new candidates.
  public static func build(
    due: [QueueCandidate], new: [QueueCandidate], notesAnsweredToday: Set<Int64>, newAnsweredToday: Int,
    limits: QueueLimits
  ) -> [QueueCandidate] {
    var taken = notesAnsweredToday
    var queue = due.filter(\.isRepeat).sorted { $0.cardID < $1.cardID }
    let overdueFirst = due.filter { !$0.isRepeat }.sorted {
      ($0.dueDay?.number ?? .max, $0.cardID) < ($1.dueDay?.number ?? .max, $1.cardID)
    }
    var reviews = 0
    for card in overdueFirst where reviews < limits.reviews && taken.insert(card.noteID).inserted {
      queue.append(card)
      reviews += 1
    }
    var newQuota = max(0, limits.newPerDay - newAnsweredToday)
    for card in new where newQuota > 0 && taken.insert(card.noteID).inserted {
      queue.append(card)
      newQuota -= 1
    }
    return queue
  }
}
