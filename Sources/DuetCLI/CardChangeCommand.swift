import Duet
import Scheduling
import Store

/// A change the learner makes to chosen cards: what the command is called, and what it does.
protocol CardAction {
  static var name: String { get }
  static var abstract: String { get }
  /// Applies the change to the cards `filter` chooses and returns the line that reports it.
  static func apply(to filter: CardFilter, in collection: StudyCollection, today: Day) throws -> String
}

/// `duet suspend|unsuspend|bury|unbury|reset|delete`: one change over the cards that ids and options choose.
struct CardChangeCommand<Change: CardAction>: Command {
  static var info: CommandInfo {
    CommandInfo(
      name: Change.name, abstract: Change.abstract,
      arguments: [ArgumentSpec(name: "<card-id>", help: "Cards by id, as 'duet cards' lists them.", repeats: true)],
      options: CommonOptions.cardSelection + [CommonOptions.db.spec, CommonOptions.help.spec],
      discussion: """
        Choose cards by id, or with --note, --deck, --search, --tag, --kind, --direction or --state; given
        together, a card must match them all.
        """)
  }

  let filter: CardFilter

  init(_ arguments: ParsedArguments) throws {
    filter = try arguments.cardSelection()
  }

  func validate() throws {
    let chooses =
      filter.cardIDs != nil || filter.noteID != nil || filter.deck != nil || filter.search != nil
      || filter.tag != nil || filter.kind != nil || filter.direction != nil || filter.state != nil
    guard chooses else {
      throw DuetError.usage("\(Change.name) needs cards: ids, or --note, --deck, --search, --tag, --kind or --state")
    }
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    var filter = self.filter
    filter.today = context.clock.today
    try FilterCheck.requireMatches(filter, in: collection)
    Output.line(Interface.message(try Change.apply(to: filter, in: collection, today: context.clock.today)))
  }
}

/// The line a change reports: `Suspended 4 cards.`, or `Suspended 2 of 4 cards (2 already suspended).`
private func report(_ change: CardChange, done: String, alreadyWere: String) -> String {
  let cards = "card" + (change.chosen == 1 ? "" : "s")
  guard change.changed < change.chosen else { return "\(done) \(change.changed) \(cards)." }
  return "\(done) \(change.changed) of \(change.chosen) \(cards) (\(change.chosen - change.changed) \(alreadyWere))."
}

enum SuspendChange: CardAction {
  static let name = "suspend"
  static let abstract = "Take cards out of every queue, keeping their schedules."
  static func apply(to filter: CardFilter, in collection: StudyCollection, today: Day) throws -> String {
    report(try collection.suspend(filter), done: "Suspended", alreadyWere: "already suspended")
  }
}

enum UnsuspendChange: CardAction {
  static let name = "unsuspend"
  static let abstract = "Put suspended cards back, due where their schedules say."
  static func apply(to filter: CardFilter, in collection: StudyCollection, today: Day) throws -> String {
    report(try collection.unsuspend(filter), done: "Unsuspended", alreadyWere: "not suspended")
  }
}

enum BuryChange: CardAction {
  static let name = "bury"
  static let abstract = "Keep cards out of today's reviews; they come back tomorrow."
  static func apply(to filter: CardFilter, in collection: StudyCollection, today: Day) throws -> String {
    report(try collection.bury(filter, today: today), done: "Buried", alreadyWere: "already buried")
  }
}

enum UnburyChange: CardAction {
  static let name = "unbury"
  static let abstract = "Bring buried cards back into today's reviews."
  static func apply(to filter: CardFilter, in collection: StudyCollection, today: Day) throws -> String {
    report(try collection.unbury(filter), done: "Unburied", alreadyWere: "not buried")
  }
}

enum ResetChange: CardAction {
  static let name = "reset"
  static let abstract = "Make cards new again; their review history stays."
  static func apply(to filter: CardFilter, in collection: StudyCollection, today: Day) throws -> String {
    report(try collection.reset(filter), done: "Reset", alreadyWere: "already new")
  }
}

enum DeleteChange: CardAction {
  static let name = "delete"
  static let abstract = "Delete the notes of cards, with both their cards and their review history."
  static func apply(to filter: CardFilter, in collection: StudyCollection, today: Day) throws -> String {
    let deleted = try collection.deleteNotes(filter)
    return "Deleted \(deleted.notes) note\(deleted.notes == 1 ? "" : "s") (\(deleted.cards) cards, "
      + "\(deleted.reviews) review\(deleted.reviews == 1 ? "" : "s")); importing their file again adds them anew."
  }
}
