import Duet
import Store

/// How an option appears on the command line and in help: its names, what it takes, and what it is for.
struct OptionSpec {
  let names: [String]
  /// What the option takes as help shows it (`<path>`, `sentence|term`); nil for a flag.
  let valueName: String?
  let help: String

  /// The key under which the parsed value is stored: the first (long) name.
  var key: String { names[0] }

  /// The option as the usage line shows it: `[--kind sentence|term]`, `[-o <path>]`, `[--numbers]`.
  var usage: String { "[" + key + (valueName.map { " " + $0 } ?? "") + "]" }
}

/// An option that takes a value of type `Value`, converted (and refused with a usage error) where it is read.
///
/// Declaring an option declares its help, its usage text and its type at once, so the three cannot drift apart.
struct Option<Value> {
  let spec: OptionSpec
  let convert: (String) throws -> Value

}

extension Option where Value == String {
  /// An option whose value is taken as written: `--deck <name>`.
  static func text(_ names: String..., value: String, help: String) -> Option {
    Option(spec: OptionSpec(names: names, valueName: "<\(value)>", help: help)) { $0 }
  }
}

extension Option where Value == Int {
  /// A whole number in `range`: `--new <n>`.
  static func number(_ names: String..., value: String, range: ClosedRange<Int>, help: String) -> Option {
    Option(spec: OptionSpec(names: names, valueName: "<\(value)>", help: help)) { text in
      guard let number = Int(text), range.contains(number) else {
        throw DuetError.usage(
          "\(names[0]) must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
      }
      return number
    }
  }
}

extension Option where Value: RawRepresentable, Value.RawValue == String {
  /// One of `choices`, by its raw value: `--kind sentence|term`.
  static func choice(_ name: String, among choices: [Value], help: String) -> Option {
    let names = choices.map(\.rawValue)
    return Option(spec: OptionSpec(names: [name], valueName: names.joined(separator: "|"), help: help)) { text in
      guard let choice = Value(rawValue: text), names.contains(text) else {
        throw DuetError.usage("\(name) must be one of \(names.joined(separator: ", ")), got '\(text)'")
      }
      return choice
    }
  }
}

/// An option that takes no value.
struct Flag {
  let spec: OptionSpec

  init(_ names: String..., help: String) { spec = OptionSpec(names: names, valueName: nil, help: help) }
}

/// The options that several commands share, declared once.
enum CommonOptions {
  static let db = Option<String>.text(
    "--db", value: "path", help: "The collection file (default: $DUET_DB, then ~/.local/share/duet/collection.sqlite3)."
  )
  static let help = Flag("--help", "-h", help: "Show help for this command.")
  static let deck = Option<String>.text("--deck", value: "name", help: "Only this deck and its subdecks.")
  static let kind = Option.choice("--kind", among: NoteKind.allCases, help: "Only sentence or term cards.")
  static let direction = Option.choice("--direction", among: Direction.allCases, help: "Only en-zh or zh-en cards.")

  /// `--format`, offering `formats`; the first is the default.
  static func format(_ formats: [Format], help: String) -> Option<Format> {
    Option.choice("--format", among: formats, help: help)
  }

  /// `--format` of the listings: text or JSON lines.
  static let listFormat = format([.text, .jsonl], help: "text (default) or jsonl.")

  /// The options that choose cards: `--deck`, `--kind`, `--direction`.
  static let cardFilter = [deck.spec, kind.spec, direction.spec]

  static let search = Option<String>.text(
    "--search", value: "text", help: "Only notes whose English (case aside) or Chinese holds this text.")
  static let tag = Option<String>.text("--tag", value: "tag", help: "Only notes with this tag.")
  static let state = Option.choice(
    "--state", among: ListedState.allCases, help: "Only cards that stand so today (buried: kept out of today).")
  static let note = Option<Int>.number(
    "--note", value: "id", range: 1...Int(Int64.max), help: "Only the cards of this note (ids as 'duet cards' lists).")

  /// The options that choose cards by more than their deck: the filter's, then text, tag, state and note.
  static let cardSelection = cardFilter + [search.spec, tag.spec, state.spec, note.spec]
}
