import Scheduling
import TestSupport
import XCTest

@testable import Store

/// New cards come in the order they were added, with a term note at every fourth note while terms remain: a
/// glossary imported after a long transcript is not left for months.
final class NewCardOrderTests: XCTestCase {
  func testTermsComeAmongTheSentences() throws {
    let folder = try TemporaryDirectory()
    let collection = try StudyCollection(path: folder.file("c.sqlite3"))
    let deck = try collection.deckID(named: "talk")
    for index in 0..<9 {
      _ = try collection.store(
        NoteDraft(guid: "s\(index)", kind: .sentence, english: "Sentence \(index).", chinese: "句子\(index)。"),
        inDeck: deck, now: 0)
    }
    for index in 0..<2 {
      _ = try collection.store(
        NoteDraft(guid: "t\(index)", kind: .term, english: "term \(index)", chinese: "术语\(index)"), inDeck: deck,
        now: 0)
    }
    let kinds = try Dictionary(uniqueKeysWithValues: collection.cards().map { ($0.card.id, $0.note.draft.kind) })
    let limits = QueueLimits(newPerDay: 11, reviews: 100)
    let inputs = try collection.queueInputs(today: Day(100), filter: CardFilter(), limits: limits)
    let queue = DailyQueue.build(
      due: inputs.due, new: inputs.new, notesAnsweredToday: inputs.notesAnsweredToday,
      newAnsweredToday: inputs.newAnsweredToday, limits: limits)
    XCTAssertEqual(
      queue.map { kinds[$0.cardID] == .term ? "t" : "s" }.joined(), "ssstssstsss")
    // With --kind, only that kind, in order.
    let sentencesOnly = try collection.queueInputs(today: Day(100), filter: CardFilter(kind: .sentence), limits: limits)
    XCTAssertTrue(sentencesOnly.new.allSatisfy { kinds[$0.cardID] == .sentence })
  }

  func testInterleavingKeepsANotesCardsTogether() {
    func card(_ id: Int64, note: Int64) -> QueueCandidate { QueueCandidate(cardID: id, noteID: note, dueDay: nil) }
    let sentences = (0..<8).map { card(Int64($0), note: Int64($0 / 2)) }
    let terms = [card(100, note: 50), card(101, note: 50)]
    XCTAssertEqual(
      StudyCollection.interleaving(terms, into: sentences, limit: 20).map(\.cardID), [0, 1, 2, 3, 4, 5, 100, 101, 6, 7])
    XCTAssertEqual(StudyCollection.interleaving(terms, into: sentences, limit: 3).map(\.cardID), [0, 1, 2])
  }
}
