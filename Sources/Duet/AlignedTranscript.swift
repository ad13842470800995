import Bitext

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

extension AlignedTranscript {
  /// The term pairs the transcript's translation annotates, each once, with the turn it was found in.
  public func terms(glossary: Glossary) -> [(found: FoundTerm, turn: Turn)] {
    let units = turns.flatMap { aligned in aligned.units.map { ($0, aligned.turn) } }
    return TermExtractor.terms(in: units.map(\.0), glossary: glossary).map { ($0, units[$0.unitIndex].1) }
  }
}
