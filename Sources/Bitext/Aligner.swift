import Foundation

/// Pairs the English and Chinese sentences of a text in order, by dynamic programming over the moves 1-1, 1-0,
/// 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 2-3 and 3-2 (English–Chinese sentence counts; long texts leave out the last two),
/// with the cost of `AlignmentCost`.
///
/// Every sentence lands in exactly one unit, in order. Each unit's score is its posterior probability under the
/// same model (forward–backward over the lattice): near 1 where no other segmentation comes close, low where the
/// pair is doubtful.
///
/// Short texts (a turn) are aligned over the whole lattice. Long ones (whole documents) use a band around the
/// diagonal that widens (up to `maximumBand`) when the best path runs along its edge, so time and memory grow with
/// the text's length times the band, not with the square of the length, however skewed the two sides are.
public struct Aligner: Sendable {
  public var model: LengthModel

  public init(model: LengthModel = .standard) { self.model = model }

  /// Above this many lattice cells, the band is used.
  static let fullLatticeLimit = 250_000
  /// The band's first half-width, in Chinese sentences on each side of the diagonal.
  static let initialBand = 24
  /// How much wider the length model is when it scores the units than when it chooses them.
  ///
  /// A normal distribution's thin tails make lengths look decisive: under the choosing model, a unit that only
  /// lengths put in place (no shared word, number or name) can score 0.9 and still be wrong. Scored with six times
  /// the variance, lengths alone no longer make a unit sure, while units that words and anchors confirm stay near
  /// 1. The factor is fitted on hand-aligned gold of two transcripts (3 of their 4 misaligned units score under 0.5,
  /// and 10 of their 472 units do; of two whole transcripts' units, 2.8% and 5.4%).
  static let scoringSpread = 6.0
  /// Half-width of the band around the best path in which the scores' posterior is computed.
  static let posteriorBand = 8

  /// Aligns two sentence lists that translate each other.
  ///
  /// - Complexity: O(*m* × *n*) time and space for short texts; O((*m* + *n*) × *w*) for long ones, where *w* is
  ///   the band's width (it starts at 49 and doubles, up to `maximumBand`, only when the best path reaches its edge).
  public func align(english: [String], chinese: [String]) -> [SentencePair] {
    align(SentenceBlock(english: english, chinese: chinese, lexical: false)).units
  }

  /// Aligns a block again with the lexical evidence of `table`, unless the lexical cost of `firstPass` (its
  /// alignment without) is within the first pass's margin: lexical costs are never negative, so every other path
  /// still costs at least as much, and the second pass would choose the same units.
  func realign(_ block: SentenceBlock, table: TranslationTable, firstPass: BlockAlignment) -> [SentencePair] {
    guard block.fitsFullLattice, !table.isEmpty else { return firstPass.units }
    let lexical = LexicalEvidence(english: block.englishTokens, chinese: block.chineseTokens, table: table)
    let cost = block.ranges(of: firstPass.units).reduce(0) {
      $0 + lexical.cost(english: $1.english, chinese: $1.chinese)
    }
    return cost <= firstPass.margin ? firstPass.units : align(block, lexical: lexical).units
  }

  /// Aligns a block by lengths and anchors, and with `lexical` evidence when it is given (short texts only).
  func align(_ block: SentenceBlock, lexical: LexicalEvidence? = nil) -> BlockAlignment {
    let (english, chinese) = (block.english, block.chinese)
    let m = english.count
    let n = chinese.count
    if m == 0 || n == 0 {
      let units =
        english.map { SentencePair(english: [$0], chinese: [], score: 0) }
        + chinese.map { SentencePair(english: [], chinese: [$0], score: 0) }
      return BlockAlignment(units: units, margin: .infinity)
    }
    let cost = AlignmentCost(
      model: model, english: block.englishFeatures, chinese: block.chineseFeatures, lexical: lexical,
      longText: !block.fitsFullLattice)
    let wide = LengthModel(ratio: model.ratio, variance: model.variance * Self.scoringSpread)
    let path: [(i: Int, j: Int, move: Int)]
    let scores: [Double]
    var margin = 0.0
    if block.fitsFullLattice {
      (path, scores, margin) = scoredBestPath(in: Band.full(m, n), cost: cost, wide: wide)
    } else {
      path = widenedBestPath(m, n, cost: cost)
      let scoring = Band.around(path.map { ($0.i, $0.j) }, m, n, halfWidth: Self.posteriorBand)
      let scoringCost = cost.widened(to: wide)
      var costs = Lattice(band: scoring)
      for i in 0...m {
        for j in scoring.columns(i) where i + j > 0 {
          for (index, move) in cost.activeMoves.enumerated() where move.english <= i && move.chinese <= j {
            costs[scoring.cell(i, j)!, index] = scoringCost.cost(move, endingAt: i, j)
          }
        }
      }
      scores = posteriors(of: path, unitCosts: costs, moves: cost.activeMoves)
    }
    let units = zip(path, scores).map { step, score in
      let move = AlignmentCost.moves[step.move]
      return SentencePair(
        english: Array(english[(step.i - move.english)..<step.i]),
        chinese: Array(chinese[(step.j - move.chinese)..<step.j]), score: score)
    }
    return BlockAlignment(units: units, margin: margin)
  }

  /// The cheapest path in a band around the diagonal that doubles until the path keeps off its edges, up to
  /// `maximumBand`, or until doubling finds nothing cheaper: a path that runs along the edge only because many paths tie (one side ten
  /// times longer than the other, every extra sentence a 0-1 unit wherever it goes) would otherwise widen the
  /// band to the whole lattice, in quadratic time and memory.
  private func widenedBestPath(_ m: Int, _ n: Int, cost: AlignmentCost) -> [(i: Int, j: Int, move: Int)] {
    var halfWidth = Self.initialBand
    var previous: (path: [(i: Int, j: Int, move: Int)], total: Double)?
    while true {
      let band = Band.diagonal(m, n, halfWidth: halfWidth)
      if let found = bestPath(in: band, cost: cost) {
        if let previous, found.total >= previous.total - Self.wideningGain { return previous.path }
        let touches = band.touchesEdge(found.path.map { ($0.i, $0.j) }, margin: 2)
        guard Self.widens(halfWidth: halfWidth, columns: n, pathTouchesEdge: touches) else { return found.path }
        previous = found
      }
      halfWidth *= 2
    }
  }

  /// Whether a band of `halfWidth` is worth doubling: its best path runs along an edge, and the band is not yet
  /// as wide as the lattice or `maximumBand`.
  static func widens(halfWidth: Int, columns: Int, pathTouchesEdge: Bool) -> Bool {
    pathTouchesEdge && halfWidth < min(columns, maximumBand)
  }

  /// The widest the band grows (sentences on each side of the diagonal): a translation that drops or adds a
  /// passage of up to about this many sentences still aligns, and a text whose sides differ tenfold in length
  /// aligns in time linear in its length rather than quadratic.
  static let maximumBand = 192

  /// How much cheaper a wider band's path must be to be worth widening again: less than a single unit's length
  /// cost changes nothing a reader would see.
  static let wideningGain = 1.0

  /// The cheapest path through `band` as the unit ends it visits, first to last, and its cost; nil when the band
  /// holds none.
  private func bestPath(in band: Band, cost: AlignmentCost) -> (path: [(i: Int, j: Int, move: Int)], total: Double)? {
    var best = [Double](repeating: .infinity, count: band.cellCount)
    var back = [Int8](repeating: -1, count: band.cellCount)
    best[0] = 0
    for i in 0...band.rows {
      for j in band.columns(i) where i + j > 0 {
        var cheapest = Double.infinity
        var choice: Int8 = -1
        for (index, move) in cost.activeMoves.enumerated() where move.english <= i && move.chinese <= j {
          guard let previous = band.cell(i - move.english, j - move.chinese),
            best[previous] + cost.lowerBound(move, endingAt: i) < cheapest
          else { continue }
          let total = best[previous] + cost.cost(move, endingAt: i, j)
          if total < cheapest {
            cheapest = total
            choice = Int8(index)
          }
        }
        let cell = band.cell(i, j)!
        best[cell] = cheapest
        back[cell] = choice
      }
    }
    guard let end = band.cell(band.rows, band.lastColumn), back[end] >= 0 else { return nil }
    return (Self.path(back, in: band), best[end])
  }

  /// The path the back pointers `back` (each cell's best move into it) lead along, from the band's end back to its
  /// start, first unit first.
  private static func path(_ back: [Int8], in band: Band) -> [(i: Int, j: Int, move: Int)] {
    var path: [(i: Int, j: Int, move: Int)] = []
    var i = band.rows
    var j = band.lastColumn
    while i > 0 || j > 0 {
      let move = Int(back[band.cell(i, j)!])
      path.append((i, j, move))
      i -= AlignmentCost.moves[move].english
      j -= AlignmentCost.moves[move].chinese
    }
    return path.reversed()
  }

  /// The cheapest path through the whole of `band` by `cost`'s choosing model, each of its units' posterior under
  /// the `wide` length model, and its margin, from one evaluation of every unit: both costs come from one call.
  private func scoredBestPath(in band: Band, cost: AlignmentCost, wide: LengthModel) -> (
    path: [(i: Int, j: Int, move: Int)], scores: [Double], margin: Double
  ) {
    var best = [Double](repeating: .infinity, count: band.cellCount)
    var back = [Int8](repeating: -1, count: band.cellCount)
    var costs = Lattice(band: band)
    var choosingCosts = Lattice(band: band)
    best[0] = 0
    for i in 0...band.rows {
      for j in band.columns(i) where i + j > 0 {
        let cell = band.cell(i, j)!
        for (index, move) in cost.activeMoves.enumerated() where move.english <= i && move.chinese <= j {
          guard let previous = band.cell(i - move.english, j - move.chinese) else { continue }
          let (choosing, scoring) = cost.costs(move, endingAt: i, j, wide: wide)
          costs[cell, index] = scoring
          choosingCosts[cell, index] = choosing
          if best[previous] + choosing < best[cell] {
            best[cell] = best[previous] + choosing
            back[cell] = Int8(index)
          }
        }
      }
    }
    let path = Self.path(back, in: band)
    return (
      path, posteriors(of: path, unitCosts: costs, moves: cost.activeMoves),
      Self.margin(of: path, cheapest: best, unitCosts: choosingCosts, moves: cost.activeMoves)
    )
  }

  /// How much more than `path` (the cheapest path, whose prefixes cost `cheapest`) the cheapest other path costs:
  /// every other path leaves it by at least one unit, and the cheapest path through a unit is the cheapest way to
  /// its start, the unit, and the cheapest way on from its end.
  private static func margin(
    of path: [(i: Int, j: Int, move: Int)], cheapest: [Double], unitCosts: Lattice,
    moves: ArraySlice<AlignmentCost.Move>
  ) -> Double {
    let band = unitCosts.band
    let m = band.rows
    let n = band.lastColumn
    let end = band.cell(m, n)!
    var onPath = [Int8](repeating: -1, count: band.cellCount)
    for step in path { onPath[band.cell(step.i, step.j)!] = Int8(step.move) }
    var rest = [Double](repeating: .infinity, count: band.cellCount)
    rest[end] = 0
    var margin = Double.infinity
    for i in stride(from: m, through: 0, by: -1) {
      for j in band.columns(i).reversed() {
        let cell = band.cell(i, j)!
        for (index, move) in moves.enumerated() where i + move.english <= m && j + move.chinese <= n {
          guard let next = band.cell(i + move.english, j + move.chinese) else { continue }
          let through = unitCosts[next, index] + rest[next]
          rest[cell] = min(rest[cell], through)
          // A unit on the path is the only one into its end cell with its move.
          if onPath[next] != Int8(index) {
            margin = min(margin, cheapest[cell] + through - cheapest[end])
          }
        }
      }
    }
    return margin
  }

  /// Each unit's posterior probability, by forward–backward over the lattice of `unitCosts` (which holds `path`).
  private func posteriors(
    of path: [(i: Int, j: Int, move: Int)], unitCosts: Lattice, moves: ArraySlice<AlignmentCost.Move>
  ) -> [Double] {
    let band = unitCosts.band
    let m = band.rows
    let n = band.lastColumn
    var forward = [Double](repeating: .infinity, count: band.cellCount)
    var backward = [Double](repeating: .infinity, count: band.cellCount)
    forward[0] = 0
    for i in 0...m {
      for j in band.columns(i) where i + j > 0 {
        let cell = band.cell(i, j)!
        var sum = NegativeLogSum()
        for (index, move) in moves.enumerated() where move.english <= i && move.chinese <= j {
          if let previous = band.cell(i - move.english, j - move.chinese), forward[previous].isFinite {
            sum.add(forward[previous] + unitCosts[cell, index])
          }
        }
        forward[cell] = sum.value
      }
    }
    backward[band.cell(m, n)!] = 0
    for i in stride(from: m, through: 0, by: -1) {
      for j in band.columns(i).reversed() where i + j < m + n {
        var sum = NegativeLogSum()
        for (index, move) in moves.enumerated() where i + move.english <= m && j + move.chinese <= n {
          if let next = band.cell(i + move.english, j + move.chinese), backward[next].isFinite {
            sum.add(backward[next] + unitCosts[next, index])
          }
        }
        backward[band.cell(i, j)!] = sum.value
      }
    }
    let total = forward[band.cell(m, n)!]
    return path.map { step in
      let move = AlignmentCost.moves[step.move]
      guard let start = band.cell(step.i - move.english, step.j - move.chinese), let end = band.cell(step.i, step.j)
      else { return 0 }
      let logPosterior = -(forward[start] + unitCosts[end, step.move] + backward[end] - total)
      return min(1, max(0, exp(logPosterior)))
    }
  }
}

/// A block's units, and by how much the block's next cheapest alignment loses to them.
struct BlockAlignment {
  var units: [SentencePair]
  /// How much more the cheapest other path through the lattice costs under the choosing costs: 0 when unknown
  /// (long texts), infinite when there is no other path.
  var margin: Double
}

/// The cost of every move into every cell of a band, computed once and read by the forward and backward passes.
struct Lattice {
  let band: Band
  private var costs: [Double]

  init(band: Band) {
    self.band = band
    costs = [Double](repeating: .infinity, count: band.cellCount * AlignmentCost.moves.count)
  }

  subscript(cell: Int, move: Int) -> Double {
    get { costs[cell * AlignmentCost.moves.count + move] }
    set { costs[cell * AlignmentCost.moves.count + move] = newValue }
  }
}

/// −log Σ exp(−tᵢ) over terms added one at a time, kept relative to the smallest term so nothing underflows.
private struct NegativeLogSum {
  private var smallest = Double.infinity
  private var scaled = 0.0

  mutating func add(_ term: Double) {
    if term < smallest {
      scaled = scaled * exp(term - smallest) + 1
      smallest = term
    } else {
      scaled += exp(smallest - term)
    }
  }

  var value: Double { smallest.isFinite ? smallest - log(scaled) : .infinity }
}

/// The cells of the lattice that the dynamic program visits: for each English position `i` (0…rows), a range of
/// Chinese positions.
struct Band {
  let rows: Int
  let lastColumn: Int
  private let low: [Int]
  private let high: [Int]
  private let offsets: [Int]

  init(rows: Int, lastColumn: Int, low: [Int], high: [Int]) {
    self.rows = rows
    self.lastColumn = lastColumn
    self.low = low
    self.high = high
    offsets = zip(low, high).reduce(into: [0]) { $0.append($0[$0.count - 1] + max(0, $1.1 - $1.0 + 1)) }
  }

  static func full(_ m: Int, _ n: Int) -> Band {
    Band(rows: m, lastColumn: n, low: Array(repeating: 0, count: m + 1), high: Array(repeating: n, count: m + 1))
  }

  /// Columns within `halfWidth` of the diagonal from (0, 0) to (m, n).
  static func diagonal(_ m: Int, _ n: Int, halfWidth: Int) -> Band {
    let centres = (0...m).map { $0 * n / m }
    return Band(
      rows: m, lastColumn: n, low: centres.map { max(0, $0 - halfWidth) }, high: centres.map { min(n, $0 + halfWidth) })
  }

  /// Columns within `halfWidth` of a path's cells (rows the path jumps over take their neighbours' range).
  static func around(_ path: [(Int, Int)], _ m: Int, _ n: Int, halfWidth: Int) -> Band {
    var centre = [Int](repeating: -1, count: m + 1)
    centre[0] = 0
    for (i, j) in path { centre[i] = j }
    for i in 1...m where centre[i] < 0 { centre[i] = centre[i - 1] }
    return Band(
      rows: m, lastColumn: n, low: centre.map { max(0, $0 - halfWidth) }, high: centre.map { min(n, $0 + halfWidth) })
  }

  var cellCount: Int { offsets[rows + 1] }

  func columns(_ i: Int) -> ClosedRange<Int> { low[i]...max(low[i], high[i]) }

  func cell(_ i: Int, _ j: Int) -> Int? {
    guard i >= 0, i <= rows, j >= low[i], j <= high[i] else { return nil }
    return offsets[i] + j - low[i]
  }

  /// True when the path comes within `margin` of a band edge that is not the lattice's own edge.
  func touchesEdge(_ path: [(Int, Int)], margin: Int) -> Bool {
    path.contains { i, j in (low[i] > 0 && j - low[i] < margin) || (high[i] < lastColumn && high[i] - j < margin) }
  }
}
