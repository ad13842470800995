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
    Move(english: 2, chinese: 3, penalty: -log(0.0005)),
    Move(english: 3, chinese: 2, penalty: -log(0.0005)),
  ]

  /// The moves a long text is aligned with: 2-3 and 3-2 are left out there, where each move costs a pass over the
  /// whole band and those two are the rarest.
  static let longTextMoves = 8

  /// The moves this block is aligned with (a prefix of `moves`, so indices agree).
  let activeMoves: ArraySlice<Move>

  /// The cost of an anchor without counterpart: about a 1-in-4 chance that a translation drops it.
  static let missingAnchor = 1.4
  /// The cost of a question mark without counterpart.
  static let unmatchedQuestion = 0.8

  private(set) var model: LengthModel
  /// The document's lexical evidence for this block, when a first pass has learnt a translation table.
  let lexical: LexicalEvidence?
  let english: [SentenceFeatures]
  let chinese: [SentenceFeatures]
  private let englishLengths: [Int]
  private let chineseLengths: [Int]
  /// Prefix sums, so that a unit's totals cost O(1): question marks and anchors per side.
  private let englishQuestions: [Int]
  private let chineseQuestions: [Int]
  private let englishAnchors: [Int]
  private let chineseAnchors: [Int]
  private let englishTokens: [Int]
  private let chineseTokens: [Int]
  /// English sentences that repeat the one before, counted up to each position.
  private let englishRepeats: [Int]
  /// For blocks of at most 64 sentences a side: for each anchor of each sentence, the sentences of the other side
  /// that hold its counterpart, as bits, so a unit's missing anchors are a few bit tests.
  private let chineseAnchorMatches: [[UInt64]]?
  private let englishAnchorMatches: [[UInt64]]?
  /// For larger blocks: per Chinese sentence, a bit for each of its (first 64) anchors that may stand inside English
  /// letters rather than as a token of its own (no English sentence of the block has it as a token): the only case
  /// that needs a text search.
  private let chineseAnchorSearched: [UInt64]

  /// Each move's prior by its English and Chinese counts, for the repetition discount's look-up.
  private static let penalties: [[Double?]] = (0...3).map { english in
    (0...3).map { chinese in moves.first { $0.english == english && $0.chinese == chinese }?.penalty }
  }

  /// `longText` marks a block aligned in a band, which uses the first `longTextMoves` moves only.
  init(
    model: LengthModel, english: [SentenceFeatures], chinese: [SentenceFeatures], lexical: LexicalEvidence? = nil,
    longText: Bool
  ) {
    self.model = model
    self.lexical = lexical
    activeMoves = Self.moves.prefix(longText ? Self.longTextMoves : Self.moves.count)
    var english = english
    for index in english.indices.dropFirst() where !english[index].folded.isEmpty {
      english[index].repeatsPrevious = english[index].folded == english[index - 1].folded
    }
    self.english = english
    self.chinese = chinese
    func sums(_ features: [SentenceFeatures], _ value: (SentenceFeatures) -> Int) -> [Int] {
      features.reduce(into: [0]) { $0.append($0[$0.count - 1] + value($1)) }
    }
    englishLengths = sums(english, \.length)
    chineseLengths = sums(chinese, \.length)
    englishQuestions = sums(english, \.questions)
    chineseQuestions = sums(chinese, \.questions)
    englishAnchors = sums(english) { $0.anchors.count }
    chineseAnchors = sums(chinese) { $0.anchors.count }
    englishTokens = sums(english) { $0.tokens.count }
    chineseTokens = sums(chinese) { $0.tokens.count }
    englishRepeats = sums(english) { $0.repeatsPrevious ? 1 : 0 }
    if english.count <= 64 && chinese.count <= 64 {
      chineseAnchorMatches = chinese.map { sentence in
        zip(sentence.anchors, sentence.anchorWords).map { anchor, word in
          english.indices.reduce(0) { bits, i in
            Self.holds(english[i], chineseAnchor: anchor, word: word) ? bits | 1 << UInt64(i) : bits
          }
        }
      }
      englishAnchorMatches = english.map { sentence in
        sentence.anchors.map { anchor in
          chinese.indices.reduce(0) { bits, j in chinese[j].tokens.contains(anchor) ? bits | 1 << UInt64(j) : bits }
        }
      }
    } else {
      chineseAnchorMatches = nil
      englishAnchorMatches = nil
    }
    if chineseAnchorMatches == nil {
      let englishTokens = Set(english.flatMap(\.tokens))
      chineseAnchorSearched = chinese.map { sentence in
        sentence.anchors.prefix(64).enumerated().reduce(0) { bits, anchor in
          englishTokens.contains(anchor.element) ? bits : bits | 1 << UInt64(anchor.offset)
        }
      }
    } else {
      chineseAnchorSearched = []
    }
  }

  /// The same costs with `wide` as the length model.
  func widened(to wide: LengthModel) -> AlignmentCost {
    var copy = self
    copy.model = wide
    return copy
  }

  /// Whether an English sentence holds a Chinese anchor: the same token, or the word inside its letters (a name
  /// run together, "MindtheProduct" for "Mind the Product", or inside a longer word).
  private static func holds(_ sentence: SentenceFeatures, chineseAnchor anchor: UInt64, word: [UInt8]) -> Bool {
    (sentence.tokenMask & (1 << (anchor & 63)) != 0 && sentence.tokens.contains(anchor))
      || (word.count >= 3 && sentence.folded.contains(bytes: word))
  }

  /// A lower bound of `cost(move, endingAt: i, j)`: its prior alone (every other term is at least 0), so that the
  /// dynamic program can skip a move that cannot beat the best found.
  func lowerBound(_ move: Move, endingAt i: Int) -> Double {
    prior(move, endingAt: i) + (move.english > 1 && move.chinese == 1 ? Self.joinedWithBreak : 0)
  }

  /// How much likelier (as −log of the ratio) a unit of several English sentences and one Chinese sentence is than
  /// a 1-1 unit, given whether that Chinese sentence holds a clause break: in hand-aligned gold of two transcripts,
  /// 90% of such units have one, against 61% of 1-1 units.
  static let joinedWithBreak = -log(0.90 / 0.61)
  static let joinedWithoutBreak = -log(0.10 / 0.39)

  /// The move's prior, less what spoken repetition explains: a unit whose English repeats itself ("Okay. Okay.")
  /// costs what the unit without the repeats would.
  private func prior(_ move: Move, endingAt i: Int) -> Double {
    guard move.english > 1, move.chinese > 0 else { return move.penalty }
    // Repeats inside the unit: its first sentence's own flag looks outside the unit, so it does not count.
    let repeats = englishRepeats[i] - englishRepeats[i - move.english + 1]
    guard repeats > 0 else { return move.penalty }
    return Self.penalties[move.english - repeats][move.chinese] ?? move.penalty
  }

  /// The cost of the unit `move` that ends after English sentence `i` and Chinese sentence `j` (exclusive ends).
  func cost(_ move: Move, endingAt i: Int, _ j: Int) -> Double {
    let (rest, lengths) = parts(move, endingAt: i, j)
    return rest + (lengths.map { model.cost(english: $0.english, chinese: $0.chinese) } ?? 0)
  }

  /// The unit's cost under this model and under `wide` (a wider length model), computed together: they differ in
  /// the length term only.
  func costs(_ move: Move, endingAt i: Int, _ j: Int, wide: LengthModel) -> (choosing: Double, scoring: Double) {
    let (rest, lengths) = parts(move, endingAt: i, j)
    guard let lengths else { return (rest, rest) }
    return (
      rest + model.cost(english: lengths.english, chinese: lengths.chinese),
      rest + wide.cost(english: lengths.english, chinese: lengths.chinese)
    )
  }

  /// Everything in the unit's cost but the length term, and the two sides' lengths when the unit has both.
  private func parts(_ move: Move, endingAt i: Int, _ j: Int) -> (Double, (english: Int, chinese: Int)?) {
    let e = i - move.english
    let c = j - move.chinese
    let lexicalCost = lexical?.cost(english: e..<i, chinese: c..<j) ?? 0
    guard move.english > 0 && move.chinese > 0 else { return (move.penalty + lexicalCost, nil) }
    let prior = prior(move, endingAt: i)
    var total = lexicalCost + prior
    if move.english > 1 && move.chinese == 1 && prior == move.penalty {
      total += chinese[c].hasClauseBreak ? Self.joinedWithBreak : Self.joinedWithoutBreak
    }
    let lengths = (englishLengths[i] - englishLengths[e], chineseLengths[j] - chineseLengths[c])
    if (englishQuestions[i] == englishQuestions[e]) != (chineseQuestions[j] == chineseQuestions[c]) {
      total += Self.unmatchedQuestion
    }
    let anchorsEnglish = englishAnchors[i] - englishAnchors[e]
    let anchorsChinese = chineseAnchors[j] - chineseAnchors[c]
    if anchorsEnglish > 0 || anchorsChinese > 0 {
      // Without tokens on the other side, every anchor misses: no need to look them up.
      let missing =
        englishTokens[i] == englishTokens[e] || chineseTokens[j] == chineseTokens[c]
        ? (englishTokens[i] == englishTokens[e] ? anchorsChinese : 0)
          + (chineseTokens[j] == chineseTokens[c] ? anchorsEnglish : 0)
        : missingAnchors(english: e..<i, chinese: c..<j)
      total += Double(missing) * Self.missingAnchor
    }
    return (total, lengths)
  }

  /// Anchors of either side that the other side of the unit lacks.
  private func missingAnchors(english englishRange: Range<Int>, chinese chineseRange: Range<Int>) -> Int {
    if let chineseAnchorMatches, let englishAnchorMatches {
      let englishBits = (UInt64(1) << UInt64(englishRange.count) &- 1) << UInt64(englishRange.lowerBound)
      let chineseBits = (UInt64(1) << UInt64(chineseRange.count) &- 1) << UInt64(chineseRange.lowerBound)
      var missing = 0
      for j in chineseRange { for bits in chineseAnchorMatches[j] where bits & englishBits == 0 { missing += 1 } }
      for i in englishRange { for bits in englishAnchorMatches[i] where bits & chineseBits == 0 { missing += 1 } }
      return missing
    }
    var missing = 0
    let englishMask = english[englishRange].reduce(0) { $0 | $1.tokenMask }
    let chineseMask = chinese[chineseRange].reduce(0) { $0 | $1.tokenMask }
    for index in chineseRange {
      let anchors = chinese[index].anchors
      for position in anchors.indices {
        let anchor = anchors[position]
        if englishMask & (1 << (anchor & 63)) != 0,
          englishRange.contains(where: { english[$0].tokens.contains(anchor) })
        {
          continue
        }
        if position < 64, chineseAnchorSearched[index] & (1 << UInt64(position)) != 0 {
          let word = chinese[index].anchorWords[position]
          if englishRange.contains(where: { Self.holds(english[$0], chineseAnchor: anchor, word: word) }) { continue }
        }
        missing += 1
      }
    }
    for index in englishRange {
      for anchor in english[index].anchors
      where chineseMask & (1 << (anchor & 63)) == 0
        || !chineseRange.contains(where: { chinese[$0].tokens.contains(anchor) })
      {
        missing += 1
      }
    }
    return missing
  }
}

extension [UInt8] {
  /// Whether `needle` occurs in the array (a byte search: Foundation's string search is far slower).
  fileprivate func contains(bytes needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
    return (0...(count - needle.count)).contains { start in
      self[start] == needle[0] && needle.indices.allSatisfy { self[start + $0] == needle[$0] }
    }
  }
}
