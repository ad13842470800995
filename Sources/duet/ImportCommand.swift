import Duet
import Foundation

/// `duet import`: stores transcripts' sentence pairs as notes.
struct ImportCommand: Command {
  static let info = CommandInfo(
    name: "import", abstract: "Import bilingual transcripts as sentence cards.",
    usage: "import <path>... [--deck <name>] [--db <path>]",
    arguments: [("<path>", "A bilingual transcript (Markdown or text: English turns, each followed by its Chinese).")],
    options: [
      OptionSpec("--deck", value: "name", help: "Put the notes in this deck (default: named after each file)."),
      CommonOptions.db, CommonOptions.help,
    ],
    discussion: """
      Each aligned sentence pair becomes a note with two cards (English→Chinese, Chinese→English). Importing a file
      again updates changed notes in place and keeps their review history. All files land in one transaction.
      """)

  let paths: [String]
  let deck: String?

  init(_ arguments: ParsedArguments) throws {
    paths = arguments.positionals
    deck = arguments.string("--deck")
  }

  func validate() throws {
    guard !paths.isEmpty else { throw DuetError.usage("import needs at least one file") }
    if let deck, deck.trimmingCharacters(in: .whitespaces).isEmpty { throw DuetError.usage("--deck needs a name") }
  }

  func run(_ context: Context) throws {
    let transcripts = try paths.map { try AlignedTranscript(path: $0) }
    for file in transcripts {
      for warning in file.transcript.warnings {
        Output.message("duet: warning: \(file.path):\(warning.line): \(warning.message)")
      }
    }
    let report = try context.openCollection().importTranscripts(transcripts, deck: deck, clock: context.clock)
    Output.message(
      "imported \(report.files) file\(report.files == 1 ? "" : "s"): \(report.turns) turns, \(report.pairs) pairs "
        + "(\(report.doubtful) doubtful); notes: \(report.added) new, \(report.updated) updated, "
        + "\(report.unchanged) unchanged, \(report.alreadyPresent) already present")
  }
}
