/// SM-2's easiness factor, kept as an exact number of hundredths.
///
/// SM-2 moves the factor in steps of 0.02, so an integer keeps it exact where a `Double` would drift
/// after a few hundred reviews.
public struct Ease: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The factor every card starts with (2.5).
  public static let initial = Ease(hundredths: 250)
  /// SM-2's floor (1.3): below it items come back too often to be learnt.
  public static let minimum = Ease(hundredths: 130)

  public let hundredths: Int

  public init(hundredths: Int) { self.hundredths = hundredths }

  /// The factor as a number, for display and JSON (2.5, 1.96).
  public var value: Double { Double(hundredths) / 100 }

  /// The factor after answering with `grade`: EF′ = EF + (0.1 − (5−q)(0.08 + (5−q)·0.02)), never under 1.3.
  public func adjusted(by grade: Grade) -> Ease {
    let miss = 5 - grade.rawValue
    let change = 10 - miss * (8 + 2 * miss)
    return Ease(hundredths: max(Ease.minimum.hundredths, hundredths + change))
  }

  /// `days` × EF rounded up, as SM-2's I(n) = I(n−1) × EF.
  public func stretch(_ days: Int) -> Int { (days * hundredths + 99) / 100 }

  public static func < (lhs: Ease, rhs: Ease) -> Bool { lhs.hundredths < rhs.hundredths }

  public var description: String {
    let fraction = hundredths % 100
    if fraction == 0 { return "\(hundredths / 100).0" }
    let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    return "\(hundredths / 100).\(digits)"
  }
}
