import Scheduling

/// How each record is read from a row: one decoder per record, each with the column list it expects, so that a
/// query selects `Note.columns` (or `Card.columns`) and hands the row over at the offset it put them.
extension Note {
  /// The columns `init(row:at:)` reads, over `Note.source`.
  static let columns = "n.id, d.name, n.guid, n.kind, n.en, n.zh, n.speaker, n.spoken_at, n.source, n.context, n.tags"
  /// The tables a note's columns come from: each note with its deck.
  static let source = "notes n JOIN decks d ON d.id = n.deck_id"
  static let columnCount: Int32 = 11

  init(row: Row, at offset: Int32 = 0) {
    self.init(
      id: row.int64(offset), deck: row.string(offset + 1),
      draft: NoteDraft(
        guid: row.string(offset + 2), kind: NoteKind(rawValue: row.string(offset + 3)) ?? .sentence,
        english: row.string(offset + 4), chinese: row.string(offset + 5), speaker: row.string(offset + 6),
        time: row.string(offset + 7), source: row.string(offset + 8), context: row.string(offset + 9),
        tags: row.string(offset + 10)))
  }
}

extension Card {
  /// The columns `init(row:at:)` reads, over `cards c`.
  static let columns = """
    c.id, c.note_id, c.direction, c.state, c.repetitions, c.ease, c.interval_days, c.due_day, c.lapses, \
    c.last_review_day, c.buried_day
    """
  static let columnCount: Int32 = 11
  /// What joins a card `c` to its note `n` and the note's deck `d`.
  static let noteJoin = "JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = n.deck_id"

  /// A card has been answered exactly when it has a last review day.
  init(row: Row, at offset: Int32 = 0) {
    let state: CardState = row.isNull(offset + 9) ? .new : .review(ReviewState(row: row, at: offset + 4))
    self.init(
      id: row.int64(offset), noteID: row.int64(offset + 1),
      direction: Direction(rawValue: row.string(offset + 2)) ?? .englishToChinese, state: state,
      isSuspended: CardStatus(rawValue: row.string(offset + 3)) == .suspended,
      buriedDay: row.optionalInt(offset + 10).map(Day.init))
  }
}

extension ReviewState {
  /// Reads six columns in the order the `cards` table and the `reviews` table's `…_before` columns both keep:
  /// repetitions, ease, interval, due day, lapses, last review day.
  init(row: Row, at offset: Int32) {
    self.init(
      repetitions: row.int(offset), ease: Ease(hundredths: row.int(offset + 1)), intervalDays: row.int(offset + 2),
      dueDay: Day(row.optionalInt(offset + 3) ?? 0), lapses: row.int(offset + 4),
      lastReviewDay: Day(row.optionalInt(offset + 5) ?? 0))
  }
}

extension CardDetail {
  /// The columns `init(row:)` reads, over `StudyCollection.cardJoin`.
  static let columns = Card.columns + ", " + Note.columns

  init(row: Row) {
    self.init(card: Card(row: row), note: Note(row: row, at: Card.columnCount))
  }
}
