/// A turn and the units its sentences align into.
public struct AlignedTurn: Hashable, Sendable {
  public var turn: Turn
  public var units: [SentencePair]
}

extension Aligner {
  /// Aligns every turn of `transcript` on its own (pairs never cross turns), with a length model calibrated on the
  /// transcript's own bilingual turns.
  ///
  /// - Complexity: O(Σ *mᵢ* × *nᵢ*) over the turns' sentence counts.
  public static func align(_ transcript: Transcript) -> [AlignedTurn] {
    let model = LengthModel.calibrated(from: transcript.bilingualTurns.map { ($0.english, $0.chinese) }) ?? .standard
    let aligner = Aligner(model: model)
    return transcript.turns.map { turn in
      AlignedTurn(
        turn: turn,
        units: aligner.align(
          english: EnglishSegmenter.sentences(turn.english), chinese: ChineseSegmenter.sentences(turn.chinese)))
    }
  }
}
