import Bitext
import Duet

/// `duet terms`: the term pairs a transcript's translation annotates.
struct TermsCommand: Command {
  static let info = CommandInfo(
    name: "terms", abstract: "List the term pairs a transcript's translation annotates.",
    arguments: [ArgumentSpec(name: "<path>", help: "A bilingual transcript.")],
    options: [format.spec, CommonOptions.help.spec],
    discussion: """
      Finds 中文（English）, 中文 (English) and English（中文） annotations, each distinct pair once, with the sentence
      pair it was found in. The bundled glossary (Decks/*.tsv) helps tell where a Chinese term begins.
      """)

  static let format = CommonOptions.format(
    [.text, .tsv, .jsonl], help: "text (default), tsv (en, zh, context) or jsonl.")

  let path: String?
  let format: Format

  init(_ arguments: ParsedArguments) throws {
    path = try arguments.singlePath(for: "terms")
    format = try arguments.value(Self.format, default: .text)
  }

  func validate() throws {
    guard path != nil else { throw DuetError.usage("terms needs a file") }
  }

  func run(_ context: Context) throws {
    guard let path else { return }
    let transcript = try AlignedTranscript(path: path, vocabulary: try context.vocabulary())
    for (found, turn) in transcript.terms() {
      let sentence = found.context.en + " | " + found.context.zh
      switch format {
      case .tsv:
        Output.line([found.pair.english, found.pair.chinese, sentence].map(tsvCell).joined(separator: "\t"))
      case .jsonl:
        Output.json([
          "en": .string(found.pair.english), "zh": .string(found.pair.chinese), "turn": .int(turn.number),
          "context_en": .string(found.context.en), "context_zh": .string(found.context.zh),
        ])
      case .text:
        Output.line(TextLayout.pad(found.pair.english, to: 28) + " " + found.pair.chinese)
      }
    }
  }

  /// A tab-separated cell: tabs and line breaks inside it become spaces.
  private func tsvCell(_ text: String) -> String {
    String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}
