import Foundation

/// Pairs the English and Chinese sentences of a text in order, by dynamic programming over the moves 1-1, 1-0, 0-1,
/// 2-1, 1-2, 2-2, 3-1 and 1-3 (English–Chinese sentence counts).
///
/// Every sentence lands in exactly one unit, in order. The cost of a unit is the length model's (Gale–Church) plus
/// a prior on its move that makes 1-1 the norm.
public struct Aligner: Sendable {
  public var model: LengthModel

  public init(model: LengthModel = .standard) { self.model = model }

  /// A move of the dynamic program: how many English and Chinese sentences one unit takes.
  struct Move: Hashable {
    let english: Int
    let chinese: Int
    /// −log of the move's prior probability.
    let penalty: Double
  }

  static let moves: [Move] = [
    Move(english: 1, chinese: 1, penalty: -log(0.89)),
    Move(english: 1, chinese: 2, penalty: -log(0.05)),
    Move(english: 2, chinese: 1, penalty: -log(0.04)),
    Move(english: 1, chinese: 0, penalty: -log(0.005)),
    Move(english: 0, chinese: 1, penalty: -log(0.005)),
    Move(english: 2, chinese: 2, penalty: -log(0.01)),
    Move(english: 1, chinese: 3, penalty: -log(0.004)),
    Move(english: 3, chinese: 1, penalty: -log(0.004)),
  ]

  /// Aligns two sentence lists that translate each other.
  ///
  /// - Complexity: O(*m* × *n*) time and space, where *m* and *n* are the two sentence counts.
  public func align(english: [String], chinese: [String]) -> [SentencePair] {
    let m = english.count
    let n = chinese.count
    if m == 0 || n == 0 {
      return english.map { SentencePair(english: [$0], chinese: [], score: 0) }
        + chinese.map { SentencePair(english: [], chinese: [$0], score: 0) }
    }
    let englishLengths = prefixSums(english.map(englishLength))
    let chineseLengths = prefixSums(chinese.map(chineseLength))
    let width = n + 1
    var cost = [Double](repeating: .infinity, count: (m + 1) * width)
    var back = [Int8](repeating: -1, count: (m + 1) * width)
    cost[0] = 0
    for i in 0...m {
      for j in 0...n where i + j > 0 {
        var best = Double.infinity
        var bestMove: Int8 = -1
        for (index, move) in Self.moves.enumerated() where move.english <= i && move.chinese <= j {
          let previous = cost[(i - move.english) * width + (j - move.chinese)]
          guard previous < best else { continue }
          let total =
            previous
            + unitCost(
              move, english: englishLengths[i] - englishLengths[i - move.english],
              chinese: chineseLengths[j] - chineseLengths[j - move.chinese])
          if total < best {
            best = total
            bestMove = Int8(index)
          }
        }
        cost[i * width + j] = best
        back[i * width + j] = bestMove
      }
    }
    var units: [SentencePair] = []
    var i = m
    var j = n
    while i > 0 || j > 0 {
      let move = Self.moves[Int(back[i * width + j])]
      let englishSide = Array(english[(i - move.english)..<i])
      let chineseSide = Array(chinese[(j - move.chinese)..<j])
      let lengthCost =
        move.english == 0 || move.chinese == 0
        ? Double.infinity
        : model.cost(
          english: englishLengths[i] - englishLengths[i - move.english],
          chinese: chineseLengths[j] - chineseLengths[j - move.chinese])
      units.append(SentencePair(english: englishSide, chinese: chineseSide, score: exp(-lengthCost)))
      i -= move.english
      j -= move.chinese
    }
    return units.reversed()
  }

  private func unitCost(_ move: Move, english: Int, chinese: Int) -> Double {
    if move.english == 0 || move.chinese == 0 { return move.penalty + 3 }
    return move.penalty + model.cost(english: english, chinese: chinese)
  }
}

private func prefixSums(_ values: [Int]) -> [Int] {
  var sums = [0]
  sums.reserveCapacity(values.count + 1)
  for value in values { sums.append(sums[sums.count - 1] + value) }
  return sums
}
