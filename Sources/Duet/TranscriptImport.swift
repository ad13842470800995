import Bitext
import Store

/// A transcript read and aligned, ready to store or show.
public struct AlignedTranscript: Sendable {
  public let path: String
  public let transcript: Transcript
  public let turns: [AlignedTurn]

  /// Reads and aligns the transcript at `path`; refuses a file with no bilingual turn.
  public init(path: String) throws {
    try self.init(path: path, text: try InputFile.text(at: path))
  }

  init(path: String, text: String) throws {
    let transcript = TranscriptReader.read(text)
    guard !transcript.bilingualTurns.isEmpty else {
      throw DuetError.data("\(path): no bilingual turn found (expected English text followed by its Chinese)")
    }
    self.path = path
    self.transcript = transcript
    self.turns = Aligner.align(transcript)
  }

  /// Units scored under this are worth a look: the aligner doubts them.
  public static let doubtfulScore = 0.5

  /// The units that make cards: both sides present.
  public var pairs: [(turn: Turn, unit: SentencePair)] {
    turns.flatMap { aligned in
      aligned.units.filter { !$0.english.isEmpty && !$0.chinese.isEmpty }.map { (aligned.turn, $0) }
    }
  }
}

/// A file to import: a bilingual transcript, or an Anki text file.
public enum ImportFile: Sendable {
  case transcript(AlignedTranscript)
  case anki(AnkiTextFile)

  /// Reads the file at `path`, telling the kinds apart by name and content.
  public init(path: String) throws {
    let text = try InputFile.text(at: path)
    if AnkiTextFile.recognises(path: path, text: text.prefix(4096)) {
      self = .anki(try AnkiTextFile(path: path, text: text))
    } else {
      self = .transcript(try AlignedTranscript(path: path, text: text))
    }
  }

  public var path: String {
    switch self {
    case .transcript(let file): file.path
    case .anki(let file): file.path
    }
  }

  /// What the reader noticed, with line numbers.
  public var warnings: [TranscriptWarning] {
    if case .transcript(let file) = self { return file.transcript.warnings }
    return []
  }
}

/// What importing files did, counted.
public struct ImportReport: Sendable, Equatable {
  public var files = 0
  public var turns = 0
  public var pairs = 0
  public var doubtful = 0
  /// Rows of Anki text files.
  public var rows = 0
  /// Annotated term pairs found in transcripts.
  public var terms = 0
  /// Term notes that were given a sentence pair as context.
  public var contexts = 0
  public var added = 0
  public var updated = 0
  public var unchanged = 0
  public var alreadyPresent = 0

  public init() {}

  mutating func count(_ outcome: NoteOutcome) {
    switch outcome {
    case .added: added += 1
    case .updated: updated += 1
    case .unchanged: unchanged += 1
    case .alreadyPresent: alreadyPresent += 1
    }
  }

  /// One line for the person who ran the import.
  public var summary: String {
    var parts: [String] = []
    if turns > 0 { parts.append("\(turns) turns, \(pairs) pairs (\(doubtful) doubtful), \(terms) terms") }
    if rows > 0 { parts.append("\(rows) rows") }
    return "imported \(files) file\(files == 1 ? "" : "s"): " + parts.joined(separator: ", ")
      + "; notes: \(added) new, \(updated) updated, \(unchanged) unchanged, \(alreadyPresent) already present"
      + (contexts > 0 ? "; \(contexts) terms given a sentence as context" : "")
  }
}

extension Collection {
  /// Stores the notes of `files` (sentence pairs of transcripts, rows of Anki files), all in one transaction: either
  /// every file lands or none.
  ///
  /// Transcripts also bring the term pairs their translation annotates (found with the help of `glossary`), and
  /// term notes without context get a sentence pair that holds them.
  ///
  /// - Parameter deck: the deck for every note; nil takes an Anki file's deck column, else the file's name.
  public func importFiles(_ files: [ImportFile], deck: String?, clock: StudyClock, glossary: Glossary = Glossary())
    throws -> ImportReport
  {
    var report = ImportReport()
    try transaction {
      let firstNew = Int64(try database.integer("SELECT coalesce(max(id), 0) + 1 FROM notes"))
      var seen = Set<String>()
      var decks: [String: Int64] = [:]
      func store(_ draft: NoteDraft, deck name: String) throws {
        guard seen.insert(draft.guid).inserted else {
          report.alreadyPresent += 1
          return
        }
        if decks[name] == nil { decks[name] = try deckID(named: name) }
        report.count(try self.store(draft, inDeck: decks[name]!, now: clock.milliseconds))
      }
      for file in files {
        report.files += 1
        let fileDeck = DeckName.from(path: file.path)
        switch file {
        case .transcript(let transcript):
          report.turns += transcript.transcript.turns.count
          let source = DeckName.fileName(transcript.path)
          for (turn, unit) in transcript.pairs {
            report.pairs += 1
            if unit.score < AlignedTranscript.doubtfulScore { report.doubtful += 1 }
            let draft = NoteDraft(
              guid: NoteIdentity.guid(kind: .sentence, english: unit.en), kind: .sentence, english: unit.en,
              chinese: unit.zh, speaker: turn.speaker, time: turn.time, source: source)
            try store(draft, deck: deck ?? fileDeck)
          }
          for (found, turn) in transcript.terms(glossary: glossary) {
            report.terms += 1
            try store(TermNotes.draft(for: found, turn: turn, source: source), deck: deck ?? fileDeck)
          }
        case .anki(let anki):
          for note in anki.notes {
            report.rows += 1
            try store(note.draft, deck: deck ?? note.deck ?? fileDeck)
          }
        }
      }
      report.contexts = try attachTermContexts(notesFrom: firstNew, now: clock.milliseconds)
    }
    return report
  }
}
