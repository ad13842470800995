import Duet
import Scheduling
import Store

/// `duet stats`: what today holds, what the coming month brings, and how reviewing went.
struct StatsCommand: Command {
  static let info = CommandInfo(
    name: "stats", abstract: "Show what is due and how reviewing went.",
    options: [CommonOptions.listFormat.spec, CommonOptions.db.spec, CommonOptions.help.spec],
    discussion: """
      Today's new cards and reviews (as a session started now would show them), a 30-day forecast, retention
      over the last 30 days (Anki's true retention: a card's first review of the day, passed at grade 3 or more;
      young under 21 days' interval, mature from 21), the streak, the last 7 days and a year of reviews.
      """)

  let format: Format

  init(_ arguments: ParsedArguments) throws {
    format = try arguments.value(CommonOptions.listFormat, default: .text)
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    let today = context.clock.today
    let stats = try collection.statistics(today: today)
    let limits = QueueLimits(newPerDay: try collection.value(of: .newPerDay, deck: nil), reviews: Int(Int32.max))
    let queue = try ReviewSession.queue(of: collection, today: today, filter: CardFilter(), limits: limits)
    let newToday = queue.filter { $0.dueDay == nil }.count
    let dueToday = queue.count - newToday
    let week = (0..<7).reversed().map { today + -$0 }
    if format == .jsonl {
      func retention(_ value: Retention) -> JSON {
        .object([
          "passed": .int(value.passed), "reviews": .int(value.reviews), "rate": value.rate.map(JSON.number) ?? .null,
        ])
      }
      return Output.json([
        "cards": .int(stats.cards), "new": .int(stats.new), "review": .int(stats.inReview),
        "suspended": .int(stats.suspended), "mature": .int(stats.mature), "due_today": .int(dueToday),
        "new_today": .int(newToday), "due_tomorrow": .int(stats.dueTomorrow), "reviews_today": .int(stats.reviewsToday),
        "correct_today": .int(stats.correctToday), "seconds_today": .number(Double(stats.millisecondsToday) / 1000),
        "forecast": .array(stats.forecast.map(JSON.int)),
        "retention": .object([
          "days": .int(CollectionStatistics.retentionDays), "young": retention(stats.youngRetention),
          "mature": retention(stats.matureRetention),
          "total": retention(stats.youngRetention + stats.matureRetention),
        ]),
        "reviews_last_7_days": .array(stats.reviewsLastWeek.map(JSON.int)),
        "last_7_days": .array(
          week.map { .object(["date": .string($0.description), "reviews": .int(stats.answersByDay[$0.number] ?? 0)]) }),
        "reviews_by_day": .object(
          Dictionary(uniqueKeysWithValues: stats.answersByDay.map { (Day($0.key).description, JSON.int($0.value)) })),
        "streak": .int(stats.streak), "streak_days": .int(stats.streak),
      ])
    }
    let share =
      stats.reviewsToday == 0 ? 0 : Int((Double(stats.correctToday) / Double(stats.reviewsToday) * 100).rounded())
    let label = { (text: String) in TextLayout.pad(Interface.text(text), to: 13) }
    var lines = [
      label("today")
        + Interface.message(
          "\(newToday) new and \(dueToday) review\(dueToday == 1 ? "" : "s") to do; done "
            + "\(stats.reviewsToday) review\(stats.reviewsToday == 1 ? "" : "s"), \(share)% correct, "
            + StatsLayout.duration(milliseconds: stats.millisecondsToday)),
      label("cards")
        + Interface.message(
          "\(stats.cards): \(stats.new) new, \(stats.inReview) in review (\(stats.mature) mature), "
            + "\(stats.suspended) suspended"),
      label("forecast") + StatsLayout.sparkline(stats.forecast) + Interface.text("  next 30 days, today first"),
      label("")
        + Interface.message(
          "due: today \(dueToday), tomorrow \(stats.dueTomorrow), next 7 days "
            + "\(stats.forecast.prefix(7).reduce(0, +)), next 30 days \(stats.forecast.reduce(0, +))"),
      label("retention")
        + Interface.message(
          "last \(CollectionStatistics.retentionDays) days: young " + StatsLayout.rate(stats.youngRetention)
            + ", mature " + StatsLayout.rate(stats.matureRetention) + ", all "
            + StatsLayout.rate(stats.youngRetention + stats.matureRetention)),
      label("streak") + Interface.message("\(stats.streak) day\(stats.streak == 1 ? "" : "s") in a row"),
    ]
    lines += week.enumerated().map { index, day in
      label(index == 0 ? "last 7 days" : "")
        + "\(StatsLayout.weekday(day)) \(day.description.dropFirst(5))  \(stats.answersByDay[day.number] ?? 0)"
    }
    lines += [
      ""
    ]
    lines += StatsLayout.heatmap(stats.answersByDay, today: today, columns: Terminal.outputColumns)
    Output.write(lines.joined(separator: "\n") + "\n")
  }
}
