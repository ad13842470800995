import Duet

/// `duet say`: speaks text, or writes it as a WAV file, with espeak-ng.
struct SayCommand: Command {
  static let info = CommandInfo(
    name: "say", abstract: "Speak text aloud, or write it as a WAV file (needs espeak-ng).",
    arguments: [ArgumentSpec(name: "<text>", help: "What to say.", repeats: true)],
    options: [language.spec, output.spec, CommonOptions.help.spec],
    discussion: """
      Chinese is read from its word-level pinyin, so 银行 is yínháng and 行走 xíngzǒu. The language follows the
      text (Chinese if it holds a Han character) unless --lang says otherwise. espeak-ng is optional: without it,
      duet says how to install it.
      """)

  static let language = Option.choice(
    "--lang", among: Speech.Language.allCases, help: "zh or en (default: zh when the text holds Chinese).")
  static let output = Option<String>.text("--output", "-o", value: "file.wav", help: "Write a WAV file instead.")

  let text: String
  let language: Speech.Language?
  let output: String?

  init(_ arguments: ParsedArguments) throws {
    text = arguments.positionals.joined(separator: " ")
    language = try arguments.value(Self.language)
    output = try arguments.value(Self.output)
  }

  func validate() throws {
    guard !text.isEmpty else { throw DuetError.usage("say needs text") }
  }

  func run(_ context: Context) throws {
    guard let speech = Speech(environment: context.environment, pinyin: context.pinyinReader()) else {
      throw Speech.missing
    }
    try speech.say(text, language: language ?? Speech.Language(of: text), output: output)
  }
}
