import Foundation

/// Which tokens of each sentence of a block find a translation in which sentence of the other language, by a
/// document's `TranslationTable`: the lexical part of the alignment cost.
///
/// For English sentence *i* and Chinese sentence *j* it keeps two bit masks: the tokens of *i* that have a partner
/// in *j*, and the tokens of *j* that have a partner in *i* (the first 64 tokens of a sentence count). A unit pays
/// for each token that finds its partners in one sentence of the block but not inside the unit, in proportion to
/// how surely the token translates. A token whose partners stand in several sentences says nothing of where it
/// belongs ("product" said twice, 产品 written twice), and a Chinese bigram counts only where the English word
/// that matches it is itself unambiguous: bigrams are parts of words, and match by accident more often. The
/// cheapest alignment keeps the most translations together, and no unit's cost is negative.
struct LexicalEvidence {
  let rows: Int
  let columns: Int
  private let englishMatched: [UInt64]
  private let chineseMatched: [UInt64]
  /// Per sentence, the tokens whose partners stand in one sentence of the block (see above).
  private let englishAvailable: [UInt64]
  private let chineseAvailable: [UInt64]
  /// Per sentence, each token's weight by position: the surest of the pairs it matches in the block.
  private let englishWeights: [[Double]]
  private let chineseWeights: [[Double]]

  /// The cost of a surely translated token that finds its translation in the block but not in its unit.
  static let missingTranslation = 1.0

  /// - Complexity: O(Σ|*Zⱼ*| + Σ|*Eᵢ*| × *p* × *o*), with *p* the partners a word keeps and *o* the times a partner
  ///   occurs in the block.
  init(english: [[UInt64]], chinese: [[UInt64]], table: TranslationTable) {
    rows = english.count
    columns = chinese.count
    var englishMatched = [UInt64](repeating: 0, count: rows * columns)
    var chineseMatched = [UInt64](repeating: 0, count: rows * columns)
    // Where each Chinese token stands: its occurrences (sentence, position), the last one first in `latest`,
    // each chained to the one before through `next`.
    var tokenIDs = TokenMap(capacity: chinese.reduce(0) { $0 + min($1.count, 64) })
    var latest: [Int32] = []
    var occurrences: [(sentence: Int, position: Int, next: Int32)] = []
    for (j, tokens) in chinese.enumerated() {
      for (position, token) in tokens.prefix(64).enumerated() {
        let id = Int(
          tokenIDs.value(for: token) {
            latest.append(-1)
            return Int32(latest.count - 1)
          })
        occurrences.append((j, position, latest[id]))
        latest[id] = Int32(occurrences.count - 1)
      }
    }
    // Every match, and for each English token (by its order in the block) and each Chinese occurrence (by its
    // index in `occurrences`) the one sentence of the other side its matches fall in (-1 none, -2 several).
    var matches: [(i: Int, position: Int, word: Int, occurrence: Int)] = []
    var sentenceOfChinese = [Int](repeating: -1, count: occurrences.count)
    var sentenceOfEnglish: [Int] = []
    var englishWeights = english.map { [Double](repeating: 0, count: min($0.count, 64)) }
    var occurrenceWeights = [Double](repeating: 0, count: occurrences.count)
    for (i, words) in english.enumerated() {
      for (position, word) in words.prefix(64).enumerated() {
        var sentence = -1
        for partner in table.partners(of: word) {
          var occurrence = tokenIDs[partner.token].map { latest[Int($0)] } ?? -1
          while occurrence >= 0 {
            let (j, chinesePosition, next) = occurrences[Int(occurrence)]
            englishMatched[i * columns + j] |= 1 << UInt64(position)
            chineseMatched[i * columns + j] |= 1 << UInt64(chinesePosition)
            matches.append((i, position, sentenceOfEnglish.count, Int(occurrence)))
            sentence = Self.merged(sentence, j)
            sentenceOfChinese[Int(occurrence)] = Self.merged(sentenceOfChinese[Int(occurrence)], i)
            englishWeights[i][position] = max(englishWeights[i][position], partner.weight)
            occurrenceWeights[Int(occurrence)] = max(occurrenceWeights[Int(occurrence)], partner.weight)
            occurrence = next
          }
        }
        sentenceOfEnglish.append(sentence)
      }
    }
    self.englishMatched = englishMatched
    self.chineseMatched = chineseMatched
    var englishAvailable = [UInt64](repeating: 0, count: rows)
    var chineseAvailable = [UInt64](repeating: 0, count: columns)
    for match in matches {
      let (j, chinesePosition, _) = occurrences[match.occurrence]
      guard sentenceOfEnglish[match.word] == j else { continue }
      englishAvailable[match.i] |= 1 << UInt64(match.position)
      if sentenceOfChinese[match.occurrence] == match.i {
        chineseAvailable[j] |= 1 << UInt64(chinesePosition)
      }
    }
    self.englishAvailable = englishAvailable
    self.chineseAvailable = chineseAvailable
    self.englishWeights = englishWeights
    var chineseWeights = chinese.map { [Double](repeating: 0, count: min($0.count, 64)) }
    for (occurrence, place) in occurrences.enumerated() {
      chineseWeights[place.sentence][place.position] = occurrenceWeights[occurrence]
    }
    self.chineseWeights = chineseWeights
  }

  /// The lexical cost of the unit of English sentences `english` and Chinese sentences `chinese`.
  ///
  /// A unit of several sentences on both sides (2-2, 2-3, 3-2) costs at least what its best split into two
  /// smaller units would: a merged unit finds every translation that either part finds, so without this bound
  /// one stray match between a sentence and its neighbour's translation makes merging the two look better than
  /// keeping them apart. With it, words never argue for a merge. And a merge pays `mergedFinding` for each
  /// translation it finds, unless its best split loses more: words that agree with a split argue against the
  /// merge, where lengths alone would have preferred it.
  func cost(english: Range<Int>, chinese: Range<Int>) -> Double {
    let (whole, found) = unsplitCost(english: english, chinese: chinese)
    guard english.count > 1, chinese.count > 1 else { return whole }
    var best = Double.infinity
    for i in (english.lowerBound + 1)..<english.upperBound {
      for j in (chinese.lowerBound + 1)..<chinese.upperBound {
        best = min(
          best,
          cost(english: english.lowerBound..<i, chinese: chinese.lowerBound..<j)
            + cost(english: i..<english.upperBound, chinese: j..<chinese.upperBound))
      }
    }
    return max(whole + found * Self.mergedFinding, best)
  }

  /// What a translation found costs (per unit of weight) in a unit of several sentences on both sides.
  ///
  /// In IBM Model 1 a word's translation probability is shared out over the unit's words, so a unit twice as wide
  /// makes each translation it finds half as likely: ln 2. Beside a missing translation's cost of 1 (far less than
  /// Model 1's), ln 2 splits true 2-2 units whose clause crossed the boundary; any value from 0.1 to 0.5 aligns
  /// the dev gold alike.
  static let mergedFinding = 0.25

  /// The weight of the unit's tokens whose translation stands in the block but not in the unit (times
  /// `missingTranslation`), and of those whose translation it holds.
  private func unsplitCost(english: Range<Int>, chinese: Range<Int>) -> (missing: Double, found: Double) {
    var missing = 0.0
    var foundWeight = 0.0
    for i in english {
      var found: UInt64 = 0
      for j in chinese { found |= englishMatched[i * columns + j] }
      missing += Self.weight(of: englishAvailable[i] & ~found, in: englishWeights[i])
      foundWeight += Self.weight(of: englishAvailable[i] & found, in: englishWeights[i])
    }
    for j in chinese {
      var found: UInt64 = 0
      for i in english { found |= chineseMatched[i * columns + j] }
      missing += Self.weight(of: chineseAvailable[j] & ~found, in: chineseWeights[j])
      foundWeight += Self.weight(of: chineseAvailable[j] & found, in: chineseWeights[j])
    }
    return (missing * Self.missingTranslation, foundWeight)
  }

  /// The one sentence a token's matches fall in so far (`known`: -1 none yet, -2 several), with a match in
  /// `sentence` added.
  private static func merged(_ known: Int, _ sentence: Int) -> Int {
    known == -1 || known == sentence ? sentence : -2
  }

  private static func weight(of bits: UInt64, in weights: [Double]) -> Double {
    var bits = bits
    var total = 0.0
    while bits != 0 {
      total += weights[bits.trailingZeroBitCount]
      bits &= bits - 1
    }
    return total
  }
}
