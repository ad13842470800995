import Foundation
import Scheduling

/// The moment the program runs at, and the learner's day it falls on.
///
/// `DUET_NOW` (ISO 8601 local time such as `2026-01-05T09:00:00`, or with `Z` or an offset) replaces the system
/// clock, so that tests and demos can fix "now". Days roll over at `rolloverHour` local time, as Anki's do: a review
/// at 2 am still counts for the evening before.
public struct StudyClock: Sendable {
  /// Seconds since 1970-01-01 UTC.
  public let now: Double
  public let rolloverHour: Int

  public static let defaultRolloverHour = 4

  public init(now: Double, rolloverHour: Int = StudyClock.defaultRolloverHour) {
    self.now = now
    self.rolloverHour = rolloverHour
  }

  /// The clock that `DUET_NOW` sets, or the system's.
  public static func fromEnvironment(_ environment: [String: String]) throws -> StudyClock {
    guard let text = environment["DUET_NOW"], !text.isEmpty else {
      return StudyClock(now: Date().timeIntervalSince1970)
    }
    guard let seconds = parseISO8601(text) else {
      throw DuetError.usage("DUET_NOW: '\(text)' is not an ISO 8601 time such as 2026-01-05T09:00:00")
    }
    return StudyClock(now: seconds)
  }

  /// Milliseconds since 1970-01-01 UTC, as the collection stores instants.
  public var milliseconds: Int64 { Int64((now * 1000).rounded()) }

  /// The learner's day: the local calendar date, less one day before the rollover hour.
  public var today: Day {
    var time = time_t(now.rounded(.down))
    var parts = tm()
    localtime_r(&time, &parts)
    let date = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    return Int(parts.tm_hour) < rolloverHour ? date + -1 : date
  }

  /// Seconds since 1970 of `YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM]`, read as local time without a zone.
  static func parseISO8601(_ text: String) -> Double? {
    let (datePart, timeAndZone) =
      text.firstIndex(where: { $0 == "T" || $0 == " " }).map {
        (text[..<$0], text[text.index(after: $0)...])
      } ?? (Substring(text), "")
    guard let day = Day(iso: datePart) else { return nil }
    var clock = timeAndZone
    var offset: Int?
    if clock.hasSuffix("Z") {
      offset = 0
      clock = clock.dropLast()
    } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
      let zone = clock[clock.index(after: sign)...].split(separator: ":")
      guard (1...2).contains(zone.count), let hours = Int(zone[0]), let minutes = zone.count == 2 ? Int(zone[1]) : 0
      else { return nil }
      offset = (hours * 3600 + minutes * 60) * (clock[sign] == "-" ? -1 : 1)
      clock = clock[..<sign]
    }
    let fields = clock.isEmpty ? [] : clock.split(separator: ":", omittingEmptySubsequences: false).map { Double($0) }
    guard fields.count != 1, fields.count <= 3, fields.allSatisfy({ $0 != nil }) else { return nil }
    let values = fields.map { $0! } + Array(repeating: 0, count: 3 - fields.count)
    guard values[0] < 24, values[1] < 60, values[2] < 61 else { return nil }
    if let offset {
      return Double(day.number * 86400) + values[0] * 3600 + values[1] * 60 + values[2] - Double(offset)
    }
    let (y, m, d) = day.civil
    var parts = tm()
    parts.tm_year = Int32(y - 1900)
    parts.tm_mon = Int32(m - 1)
    parts.tm_mday = Int32(d)
    parts.tm_hour = Int32(values[0])
    parts.tm_min = Int32(values[1])
    parts.tm_isdst = -1
    return Double(mktime(&parts)) + values[2]
  }
}
