import Scheduling
import Store
import TestSupport
import XCTest

final class StudyCollectionTests: XCTestCase {
  private func draft(_ guid: String, _ en: String, _ zh: String) -> NoteDraft {
    NoteDraft(guid: guid, kind: .sentence, english: en, chinese: zh, speaker: "Ada", time: "00:00:01", source: "a.md")
  }

  /// Answers the card as a scheduler would: its state read and the answer committed in one transaction.
  private func answer(
    _ cardID: Int64, _ grade: Grade, on day: Day, in collection: StudyCollection
  ) throws -> ReviewRecord {
    try collection.transaction {
      let before = try XCTUnwrap(try collection.cardState(id: cardID))
      let after = try XCTUnwrap(SM2.next(before, grade: grade, today: day).review)
      return try collection.record(
        Answer(
          cardID: cardID, grade: grade, day: day, timestamp: 1, durationMilliseconds: 5, before: before, after: after))
    }
  }

  func testNewCollectionHasTheCurrentSchema() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    XCTAssertEqual(try collection.database.integer("PRAGMA user_version"), 5)
    XCTAssertEqual(try collection.database.scalar("PRAGMA integrity_check"), .text("ok"))
  }

  func testRefusesANewerSchema() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("c.sqlite3")
    try Database(path: path).execute("PRAGMA user_version = 99")
    XCTAssertThrowsError(try StudyCollection(path: path)) {
      XCTAssertEqual($0 as? CollectionError, .newerSchema(path: path, found: 99, known: 5))
    }
  }

  func testStoringANoteGivesItTwoCardsAndIsIdempotent() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let deck = try collection.deckID(named: "talk")
    XCTAssertEqual(try collection.store(draft("g1", "Hello.", "你好。"), inDeck: deck, now: 1), .added)
    XCTAssertEqual(try collection.store(draft("g1", "Hello.", "你好。"), inDeck: deck, now: 2), .unchanged)
    XCTAssertEqual(try collection.store(draft("g1", "Hello.", "您好。"), inDeck: deck, now: 3), .updated)
    let other = try collection.deckID(named: "other")
    XCTAssertEqual(try collection.store(draft("g1", "Hello.", "嗨。"), inDeck: other, now: 4), .alreadyPresent)
    let cards = try collection.cards()
    XCTAssertEqual(cards.map(\.card.direction), [.englishToChinese, .chineseToEnglish])
    XCTAssertEqual(cards.map(\.note.draft.chinese), ["您好。", "您好。"])
    XCTAssertEqual(cards.map(\.note.deck), ["talk", "talk"])
  }

  func testGradingIsRecordedAndUndoRestoresTheCard() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let deck = try collection.deckID(named: "talk")
    _ = try collection.store(draft("g1", "Hello.", "你好。"), inDeck: deck, now: 1)
    let card = try collection.cards()[0].card
    let first = try answer(card.id, .perfect, on: Day(100), in: collection)
    let second = try answer(card.id, .hesitant, on: Day(101), in: collection)
    XCTAssertEqual(second.before, first.after)
    XCTAssertEqual(try collection.card(id: card.id)?.card.state.review?.intervalDays, 6)
    try collection.undo(reviewID: second.id)
    XCTAssertEqual(try collection.card(id: card.id)?.card.state, first.after)
    try collection.undo(reviewID: first.id)
    XCTAssertEqual(try collection.card(id: card.id)?.card.state, .new)
    XCTAssertEqual(try collection.reviewCount(), 0)
  }

  func testSuspendedCardsLeaveTheQueueAndKeepTheirSchedule() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let deck = try collection.deckID(named: "talk")
    _ = try collection.store(draft("g1", "Hello.", "你好。"), inDeck: deck, now: 1)
    let card = try collection.cards()[0].card
    _ = try answer(card.id, .perfect, on: Day(100), in: collection)
    XCTAssertEqual(try collection.suspend(CardFilter(cardIDs: [card.id])).changed, 1)
    XCTAssertEqual(try collection.suspend(CardFilter(cardIDs: [])).chosen, 0, "an empty list chooses no card")
    let inputs = try collection.queueInputs(today: Day(200), filter: CardFilter(), limits: .standard)
    XCTAssertEqual(inputs.due.map(\.cardID), [])
    XCTAssertEqual(try collection.unsuspend(CardFilter(cardIDs: [card.id])).changed, 1)
    XCTAssertEqual(try collection.card(id: card.id)?.card.state.review?.intervalDays, 1)
    XCTAssertEqual(try collection.queueInputs(today: Day(200), filter: CardFilter(), limits: .standard).due.count, 1)
  }
}
