import Duet
import Store

/// A command's arguments after parsing: positionals, option values and flags.
struct ParsedArguments {
  var positionals: [String] = []
  var values: [String: String] = [:]
  var flags: Set<String> = []

  /// Parses `arguments` against `options`; `--name value`, `--name=value`, `-n value` and `--` are understood.
  init(_ arguments: [String], options: [OptionSpec]) throws {
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard !optionsEnded, argument.hasPrefix("-"), argument != "-" else {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      // `--name=value`, the value possibly empty (`--db=` is an empty path, not an unknown option).
      let equals = argument.hasPrefix("--") ? argument.firstIndex(of: "=") : nil
      let (name, inlineValue) =
        equals.map { (String(argument[..<$0]), String(argument[argument.index(after: $0)...])) } ?? (argument, nil)
      guard let spec = options.first(where: { $0.names.contains(name) }) else {
        throw DuetError.usage("unknown option '\(name)'" + Self.suggestion(for: name, among: options))
      }
      if let valueName = spec.valueName {
        if let inlineValue {
          values[spec.key] = inlineValue
        } else if index < arguments.count {
          values[spec.key] = arguments[index]
          index += 1
        } else {
          throw DuetError.usage("option '\(name)' needs a value \(valueName)")
        }
      } else {
        guard inlineValue == nil else { throw DuetError.usage("option '\(name)' takes no value") }
        flags.insert(spec.key)
      }
    }
  }

  /// Whether `flag` was given.
  func isSet(_ flag: Flag) -> Bool { flags.contains(flag.spec.key) }

  /// The value of `option`, converted; nil when the option is absent.
  func value<Value>(_ option: Option<Value>) throws -> Value? {
    try values[option.spec.key].map(option.convert)
  }

  /// The value of `option`, or `defaultValue` when it is absent.
  func value<Value>(_ option: Option<Value>, default defaultValue: Value) throws -> Value {
    try value(option) ?? defaultValue
  }

  /// The one file a command takes, or nil when none was given; more than one is a usage error.
  func singlePath(for command: String) throws -> String? {
    guard positionals.count <= 1 else { throw DuetError.usage("\(command) takes one file, got \(positionals.count)") }
    return positionals.first
  }

  /// The cards that `--deck`, `--kind` and `--direction` select.
  func cardFilter() throws -> CardFilter {
    CardFilter(
      deck: try value(CommonOptions.deck), kind: try value(CommonOptions.kind),
      direction: try value(CommonOptions.direction))
  }

  /// The cards that the filter options, `--search`, `--tag`, `--state` and `--note` select, with the card ids
  /// given as arguments (whole numbers; anything else is a usage error).
  func cardSelection() throws -> CardFilter {
    var filter = try cardFilter()
    filter.search = try value(CommonOptions.search)
    filter.tag = try value(CommonOptions.tag)
    filter.state = try value(CommonOptions.state)
    filter.noteID = try value(CommonOptions.note).map(Int64.init)
    filter.cardIDs =
      positionals.isEmpty
      ? nil
      : try positionals.map { text in
        guard let id = Int64(text), id > 0 else {
          throw DuetError.usage("card ids are whole numbers (as 'duet cards' lists them), got '\(text)'")
        }
        return id
      }
    return filter
  }

  private static func suggestion(for name: String, among options: [OptionSpec]) -> String {
    nearest(to: name, among: options.flatMap(\.names).filter { $0.hasPrefix("--") }, within: 2).map {
      " (did you mean '\($0)'?)"
    } ?? ""
  }
}

/// The candidate fewest edits from `name` (case aside), when it is at most `limit` edits away: the "did you
/// mean" of an unknown command, option or deck.
func nearest(to name: String, among candidates: [String], within limit: Int) -> String? {
  let lower = name.lowercased()
  let scored = candidates.map { ($0, editDistance($0.lowercased(), lower)) }
  return scored.min { $0.1 < $1.1 }.flatMap { $0.1 <= limit ? $0.0 : nil }
}

/// Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  var previous = Array(0...b.count)
  for i in 1...max(a.count, 1) where !a.isEmpty {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in stride(from: 1, through: b.count, by: 1) {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return a.isEmpty ? b.count : previous[b.count]
}
