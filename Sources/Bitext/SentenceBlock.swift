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

  /// The token lists of the units of `alignment` (an alignment of this block) that satisfy `keep`.
  func tokens(of alignment: [SentencePair], where keep: (SentencePair) -> Bool) -> [(
    english: [UInt64], chinese: [UInt64]
  )] {
    var i = 0
    var j = 0
    var pairs: [(english: [UInt64], chinese: [UInt64])] = []
    for unit in alignment {
      if keep(unit) {
        pairs.append(
          (
            Array(englishTokens[i..<(i + unit.english.count)].joined()),
            Array(chineseTokens[j..<(j + unit.chinese.count)].joined())
          ))
      }
      i += unit.english.count
      j += unit.chinese.count
    }
    return pairs
  }
}
