import Duet
import Scheduling
import Store

/// Builds large collections through the store, for benchmarks that need many cards.
enum CollectionBuilder {
  /// A collection at `path` with `notes` notes (two cards each): every other note reviewed, its cards due on days
  /// spread over the year around `today`, the rest new; and a few reviews today, as a day in progress has.
  static func build(at path: String, notes: Int, today: Day) throws -> StudyCollection {
    let collection = try StudyCollection(path: path)
    try collection.transaction {
      let deck = try collection.deckID(named: "bench")
      for index in 0..<notes {
        let draft = NoteDraft(
          guid: "bench\(index)", kind: .sentence, english: "Sentence number \(index) about the model.",
          chinese: "关于模型的第\(index)句话。")
        _ = try collection.store(draft, inDeck: deck, now: 0)
        guard index % 2 == 0 else { continue }
        let due = Day(today.number + (index * 7919 % 730) - 365)
        let state = ReviewState(
          repetitions: 3, ease: .initial, intervalDays: 15, dueDay: due, lapses: 0, lastReviewDay: today + -15)
        let lastCard = collection.database.lastInsertedRowID  // a new note's cards are the last two rows inserted
        for cardID in [lastCard - 1, lastCard] { try collection.setSchedule(.review(state), ofCard: cardID) }
      }
    }
    let scheduler = Scheduler(collection: collection)
    for cardID in stride(from: Int64(1), through: 100, by: 2) {
      _ = try scheduler.answer(cardID: cardID, grade: .perfect, today: today, at: 0, durationMilliseconds: 0)
    }
    return collection
  }
}
