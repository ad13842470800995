/// Which English words and Chinese bigrams translate each other in one document, learnt from the sentence pairs
/// the aligner is already sure of and from a glossary.
///
/// The association is Dice's coefficient over co-occurrence in those pairs, 2·c(e, z) / (c(e) + c(z)): a word and a
/// bigram that keep turning up in the same pairs, and rarely apart, translate each other. A word keeps its few best
/// partners above a threshold, and each partner must be seen with it at least twice (a glossary pair counts as
/// seen twice). A general word list (`WordTranslations`) adds the partners a word has in any text, surely enough
/// to count but no surer than a document's own repeated evidence.
///
/// Each pair has its own weight: a match is as sure as the pair that made it, not as the surest pair either of its
/// tokens has elsewhere in the document.
struct TranslationTable: Sendable {
  /// One Chinese token that translates an English token, and how surely (on the scale of the Dice coefficient).
  struct Partner {
    let token: UInt64
    let weight: Double
  }

  /// Where each English token's partners start in `partnerLists`.
  private var partnerIndex = TokenMap()
  private var partnerLists: [[Partner]] = []

  /// How surely a pair of the general word list translates, on the scale of the Dice coefficient: a word list
  /// gives a word's senses, not this translator's choice among them.
  static let listedWeight = 1.0

  /// Partners an English word keeps at most.
  static let maximumPartners = 4
  /// The least Dice coefficient that makes a partner.
  static let minimumDice = 0.3

  /// Learns from `pairs` (token lists of sentence pairs known to translate each other) and `seeds` (term pairs, as
  /// token lists, surer than a sentence pair: each counts as seen twice), and takes from `words` the partners of
  /// the English tokens in `document` (the document's words: the rest of the list cannot matter).
  ///
  /// - Complexity: O(Σ |*E*ᵢ| × |*Z*ᵢ|) over the pairs' token counts, and O(*d*) in the document's tokens.
  init(
    pairs: [(english: [UInt64], chinese: [UInt64])], seeds: [(english: [UInt64], chinese: [UInt64])] = [],
    words: WordTranslations = WordTranslations(), document: some Sequence<UInt64> = [UInt64]()
  ) {
    var english = DistinctTokens(capacity: 4096)
    var chinese = DistinctTokens(capacity: 8192)
    for pair in pairs {
      english.addUnit(pair.english)
      chinese.addUnit(pair.chinese)
    }
    for _ in 0..<2 {
      for seed in seeds {
        english.addUnit(seed.english)
        chinese.addUnit(seed.chinese)
      }
    }
    let englishTokens = english.tokens
    let chineseTokens = chinese.tokens
    let unitCount = english.unitCount
    var englishCount = [Int](repeating: 0, count: englishTokens.count)
    var chineseCount = [Int](repeating: 0, count: chineseTokens.count)
    var unitsOfWord = [[Int]](repeating: [], count: englishTokens.count)
    for unit in 0..<unitCount {
      for e in english.ids(ofUnit: unit) {
        englishCount[e] += 1
        unitsOfWord[e].append(unit)
      }
      for z in chinese.ids(ofUnit: unit) { chineseCount[z] += 1 }
    }
    // One dense counter reused for every word: only the entries it touched are read and cleared.
    var together = [Int](repeating: 0, count: chineseTokens.count)
    var touched: [Int] = []
    for e in englishTokens.indices where englishCount[e] >= 2 {
      for unit in unitsOfWord[e] {
        for z in chinese.ids(ofUnit: unit) {
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
      guard !kept.isEmpty else { continue }
      _ = partnerIndex.value(for: englishTokens[e]) {
        partnerLists.append(kept.map { Partner(token: $0.token, weight: $0.dice) })
        return Int32(partnerLists.count - 1)
      }
    }
    guard !words.isEmpty else { return }
    var seen = TokenMap(capacity: 4096)
    for token in document where seen[token] == nil {
      _ = seen.value(for: token) { 0 }
      let listed = words.partners(of: token)
      guard !listed.isEmpty else { continue }
      let index = Int(
        partnerIndex.value(for: token) {
          partnerLists.append([])
          return Int32(partnerLists.count - 1)
        })
      for partner in listed where !partnerLists[index].contains(where: { $0.token == partner }) {
        partnerLists[index].append(Partner(token: partner, weight: Self.listedWeight))
      }
    }
  }

  /// The Chinese tokens that translate the English token `token`: the document's, then the word list's.
  func partners(of token: UInt64) -> [Partner] { partnerIndex[token].map { partnerLists[Int($0)] } ?? [] }

  var isEmpty: Bool { partnerLists.isEmpty }
}

/// The tokens of a run of units as small dense ids, each unit's ids distinct, stored flat (one array for all
/// units) so that reading a unit costs no reference counting.
private struct DistinctTokens {
  private var map: TokenMap
  /// Each id's token.
  private(set) var tokens: [UInt64] = []
  private var ids: [Int] = []
  private var starts = [0]
  /// The unit an id was last added to, so that a unit keeps each id once.
  private var lastUnit: [Int] = []

  init(capacity: Int) { map = TokenMap(capacity: capacity) }

  var unitCount: Int { starts.count - 1 }

  mutating func addUnit(_ unitTokens: [UInt64]) {
    let unit = unitCount
    for token in unitTokens {
      let id = Int(
        map.value(for: token) {
          tokens.append(token)
          lastUnit.append(-1)
          return Int32(tokens.count - 1)
        })
      guard lastUnit[id] != unit else { continue }
      lastUnit[id] = unit
      ids.append(id)
    }
    starts.append(ids.count)
  }

  func ids(ofUnit unit: Int) -> ArraySlice<Int> { ids[starts[unit]..<starts[unit + 1]] }
}
