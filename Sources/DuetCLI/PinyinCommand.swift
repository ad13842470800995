import Bitext
import Duet

/// `duet pinyin`: the reading of Chinese text, word by word.
struct PinyinCommand: Command {
  static let info = CommandInfo(
    name: "pinyin", abstract: "Print the pinyin of Chinese text, word by word.",
    arguments: [ArgumentSpec(name: "<text>", help: "Chinese text (default: each line of stdin).", repeats: true)],
    options: [numbers.spec, CommonOptions.help.spec],
    discussion: """
      Words are read as words, so a character with several readings takes the one its word gives it: 银行 yínháng,
      行走 xíngzǒu, 认为 rènwéi. Syllables of a word are written together, words apart; other text is kept.
      """)

  static let numbers = Flag("--numbers", help: "Tones as digits after each syllable (yin2hang2; 5 is neutral).")

  let text: [String]
  let numbers: Bool

  init(_ arguments: ParsedArguments) throws {
    text = arguments.positionals
    numbers = arguments.isSet(Self.numbers)
  }

  func run(_ context: Context) throws {
    let reader = context.pinyinReader()
    if !text.isEmpty { return Output.line(reader.reading(text.joined(separator: " "), numbers: numbers)) }
    while let line = readLine() { Output.line(reader.reading(line, numbers: numbers)) }
  }
}
