import Foundation
import Scheduling

/// The moment the program runs at, and the learner's day it falls on.
///
/// `DUET_NOW` (ISO 8601 local time such as `2026-01-05T09:00:00`, or with `Z` or an offset) replaces the system
/// clock, so that tests and demos can fix "now". Days roll over at `rolloverHour` in `timeZone`, as Anki's do: a
/// review at 2 am still counts for the evening before. The zone is a value, not the process's `TZ`, so that a test
/// can ask for Shanghai's day without changing the zone of every other test.
public struct StudyClock: Sendable {
  /// Seconds since 1970-01-01 UTC.
  public let now: Double
  public let rolloverHour: Int
  public let timeZone: TimeZone

  public static let defaultRolloverHour = 4

  public init(now: Double, rolloverHour: Int = StudyClock.defaultRolloverHour, timeZone: TimeZone = .current) {
    self.now = now
    self.rolloverHour = rolloverHour
    self.timeZone = timeZone
  }

  /// The clock that `DUET_NOW` sets, or the system's, in `timeZone`.
  public static func fromEnvironment(_ environment: [String: String], timeZone: TimeZone = .current) throws
    -> StudyClock
  {
    guard let text = environment["DUET_NOW"], !text.isEmpty else {
      return StudyClock(now: Date().timeIntervalSince1970, timeZone: timeZone)
    }
    guard let seconds = parseISO8601(text, timeZone: timeZone) else {
      throw DuetError.usage("DUET_NOW: '\(text)' is not an ISO 8601 time such as 2026-01-05T09:00:00")
    }
    return StudyClock(now: seconds, timeZone: timeZone)
  }

  /// Milliseconds since 1970-01-01 UTC, as the collection stores instants.
  public var milliseconds: Int64 { Int64((now * 1000).rounded()) }

  /// The learner's day: the local calendar date, less one day before the rollover hour.
  public var today: Day {
    let local = Int(now.rounded(.down)) + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: now))
    let (day, secondOfDay) = local.quotientAndRemainder(dividingBy: 86_400)
    let date = secondOfDay < 0 ? Day(day - 1) : Day(day)
    let hour = (secondOfDay < 0 ? secondOfDay + 86_400 : secondOfDay) / 3600
    return hour < rolloverHour ? date + -1 : date
  }

  /// Seconds since 1970 of `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]]`, read in `timeZone` without a zone.
  ///
  /// Every field must be in range: months 1–12, days that the month has, hours 0–23, minutes and seconds 0–59,
  /// offsets up to ±14:00.
  static func parseISO8601(_ text: String, timeZone: TimeZone) -> Double? {
    let separator = text.firstIndex { $0 == "T" || $0 == " " }
    guard let day = Day(iso: text[..<(separator ?? text.endIndex)]) else { return nil }
    var clock = separator.map { text[text.index(after: $0)...] } ?? ""
    if separator != nil && clock.isEmpty { return nil }
    var offset: Int?
    if clock.hasSuffix("Z") {
      offset = 0
      clock = clock.dropLast()
    } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
      guard let minutes = offsetMinutes(clock[clock.index(after: sign)...]) else { return nil }
      offset = minutes * 60 * (clock[sign] == "-" ? -1 : 1)
      clock = clock[..<sign]
    }
    guard let secondOfDay = clock.isEmpty ? 0 : seconds(of: clock) else { return nil }
    let local = Double(day.number * 86_400) + secondOfDay
    if let offset { return local - Double(offset) }
    return instant(local: local, timeZone: timeZone)
  }

  /// The instant `day` begins for the learner: its rollover hour, local time.
  public func start(of day: Day) -> Double {
    Self.instant(local: Double(day.number * 86_400 + rolloverHour * 3600), timeZone: timeZone)
  }

  /// The instant of `local` (seconds since 1970 on the zone's wall clock) in `timeZone`.
  private static func instant(local: Double, timeZone: TimeZone) -> Double {
    // The zone's offset at that local time: first guess at the same instant in UTC, then correct once (twice
    // covers a daylight-saving change between the guess and the answer).
    var instant = local
    for _ in 0..<2 { instant = local - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: instant))) }
    return instant
  }

  /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` as seconds into the day; nil when a field is missing or out of range.
  private static func seconds(of clock: Substring) -> Double? {
    let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(fields.count), let hour = twoDigits(fields[0]), let minute = twoDigits(fields[1]),
      hour < 24, minute < 60
    else { return nil }
    var second = 0.0
    if fields.count == 3 {
      let parts = fields[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
      guard let whole = twoDigits(parts[0]), whole < 60 else { return nil }
      second = Double(whole)
      if parts.count == 2 {
        guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit), let fraction = Double("0." + parts[1]) else {
          return nil
        }
        second += fraction
      }
    }
    return Double(hour * 3600 + minute * 60) + second
  }

  /// `HH`, `HH:MM` or `HHMM` as minutes, at most 14 hours; nil otherwise.
  private static func offsetMinutes(_ zone: Substring) -> Int? {
    let fields =
      zone.contains(":")
      ? zone.split(separator: ":", omittingEmptySubsequences: false)
      : (zone.count == 4 ? [zone.prefix(2), zone.suffix(2)] : [zone])
    guard (1...2).contains(fields.count), let hours = twoDigits(fields[0]) else { return nil }
    let minutes = fields.count == 2 ? twoDigits(fields[1]) : 0
    guard let minutes, minutes < 60, hours * 60 + minutes <= 14 * 60 else { return nil }
    return hours * 60 + minutes
  }

  /// Exactly two ASCII digits as a number.
  private static func twoDigits(_ text: Substring) -> Int? {
    guard text.count == 2, text.allSatisfy(\.isASCIIDigit) else { return nil }
    return Int(text)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
