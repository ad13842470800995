/// Which English words and Chinese bigrams translate each other in one document, learnt from the sentence pairs
/// the aligner is already sure of and from a glossary.
///
/// The association is Dice's coefficient over co-occurrence in those pairs, 2·c(e, z) / (c(e) + c(z)): a word and a
/// bigram that keep turning up in the same pairs, and rarely apart, translate each other. A word keeps its few best
/// partners above a threshold, and each partner must be seen with it at least twice (a glossary pair counts as
/// seen twice).
struct TranslationTable: Sendable {
  /// Where each English token's partners start in `partnerLists`.
  private var partnerIndex = TokenMap()
  private var partnerLists: [[UInt64]] = []
  /// How surely each token translates: the best Dice coefficient it has with a partner, English and Chinese alike.
  private var weightIndex = TokenMap()
  private var weightValues: [Double] = []

  /// Partners an English word keeps at most.
  static let maximumPartners = 4
  /// The least Dice coefficient that makes a partner.
  static let minimumDice = 0.3

  /// Learns from `pairs` (token lists of sentence pairs known to translate each other) and `seeds` (term pairs, as
  /// token lists, surer than a sentence pair: each counts as seen twice).
  ///
  /// - Complexity: O(Σ |*E*ᵢ| × |*Z*ᵢ|) over the pairs' token counts.
  init(pairs: [(english: [UInt64], chinese: [UInt64])], seeds: [(english: [UInt64], chinese: [UInt64])] = []) {
    var englishIDs = TokenMap(capacity: 4096)
    var chineseIDs = TokenMap(capacity: 8192)
    var englishTokens: [UInt64] = []
    var chineseTokens: [UInt64] = []
    // Each pair as the distinct ids of its two sides; `lastUnit` holds the unit an id was last taken for.
    var units: [(english: [Int], chinese: [Int])] = []
    var englishLastUnit: [Int] = []
    var chineseLastUnit: [Int] = []
    func ids(
      _ tokens: [UInt64], unit: Int, in map: inout TokenMap, _ list: inout [UInt64], _ lastUnit: inout [Int]
    ) -> [Int] {
      var ids: [Int] = []
      for token in tokens {
        let id = Int(
          map.value(for: token) {
            list.append(token)
            lastUnit.append(-1)
            return Int32(list.count - 1)
          })
        guard lastUnit[id] != unit else { continue }
        lastUnit[id] = unit
        ids.append(id)
      }
      return ids
    }
    for (index, pair) in (pairs + seeds + seeds).enumerated() {
      units.append(
        (
          ids(pair.english, unit: index, in: &englishIDs, &englishTokens, &englishLastUnit),
          ids(pair.chinese, unit: index, in: &chineseIDs, &chineseTokens, &chineseLastUnit)
        ))
    }
    var englishCount = [Int](repeating: 0, count: englishTokens.count)
    var chineseCount = [Int](repeating: 0, count: chineseTokens.count)
    var unitsOfWord = [[Int]](repeating: [], count: englishTokens.count)
    for (index, unit) in units.enumerated() {
      for e in unit.english {
        englishCount[e] += 1
        unitsOfWord[e].append(index)
      }
      for z in unit.chinese { chineseCount[z] += 1 }
    }
    // One dense counter reused for every word: only the entries it touched are read and cleared.
    var together = [Int](repeating: 0, count: chineseTokens.count)
    var touched: [Int] = []
    for e in englishTokens.indices where englishCount[e] >= 2 {
      for index in unitsOfWord[e] {
        for z in units[index].chinese {
          if together[z] == 0 { touched.append(z) }
          together[z] += 1
        }
      }
      var best: [(token: UInt64, dice: Double)] = []
      for z in touched {
        let count = together[z]
        together[z] = 0
        guard count >= 2 else { continue }
        let dice = 2 * Double(count) / Double(englishCount[e] + chineseCount[z])
        if dice >= Self.minimumDice { best.append((chineseTokens[z], dice)) }
      }
      touched.removeAll(keepingCapacity: true)
      let kept = best.sorted { ($0.dice, $0.token) > ($1.dice, $1.token) }.prefix(Self.maximumPartners)
      guard let strongest = kept.first else { continue }
      _ = partnerIndex.value(for: englishTokens[e]) {
        partnerLists.append(kept.map(\.token))
        return Int32(partnerLists.count - 1)
      }
      raise(englishTokens[e], to: strongest.dice)
      for partner in kept { raise(partner.token, to: partner.dice) }
    }
  }

  private mutating func raise(_ token: UInt64, to weight: Double) {
    let index = Int(
      weightIndex.value(for: token) {
        weightValues.append(0)
        return Int32(weightValues.count - 1)
      })
    weightValues[index] = max(weightValues[index], weight)
  }

  /// The Chinese tokens that translate the English token `token`.
  func partners(of token: UInt64) -> [UInt64] { partnerIndex[token].map { partnerLists[Int($0)] } ?? [] }

  /// How surely `token` translates (0 when it has no partner).
  func weight(of token: UInt64) -> Double { weightIndex[token].map { weightValues[Int($0)] } ?? 0 }

  var isEmpty: Bool { partnerLists.isEmpty }
}
