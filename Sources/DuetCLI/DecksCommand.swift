import Duet

/// `duet decks`: the decks and their card counts.
struct DecksCommand: Command {
  static let info = CommandInfo(
    name: "decks", abstract: "List the decks with their notes and cards.",
    options: [CommonOptions.listFormat.spec, CommonOptions.db.spec, CommonOptions.help.spec])

  let format: Format

  init(_ arguments: ParsedArguments) throws {
    format = try arguments.value(CommonOptions.listFormat, default: .text)
  }

  func run(_ context: Context) throws {
    let decks = try context.openCollection().decks(today: context.clock.today)
    if format == .text && !decks.isEmpty { Output.line("deck\tnotes\tcards\tnew\tdue\tsuspended") }
    for deck in decks {
      if format == .jsonl {
        Output.json([
          "deck": .string(deck.name), "notes": .int(deck.notes), "cards": .int(deck.cards), "new": .int(deck.new),
          "due": .int(deck.due), "suspended": .int(deck.suspended),
        ])
      } else {
        Output.line("\(deck.name)\t\(deck.notes)\t\(deck.cards)\t\(deck.new)\t\(deck.due)\t\(deck.suspended)")
      }
    }
  }
}
