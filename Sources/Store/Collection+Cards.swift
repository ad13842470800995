import Scheduling

/// A card with its note, as listings and the reviewer show it.
public struct CardDetail: Hashable, Sendable {
  public let card: Card
  public let note: Note
}

/// Which cards a listing or a queue draws from.
public struct CardFilter: Hashable, Sendable {
  /// A deck name; its subdecks (`name::…`) are included.
  public var deck: String?
  public var kind: NoteKind?
  public var direction: Direction?

  public init(deck: String? = nil, kind: NoteKind? = nil, direction: Direction? = nil) {
    self.deck = deck
    self.kind = kind
    self.direction = direction
  }

  /// The cards table, joined to notes and decks only when the filter needs them: the day's queue in a large
  /// collection reads a few hundred cards, and a join per card costs more than the rest.
  func source(cards: String = "cards c") -> String {
    deck == nil && kind == nil ? cards : cards + " JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = n.deck_id"
  }

  /// The SQL condition over `c` (and `n`, `d` where `source` joins them), with `?` placeholders for `arguments`.
  var condition: String {
    var clauses: [String] = []
    if deck != nil { clauses.append("(d.name = ? OR substr(d.name, 1, length(?) + 2) = ? || '::')") }
    if kind != nil { clauses.append("n.kind = ?") }
    if direction != nil { clauses.append("c.direction = ?") }
    return clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
  }

  /// The values of `condition`'s placeholders, in order.
  var arguments: [any SQLBindable] {
    (deck.map { [$0, $0, $0] } ?? []) + (kind.map { [$0.rawValue] } ?? []) + (direction.map { [$0.rawValue] } ?? [])
  }
}

extension Collection {
  static let cardColumns = """
    c.id, c.note_id, c.direction, c.state, c.repetitions, c.ease, c.interval_days, c.due_day, c.lapses,
    c.last_review_day, d.name, n.guid, n.kind, n.en, n.zh, n.speaker, n.spoken_at, n.source, n.context, n.tags
    """

  static let cardJoin = "cards c JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = n.deck_id"

  /// Every card that `filter` selects, ordered by note and direction.
  public func cards(_ filter: CardFilter = CardFilter()) throws -> [CardDetail] {
    try database.prepare(
      "SELECT \(Self.cardColumns) FROM \(Self.cardJoin) WHERE \(filter.condition) ORDER BY c.note_id, c.id"
    ).rows(filter.arguments, Self.cardDetail)
  }

  /// One card with its note, or nil when there is no such card.
  public func card(id: Int64) throws -> CardDetail? {
    try database.prepare("SELECT \(Self.cardColumns) FROM \(Self.cardJoin) WHERE c.id = ?").rows([id], Self.cardDetail)
      .first
  }

  static func cardDetail(_ row: Row) -> CardDetail {
    let stateName = row.string(3)
    let answered = !row.isNull(9)
    let state: CardState =
      answered
      ? .review(
        ReviewState(
          repetitions: row.int(4), ease: Ease(hundredths: row.int(5)), intervalDays: row.int(6),
          dueDay: Day(row.optionalInt(7) ?? 0), lapses: row.int(8), lastReviewDay: Day(row.int(9))))
      : .new
    let card = Card(
      id: row.int64(0), noteID: row.int64(1), direction: Direction(rawValue: row.string(2)) ?? .englishToChinese,
      state: state, isSuspended: stateName == "suspended")
    let note = Note(
      id: row.int64(1), deck: row.string(10),
      draft: NoteDraft(
        guid: row.string(11), kind: NoteKind(rawValue: row.string(12)) ?? .sentence, english: row.string(13),
        chinese: row.string(14), speaker: row.string(15), time: row.string(16), source: row.string(17),
        context: row.string(18), tags: row.string(19)))
    return CardDetail(card: card, note: note)
  }

  /// What the day's queue policy needs: due reviews, new cards in order, and what today already saw.
  ///
  /// Fetches at most `limits` worth of candidates plus room for skipped siblings, each list read in index order,
  /// so the cost follows the size of the day's queue, not of the collection.
  public func queueInputs(today: Day, filter: CardFilter, limits: QueueLimits) throws -> QueueInputs {
    let answeredToday = Set(
      try database.prepare("SELECT DISTINCT c.note_id FROM reviews r JOIN cards c ON c.id = r.card_id WHERE r.day = ?")
        .rows([today.number]) { $0.int64(0) })
    let newToday = try database.integer(
      "SELECT count(DISTINCT card_id) FROM reviews WHERE day = ? AND state_before = 'new'", today.number)
    let room = 2 * answeredToday.count + 1
    let due = try database.prepare(
      """
      SELECT c.id, c.note_id, c.due_day FROM \(filter.source())
      WHERE c.state = 'review' AND c.due_day <= ? AND \(filter.condition)
      ORDER BY c.due_day, c.id LIMIT ?
      """
    ).rows([today.number] + filter.arguments + [2 * limits.reviews + room]) {
      QueueCandidate(cardID: $0.int64(0), noteID: $0.int64(1), dueDay: Day($0.int(2)))
    }
    let new = try database.prepare(
      """
      SELECT c.id, c.note_id FROM \(filter.source(cards: "cards c INDEXED BY cards_new_in_order"))
      WHERE c.state = 'new' AND \(filter.condition)
      ORDER BY c.id LIMIT ?
      """
    ).rows(filter.arguments + [2 * max(0, limits.newPerDay - newToday) + room]) {
      QueueCandidate(cardID: $0.int64(0), noteID: $0.int64(1), dueDay: nil)
    }
    return QueueInputs(due: due, new: new, notesAnsweredToday: answeredToday, newAnsweredToday: newToday)
  }
}

/// The queue policy's inputs, as read from the collection.
public struct QueueInputs: Hashable, Sendable {
  public let due: [QueueCandidate]
  public let new: [QueueCandidate]
  public let notesAnsweredToday: Set<Int64>
  public let newAnsweredToday: Int
}
