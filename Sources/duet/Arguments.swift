import Duet
import Store

/// An option a command accepts; without a `valueName` it is a flag.
struct OptionSpec {
  let names: [String]
  let valueName: String?
  let help: String

  init(_ names: String..., value valueName: String? = nil, help: String) {
    self.names = names
    self.valueName = valueName
    self.help = help
  }

  /// The key under which the parsed value is stored: the first (long) name.
  var key: String { names[0] }
}

/// The options every command that opens the collection takes.
enum CommonOptions {
  static let db = OptionSpec(
    "--db", value: "path", help: "The collection file (default: $DUET_DB, then ~/.local/share/duet/collection.sqlite3)."
  )
  static let help = OptionSpec("--help", "-h", help: "Show help for this command.")
}

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
      let (name, inlineValue) =
        argument.split(separator: "=", maxSplits: 1).count == 2 && argument.hasPrefix("--")
        ? (String(argument.prefix { $0 != "=" }), String(argument.drop { $0 != "=" }.dropFirst()))
        : (argument, nil)
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
          throw DuetError.usage("option '\(name)' needs a value <\(valueName)>")
        }
      } else {
        guard inlineValue == nil else { throw DuetError.usage("option '\(name)' takes no value") }
        flags.insert(spec.key)
      }
    }
  }

  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The one file a command takes, or nil when none was given; more than one is a usage error.
  func singlePath(for command: String) throws -> String? {
    guard positionals.count <= 1 else { throw DuetError.usage("\(command) takes one file, got \(positionals.count)") }
    return positionals.first
  }

  /// The value of `name`, which must be a raw value of `T`, or nil when the option is absent.
  func optional<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T?
  where T.RawValue == String {
    guard values[name] != nil else { return nil }
    return T(rawValue: try choice(name, T.allCases.map(\.rawValue)))
  }

  /// The cards that `--deck`, `--kind` and `--direction` select (whichever of them the command takes).
  func cardFilter() throws -> CardFilter {
    CardFilter(
      deck: string("--deck"), kind: try optional("--kind", as: NoteKind.self),
      direction: try optional("--direction", as: Direction.self))
  }

  /// The value of `--format`, which must be one of `formats` (the first is the default).
  func format(_ formats: [Format]) throws -> Format {
    Format(rawValue: try choice("--format", formats.map(\.rawValue)))!
  }

  func string(_ name: String) -> String? { values[name] }

  /// The integer value of `name`, or `defaultValue`; refuses anything outside `range`.
  func int(_ name: String, default defaultValue: Int, range: ClosedRange<Int>) throws -> Int {
    guard let text = values[name] else { return defaultValue }
    guard let value = Int(text), range.contains(value) else {
      throw DuetError.usage(
        "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
    }
    return value
  }

  /// The value of `name`, which must be one of `choices` (the first is the default).
  func choice(_ name: String, _ choices: [String]) throws -> String {
    guard let text = values[name] else { return choices[0] }
    guard choices.contains(text) else {
      throw DuetError.usage("\(name) must be one of \(choices.joined(separator: ", ")), got '\(text)'")
    }
    return text
  }

  private static func suggestion(for name: String, among options: [OptionSpec]) -> String {
    let candidates = options.flatMap(\.names).filter { $0.hasPrefix("--") }
    guard let best = candidates.min(by: { editDistance($0, name) < editDistance($1, name) }),
      editDistance(best, name) <= 2
    else { return "" }
    return " (did you mean '\(best)'?)"
  }
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
