/// Which tokens of each sentence of a block find a translation in which sentence of the other language, by a
/// document's `TranslationTable`: the lexical part of the alignment cost.
///
/// For English sentence *i* and Chinese sentence *j* it keeps two bit masks: the tokens of *i* that have a partner
/// in *j*, and the tokens of *j* that have a partner in *i* (the first 64 tokens of a sentence count). A unit pays
/// for each token that finds a partner somewhere in the block but not inside the unit, in proportion to how surely
/// the token translates. Summed over any alignment of the block, that is a constant less the tokens matched inside
/// their units, so the cheapest alignment is the one that keeps the most translations together, and no unit's cost
/// is negative.
struct LexicalEvidence {
  let rows: Int
  let columns: Int
  private let englishMatched: [UInt64]
  private let chineseMatched: [UInt64]
  /// Per sentence, the tokens that find a partner anywhere in the block.
  private let englishAvailable: [UInt64]
  private let chineseAvailable: [UInt64]
  /// Per sentence, each token's weight (its Dice coefficient), by position.
  private let englishWeights: [[Double]]
  private let chineseWeights: [[Double]]

  /// The cost of a surely translated token that finds its translation in the block but not in its unit.
  static let missingTranslation = 0.5

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
    for (i, words) in english.enumerated() {
      for (position, word) in words.prefix(64).enumerated() {
        for partner in table.partners(of: word) {
          var occurrence = tokenIDs[partner].map { latest[Int($0)] } ?? -1
          while occurrence >= 0 {
            let (j, chinesePosition, next) = occurrences[Int(occurrence)]
            englishMatched[i * columns + j] |= 1 << UInt64(position)
            chineseMatched[i * columns + j] |= 1 << UInt64(chinesePosition)
            occurrence = next
          }
        }
      }
    }
    self.englishMatched = englishMatched
    self.chineseMatched = chineseMatched
    let (rows, columns) = (rows, columns)
    englishAvailable = (0..<rows).map { i in (0..<columns).reduce(0) { $0 | englishMatched[i * columns + $1] } }
    chineseAvailable = (0..<columns).map { j in (0..<rows).reduce(0) { $0 | chineseMatched[$1 * columns + j] } }
    englishWeights = english.map { $0.prefix(64).map(table.weight(of:)) }
    chineseWeights = chinese.map { $0.prefix(64).map(table.weight(of:)) }
  }

  /// The lexical cost of the unit of English sentences `english` and Chinese sentences `chinese`.
  func cost(english: Range<Int>, chinese: Range<Int>) -> Double {
    var missing = 0.0
    for i in english {
      var found: UInt64 = 0
      for j in chinese { found |= englishMatched[i * columns + j] }
      missing += Self.weight(of: englishAvailable[i] & ~found, in: englishWeights[i])
    }
    for j in chinese {
      var found: UInt64 = 0
      for i in english { found |= chineseMatched[i * columns + j] }
      missing += Self.weight(of: chineseAvailable[j] & ~found, in: chineseWeights[j])
    }
    return missing * Self.missingTranslation
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
