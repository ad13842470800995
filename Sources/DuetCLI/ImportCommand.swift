import Duet
import Foundation

/// `duet import`: stores transcripts' sentence pairs as notes.
struct ImportCommand: Command {
  static let info = CommandInfo(
    name: "import", abstract: "Import bilingual transcripts, or Anki text files, as cards.",
    arguments: [
      ArgumentSpec(
        name: "<path>",
        help: "A bilingual transcript (English turns, each followed by its Chinese), or an Anki text file (.tsv).",
        repeats: true)
    ],
    options: [english.spec, chinese.spec, deck.spec, CommonOptions.db.spec, CommonOptions.help.spec],
    discussion: """
      Each aligned sentence pair becomes a note with two cards (English→Chinese, Chinese→English). Importing a file
      again updates changed notes in place and keeps their review history. All files land in one transaction.
      Anki text files (duet export, or Anki's "Notes in Plain Text") bring their notes, decks and tags; the field
      written in Han characters is the Chinese one. They carry no scheduling state. Subtitles come as one
      bilingual file (SRT, WebVTT or ASS whose cues hold both languages) or as two tracks, --en and --zh; each
      note carries the time of the cue its turn starts at.
      """)

  static let english = Option<String>.text("--en", value: "path", help: "An English subtitle track (with --zh).")
  static let chinese = Option<String>.text(
    "--zh", value: "path", help: "The Chinese subtitle track of the same video (with --en).")

  static let deck = Option<String>.text(
    "--deck", value: "name", help: "Put the notes in this deck (default: named after each file).")

  let paths: [String]
  let englishPath: String?
  let chinesePath: String?
  let deck: String?

  init(_ arguments: ParsedArguments) throws {
    paths = arguments.positionals
    englishPath = try arguments.value(Self.english)
    chinesePath = try arguments.value(Self.chinese)
    deck = try arguments.value(Self.deck)
  }

  func validate() throws {
    guard (englishPath == nil) == (chinesePath == nil) else {
      throw DuetError.usage("import takes --en and --zh together")
    }
    guard !paths.isEmpty || englishPath != nil else { throw DuetError.usage("import needs at least one file") }
    if let deck, deck.trimmingCharacters(in: .whitespaces).isEmpty { throw DuetError.usage("--deck needs a name") }
  }

  func run(_ context: Context) throws {
    let existing = try context.existingCollection()
    let vocabulary = try context.vocabulary(adding: existing)
    var files = try paths.map { try ImportFile(path: $0, vocabulary: vocabulary) }
    if let englishPath, let chinesePath {
      files.append(
        .transcript(
          try AlignedTranscript(englishSubtitles: englishPath, chineseSubtitles: chinesePath, vocabulary: vocabulary)))
    }
    for file in files {
      for warning in file.warnings {
        Output.message("duet: warning: \(file.path):\(warning.line): \(warning.message)")
      }
    }
    let collection = try existing ?? context.openCollection()
    let report = try collection.importFiles(files, deck: deck, clock: context.clock)
    Output.message(report.summary)
    if let note = report.promotionNote { Output.message("duet: " + note) }
  }
}
