import Duet
import Foundation
import Scheduling
import Store

/// `duet review`: today's review session, in the terminal or as JSON lines for scripts.
struct ReviewCommand: Command {
  static let info = CommandInfo(
    name: "review", abstract: "Review the cards due today.",
    usage: "review [--deck <name>] [--kind sentence|term] [--direction en-zh|zh-en] [--new <n>] [--limit <n>] "
      + "[--format text|jsonl]",
    options: [
      OptionSpec("--deck", value: "name", help: "Only this deck and its subdecks."),
      OptionSpec("--kind", value: "kind", help: "Only sentence or term cards."),
      OptionSpec("--direction", value: "dir", help: "Only en-zh or zh-en cards."),
      OptionSpec("--new", value: "n", help: "New cards a day, counted across sessions (default 20)."),
      OptionSpec("--limit", value: "n", help: "Due reviews in this session (default 200)."),
      OptionSpec("--format", value: "format", help: "text (default: the terminal reviewer) or jsonl (for scripts)."),
      CommonOptions.db, CommonOptions.help,
    ],
    discussion: """
      Keys: space or enter shows the answer; 0-5 grades it (0 blackout … 5 perfect); u undoes the last grade;
      s suspends the card; q or Ctrl-C ends the session. Every grade is saved before the next card shows.
      Cards answered under 4 come back later in the session until you know them.

      With --format jsonl, each card is one JSON line on stdout, answered by one line on stdin: a grade 0-5, u,
      s or q. A last line {"done": true, ...} sums the session up.

      With an empty collection, the decks bundled in Decks/ are imported first.
      """)

  let filter: CardFilter
  let limits: QueueLimits
  let format: Format

  init(_ arguments: ParsedArguments) throws {
    filter = try arguments.cardFilter()
    limits = QueueLimits(
      newPerDay: try arguments.int("--new", default: QueueLimits.standard.newPerDay, range: 0...100_000),
      reviews: try arguments.int("--limit", default: QueueLimits.standard.reviews, range: 1...1_000_000))
    format = try arguments.format([.text, .jsonl])
  }

  func validate() throws {
    if format == .text && !Terminal.isInteractive {
      throw DuetError.usage("review needs a terminal; scripts use 'duet review --format jsonl'")
    }
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    if try collection.isEmpty { try importBundledDecks(into: collection, context: context) }
    let session = try ReviewSession(collection: collection, clock: context.clock, filter: filter, limits: limits)
    switch format {
    case .jsonl, .tsv: try ScriptedReview(session: session).run()
    case .text:
      try TerminalReview(session: session, style: Style(enabled: Output.colourAllowed(context.environment))).run()
    }
  }

  /// A new user's first minute: an empty collection gets the bundled decks.
  private func importBundledDecks(into collection: Collection, context: Context) throws {
    guard
      let folder = BundledDecks.folder(
        environment: context.environment, executable: Bundle.main.executablePath ?? CommandLine.arguments[0])
    else { return }
    let files = BundledDecks.files(in: folder)
    guard !files.isEmpty else { return }
    Output.message("duet: the collection is empty; importing the bundled decks from \(folder)")
    let report = try collection.importFiles(
      try files.map { try ImportFile(path: $0) }, deck: nil, clock: context.clock, glossary: try context.glossary())
    Output.message("duet: imported \(report.added) notes (\(2 * report.added) cards) from \(report.files) files")
  }
}
