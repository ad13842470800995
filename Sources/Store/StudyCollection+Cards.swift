import Scheduling

/// A card with its note, as listings and the reviewer show it.
public struct CardDetail: Hashable, Sendable {
  public let card: Card
  public let note: Note
}

/// Which cards a listing, a queue or a change draws from. Every condition set must hold.
public struct CardFilter: Hashable, Sendable {
  /// A deck name; its subdecks (`name::…`) are included.
  public var deck: String?
  public var kind: NoteKind?
  public var direction: Direction?
  /// Text the note's English (case aside) or Chinese holds.
  public var search: String?
  /// A tag the note carries (case aside).
  public var tag: String?
  /// Where the card stands on `today`.
  public var state: ListedState?
  /// The day `state` is judged on: a burial holds on the day it was made only.
  public var today: Day
  /// These cards only (none, when empty); nil for any card.
  public var cardIDs: [Int64]?
  /// The cards of this note only.
  public var noteID: Int64?

  public init(
    deck: String? = nil, kind: NoteKind? = nil, direction: Direction? = nil, search: String? = nil,
    tag: String? = nil, state: ListedState? = nil, today: Day = Day(0), cardIDs: [Int64]? = nil, noteID: Int64? = nil
  ) {
    self.deck = deck
    self.kind = kind
    self.direction = direction
    self.search = search
    self.tag = tag
    self.state = state
    self.today = today
    self.cardIDs = cardIDs
    self.noteID = noteID
  }

  /// Whether the filter names cards by their note's fields (the queue reads a join only then).
  var needsNotes: Bool { deck != nil || kind != nil || search != nil || tag != nil }

  /// The cards table, joined to notes and decks only when the filter needs them: the day's queue in a large
  /// collection reads a few hundred cards, and a join per card costs more than the rest.
  func source(cards: String = "cards c") -> String {
    needsNotes ? cards + " " + Card.noteJoin : cards
  }

  /// The condition that keeps a card buried on `day` out: burials last the day they were made.
  static func unburied(on day: Day) -> SQLFragment {
    SQLFragment("(c.buried_day IS NULL OR c.buried_day < ?)", day.number)
  }

  /// The SQL condition over `c` (and `n`, `d` where `source` joins them) with the values of its placeholders.
  var condition: SQLFragment {
    var clauses: [SQLFragment] = []
    if let deck {
      clauses.append(SQLFragment("(d.name = ? OR substr(d.name, 1, length(?) + 2) = ? || '::')", deck, deck, deck))
    }
    if let kind { clauses.append(SQLFragment("n.kind = ?", kind.rawValue)) }
    if let direction { clauses.append(SQLFragment("c.direction = ?", direction.rawValue)) }
    if let search {
      clauses.append(SQLFragment("(instr(lower(n.en), lower(?)) > 0 OR instr(n.zh, ?) > 0)", search, search))
    }
    if let tag { clauses.append(SQLFragment("instr(' ' || lower(n.tags) || ' ', ' ' || lower(?) || ' ') > 0", tag)) }
    if let state {
      let suspended = CardStatus.suspended.literal
      switch state {
      case .new, .review:
        clauses.append(
          SQLFragment(joining: [SQLFragment("c.state = ?", state.rawValue), Self.unburied(on: today)], with: " AND "))
      case .suspended: clauses.append(SQLFragment("c.state = \(suspended)"))
      case .buried: clauses.append(SQLFragment("c.state <> \(suspended) AND c.buried_day >= ?", today.number))
      }
    }
    if let cardIDs {
      let marks = Array(repeating: "?", count: cardIDs.count).joined(separator: ", ")
      clauses.append(SQLFragment(text: "c.id IN (\(marks))", arguments: cardIDs))
    }
    if let noteID { clauses.append(SQLFragment("c.note_id = ?", noteID)) }
    return clauses.isEmpty ? SQLFragment("1") : SQLFragment(joining: clauses, with: " AND ")
  }
}

extension StudyCollection {
  static let cardJoin = "cards c " + Card.noteJoin

  /// Every card that `filter` selects, ordered by note and direction.
  public func cards(_ filter: CardFilter = CardFilter()) throws -> [CardDetail] {
    let condition = filter.condition
    return try database.prepare(
      "SELECT \(CardDetail.columns) FROM \(Self.cardJoin) WHERE \(condition.text) ORDER BY c.note_id, c.id"
    ).rows(condition.arguments, CardDetail.init)
  }

  /// How many cards `filter` selects, suspended ones included.
  public func cardCount(_ filter: CardFilter) throws -> Int {
    let condition = filter.condition
    return try database.prepare("SELECT count(*) FROM \(filter.source()) WHERE \(condition.text)")
      .rows(condition.arguments) { $0.int(0) }.first ?? 0
  }

  /// Every deck's name, in order.
  public func deckNames() throws -> [String] {
    try database.prepare("SELECT name FROM decks ORDER BY name").rows([]) { $0.string(0) }
  }

  /// One card with its note, or nil when there is no such card.
  public func card(id: Int64) throws -> CardDetail? {
    try database.prepare("SELECT \(CardDetail.columns) FROM \(Self.cardJoin) WHERE c.id = ?").rows(
      [id], CardDetail.init
    )
    .first
  }

  /// What the day's queue policy needs: due reviews, new cards in order, and what today already saw.
  ///
  /// Fetches at most `limits` worth of candidates plus room for skipped siblings (the new siblings of notes
  /// answered today, of due cards and of new cards taken), each list read in index order, so the cost follows the
  /// size of the day's queue, not of the collection.
  public func queueInputs(today: Day, filter: CardFilter, limits: QueueLimits) throws -> QueueInputs {
    let answeredToday = Set(
      try database.prepare("SELECT DISTINCT c.note_id FROM reviews r JOIN cards c ON c.id = r.card_id WHERE r.day = ?")
        .rows([today.number]) { $0.int64(0) })
    let newToday = try database.integer(
      "SELECT count(DISTINCT card_id) FROM reviews WHERE day = ? AND state_before = \(CardStatus.new.literal)",
      today.number)
    let room = 2 * answeredToday.count + 1
    let condition = SQLFragment(joining: [filter.condition, CardFilter.unburied(on: today)], with: " AND ")
    let due = try database.prepare(
      """
      SELECT c.id, c.note_id, c.due_day, c.last_review_day FROM \(filter.source())
      WHERE c.state = \(CardStatus.review.literal) AND c.due_day <= ? AND \(condition.text)
      ORDER BY c.due_day, c.id LIMIT ?
      """
    ).rows([today.number] + condition.arguments + [2 * limits.reviews + room]) {
      QueueCandidate(
        cardID: $0.int64(0), noteID: $0.int64(1), dueDay: Day($0.int(2)), isRepeat: $0.optionalInt(3) == today.number)
    }
    let wanted = 2 * max(0, limits.newPerDay - newToday) + room + due.count
    let new = try database.prepare(
      """
      SELECT c.id, c.note_id FROM \(filter.source(cards: "cards c INDEXED BY cards_new_in_order"))
      WHERE c.state = \(CardStatus.new.literal) AND \(condition.text)
      ORDER BY c.id LIMIT ?
      """
    ).rows(condition.arguments + [wanted]) { QueueCandidate(cardID: $0.int64(0), noteID: $0.int64(1), dueDay: nil) }
    guard filter.kind == nil else {
      return QueueInputs(due: due, new: new, notesAnsweredToday: answeredToday, newAnsweredToday: newToday)
    }
    // Terms among the sentences: the first new term cards, found by walking the term notes in order (the index of
    // notes by kind) and each note's cards by note id. `+c.state` keeps SQLite from walking every new card instead,
    // which costs as much as the collection is large. A note's cards are stored together, so note order is card order.
    let termCondition = SQLFragment(
      joining: [condition, SQLFragment("n.kind = ?", NoteKind.term.rawValue)], with: " AND ")
    let terms = try database.prepare(
      """
      SELECT c.id, c.note_id FROM notes n INDEXED BY notes_by_kind CROSS JOIN cards c ON c.note_id = n.id
        JOIN decks d ON d.id = n.deck_id
      WHERE +c.state = \(CardStatus.new.literal) AND \(termCondition.text)
      ORDER BY n.id, c.id LIMIT ?
      """
    ).rows(termCondition.arguments + [wanted]) { QueueCandidate(cardID: $0.int64(0), noteID: $0.int64(1), dueDay: nil) }
    return QueueInputs(
      due: due, new: Self.interleaving(terms, into: new, limit: wanted), notesAnsweredToday: answeredToday,
      newAnsweredToday: newToday)
  }

  /// Cards in review due by `day` (the overdue among them) that `filter` chooses and no burial holds on `today`,
  /// most due first, one card a note, at most `limit`: a session ahead of schedule.
  public func cardsInReview(dueBy day: Day, today: Day, filter: CardFilter, limit: Int) throws -> [Int64] {
    let condition = SQLFragment(joining: [filter.condition, CardFilter.unburied(on: today)], with: " AND ")
    var notes = Set<Int64>()
    return try database.prepare(
      """
      SELECT c.id, c.note_id FROM \(filter.source())
      WHERE c.state = \(CardStatus.review.literal) AND c.due_day <= ? AND \(condition.text)
      ORDER BY c.due_day, c.id
      """
    ).rows([day.number] + condition.arguments) { ($0.int64(0), $0.int64(1)) }
      .filter { notes.insert($0.1).inserted }.prefix(limit).map(\.0)
  }

  /// How often a term comes among new notes while terms remain: one note in `termEvery`. Transcripts come before
  /// term lists, so without this a learner met the first term after all of a transcript's sentences.
  static let termEvery = 4

  /// `new` (in introduction order) with the notes of `terms` (the first new term cards, in order) at every
  /// `termEvery`-th note's place, the rest keeping their order; at most `limit` cards. A note's cards stay
  /// together: the day's queue takes one card a note.
  static func interleaving(_ terms: [QueueCandidate], into new: [QueueCandidate], limit: Int) -> [QueueCandidate] {
    func notes(_ cards: [QueueCandidate]) -> [[QueueCandidate]] {
      cards.reduce(into: []) { groups, card in
        if groups.last?.first?.noteID == card.noteID {
          groups[groups.count - 1].append(card)
        } else {
          groups.append([card])
        }
      }
    }
    let termIDs = Set(terms.map(\.cardID))
    var sentences = notes(new.filter { !termIDs.contains($0.cardID) })[...]
    var termNotes = notes(terms)[...]
    var merged: [[QueueCandidate]] = []
    var count = 0
    while count < limit, !(sentences.isEmpty && termNotes.isEmpty) {
      let termsTurn = merged.count % termEvery == termEvery - 1
      let next: [QueueCandidate]
      if let term = termNotes.first, termsTurn || sentences.isEmpty {
        next = term
        termNotes = termNotes.dropFirst()
      } else {
        next = sentences.first!
        sentences = sentences.dropFirst()
      }
      merged.append(next)
      count += next.count
    }
    return Array(merged.joined().prefix(limit))
  }
}

/// The queue policy's inputs, as read from the collection.
public struct QueueInputs: Hashable, Sendable {
  public let due: [QueueCandidate]
  public let new: [QueueCandidate]
  public let notesAnsweredToday: Set<Int64>
  public let newAnsweredToday: Int
}
