import Duet
import Foundation

/// `duet import`: stores transcripts' sentence pairs as notes.
struct ImportCommand: Command {
  static let info = CommandInfo(
    name: "import", abstract: "Import bilingual transcripts, or Anki text files, as cards.",
    arguments: [
      ArgumentSpec(
        name: "<path>",
        help: "A bilingual transcript (English turns, each followed by its Chinese), or an Anki text file (.tsv).",
        repeats: true)
    ],
    options: [deck.spec, CommonOptions.db.spec, CommonOptions.help.spec],
    discussion: """
      Each aligned sentence pair becomes a note with two cards (English→Chinese, Chinese→English). Importing a file
      again updates changed notes in place and keeps their review history. All files land in one transaction.
      Anki text files (duet export, or Anki's "Notes in Plain Text") bring their notes, decks and tags; the field
      written in Han characters is the Chinese one. They carry no scheduling state.
      """)

  static let deck = Option<String>.text(
    "--deck", value: "name", help: "Put the notes in this deck (default: named after each file).")

  let paths: [String]
  let deck: String?

  init(_ arguments: ParsedArguments) throws {
    paths = arguments.positionals
    deck = try arguments.value(Self.deck)
  }

  func validate() throws {
    guard !paths.isEmpty else { throw DuetError.usage("import needs at least one file") }
    if let deck, deck.trimmingCharacters(in: .whitespaces).isEmpty { throw DuetError.usage("--deck needs a name") }
  }

  func run(_ context: Context) throws {
    let existing = try context.existingCollection()
    let vocabulary = try context.vocabulary(adding: existing)
    let files = try paths.map { try ImportFile(path: $0, vocabulary: vocabulary) }
    for file in files {
      for warning in file.warnings {
        Output.message("duet: warning: \(file.path):\(warning.line): \(warning.message)")
      }
    }
    let collection = try existing ?? context.openCollection()
    let report = try collection.importFiles(files, deck: deck, clock: context.clock)
    Output.message(report.summary)
    if let note = report.promotionNote { Output.message("duet: " + note) }
  }
}
