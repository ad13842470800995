import Bitext
import Store

/// A transcript read and aligned, ready to store or show.
public struct AlignedTranscript: Sendable {
  public let path: String
  public let transcript: Transcript
  public let turns: [AlignedTurn]

  /// Reads and aligns the transcript at `path`; refuses a file with no bilingual turn.
  public init(path: String) throws {
    let text = try InputFile.text(at: path)
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

/// What importing files did, counted.
public struct ImportReport: Sendable, Equatable {
  public var files = 0
  public var turns = 0
  public var pairs = 0
  public var doubtful = 0
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
}

extension Collection {
  /// Stores the sentence pairs of `transcripts` as notes, all in one transaction: either every file lands or none.
  ///
  /// - Parameter deck: the deck for every file; nil names each file's deck after the file.
  public func importTranscripts(_ transcripts: [AlignedTranscript], deck: String?, clock: StudyClock) throws
    -> ImportReport
  {
    var report = ImportReport()
    try transaction {
      var seen = Set<String>()
      for file in transcripts {
        report.files += 1
        report.turns += file.transcript.turns.count
        let deckID = try deckID(named: deck ?? DeckName.from(path: file.path))
        let source = DeckName.fileName(file.path)
        for (turn, unit) in file.pairs {
          report.pairs += 1
          if unit.score < AlignedTranscript.doubtfulScore { report.doubtful += 1 }
          let draft = NoteDraft(
            guid: NoteIdentity.guid(kind: .sentence, english: unit.en), kind: .sentence, english: unit.en,
            chinese: unit.zh, speaker: turn.speaker, time: turn.time, source: source)
          guard seen.insert(draft.guid).inserted else {
            report.alreadyPresent += 1
            continue
          }
          report.count(try store(draft, inDeck: deckID, now: clock.milliseconds))
        }
      }
    }
    return report
  }
}
