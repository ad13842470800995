import Duet
import Foundation
import Store

/// The root command: picks the subcommand, runs it, and turns every error into one line and an exit status.
enum DuetMain {
  static let version = "0.1.0"

  static var commands: [CommandEntry] {
    [
      CommandEntry(ReviewCommand.self), CommandEntry(ImportCommand.self), CommandEntry(AlignCommand.self),
      CommandEntry(TermsCommand.self), CommandEntry(ExportCommand.self), CommandEntry(DecksCommand.self),
      CommandEntry(CardsCommand.self), CommandEntry(StatsCommand.self), CommandEntry(PinyinCommand.self),
      CommandEntry(SayCommand.self), CommandEntry(ConfigCommand.self), CommandEntry(EditCommand.self),
      CommandEntry(CardChangeCommand<SuspendChange>.self), CommandEntry(CardChangeCommand<UnsuspendChange>.self),
      CommandEntry(CardChangeCommand<BuryChange>.self), CommandEntry(CardChangeCommand<UnburyChange>.self),
      CommandEntry(CardChangeCommand<ResetChange>.self), CommandEntry(CardChangeCommand<DeleteChange>.self),
    ]
  }

  static var help: String {
    func section(_ title: String, _ rows: [(String, String)], width: Int = 20) -> String {
      "\n" + Interface.text(title) + "\n"
        + rows.map { HelpLayout.row($0.0, Interface.text($0.1), nameWidth: width) }.joined()
    }
    return HelpLayout.reflow(
      Interface.heading("OVERVIEW:")
        + Interface.text("Learn English–Chinese vocabulary from real conversations, with spaced repetition."))
      + "\n\n"
      + Interface.heading("USAGE:") + Interface.text("duet <command> [options]") + "\n"
      + section("COMMANDS:", commands.map { ($0.info.name, $0.info.abstract) }, width: 12)
      + section(
        "OPTIONS:",
        [
          ("--db <path>", "The collection file (also $DUET_DB)."), ("--version", "Show the version."),
          ("-h, --help", "Show help; 'duet <command> --help' for one command."),
        ])
      + section(
        "ENVIRONMENT:",
        [
          ("DUET_DB", "The collection file, when --db is not given."),
          ("DUET_NOW", "A fixed 'now' (ISO 8601 local time, e.g. 2026-01-05T09:00:00) for tests and demos."),
          (
            "DUET_LANG",
            "en or zh: the language of help, messages and the reviewer (default: from LC_ALL, LC_MESSAGES, LANG)."
          ),
          ("NO_COLOR", "Set to turn colour off."),
        ]) + "\n"
  }

  /// Runs `arguments` (without the program name) and returns the exit status.
  static func main(_ arguments: [String], environment: [String: String]) -> Int32 {
    Interface.language = Interface.language(in: environment)
    var arguments = arguments
    var databaseOption: String?
    do {
      if let index = arguments.firstIndex(where: { $0 == "--db" || $0.hasPrefix("--db=") }),
        index == 0 || arguments[..<index].allSatisfy({ $0.hasPrefix("-") })
      {
        databaseOption = try nonEmptyDatabasePath(try takeDatabaseOption(&arguments, at: index))
      }
      guard let name = arguments.first else {
        Output.write(help)
        return 0
      }
      switch name {
      case "--help", "-h", "help":
        if arguments.count > 1, let command = commands.first(where: { $0.info.name == arguments[1] }) {
          Output.write(command.info.help)
        } else {
          Output.write(help)
        }
        return 0
      case "--version":
        Output.line("duet \(version)")
        return 0
      default: break
      }
      guard let type = commands.first(where: { $0.info.name == name }) else {
        let names = commands.map(\.info.name)
        let near = nearest(to: name, among: names, within: 2).map { " (did you mean '\($0)'?)" }
        throw DuetError.usage("unknown command '\(name)'\(near ?? ""); see 'duet --help'")
      }
      let rest = Array(arguments.dropFirst())
      let parsed = try ParsedArguments(rest, options: type.info.options)
      if parsed.isSet(CommonOptions.help) {
        Output.write(type.info.help)
        return 0
      }
      if let path = try parsed.value(CommonOptions.db) { databaseOption = try nonEmptyDatabasePath(path) }
      try type.run(parsed) {
        Context(
          environment: environment, clock: try StudyClock.fromEnvironment(environment),
          databaseOption: databaseOption)
      }
      Output.flush()
      return 0
    } catch let error as DuetError {
      return fail(error)
    } catch let error as SQLiteError {
      let context = Context(environment: environment, clock: StudyClock(now: 0), databaseOption: databaseOption)
      return fail(DuetError(error, collection: context.collectionPath))
    } catch {
      Output.message("duet: \(error)")
      return 1
    }
  }

  private static func takeDatabaseOption(_ arguments: inout [String], at index: Int) throws -> String {
    if arguments[index].hasPrefix("--db=") {
      let value = String(arguments[index].dropFirst(5))
      arguments.remove(at: index)
      return value
    }
    guard index + 1 < arguments.count else {
      throw DuetError.usage("option '--db' needs a value \(CommonOptions.db.spec.valueName ?? "")")
    }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
  }

  /// `--db ""` (a script's unset variable) is refused rather than read as "no --db": that would quietly write to the
  /// user's own collection.
  private static func nonEmptyDatabasePath(_ path: String) throws -> String {
    guard !path.isEmpty else { throw DuetError.usage("--db needs a path; got an empty one") }
    return path
  }

  private static func fail(_ error: DuetError) -> Int32 {
    Output.message("duet: \(error.message)")
    return error.exitCode
  }
}
