import Duet
import Store

/// `duet stats`: where the collection stands and how reviewing went.
struct StatsCommand: Command {
  static let info = CommandInfo(
    name: "stats", abstract: "Show what is due and how reviewing went.",
    options: [CommonOptions.listFormat.spec, CommonOptions.db.spec, CommonOptions.help.spec])

  let format: Format

  init(_ arguments: ParsedArguments) throws {
    format = try arguments.value(CommonOptions.listFormat, default: .text)
  }

  func run(_ context: Context) throws {
    let stats = try context.openCollection().statistics(today: context.clock.today)
    if format == .jsonl {
      return Output.json([
        "cards": .int(stats.cards), "new": .int(stats.new), "review": .int(stats.inReview),
        "suspended": .int(stats.suspended), "mature": .int(stats.mature), "due_today": .int(stats.dueToday),
        "due_tomorrow": .int(stats.dueTomorrow), "reviews_today": .int(stats.reviewsToday),
        "correct_today": .int(stats.correctToday), "seconds_today": .number(Double(stats.millisecondsToday) / 1000),
        "reviews_last_7_days": .array(stats.reviewsLastWeek.map(JSON.int)),
        "streak_days": .int(stats.streak),
      ])
    }
    let share =
      stats.reviewsToday == 0 ? 0 : Int((Double(stats.correctToday) / Double(stats.reviewsToday) * 100).rounded())
    Output.write(
      """
      cards        \(stats.cards) (\(stats.new) new, \(stats.inReview) in review, \(stats.mature) mature, \
      \(stats.suspended) suspended)
      due          \(stats.dueToday) today, \(stats.dueTomorrow) tomorrow
      today        \(stats.reviewsToday) reviews, \(share)% correct, \(stats.millisecondsToday / 60_000) min
      last 7 days  \(stats.reviewsLastWeek.map(String.init).joined(separator: " ")) (oldest first)
      streak       \(stats.streak) day\(stats.streak == 1 ? "" : "s")

      """)
  }
}
