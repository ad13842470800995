/// The collection's schema, as a list of migrations numbered by `PRAGMA user_version`.
///
/// Migration *k* (1-based) takes a collection from version *k*−1 to *k*. They run in one transaction at open, so a
/// collection is never left half-migrated.
///
/// CHECK constraints compare with `=` joined by OR, not `IN (…)`: SQLite builds a temporary table for an IN list on
/// every row it checks, which made bulk imports several times slower.
enum Schema {
  static let migrations: [String] = [
    """
    CREATE TABLE decks(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    );
    CREATE TABLE notes(
      id INTEGER PRIMARY KEY,
      guid TEXT NOT NULL UNIQUE,
      deck_id INTEGER NOT NULL REFERENCES decks(id),
      kind TEXT NOT NULL CHECK (kind = 'sentence' OR kind = 'term'),
      en TEXT NOT NULL,
      zh TEXT NOT NULL,
      speaker TEXT NOT NULL DEFAULT '',
      spoken_at TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      context TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX notes_by_deck ON notes(deck_id);
    CREATE TABLE cards(
      id INTEGER PRIMARY KEY,
      note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
      direction TEXT NOT NULL CHECK (direction = 'en-zh' OR direction = 'zh-en'),
      state TEXT NOT NULL DEFAULT 'new' CHECK (state = 'new' OR state = 'review' OR state = 'suspended'),
      repetitions INTEGER NOT NULL DEFAULT 0,
      ease INTEGER NOT NULL DEFAULT 250,
      interval_days INTEGER NOT NULL DEFAULT 0,
      due_day INTEGER,
      lapses INTEGER NOT NULL DEFAULT 0,
      last_review_day INTEGER,
      UNIQUE (note_id, direction)
    );
    CREATE INDEX cards_by_state_due ON cards(state, due_day);
    CREATE TABLE reviews(
      id INTEGER PRIMARY KEY,
      card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
      reviewed_at INTEGER NOT NULL,
      day INTEGER NOT NULL,
      grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 5),
      state_before TEXT NOT NULL,
      repetitions_before INTEGER NOT NULL,
      ease_before INTEGER NOT NULL,
      interval_before INTEGER NOT NULL,
      due_before INTEGER,
      lapses_before INTEGER NOT NULL,
      last_review_before INTEGER,
      repetitions_after INTEGER NOT NULL,
      ease_after INTEGER NOT NULL,
      interval_after INTEGER NOT NULL,
      due_after INTEGER NOT NULL,
      duration_ms INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX reviews_by_day ON reviews(day);
    CREATE INDEX reviews_by_card ON reviews(card_id);
    """,
    // New cards in introduction order without sorting them all: the day's queue reads the first few of them.
    """
    CREATE INDEX cards_new_in_order ON cards(id) WHERE state = 'new';
    """,
    // Which Chinese each file gives a term, so that the note keeps the translation most files agree on.
    """
    CREATE TABLE term_sightings(
      note_guid TEXT NOT NULL,
      chinese TEXT NOT NULL,
      source TEXT NOT NULL,
      PRIMARY KEY (note_guid, chinese, source)
    ) WITHOUT ROWID;
    """,
    // The learner's settings: collection-wide (deck '') or for one deck; and notes by kind, so that the day's new
    // term cards are found without reading the sentences before them.
    """
    CREATE INDEX notes_by_kind ON notes(kind, id);
    CREATE TABLE settings(
      key TEXT NOT NULL,
      deck TEXT NOT NULL DEFAULT '',
      value TEXT NOT NULL,
      PRIMARY KEY (key, deck)
    ) WITHOUT ROWID;
    """,
    // A card buried on a day leaves that day's queues and comes back the next; a note the learner edited keeps
    // its text when the file it came from is imported again.
    """
    ALTER TABLE cards ADD COLUMN buried_day INTEGER;
    ALTER TABLE notes ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
    """,
  ]

  /// The version this binary writes.
  static var currentVersion: Int { migrations.count }
}
