import Foundation

/// The cost of one alignment unit: −log of how likely the English sentences `english` translate into the Chinese
/// sentences `chinese`, as the sum of
/// - the move's prior (1-1 is the norm),
/// - the length model's cost (Gale–Church, calibrated per document),
/// - a cost per anchor without its counterpart in the unit: a number or Latin word of the Chinese that the English
///   side lacks, or a number of the English that the Chinese lacks,
/// - a cost per question mark on one side without one on the other;
/// and a spoken repetition ("Okay. Okay.", "I don't know. I don't know.") kept in one unit costs no more than a 1-1:
/// translators render it once.
struct AlignmentCost {
  /// A move of the dynamic program: how many English and Chinese sentences one unit takes, and its prior.
  struct Move {
    let english: Int
    let chinese: Int
    /// −log of the move's prior probability.
    let penalty: Double
  }

  static let moves: [Move] = [
    Move(english: 1, chinese: 1, penalty: -log(0.89)),
    Move(english: 1, chinese: 2, penalty: -log(0.05)),
    Move(english: 2, chinese: 1, penalty: -log(0.04)),
    Move(english: 1, chinese: 0, penalty: -log(0.005) + 3),
    Move(english: 0, chinese: 1, penalty: -log(0.005) + 3),
    Move(english: 2, chinese: 2, penalty: -log(0.01)),
    Move(english: 1, chinese: 3, penalty: -log(0.004)),
    Move(english: 3, chinese: 1, penalty: -log(0.004)),
  ]

  /// The cost of an anchor without counterpart: about a 1-in-4 chance that a translation drops it.
  static let missingAnchor = 1.4
  /// The cost of a question mark without counterpart.
  static let unmatchedQuestion = 0.8

  let model: LengthModel
  let english: [SentenceFeatures]
  let chinese: [SentenceFeatures]
  private let englishLengths: [Int]
  private let chineseLengths: [Int]

  init(model: LengthModel, english: [SentenceFeatures], chinese: [SentenceFeatures]) {
    self.model = model
    self.english = english
    self.chinese = chinese
    englishLengths = english.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.length) }
    chineseLengths = chinese.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.length) }
  }

  /// The cost of the unit `move` that ends after English sentence `i` and Chinese sentence `j` (exclusive ends).
  func cost(_ move: Move, endingAt i: Int, _ j: Int) -> Double {
    guard move.english > 0 && move.chinese > 0 else { return move.penalty }
    let englishRange = (i - move.english)..<i
    let chineseRange = (j - move.chinese)..<j
    let repeats = englishRange.dropFirst().contains { english[$0].folded == english[$0 - 1].folded }
    var total =
      (repeats ? Self.moves[0].penalty : move.penalty)
      + model.cost(
        english: englishLengths[i] - englishLengths[i - move.english],
        chinese: chineseLengths[j] - chineseLengths[j - move.chinese])
    var missing = 0
    for index in chineseRange {
      for anchor in chinese[index].anchors where !english[englishRange].contains(where: { $0.tokens.contains(anchor) })
      {
        missing += 1
      }
    }
    for index in englishRange {
      for anchor in english[index].anchors where !chinese[chineseRange].contains(where: { $0.tokens.contains(anchor) })
      {
        missing += 1
      }
    }
    total += Double(missing) * Self.missingAnchor
    let englishQuestions = english[englishRange].reduce(0) { $0 + $1.questions }
    let chineseQuestions = chinese[chineseRange].reduce(0) { $0 + $1.questions }
    if (englishQuestions == 0) != (chineseQuestions == 0) { total += Self.unmatchedQuestion }
    return total
  }
}
