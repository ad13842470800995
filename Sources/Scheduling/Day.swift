/// A calendar day of the learner's, counted from 1970-01-01.
///
/// Scheduling works in whole days: a card is due on a day, not at an instant. Which day "now" is (local time,
/// the rollover hour) is decided once, by the caller; this type only counts and prints.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let number: Int

  public init(_ number: Int) { self.number = number }

  /// The day of a civil date in the proleptic Gregorian calendar.
  public init(year: Int, month: Int, day: Int) {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    number = era * 146097 + dayOfEra - 719468
  }

  /// Days as far from 1970 as a stored value may claim and the calendar arithmetic can take without overflow
  /// (about ±2.5 × 10¹⁶ years): a day beyond shows as the last one.
  private static let representable = (Int.min / 4)...(Int.max / 4)

  /// The civil date of this day.
  public var civil: (year: Int, month: Int, day: Int) {
    let z = min(max(number, Self.representable.lowerBound), Self.representable.upperBound) + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (y, m, d) = civil
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(y)-\(two(m))-\(two(d))"
  }

  /// Parses `YYYY-MM-DD`; nil for anything else.
  public init?(iso text: Substring) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2D }), parts.count == 3, parts[0].count == 4,
      parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d)
    else { return nil }
    self.init(year: y, month: m, day: d)
    guard civil == (y, m, d) else { return nil }  // 2026-02-30
  }

  /// The day `days` later; saturating at the ends of `Int`, so that no stored value makes it trap.
  public static func + (day: Day, days: Int) -> Day {
    let (sum, overflow) = day.number.addingReportingOverflow(days)
    return Day(overflow ? (days > 0 ? .max : .min) : sum)
  }

  /// The days from `rhs` to `lhs`; saturating like `+`.
  public static func - (lhs: Day, rhs: Day) -> Int {
    let (difference, overflow) = lhs.number.subtractingReportingOverflow(rhs.number)
    return overflow ? (lhs.number > rhs.number ? .max : .min) : difference
  }
  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
}
