import Duet
import Store

/// `duet export`: notes as an Anki text file.
struct ExportCommand: Command {
  static let info = CommandInfo(
    name: "export", abstract: "Export notes as a text file that Anki imports.",
    options: [
      CommonOptions.deck.spec, CommonOptions.kind.spec, output.spec, CommonOptions.db.spec, CommonOptions.help.spec,
    ],
    discussion: """
      One row per note: guid, English (Front), Chinese (Back), deck, tags, for Anki's note type "Basic (and
      reversed card)". In Anki: File → Import, pick the file, Import. Importing a newer export of the same deck
      updates the notes instead of adding copies. Scheduling state stays in duet.
      """)

  static let output = Option<String>.text(
    "--output", "-o", value: "path", help: "Write to this file instead of stdout ('-' is stdout).")

  let deck: String?
  let kind: NoteKind?
  let output: String?

  init(_ arguments: ParsedArguments) throws {
    deck = try arguments.value(CommonOptions.deck)
    kind = try arguments.value(CommonOptions.kind)
    output = try arguments.value(Self.output)
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    try FilterCheck.requireMatches(CardFilter(deck: deck, kind: kind), in: collection)
    let notes = try collection.notes(deck: deck, kind: kind)
    let text = AnkiExport.text(of: notes)
    guard let output, output != "-" else {
      // On a terminal the file is shown rather than stored: its controls are made visible too.
      return Output.write(Output.isTerminal ? VisibleText.of(text) : text)
    }
    try OutputFile.write(text, to: output, protecting: context.collectionPath)
    Output.message("exported \(notes.count) notes to \(output)")
  }
}
