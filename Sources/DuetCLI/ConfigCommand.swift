import Duet
import Store

/// `duet config`: the settings kept in the collection, listed, read, set or unset.
struct ConfigCommand: Command {
  static let info = CommandInfo(
    name: "config", abstract: "List, read or change the settings kept in the collection.",
    arguments: [
      ArgumentSpec(name: "<key>", help: "new-per-day, reviews-per-day or day-starts-at.", optional: true),
      ArgumentSpec(name: "<value>", help: "The value to set.", optional: true),
    ],
    options: [
      CommonOptions.deck.spec, unset.spec, CommonOptions.listFormat.spec, CommonOptions.db.spec,
      CommonOptions.help.spec,
    ],
    discussion: """
      Without a key, lists every setting with its value and where it comes from (default, collection, deck). With
      a key, prints its value; with a key and a value, sets it. --deck NAME reads or sets a deck's own value
      (new-per-day and reviews-per-day; a deck without one takes the collection's). review's --new and --limit
      still override for one session.
      """)

  static let unset = Flag("--unset", help: "Remove the setting (the collection's, or the deck's with --deck).")

  let key: String?
  let value: String?
  let deck: String?
  let unsets: Bool
  let format: Format

  init(_ arguments: ParsedArguments) throws {
    key = arguments.positionals.first
    value = arguments.positionals.dropFirst().first
    deck = try arguments.value(CommonOptions.deck)
    unsets = arguments.isSet(Self.unset)
    format = try arguments.value(CommonOptions.listFormat, default: .text)
  }

  func validate() throws {
    if unsets && (key == nil || value != nil) { throw DuetError.usage("--unset takes a key and no value") }
    guard let key else { return }
    guard let setting = Setting(rawValue: key) else {
      let near = nearest(to: key, among: Setting.allCases.map(\.rawValue), within: 3).map { " (did you mean '\($0)'?)" }
      throw DuetError.usage(
        "no setting named '\(key)'\(near ?? ""); settings: "
          + Setting.allCases.map(\.rawValue).joined(separator: ", "))
    }
    if deck != nil && !setting.isPerDeck {
      throw DuetError.usage("\(key) is one for the whole collection, not per deck")
    }
    if let value { _ = try setting.value(of: value) }
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    if let deck { try FilterCheck.requireMatches(CardFilter(deck: deck), in: collection) }
    guard let key, let setting = Setting(rawValue: key) else { return try list(collection) }
    if unsets {
      try collection.setSetting(key, deck: deck, to: nil)
      return Output.message(
        "\(key) unset\(deck.map { " for deck \($0)" } ?? ""): \(try collection.value(of: setting, deck: deck))")
    }
    guard let value else { return Output.line(String(try collection.value(of: setting, deck: deck))) }
    let number = try setting.value(of: value)
    try collection.setSetting(key, deck: deck, to: String(number))
    Output.message("\(key) is \(number)\(deck.map { " for deck \($0)" } ?? "")")
  }

  /// Every setting with its value and source: the collection's (or the default), then each deck's own.
  private func list(_ collection: StudyCollection) throws {
    let stored = try collection.settings()
    var rows: [(key: String, deck: String?, value: Int, source: String)] = []
    for setting in Setting.allCases where deck == nil {
      let own = stored.first { $0.key == setting.rawValue && $0.deck == nil }
      rows.append((setting.rawValue, nil, try collection.value(of: setting), own == nil ? "default" : "collection"))
    }
    for entry in stored where entry.deck != nil && (deck == nil || entry.deck == deck) {
      guard let setting = Setting(rawValue: entry.key) else { continue }
      rows.append((entry.key, entry.deck, try collection.value(of: setting, deck: entry.deck), "deck"))
    }
    if let deck {
      for setting in Setting.allCases where setting.isPerDeck && !rows.contains(where: { $0.key == setting.rawValue }) {
        rows.append((setting.rawValue, deck, try collection.value(of: setting, deck: deck), "collection"))
      }
    }
    for row in rows {
      if format == .jsonl {
        Output.json([
          "key": .string(row.key), "deck": .optional(row.deck), "value": .int(row.value), "source": .string(row.source),
        ])
      } else {
        let place = row.deck.map { "deck \($0)" } ?? row.source
        Output.line(TextLayout.pad(row.key, to: 18) + TextLayout.pad(String(row.value), to: 8) + place)
      }
    }
  }
}
