/// A turn and the units its sentences align into.
public struct AlignedTurn: Hashable, Sendable {
  public var turn: Turn
  public var units: [SentencePair]
}

extension Aligner {
  /// Aligns every turn of `transcript` on its own (pairs never cross turns), in two passes: the first by lengths
  /// and anchors, with a length model calibrated on the transcript's own bilingual turns; the second adds what the
  /// units the first pass was sure of (and `glossary`) teach about which words translate which.
  ///
  /// - Complexity: O(Σ *mᵢ* × *nᵢ*) over the turns' sentence counts.
  public static func align(_ transcript: Transcript, glossary: Glossary = Glossary()) -> [AlignedTurn] {
    let model = LengthModel.calibrated(from: transcript.bilingualTurns.map { ($0.english, $0.chinese) }) ?? .standard
    let aligner = Aligner(model: model)
    // Transcribers' notes ([inaudible 00:16:28]) are no part of a sentence; a turn keeps its number without them.
    let sentences = transcript.turns.map {
      (
        english: EnglishSegmenter.sentences(withoutTranscriberMarkers($0.english)),
        chinese: ChineseSegmenter.sentences(withoutTranscriberMarkers($0.chinese))
      )
    }
    let first = sentences.map { aligner.align(english: $0.english, chinese: $0.chinese) }
    let table = TranslationTable(
      pairs: first.joined().filter { $0.shape == "1-1" && $0.score >= Self.confidentScore }.map {
        (LexicalTokenizer.english($0.en), LexicalTokenizer.chinese($0.zh))
      },
      seeds: (glossary.pairs + TermExtractor.terms(in: Array(first.joined()), glossary: glossary).map(\.pair)).map {
        let english = LexicalTokenizer.english($0.english)
        return (english, LexicalTokenizer.chinese($0.chinese))
      })
    return zip(transcript.turns, sentences).map { turn, sentences in
      AlignedTurn(
        turn: turn, units: aligner.align(english: sentences.english, chinese: sentences.chinese, table: table))
    }
  }

  /// First-pass units at least this sure teach the translation table.
  static let confidentScore = 0.9
}
