/// Which English words and Chinese bigrams translate each other in one document, learnt from the sentence pairs
/// the aligner is already sure of and from a glossary.
///
/// The association is Dice's coefficient over co-occurrence in those pairs, 2·c(e, z) / (c(e) + c(z)): a word and a
/// bigram that keep turning up in the same pairs, and rarely apart, translate each other. A word keeps its few best
/// partners above a threshold, and each partner must be seen with it at least twice (a glossary pair counts as
/// seen often enough).
struct TranslationTable: Sendable {
  /// The Chinese partners of each English token.
  private(set) var partners: [UInt64: [UInt64]] = [:]
  /// How surely each token translates: the best Dice coefficient it has with a partner, English and Chinese alike.
  private(set) var weights: [UInt64: Double] = [:]

  /// Partners an English word keeps at most.
  static let maximumPartners = 4
  /// The least Dice coefficient that makes a partner.
  static let minimumDice = 0.3

  init() {}

  /// Learns from `pairs` (token lists of sentence pairs known to translate each other) and `seeds` (term pairs, as
  /// token lists, surer than a sentence pair: each counts as seen twice).
  ///
  /// - Complexity: O(Σ |*E*ᵢ| × |*Z*ᵢ|) over the pairs' token counts.
  init(pairs: [(english: [UInt64], chinese: [UInt64])], seeds: [(english: [UInt64], chinese: [UInt64])] = []) {
    var englishIDs: [UInt64: Int] = [:]
    var chineseIDs: [UInt64: Int] = [:]
    var chineseTokens: [UInt64] = []
    // Each pair as the distinct ids of its two sides.
    var units: [(english: [Int], chinese: [Int])] = []
    for pair in pairs + seeds + seeds {
      var english = Set<Int>()
      for token in pair.english {
        if englishIDs[token] == nil { englishIDs[token] = englishIDs.count }
        english.insert(englishIDs[token]!)
      }
      var chinese = Set<Int>()
      for token in pair.chinese {
        if chineseIDs[token] == nil {
          chineseIDs[token] = chineseTokens.count
          chineseTokens.append(token)
        }
        chinese.insert(chineseIDs[token]!)
      }
      units.append((Array(english), Array(chinese)))
    }
    var englishCount = [Int](repeating: 0, count: englishIDs.count)
    var chineseCount = [Int](repeating: 0, count: chineseTokens.count)
    var unitsOfWord = [[Int]](repeating: [], count: englishIDs.count)
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
    for (token, e) in englishIDs where englishCount[e] >= 2 {
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
      let kept = best.sorted { $0.dice > $1.dice }.prefix(Self.maximumPartners)
      guard let strongest = kept.first else { continue }
      partners[token] = kept.map(\.token)
      weights[token] = strongest.dice
      for partner in kept { weights[partner.token] = max(weights[partner.token] ?? 0, partner.dice) }
    }
  }

  var isEmpty: Bool { partners.isEmpty }
}
