import Scheduling
import Store

/// Builds large collections straight through the store, for benchmarks that need many cards.
enum CollectionBuilder {
  /// A collection at `path` with `notes` notes (two cards each): every other note reviewed, its cards due on days
  /// spread over the year around `today`, the rest new; and a few reviews today, as a day in progress has.
  static func build(at path: String, notes: Int, today: Day) throws -> Collection {
    let collection = try Collection(path: path)
    let database = collection.database
    try database.transaction {
      let deck = try collection.deckID(named: "bench")
      let note = try database.prepare(
        "INSERT INTO notes(guid, deck_id, kind, en, zh, created_at, updated_at) VALUES (?, ?, 'sentence', ?, ?, 0, 0)")
      let card = try database.prepare(
        """
        INSERT INTO cards(note_id, direction, state, repetitions, ease, interval_days, due_day, lapses, last_review_day)
        VALUES (?, ?, ?, ?, 250, ?, ?, 0, ?)
        """)
      for index in 0..<notes {
        try note.run("bench\(index)", deck, "Sentence number \(index) about the model.", "关于模型的第\(index)句话。")
        let noteID = database.lastInsertedRowID
        let reviewed = index % 2 == 0
        for direction in Direction.allCases {
          let due = today.number + (index * 7919 % 730) - 365
          if reviewed {
            try card.run(noteID, direction.rawValue, "review", 3, 15, due, today.number - 15)
          } else {
            try card.run(noteID, direction.rawValue, "new", 0, 0, SQLValue.null, SQLValue.null)
          }
        }
      }
    }
    for cardID in stride(from: Int64(1), through: 100, by: 2) {
      _ = try collection.grade(cardID: cardID, grade: .perfect, today: today, at: 0, durationMilliseconds: 0)
    }
    return collection
  }
}
