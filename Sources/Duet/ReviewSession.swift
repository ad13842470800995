import Scheduling
import Store

/// One day's review session, as a state machine without any terminal: the front ends (the TTY reviewer, the JSON
/// lines protocol) show `current` and call `reveal`, `grade`, `undo`, `suspend`.
///
/// Every answer is committed (review row and card state in one transaction) before the next card is shown. A
/// card's first answer of the day goes through SM-2; a card answered under 4 comes back later in the session, and
/// in any later session that day, until it scores at least 4 (see `Scheduler`).
public final class ReviewSession {
  /// A card waiting in the session, and whether it is a same-day re-drill.
  public struct Item: Hashable, Sendable {
    public let cardID: Int64
    public let isRepeat: Bool

    public init(cardID: Int64, isRepeat: Bool) {
      self.cardID = cardID
      self.isRepeat = isRepeat
    }
  }

  /// How the session has gone so far.
  public struct Tally: Hashable, Sendable {
    /// First answers, which changed schedules.
    public var reviewed = 0
    /// First answers of 3 or more.
    public var correct = 0
    /// Every answer, re-drills included.
    public var answers = 0
    public var suspended = 0
    public var buried = 0
    public var milliseconds = 0

    public init() {}

    /// The share of first answers that were right, from 0 to 1.
    public var correctShare: Double { reviewed == 0 ? 0 : Double(correct) / Double(reviewed) }
  }

  /// What undo must take back.
  private enum Action {
    case graded(reviewID: Int64)
    /// An answer in a session ahead of schedule, which stored nothing.
    case practised
    /// The cards a suspension changed (a note's sibling may have been suspended already).
    case suspended(cardIDs: [Int64])
    case buried(cardID: Int64)
  }

  /// What `undo()` did.
  public enum UndoOutcome: Sendable {
    case undone
    case nothingToUndo
    /// Another session has graded the card since: its grade stands, and nothing changed.
    case supersededElsewhere
  }

  private struct Snapshot {
    let queue: [Item]
    let tally: Tally
    let action: Action
  }

  /// Cards come back this many cards after an answer under 4, when the queue has that many.
  public static let repeatGap = 3

  public let collection: StudyCollection
  public let today: Day
  private let scheduler: Scheduler
  private let clock: StudyClock
  private let filter: CardFilter
  private let limits: QueueLimits
  /// For a session ahead of schedule (cramming), how many days ahead it reaches; its answers change nothing.
  public let aheadDays: Int?
  private(set) public var queue: [Item]
  private(set) public var tally = Tally()
  private var undoStack: [Snapshot] = []
  private var cache: [Int64: CardDetail] = [:]

  /// Builds today's queue from the collection; with `aheadDays`, the cards in review due within that many days
  /// (the overdue and today's among them), most due first, at most `limits.reviews`, for practice that leaves
  /// every schedule as it is.
  public init(
    collection: StudyCollection, clock: StudyClock, filter: CardFilter, limits: QueueLimits, aheadDays: Int? = nil
  ) throws {
    self.collection = collection
    self.clock = clock
    self.today = clock.today
    self.scheduler = Scheduler(collection: collection)
    self.filter = filter
    self.limits = limits
    self.aheadDays = aheadDays
    if let aheadDays {
      queue = try collection.cardsInReview(
        dueBy: clock.today + aheadDays, today: clock.today, filter: filter, limit: limits.reviews
      )
      .map { Item(cardID: $0, isRepeat: false) }
    } else {
      queue = try Self.queue(of: collection, today: today, filter: filter, limits: limits).map {
        Item(cardID: $0.cardID, isRepeat: $0.isRepeat)
      }
    }
  }

  /// The cards a session started on `today` would show, in order: what stats and deck listings count as the day's
  /// work.
  public static func queue(
    of collection: StudyCollection, today: Day, filter: CardFilter, limits: QueueLimits
  ) throws -> [QueueCandidate] {
    let inputs = try collection.queueInputs(today: today, filter: filter, limits: limits)
    return DailyQueue.build(
      due: inputs.due, new: inputs.new, notesAnsweredToday: inputs.notesAnsweredToday,
      newAnsweredToday: inputs.newAnsweredToday, limits: limits)
  }

  /// The card to show, or nil when the session is over.
  public var current: Item? { queue.first }

  /// The card to show with its note.
  public func currentCard() throws -> CardDetail? {
    guard let item = current else { return nil }
    if let detail = cache[item.cardID] { return detail }
    guard let detail = try collection.card(id: item.cardID) else {
      queue.removeFirst()  // deleted by another process meanwhile
      return try currentCard()
    }
    cache[item.cardID] = detail
    return detail
  }

  /// The interval in days each grade would give `card`; none in a session ahead of schedule.
  public func intervals(for card: CardDetail) -> [Grade: Int] {
    aheadDays == nil ? scheduler.intervals(of: card.card.state, today: today) : [:]
  }

  /// Re-drills waiting in the queue.
  public var repeatsWaiting: Int { queue.filter(\.isRepeat).count }

  /// Answers the current card with `grade`, taking `milliseconds` to answer.
  public func grade(_ grade: Grade, milliseconds: Int) throws {
    guard let item = current else { return }
    if aheadDays == nil {
      let review = try scheduler.answer(
        cardID: item.cardID, grade: grade, today: today, at: clock.milliseconds, durationMilliseconds: milliseconds)
      undoStack.append(Snapshot(queue: queue, tally: tally, action: .graded(reviewID: review.id)))
    } else {
      undoStack.append(Snapshot(queue: queue, tally: tally, action: .practised))
    }
    cache[item.cardID] = nil
    queue.removeFirst()
    tally.answers += 1
    tally.milliseconds += milliseconds
    if !item.isRepeat {
      tally.reviewed += 1
      if grade.isCorrect { tally.correct += 1 }
    }
    if grade.needsRepeat {
      queue.insert(Item(cardID: item.cardID, isRepeat: true), at: min(Self.repeatGap, queue.count))
    }
  }

  /// Suspends the current card, or with `wholeNote` both cards of its note: they leave the session and every
  /// later queue.
  public func suspend(wholeNote: Bool = false) throws {
    guard let item = current, let card = try currentCard() else { return }
    let chosen = wholeNote ? CardFilter(noteID: card.note.id) : CardFilter(cardIDs: [item.cardID])
    let changing = try collection.cards(chosen).filter { !$0.card.isSuspended }.map(\.card.id)
    _ = try collection.suspend(CardFilter(cardIDs: changing))
    undoStack.append(Snapshot(queue: queue, tally: tally, action: .suspended(cardIDs: changing)))
    queue.removeAll { changing.contains($0.cardID) }
    tally.suspended += changing.count
  }

  /// Buries the current card: it leaves today's session and queues, and comes back tomorrow.
  public func bury() throws {
    guard let item = current else { return }
    _ = try collection.bury(CardFilter(cardIDs: [item.cardID]), today: today)
    undoStack.append(Snapshot(queue: queue, tally: tally, action: .buried(cardID: item.cardID)))
    queue.removeAll { $0.cardID == item.cardID }
    tally.buried += 1
  }

  /// Gives the current card's note the learner's own text; the card shows it from now on, schedule unchanged.
  public func editNote(english: String, chinese: String) throws {
    guard let item = current, let card = try currentCard() else { return }
    try collection.edit(noteID: card.note.id, english: english, chinese: chinese, now: clock.milliseconds)
    cache[item.cardID] = nil
  }

  /// Takes back the last grade, suspension or burial: the card's stored state and review row are restored, and the
  /// card is shown again. A grade another session has answered the same card after is not taken back (that would
  /// lose the other grade); the session then forgets it and moves on.
  @discardableResult
  public func undo() throws -> UndoOutcome {
    guard let snapshot = undoStack.popLast() else { return .nothingToUndo }
    switch snapshot.action {
    case .graded(let reviewID):
      guard try collection.undo(reviewID: reviewID) else { return .supersededElsewhere }
    case .practised: break
    case .suspended(let cardIDs): _ = try collection.unsuspend(CardFilter(cardIDs: cardIDs))
    case .buried(let cardID): _ = try collection.unbury(CardFilter(cardIDs: [cardID]))
    }
    queue = snapshot.queue
    tally = snapshot.tally
    cache.removeAll()
    return .undone
  }

  /// How many cards a session started now would show (without this session's limit on reviews): what is left of
  /// the day.
  public func leftToday() throws -> Int {
    let unlimited = QueueLimits(newPerDay: limits.newPerDay, reviews: Int(Int32.max))
    return try Self.queue(of: collection, today: today, filter: filter, limits: unlimited).count
  }

  /// What is left of the day, and the day cards are next due: today while anything is left, else the first day
  /// after today on which a card of the filter falls due.
  public func outlook() throws -> (left: Int, nextDue: Day?) {
    let left = try leftToday()
    return (left, left > 0 ? today : try collection.nextDueDay(after: today, filter: filter))
  }
}
