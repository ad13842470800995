import Bitext
import Duet

/// `duet align`: shows how a transcript's sentences pair up, storing nothing.
struct AlignCommand: Command {
  static let info = CommandInfo(
    name: "align", abstract: "Show the sentence alignment of a transcript without storing anything.",
    arguments: [ArgumentSpec(name: "<path>", help: "A bilingual transcript.", optional: true)],
    options: [english.spec, chinese.spec, format.spec, CommonOptions.help.spec],
    discussion: """
      Takes a transcript or a bilingual subtitle file (SRT, WebVTT or ASS), or --en and --zh: two subtitle tracks
      of one video, or two texts without turns, aligned as wholes. Subtitle cues are joined into sentences, and
      turns are cut where both tracks fall silent (after shifting the Chinese track by the offset that fits it
      best); each turn's time is its first cue's. jsonl gives one unit a line: {"turn", "time", "speaker", "en",
      "zh", "score"} ({"en", "zh", "score"} for two texts); every sentence appears in exactly one unit, and a
      sentence without counterpart has an empty other side. A score under 0.5 means the aligner doubts the unit.
      """)

  static let english = Option<String>.text(
    "--en", value: "path",
    help: "An English subtitle track, or a text without turns (one paragraph a line, or running text).")
  static let chinese = Option<String>.text(
    "--zh", value: "path", help: "Its Chinese translation (a subtitle track, or a text), aligned with --en.")
  static let format = CommonOptions.format(
    [.text, .jsonl], help: "text (default; doubtful units marked '?') or jsonl.")

  let path: String?
  let englishPath: String?
  let chinesePath: String?
  let format: Format

  init(_ arguments: ParsedArguments) throws {
    path = try arguments.singlePath(for: "align")
    englishPath = try arguments.value(Self.english)
    chinesePath = try arguments.value(Self.chinese)
    format = try arguments.value(Self.format, default: .text)
  }

  func validate() throws {
    switch (path, englishPath, chinesePath) {
    case (_?, nil, nil), (nil, _?, _?): return
    case (_?, _, _): throw DuetError.usage("align takes a transcript or --en and --zh, not both")
    default: throw DuetError.usage("align needs a transcript, or both --en and --zh")
    }
  }

  func run(_ context: Context) throws {
    if let englishPath, let chinesePath {
      let english = try InputFile.text(at: englishPath)
      guard SubtitleReader.format(of: english.prefix(4096)) == nil else {
        return show(
          try AlignedTranscript(
            englishSubtitles: englishPath, chineseSubtitles: chinesePath,
            vocabulary: try context.vocabulary(withLexicon: false)))
      }
      let units = Aligner.align(
        english: PlainDocument(english, language: .english),
        chinese: PlainDocument(try InputFile.text(at: chinesePath), language: .chinese))
      for unit in units { write(unit, turn: nil) }
      return
    }
    guard let path else { return }
    show(try AlignedTranscript(path: path, vocabulary: try context.vocabulary(withLexicon: false)))
  }

  private func show(_ aligned: AlignedTranscript) {
    let path = aligned.path
    for warning in aligned.transcript.warnings {
      Output.message("duet: warning: \(path):\(warning.line): \(warning.message)")
    }
    for turn in aligned.turns {
      if format == .text { Output.line("#\(turn.turn.number) \(turn.turn.time) \(turn.turn.speaker)") }
      for unit in turn.units { write(unit, turn: turn.turn) }
    }
  }

  private func write(_ unit: SentencePair, turn: Turn?) {
    switch format {
    case .jsonl, .tsv:
      guard let turn else {
        return Output.json(["en": .string(unit.en), "zh": .string(unit.zh), "score": .number(unit.score)])
      }
      Output.json([
        "turn": .int(turn.number), "time": .string(turn.time), "speaker": .string(turn.speaker),
        "en": .string(unit.en), "zh": .string(unit.zh), "score": .number(unit.score),
      ])
    case .text:
      let mark = unit.score < AlignedTranscript.doubtfulScore ? "?" : " "
      let score = String(Int((unit.score * 100).rounded()))
      Output.line("  \(mark)\(String(repeating: " ", count: 3 - score.count))\(score)  \(unit.en)")
      Output.line("        \(unit.zh)")
    }
  }
}
