import Duet
import Store

/// `duet export`: notes as an Anki text file, or with their progress as an Anki package.
struct ExportCommand: Command {
  static let info = CommandInfo(
    name: "export", abstract: "Export notes as a file that Anki imports: text, or a package with progress.",
    options: [
      CommonOptions.deck.spec, CommonOptions.kind.spec, format.spec, output.spec, withPinyin.spec,
      CommonOptions.db.spec, CommonOptions.help.spec,
    ],
    discussion: """
      tsv: one row per note (guid, English, Chinese, deck, tags) for Anki's note type "Basic (and reversed
      card)", with --with-pinyin a Pinyin column after the Chinese; scheduling stays in duet. apkg: an Anki
      package with duet's own note type (English, Chinese, Pinyin, Context, Source; a card each way), each card's
      schedule (new cards in duet's order, due day, interval, ease, answers, lapses, suspension) and every answer
      in the review log. In Anki: File → Import, pick the file, Import (for a package, keep "Import any learning
      progress" on). Importing a newer export updates the notes instead of adding copies. The format follows -o's
      extension (.apkg) unless given.
      """)

  /// What an export writes.
  enum FileFormat: String, CaseIterable {
    /// Anki's text import format.
    case tsv
    /// An Anki package.
    case apkg
  }

  static let format = Option.choice(
    "--format", among: FileFormat.allCases,
    help: "tsv (default) or apkg (the default when the output path ends in .apkg).")
  static let output = Option<String>.text(
    "--output", "-o", value: "path", help: "Write to this file instead of stdout ('-' is stdout).")
  static let withPinyin = Flag(
    "--with-pinyin", help: "tsv: add a Pinyin column after the Chinese (a package always fills its Pinyin field).")

  let deck: String?
  let kind: NoteKind?
  let format: FileFormat
  let output: String?
  let withPinyin: Bool

  init(_ arguments: ParsedArguments) throws {
    withPinyin = arguments.isSet(Self.withPinyin)
    deck = try arguments.value(CommonOptions.deck)
    kind = try arguments.value(CommonOptions.kind)
    output = try arguments.value(Self.output)
    let implied: FileFormat = output?.lowercased().hasSuffix(".apkg") == true ? .apkg : .tsv
    format = try arguments.value(Self.format, default: implied)
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    let filter = CardFilter(deck: deck, kind: kind)
    try FilterCheck.requireMatches(filter, in: collection)
    let toStandardOutput = output == nil || output == "-"
    if format == .apkg && toStandardOutput && Output.isTerminal {
      throw DuetError.usage("export: an Anki package is a binary file; write it with -o FILE.apkg")
    }
    let bytes: [UInt8]
    let summary: String
    if format == .apkg {
      let reader = context.pinyinReader()
      let package = try AnkiPackage(
        from: collection, filter: filter, clock: context.clock, pinyin: { reader.reading($0) })
      bytes = package.bytes
      summary = "exported \(package.notes) notes, \(package.cards) cards and \(package.reviews) reviews"
    } else {
      let notes = try collection.notes(deck: deck, kind: kind)
      let reader = withPinyin ? context.pinyinReader() : nil
      let text = AnkiExport.text(of: notes, pinyin: reader.map { reader in { reader.reading($0) } })
      // On a terminal the file is shown rather than stored: its controls are made visible too.
      if toStandardOutput { return Output.write(Output.isTerminal ? VisibleText.of(text) : text) }
      bytes = Array(text.utf8)
      summary = "exported \(notes.count) notes"
    }
    guard let output, !toStandardOutput else { return Output.write(bytes) }
    try OutputFile.write(bytes, to: output, protecting: context.collectionPath)
    Output.message("\(summary) to \(output)")
  }
}
