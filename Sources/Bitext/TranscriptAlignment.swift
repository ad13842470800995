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
  public static func align(
    _ transcript: Transcript, glossary: Glossary = Glossary(), words: WordTranslations = WordTranslations()
  ) -> [AlignedTurn] {
    let model = LengthModel.calibrated(from: transcript.bilingualTurns.map { ($0.english, $0.chinese) }) ?? .standard
    let aligner = Aligner(model: model)
    // Transcribers' notes ([inaudible 00:16:28]) are no part of a sentence; a turn keeps its number without them.
    let blocks = transcript.turns.map {
      SentenceBlock(
        english: EnglishSegmenter.sentences(withoutTranscriberMarkers($0.english)),
        chinese: ChineseSegmenter.sentences(withoutTranscriberMarkers($0.chinese)))
    }
    let first = blocks.map { aligner.align($0) }
    let sure = zip(blocks, first).flatMap { block, aligned in
      block.tokens(of: aligned.units) { $0.shape == "1-1" && $0.score >= Self.confidentScore }
    }
    let seeds = glossary.pairs.map { (LexicalTokenizer.english($0.english), LexicalTokenizer.chinese($0.chinese)) }
    let table = TranslationTable(
      pairs: sure, seeds: seeds + blocks.flatMap { annotationSeeds(in: $0.chinese) }, words: words,
      document: blocks.lazy.flatMap { $0.englishTokens.joined() })
    return zip(transcript.turns, zip(blocks, first)).map { turn, aligned in
      let (block, firstPass) = aligned
      return AlignedTurn(turn: turn, units: aligner.realign(block, table: table, firstPass: firstPass))
    }
  }

  /// The pairs a translation annotates in brackets, `就绪度（Readiness）`, as token lists: the English in the
  /// bracket and the (up to four) Han characters before it. Rougher than `TermExtractor`, and enough to teach the
  /// table a document's own terms.
  ///
  /// - Complexity: O(*n*) in the length of the sentences.
  static func annotationSeeds(in sentences: [String]) -> [(english: [UInt64], chinese: [UInt64])] {
    var seeds: [(english: [UInt64], chinese: [UInt64])] = []
    for sentence in sentences where sentence.mayHoldBracket {
      let scalars = sentence.scalarArray
      for (index, scalar) in scalars.enumerated() where scalar == "(" || scalar == "（" {
        guard let close = scalars[index...].firstIndex(where: { $0 == ")" || $0 == "）" }) else { continue }
        let inside = scalars[(index + 1)..<close]
        guard inside.contains(where: \.isLatinWordPart), !inside.contains(where: \.isHan) else { continue }
        var start = index
        while start > 0, index - start < 4, scalars[start - 1].isHan { start -= 1 }
        guard start < index else { continue }
        var english = String.UnicodeScalarView()
        english.append(contentsOf: inside)
        var chinese = String.UnicodeScalarView()
        chinese.append(contentsOf: scalars[start..<index])
        seeds.append((LexicalTokenizer.english(String(english)), LexicalTokenizer.chinese(String(chinese))))
      }
    }
    return seeds
  }

  /// First-pass units at least this sure teach the translation table.
  static let confidentScore = 0.9
}
