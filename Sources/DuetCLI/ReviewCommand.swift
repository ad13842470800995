import Duet
import Scheduling
import Store

/// `duet review`: today's review session, in the terminal or as JSON lines for scripts.
struct ReviewCommand: Command {
  static let info = CommandInfo(
    name: "review", abstract: "Review the cards due today.",
    options: CommonOptions.cardFilter + [
      newPerDay.spec, limit.spec, ahead.spec, format.spec, speak.spec, CommonOptions.db.spec, CommonOptions.help.spec,
    ],
    discussion: """
      Keys: space or enter shows the answer, and on the answer side grades it 4 (as Good in Anki); 0-5 grades it
      (0 blackout … 5 perfect); u undoes the last grade, suspension or burial; s suspends the card and ! both
      cards of its note (each asks to confirm); b buries it until tomorrow; e edits its note in $EDITOR; r says
      the front again (with --speak); q, Esc or Ctrl-C ends the session; Ctrl-Z stops it until fg. Every grade is
      saved before the next card shows.
      Cards answered under 4 come back later in the session until you know them. With --ahead DAYS, the session
      practises the cards due within DAYS days instead, as a cram: answers are not stored and schedules stay.

      With --format jsonl, each card is one JSON line on stdout, answered by one line on stdin: a grade 0-5, u,
      s (suspend), ! (suspend the note), b (bury) or q. A last line {"done": true, ...} sums the session up.

      With an empty collection, the decks bundled in Decks/ are imported first.
      """)

  static let newPerDay = Option<Int>.number(
    "--new", value: "n", range: Setting.newPerDay.range,
    help: "New cards a day, counted across sessions (default: the new-per-day setting, else 20).")
  static let limit = Option<Int>.number(
    "--limit", value: "n", range: Setting.reviewsPerDay.range,
    help: "Due reviews in this session (default: the reviews-per-day setting, else 200).")
  static let ahead = Option<Int>.number(
    "--ahead", value: "days", range: 1...36_500,
    help: "Practise the cards due within this many days, ahead of schedule; answers change no schedule.")
  static let format = CommonOptions.format(
    [.text, .jsonl], help: "text (default: the terminal reviewer) or jsonl (for scripts).")
  static let speak = Flag("--speak", help: "Read each front aloud with espeak-ng (r replays it).")

  let filter: CardFilter
  /// The limits typed for this session; the collection's settings (the deck's, when --deck names one) fill the rest.
  let newPerDay: Int?
  let reviews: Int?
  let aheadDays: Int?
  let format: Format
  let speaks: Bool

  init(_ arguments: ParsedArguments) throws {
    speaks = arguments.isSet(Self.speak)
    filter = try arguments.cardFilter()
    newPerDay = try arguments.value(Self.newPerDay)
    reviews = try arguments.value(Self.limit)
    aheadDays = try arguments.value(Self.ahead)
    format = try arguments.value(Self.format, default: .text)
  }

  func validate() throws {
    if speaks && format != .text { throw DuetError.usage("--speak is for the terminal reviewer") }
    if format == .text && !Terminal.isInteractive {
      throw DuetError.usage("review needs a terminal; scripts use 'duet review --format jsonl'")
    }
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    if try collection.isEmpty { try importBundledDecks(into: collection, context: context) }
    if try collection.isEmpty {
      Output.message(
        "duet: the collection is empty; add cards with 'duet import FILE' (a bilingual transcript or an Anki text "
          + "file), or reinstall duet with its bundled decks")
      return
    }
    try FilterCheck.requireMatches(filter, in: collection)
    let limits = QueueLimits(
      newPerDay: try newPerDay ?? collection.value(of: .newPerDay, deck: filter.deck),
      reviews: try reviews ?? collection.value(of: .reviewsPerDay, deck: filter.deck))
    let session = try ReviewSession(
      collection: collection, clock: context.clock, filter: filter, limits: limits, aheadDays: aheadDays)
    switch format {
    case .jsonl, .tsv: try ScriptedReview(session: session, pinyin: context.pinyinReader()).run()
    case .text:
      let pinyin = context.pinyinReader()
      var speech: Speech?
      if speaks {
        guard let found = Speech(environment: context.environment, pinyin: pinyin) else { throw Speech.missing }
        speech = found
      }
      try TerminalReview(
        session: session, style: Style(enabled: Output.colourAllowed(context.environment)), pinyin: pinyin,
        speech: speech, editor: NoteEditor(environment: context.environment)
      ).run()
    }
  }

  /// A new user's first minute: an empty collection gets the bundled decks.
  private func importBundledDecks(into collection: StudyCollection, context: Context) throws {
    guard let folder = context.decksFolder() else { return }
    let files = BundledDecks.files(in: folder)
    guard !files.isEmpty else { return }
    Output.message("duet: the collection is empty; importing the bundled decks from \(folder)")
    let vocabulary = try context.vocabulary()
    let report = try collection.importFiles(
      try files.map { try ImportFile(path: $0, vocabulary: vocabulary) }, deck: nil, clock: context.clock)
    Output.message("duet: imported \(report.added) notes (\(2 * report.added) cards) from \(report.files) files")
    if let note = report.promotionNote { Output.message("duet: " + note) }
  }
}
