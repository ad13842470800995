import Duet

/// What help shows for a command.
struct CommandInfo {
  let name: String
  let abstract: String
  let usage: String
  var arguments: [(String, String)] = []
  let options: [OptionSpec]
  var discussion: String = ""
}

/// A subcommand: parses its own arguments, checks them, and runs.
protocol Command {
  static var info: CommandInfo { get }
  init(_ arguments: ParsedArguments) throws
  /// Checks what parsing cannot; a failure is a usage error (exit 64). Runs before anything is touched.
  func validate() throws
  func run(_ context: Context) throws
}

extension Command {
  func validate() throws {}

  /// Builds the command from `arguments`, validates it, and runs it in the context `makeContext` gives.
  static func parseAndRun(_ arguments: ParsedArguments, makeContext: () throws -> Context) throws {
    let command = try Self(arguments)
    try command.validate()
    try command.run(try makeContext())
  }

}

/// A command as the root dispatches it: its help and a way to run it (no existential metatypes needed).
struct CommandEntry {
  let info: CommandInfo
  let run: (ParsedArguments, () throws -> Context) throws -> Void

  init<C: Command>(_ type: C.Type) {
    info = C.info
    run = C.parseAndRun
  }
}

extension CommandInfo {
  /// Help text in the usual sections: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
  var help: String {
    var text = "OVERVIEW: \(abstract)\n\nUSAGE: duet \(usage)\n"
    if !discussion.isEmpty { text += "\n\(discussion)\n" }
    if !arguments.isEmpty {
      text += "\nARGUMENTS:\n"
      for (name, help) in arguments { text += "  " + name.padding(24) + help + "\n" }
    }
    text += "\nOPTIONS:\n"
    for option in options {
      let names = option.names.joined(separator: ", ") + (option.valueName.map { " <\($0)>" } ?? "")
      text += "  " + names.padding(24) + option.help + "\n"
    }
    return text
  }
}

extension String {
  /// The string followed by spaces up to `width` (at least two spaces).
  func padding(_ width: Int) -> String {
    count + 2 > width ? self + "  " : self + String(repeating: " ", count: width - count)
  }
}

/// The output formats that data commands offer.
enum Format: String {
  case text
  case jsonl
  case tsv
}
