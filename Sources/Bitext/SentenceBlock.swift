/// The sentences of one text and its translation (a turn, a document) with what the alignment cost reads from
/// them, computed once for both of the aligner's passes.
struct SentenceBlock {
  let english: [String]
  let chinese: [String]
  let englishFeatures: [SentenceFeatures]
  let chineseFeatures: [SentenceFeatures]
  /// Each sentence's tokens for the translation table (empty without `lexical`).
  let englishTokens: [[UInt64]]
  let chineseTokens: [[UInt64]]

  /// With `lexical`, the block also holds the tokens a translation table reads.
  ///
  /// - Complexity: O(*n*) in the length of the texts.
  init(english: [String], chinese: [String], lexical: Bool = true) {
    self.english = english
    self.chinese = chinese
    englishFeatures = english.map(SentenceFeatures.init(english:))
    chineseFeatures = chinese.map(SentenceFeatures.init(chinese:))
    englishTokens = lexical ? english.map(LexicalTokenizer.english) : []
    chineseTokens = lexical ? chinese.map(LexicalTokenizer.chinese) : []
  }

  /// Whether the block is aligned over its whole lattice (short texts), rather than in a band.
  var fitsFullLattice: Bool { (english.count + 1) * (chinese.count + 1) <= Aligner.fullLatticeLimit }

  /// The sentences each unit of `alignment` (an alignment of this block) takes, as index ranges of each side.
  func ranges(of alignment: [SentencePair]) -> [(english: Range<Int>, chinese: Range<Int>)] {
    var i = 0
    var j = 0
    return alignment.map { unit in
      defer {
        i += unit.english.count
        j += unit.chinese.count
      }
      return (i..<(i + unit.english.count), j..<(j + unit.chinese.count))
    }
  }

  /// The token lists of the units of `alignment` (an alignment of this block) that satisfy `keep`.
  func tokens(of alignment: [SentencePair], where keep: (SentencePair) -> Bool) -> [(
    english: [UInt64], chinese: [UInt64]
  )] {
    zip(alignment, ranges(of: alignment)).filter { keep($0.0) }.map { _, range in
      (Array(englishTokens[range.english].joined()), Array(chineseTokens[range.chinese].joined()))
    }
  }
}
