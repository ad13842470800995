import Bitext
import Duet

/// `duet align`: shows how a transcript's sentences pair up, storing nothing.
struct AlignCommand: Command {
  static let info = CommandInfo(
    name: "align", abstract: "Show the sentence alignment of a transcript without storing anything.",
    usage: "align <path> [--format text|jsonl]",
    arguments: [("<path>", "A bilingual transcript.")],
    options: [
      OptionSpec("--format", value: "format", help: "text (default; doubtful units marked '?') or jsonl."),
      CommonOptions.help,
    ],
    discussion: """
      jsonl gives one unit a line: {"turn", "time", "speaker", "en", "zh", "score"}; every sentence appears in
      exactly one unit, and a sentence without counterpart has an empty other side.
      """)

  let path: String?
  let format: Format

  init(_ arguments: ParsedArguments) throws {
    guard arguments.positionals.count <= 1 else {
      throw DuetError.usage("align takes one file, got \(arguments.positionals.count)")
    }
    path = arguments.positionals.first
    format = Format(rawValue: try arguments.choice("--format", ["text", "jsonl"]))!
  }

  func validate() throws {
    guard path != nil else { throw DuetError.usage("align needs a file") }
  }

  func run(_ context: Context) throws {
    guard let path else { return }
    let aligned = try AlignedTranscript(path: path)
    for warning in aligned.transcript.warnings {
      Output.message("duet: warning: \(path):\(warning.line): \(warning.message)")
    }
    for turn in aligned.turns {
      if format == .text { Output.line("#\(turn.turn.number) \(turn.turn.time) \(turn.turn.speaker)") }
      for unit in turn.units {
        switch format {
        case .jsonl, .tsv:
          Output.line(
            JSON.line([
              "turn": .int(turn.turn.number), "time": .string(turn.turn.time), "speaker": .string(turn.turn.speaker),
              "en": .string(unit.en), "zh": .string(unit.zh), "score": .number(unit.score),
            ]))
        case .text:
          let mark = unit.score < AlignedTranscript.doubtfulScore ? "?" : " "
          let score = String(Int((unit.score * 100).rounded()))
          Output.line("  \(mark)\(String(repeating: " ", count: 3 - score.count))\(score)  \(unit.en)")
          Output.line("        \(unit.zh)")
        }
      }
    }
  }
}
