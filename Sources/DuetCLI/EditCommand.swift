import Duet
import Foundation
import Store

/// `duet edit`: corrects a note's English or Chinese, from the command line or in the learner's editor.
struct EditCommand: Command {
  static let info = CommandInfo(
    name: "edit", abstract: "Correct the English or Chinese of a card's note.",
    arguments: [ArgumentSpec(name: "<card-id>", help: "The card whose note to edit (or --note).", optional: true)],
    options: [english.spec, chinese.spec, CommonOptions.note.spec, CommonOptions.db.spec, CommonOptions.help.spec],
    discussion: """
      Without --en or --zh, opens the note in $VISUAL or $EDITOR (else vi). The cards keep their schedules and
      history, and an edited note keeps its text when its file is imported again.
      """)

  static let english = Option<String>.text("--en", value: "text", help: "The note's new English.")
  static let chinese = Option<String>.text("--zh", value: "text", help: "The note's new Chinese.")

  let cardID: Int64?
  let noteID: Int64?
  let english: String?
  let chinese: String?

  init(_ arguments: ParsedArguments) throws {
    let selection = try arguments.cardSelection()
    cardID = selection.cardIDs?.first
    noteID = selection.noteID
    english = try arguments.value(Self.english)
    chinese = try arguments.value(Self.chinese)
  }

  func validate() throws {
    guard (cardID == nil) != (noteID == nil) else { throw DuetError.usage("edit takes one card id or --note ID") }
    for (name, text) in [("--en", english), ("--zh", chinese)] {
      if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || text.contains("\n") {
        throw DuetError.usage("\(name) needs one line of text")
      }
    }
    if english == nil && chinese == nil && !Terminal.isInteractive {
      throw DuetError.usage("edit without --en or --zh opens an editor, which needs a terminal")
    }
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    let filter = CardFilter(cardIDs: cardID.map { [$0] }, noteID: noteID)
    try FilterCheck.requireMatches(filter, in: collection)
    guard let note = try collection.cards(filter).first?.note else { return }
    var text = (english: english ?? note.draft.english, chinese: chinese ?? note.draft.chinese)
    if english == nil && chinese == nil {
      guard let edited = try NoteEditor(environment: context.environment).edit(note) else {
        return Output.line(Interface.message("Note \(note.id) unchanged."))
      }
      text = edited
    }
    guard text != (note.draft.english, note.draft.chinese) else {
      return Output.line(Interface.message("Note \(note.id) unchanged."))
    }
    try collection.edit(noteID: note.id, english: text.english, chinese: text.chinese, now: context.clock.milliseconds)
    Output.line(Interface.message("Note \(note.id) saved."))
  }
}
