import Bitext

/// A transcript read and aligned, ready to store or show.
public struct AlignedTranscript: Sendable {
  public let path: String
  public let transcript: Transcript
  public let turns: [AlignedTurn]
  /// What the transcript was read with; its terms are found with it too.
  public let vocabulary: Vocabulary

  /// Reads and aligns the transcript at `path` and finds its terms, with what `vocabulary` knows; refuses a file
  /// with no bilingual turn. A bilingual subtitle file (SRT, WebVTT or ASS whose cues hold both languages) is read
  /// as a transcript whose turns its silences cut.
  public init(path: String, vocabulary: Vocabulary = Vocabulary()) throws {
    try self.init(path: path, text: try InputFile.text(at: path), vocabulary: vocabulary)
  }

  init(path: String, text: String, vocabulary: Vocabulary) throws {
    let transcript =
      SubtitleReader.format(of: text.prefix(4096)) == nil
      ? TranscriptReader.read(text) : SubtitleTracks.transcript(bilingual: SubtitleReader.cues(in: text))
    try self.init(path: path, transcript: transcript, vocabulary: vocabulary)
  }

  /// Reads and aligns two subtitle tracks of one video, `english` and its Chinese `chinese` (SRT, WebVTT or ASS,
  /// each as its content shows); the notes name the English file.
  public init(englishSubtitles english: String, chineseSubtitles chinese: String, vocabulary: Vocabulary) throws {
    let tracks = try [english, chinese].map { path in
      let text = try InputFile.text(at: path)
      guard SubtitleReader.format(of: text.prefix(4096)) != nil else {
        throw DuetError.data("\(path): not a subtitle file (SRT, WebVTT or ASS)")
      }
      return SubtitleReader.cues(in: text)
    }
    try self.init(
      path: english, transcript: SubtitleTracks.transcript(english: tracks[0], chinese: tracks[1]),
      vocabulary: vocabulary)
  }

  private init(path: String, transcript: Transcript, vocabulary: Vocabulary) throws {
    guard !transcript.bilingualTurns.isEmpty else {
      throw DuetError.data("\(path): no bilingual turn found (expected English text followed by its Chinese)")
    }
    self.path = path
    self.transcript = transcript
    self.vocabulary = vocabulary
    turns = Aligner.align(transcript, glossary: vocabulary.glossary, words: vocabulary.words)
  }

  /// The term pairs the translation annotates, each once, with the turn it was found in.
  public func terms() -> [(found: FoundTerm, turn: Turn)] {
    let units = turns.flatMap { aligned in aligned.units.map { ($0, aligned.turn) } }
    return TermExtractor.terms(in: units.map(\.0), glossary: vocabulary.glossary, lexicon: vocabulary.lexicon).map {
      ($0, units[$0.unitIndex].1)
    }
  }

  /// Units scored under this are worth a look: the aligner doubts them.
  public static let doubtfulScore = 0.5

  /// The units that make cards (both sides present), each with whether it advertises (see `Promotions`).
  public var pairs: [(turn: Turn, unit: SentencePair, isPromotion: Bool)] {
    let promotions = Promotions.units(in: turns)
    return turns.enumerated().flatMap { index, aligned in
      aligned.units.enumerated().filter { !$0.element.english.isEmpty && !$0.element.chinese.isEmpty }.map {
        (aligned.turn, $0.element, promotions[index].contains($0.offset))
      }
    }
  }
}
