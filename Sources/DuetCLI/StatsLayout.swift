import Foundation
import Scheduling
import Store

/// How `duet stats` draws its figures in plain text: block characters rather than colour, so they read the same
/// with NO_COLOR, in a pipe, and on any terminal.
enum StatsLayout {
  /// `34 s`, `4 min 34 s`, `1 h 2 min` (the units in the interface's language).
  static func duration(milliseconds: Int) -> String {
    let seconds = (milliseconds + 500) / 1000
    let (h, min, s) = (Interface.text("h"), Interface.text("min"), Interface.text("s"))
    if seconds < 60 { return "\(seconds) \(s)" }
    if seconds < 3600 { return "\(seconds / 60) \(min) \(seconds % 60) \(s)" }
    return "\(seconds / 3600) \(h) \(seconds % 3600 / 60) \(min)"
  }

  /// `87% (170/195)`, or `-` without reviews.
  static func rate(_ retention: Retention) -> String {
    guard let rate = retention.rate else { return Interface.text("- (0 reviews)") }
    return "\(Int((rate * 100).rounded()))% (\(retention.passed)/\(retention.reviews))"
  }

  /// `Mon` … `Sun` (周一 … 周日 in Chinese).
  static func weekday(_ day: Day) -> String { Interface.text(weekdays[mondayFirst(day)]) }

  static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// The day of the week, Monday 0 (1970-01-01 was a Thursday).
  static func mondayFirst(_ day: Day) -> Int { ((day.number + 3) % 7 + 7) % 7 }

  /// One block a count, its height scaled to the largest: `▁▃█ ▂`, a space for none.
  static func sparkline(_ counts: [Int]) -> String {
    let blocks = Array("▁▂▃▄▅▆▇█")
    let top = max(counts.max() ?? 0, 1)
    return String(counts.map { $0 == 0 ? " " : blocks[min(blocks.count - 1, ($0 * blocks.count - 1) / top)] })
  }

  /// A year of answers as a calendar: a column a week (oldest left, as many as `columns` allow, up to 53), a row a
  /// weekday, each day shaded by its count against the year's busiest days (`·` none, `░▒▓█` a quarter each), with
  /// month names above and a key below.
  static func heatmap(_ answers: [Int: Int], today: Day, columns: Int) -> [String] {
    let weeks = max(4, min(53, columns - 6))
    let lastMonday = today + -mondayFirst(today)
    let firstMonday = lastMonday + -7 * (weeks - 1)
    let busiest = answers.filter { $0.key >= firstMonday.number }.values.sorted()
    func shade(_ count: Int) -> Character {
      guard count > 0, !busiest.isEmpty else { return "·" }
      let rank = busiest.firstIndex { $0 >= count } ?? busiest.count - 1
      return Array("░▒▓█")[min(3, 4 * rank / busiest.count)]
    }
    // A column a week; a wide character (月) fills its column and the next, which then holds nothing.
    var monthLine = Array(repeating: " ", count: weeks)
    // A month's name over the week of its first Monday, where it fits whole and clears the name before it.
    var free = 0
    for week in 0..<weeks where week >= free {
      let monday = firstMonday + 7 * week
      let name = Interface.text(months[monday.civil.month - 1])
      guard week == 0 || monday.civil.day <= 7, week + TextLayout.width(of: name) <= weeks else { continue }
      var column = week
      for letter in name {
        monthLine[column] = String(letter)
        if TextLayout.width(of: letter) == 2 { monthLine[column + 1] = "" }
        column += TextLayout.width(of: letter)
      }
      free = column + 1
    }
    var lines = [Interface.message("reviews, \(weeks) weeks to today:"), "      " + monthLine.joined()]
    for weekday in 0..<7 {
      // Days after today stay out: this week's row ends at today.
      let days = (0..<weeks).map { firstMonday + (7 * $0 + weekday) }.filter { $0 <= today }
      lines.append(
        TextLayout.pad(Interface.text(weekdays[weekday]), to: 6) + String(days.map { shade(answers[$0.number] ?? 0) }))
    }
    lines = lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
    lines.append(Interface.text("      · none  ░ ▒ ▓ █ fewest to most"))
    return lines
  }
}
