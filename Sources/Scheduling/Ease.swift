/// SM-2's easiness factor, kept as an exact number of hundredths.
///
/// SM-2 moves the factor in steps of 0.02, so an integer keeps it exact where a `Double` would drift
/// after a few hundred reviews.
public struct Ease: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The factor every card starts with (2.5).
  public static let initial = Ease(hundredths: 250)
  /// SM-2's floor (1.3): below it items come back too often to be learnt.
  public static let minimum = Ease(hundredths: 130)
  /// A ceiling no answer raises a factor beyond (10.0), so that a hand-edited value cannot overflow the arithmetic.
  public static let maximum = Ease(hundredths: 1_000)

  public let hundredths: Int

  public init(hundredths: Int) { self.hundredths = hundredths }

  /// The factor as a number, for display and JSON (2.5, 1.96).
  public var value: Double { Double(hundredths) / 100 }

  /// The factor after answering with `grade`: EF′ = EF + (0.1 − (5−q)(0.08 + (5−q)·0.02)), never under 1.3.
  public func adjusted(by grade: Grade) -> Ease {
    let miss = 5 - grade.rawValue
    let change = 10 - miss * (8 + 2 * miss)
    let start = min(max(hundredths, Ease.minimum.hundredths), Ease.maximum.hundredths)
    return Ease(hundredths: min(max(Ease.minimum.hundredths, start + change), Ease.maximum.hundredths))
  }

  /// `days` × EF rounded up, as SM-2's I(n) = I(n−1) × EF; `Int.max` where the product does not fit.
  public func stretch(_ days: Int) -> Int {
    let (product, overflow) = max(days, 0).multipliedReportingOverflow(by: max(hundredths, 0))
    return overflow ? .max : product / 100 + (product % 100 == 0 ? 0 : 1)
  }

  public static func < (lhs: Ease, rhs: Ease) -> Bool { lhs.hundredths < rhs.hundredths }

  public var description: String {
    let fraction = hundredths % 100
    if fraction == 0 { return "\(hundredths / 100).0" }
    let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    return "\(hundredths / 100).\(digits)"
  }
}
