import Duet

/// A positional argument, as help and the usage line show it.
struct ArgumentSpec {
  /// `<path>`.
  let name: String
  let help: String
  /// Whether the command takes several (`<path>...`).
  var repeats = false
  /// Whether the command runs without it (`[<path>]`).
  var optional = false

  var usage: String {
    let text = name + (repeats ? "..." : "")
    return optional ? "[\(text)]" : text
  }
}

/// What help shows for a command; the usage line is made from the declarations, so it lists what parsing accepts.
struct CommandInfo {
  let name: String
  let abstract: String
  var arguments: [ArgumentSpec] = []
  let options: [OptionSpec]
  var discussion: String = ""

  /// `import <path>... [--deck <name>] [--db <path>]`: the arguments, then every option but help.
  var usage: String { usageWords.joined(separator: " ") }

  /// The usage line's parts, each kept whole when the line is wrapped.
  var usageWords: [String] {
    ["duet", name] + arguments.map(\.usage)
      + options.filter { $0.key != CommonOptions.help.spec.key }.map(\.usage)
  }
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
    let allowed = info.arguments.contains(where: \.repeats) ? Int.max : info.arguments.count
    if arguments.positionals.count > allowed {
      let extra = arguments.positionals.dropFirst(allowed).map { "'\($0)'" }.joined(separator: " ")
      let takes = allowed == 0 ? "no arguments; got \(extra)" : "one \(info.arguments[0].name); got \(extra) too"
      throw DuetError.usage("\(info.name) takes \(takes); see 'duet \(info.name) --help'")
    }
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
  /// In the interface's language (`Interface`); the usage line and option names stay as typed.
  var help: String {
    var text =
      HelpLayout.reflow(Interface.heading("OVERVIEW:") + Interface.text(abstract)) + "\n\n"
      + HelpLayout.usage(usageWords, heading: Interface.heading("USAGE:"))
    if !discussion.isEmpty { text += "\n" + HelpLayout.reflow(Interface.text(discussion)) + "\n" }
    if !arguments.isEmpty {
      text += "\n" + Interface.text("ARGUMENTS:") + "\n"
      for argument in arguments {
        text += HelpLayout.row(argument.name, Interface.text(argument.help), nameWidth: 26)
      }
    }
    text += "\n" + Interface.text("OPTIONS:") + "\n"
    for option in options {
      let names = option.names.joined(separator: ", ") + (option.valueName.map { " " + $0 } ?? "")
      text += HelpLayout.row(names, Interface.text(option.help), nameWidth: 26)
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
