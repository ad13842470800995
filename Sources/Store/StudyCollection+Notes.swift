extension StudyCollection {
  /// Stores `draft` in the deck `deckID`, keyed by its guid, and gives it its two cards when it is new.
  ///
  /// A note that exists in the same deck is updated in place, so its cards keep their review state; one that
  /// exists in another deck is left alone (the deck that brought it first keeps it). Call inside a transaction.
  public func store(_ draft: NoteDraft, inDeck deckID: Int64, now: Int64) throws -> NoteOutcome {
    // Most notes of an import are new: try the insert first, and read the stored note only when the guid is taken.
    if try insertIfNew(draft, deckID: deckID, now: now) { return .added }
    let existing = try database.prepare(
      "SELECT id, deck_id, en, zh, speaker, spoken_at, source, context, tags, edited FROM notes WHERE guid = ?")
    try existing.bind([draft.guid])
    defer { existing.reset() }
    guard try existing.step() else { return .unchanged }
    let row = Row(statement: existing)
    let id = row.int64(0)
    guard row.int64(1) == deckID else { return .alreadyPresent }
    let stored = [
      row.string(2), row.string(3), row.string(4), row.string(5), row.string(6), row.string(7), row.string(8),
    ]
    // An empty speaker, time, source or context (an Anki file carries none) keeps what the note has.
    var incoming = [draft.english, draft.chinese, draft.speaker, draft.time, draft.source, draft.context, draft.tags]
    for field in 2...5 where incoming[field].isEmpty { incoming[field] = stored[field] }
    // The learner's own wording outlives the file's.
    if row.int(9) != 0 { (incoming[0], incoming[1]) = (stored[0], stored[1]) }
    guard stored != incoming else { return .unchanged }
    try database.run(
      """
      UPDATE notes SET en = ?, zh = ?, speaker = ?, spoken_at = ?, source = ?, context = ?, tags = ?, updated_at = ?
      WHERE id = ?
      """, incoming[0], incoming[1], incoming[2], incoming[3], incoming[4], incoming[5], incoming[6], now, id)
    return .updated
  }

  /// Inserts the note and its two cards unless its guid is taken; returns whether it did.
  private func insertIfNew(_ draft: NoteDraft, deckID: Int64, now: Int64) throws -> Bool {
    try database.run(
      """
      INSERT INTO notes(guid, deck_id, kind, en, zh, speaker, spoken_at, source, context, tags, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (guid) DO NOTHING
      """, draft.guid, deckID, draft.kind.rawValue, draft.english, draft.chinese, draft.speaker, draft.time,
      draft.source, draft.context, draft.tags, now, now)
    guard database.changes == 1 else { return false }
    let noteID = database.lastInsertedRowID
    for direction in Direction.allCases {
      try database.run("INSERT INTO cards(note_id, direction) VALUES (?, ?)", noteID, direction.rawValue)
    }
    return true
  }

  /// The notes of `deck` (every deck when nil), of `kind` (every kind when nil), in the order they were added.
  public func notes(deck: String? = nil, kind: NoteKind? = nil) throws -> [Note] {
    try database.prepare(
      """
      SELECT \(Note.columns) FROM \(Note.source)
      WHERE (?1 IS NULL OR d.name = ?1 OR substr(d.name, 1, length(?1) + 2) = ?1 || '::') AND (?2 IS NULL OR n.kind = ?2)
      ORDER BY n.id
      """
    ).rows([deck, kind?.rawValue]) { Note(row: $0) }
  }

  /// The id the next note stored will get (ids only grow): notes from it on are the ones stored after this call.
  public func nextNoteID() throws -> Int64 {
    Int64(try database.integer("SELECT coalesce(max(id), 0) + 1 FROM notes"))
  }

  /// Term notes that have no sentence context yet, in the order they were added.
  public func termNotesWithoutContext() throws -> [Note] {
    try database.prepare(
      """
      SELECT \(Note.columns) FROM \(Note.source)
      WHERE n.kind = ? AND n.context = '' ORDER BY n.id
      """
    ).rows([NoteKind.term.rawValue]) { Note(row: $0) }
  }

  /// The sentence notes from note `firstID` on, in the order they were added.
  public func sentenceNotes(fromNote firstID: Int64) throws -> [Note] {
    try database.prepare(
      "SELECT \(Note.columns) FROM \(Note.source) WHERE n.id >= ? AND n.kind = ? ORDER BY n.id"
    ).rows([firstID, NoteKind.sentence.rawValue]) { Note(row: $0) }
  }

  /// Sets the context of note `noteID`.
  public func setContext(_ context: String, ofNote noteID: Int64, now: Int64) throws {
    try database.run("UPDATE notes SET context = ?, updated_at = ? WHERE id = ?", context, now, noteID)
  }

  /// Records that the file `source` gives the term note `guid` the translation `chinese` (once per file).
  public func recordSighting(ofTerm guid: String, chinese: String, source: String) throws {
    try database.run(
      "INSERT INTO term_sightings(note_guid, chinese, source) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", guid,
      chinese, source)
  }

  /// Each translation files give the term note `guid`, with how many files give it, most first.
  public func sightings(ofTerm guid: String) throws -> [(chinese: String, files: Int)] {
    try database.prepare(
      """
      SELECT chinese, count(*) FROM term_sightings WHERE note_guid = ? GROUP BY chinese ORDER BY count(*) DESC, chinese
      """
    ).rows([guid]) { ($0.string(0), $0.int(1)) }
  }

  /// The note with `guid`, or nil.
  public func note(guid: String) throws -> Note? {
    try database.prepare("SELECT \(Note.columns) FROM \(Note.source) WHERE n.guid = ?")
      .rows([guid]) { Note(row: $0) }.first
  }

  /// Gives note `noteID` another translation and context, unless the learner has edited it.
  public func setTranslation(_ chinese: String, context: String, ofNote noteID: Int64, now: Int64) throws {
    try database.run(
      "UPDATE notes SET zh = ?, context = ?, updated_at = ? WHERE id = ? AND edited = 0", chinese, context, now, noteID)
  }
}
