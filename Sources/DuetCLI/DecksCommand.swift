import Duet
import Scheduling
import Store

/// `duet decks`: the decks, their card counts, and what each holds for today.
struct DecksCommand: Command {
  static let info = CommandInfo(
    name: "decks", abstract: "List the decks with their notes and cards.",
    options: [CommonOptions.listFormat.spec, CommonOptions.db.spec, CommonOptions.help.spec],
    discussion: """
      'new today' and 'due today' are what 'duet review --deck NAME' would show now, under the deck's
      new-per-day setting; 'new' counts every new card the deck holds.
      """)

  let format: Format

  init(_ arguments: ParsedArguments) throws {
    format = try arguments.value(CommonOptions.listFormat, default: .text)
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    let today = context.clock.today
    var rows: [[String]] = []
    for deck in try collection.decks(today: today) {
      let limits = QueueLimits(
        newPerDay: try collection.value(of: .newPerDay, deck: deck.name), reviews: Int(Int32.max))
      let queue = try ReviewSession.queue(
        of: collection, today: today, filter: CardFilter(deck: deck.name), limits: limits)
      let newToday = queue.filter { $0.dueDay == nil }.count
      if format == .jsonl {
        Output.json([
          "deck": .string(deck.name), "notes": .int(deck.notes), "cards": .int(deck.cards), "new": .int(deck.new),
          "due": .int(deck.due), "suspended": .int(deck.suspended), "new_today": .int(newToday),
          "due_today": .int(queue.count - newToday),
        ])
      } else {
        rows.append(
          [deck.name]
            + [deck.notes, deck.cards, deck.new, deck.suspended, newToday, queue.count - newToday].map {
              String($0)
            })
      }
    }
    guard format == .text, !rows.isEmpty else { return }
    let table = [["deck", "notes", "cards", "new", "suspended", "new today", "due today"].map(Interface.text)] + rows
    for line in TextLayout.table(table, rightAligned: 1...) { Output.line(line) }
  }
}
