import Bitext
import Duet
import Foundation
import Scheduling
import Store

/// The review session as JSON lines: a card a line on stdout, an answer a line on stdin.
///
/// Every line is flushed as it is written, so a script can answer each card before the next is shown.
struct ScriptedReview {
  let session: ReviewSession
  /// Gives each card's `pinyin`: the reading of its Chinese.
  let pinyin: PinyinReader

  func run() throws {
    session.collection.database.onLongWait = {
      Output.message("duet: waiting: another program is writing to the collection")
    }
    var shownAt = DispatchTime.now()
    var lastShown: ReviewSession.Item?
    while let card = try session.currentCard(), let item = session.current {
      if item != lastShown { shownAt = DispatchTime.now() }
      lastShown = item
      emit(
        [
          "card": .int(Int(card.card.id)), "front": .string(card.front), "back": .string(card.back),
          "direction": .string(card.card.direction.rawValue), "repeat": .bool(item.isRepeat),
          "remaining": .int(session.queue.count), "deck": .string(card.note.deck),
          "kind": .string(card.note.draft.kind.rawValue), "speaker": .string(card.note.draft.speaker),
          "time": .string(card.note.draft.time), "source": .string(card.note.draft.source),
          "context": .string(card.note.draft.context), "pinyin": .string(pinyin.reading(card.note.draft.chinese)),
        ])
      guard let line = readLine(strippingNewline: true) else { break }
      let answer = line.trimmingCharacters(in: .whitespaces)
      if let value = Int(answer), let grade = Grade(rawValue: value) {
        let elapsed = Int((DispatchTime.now().uptimeNanoseconds - shownAt.uptimeNanoseconds) / 1_000_000)
        do {
          try session.grade(grade, milliseconds: elapsed)
        } catch let error as SQLiteError where error.isBusy {
          emit(["error": .string("not saved: another program kept the collection locked; answer again")])
          continue
        }
        lastShown = nil
      } else if answer == "u" {
        switch try session.undo() {
        case .undone: break
        case .nothingToUndo: emit(["error": .string("nothing to undo")])
        case .supersededElsewhere:
          emit(["error": .string("not undone: another session has graded that card since")])
        }
        lastShown = nil
      } else if answer == "s" || answer == "!" {
        try session.suspend(wholeNote: answer == "!")
      } else if answer == "b" {
        try session.bury()
      } else if answer == "q" {
        break
      } else {
        emit(["error": .string("expected a grade 0-5, u, s, !, b or q; got '\(answer)'")])
      }
    }
    let tally = session.tally
    let (left, nextDue) = try session.outlook()
    emit(
      [
        "done": .bool(true), "reviewed": .int(tally.reviewed), "correct": .int(tally.correct),
        "answers": .int(tally.answers), "suspended": .int(tally.suspended), "buried": .int(tally.buried),
        "left": .int(left),
        "seconds": .number(Double(tally.milliseconds) / 1000),
        "next_due": .optional(nextDue?.description),
      ])
  }

  private func emit(_ fields: KeyValuePairs<String, JSON>) {
    Output.json(fields)
    Output.flush()
  }
}
