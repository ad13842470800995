import Foundation
import TestSupport
import XCTest

@testable import DuetCLI

/// `duet stats` over a few scripted days: today's work as a session would show it, the forecast, true retention,
/// the streak and dated days, as text and as JSON.
final class StatsTests: XCTestCase {
  private var folder: TemporaryDirectory!

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    XCTAssertEqual(try duet(["import", Fixtures.path("bold-headings.md")], now: "2026-01-05T09:00:00").status, 0)
  }

  private func duet(_ arguments: [String], now: String, input: String = "") throws -> ProcessResult {
    try folder.duet(arguments, now: now, input: input)
  }

  private func stats(now: String) throws -> [String: Any] { try folder.duetObjects(["stats"], now: now).first ?? [:] }

  func testAFreshCollectionHasNewCardsToDoToday() throws {
    let fresh = try stats(now: "2026-01-05T09:00:00")
    XCTAssertEqual(fresh["new_today"] as? Int, 4, "one card a note on the first day")
    XCTAssertEqual(fresh["due_today"] as? Int, 0)
    XCTAssertEqual(fresh["forecast"] as? [Int], Array(repeating: 0, count: 30))
    XCTAssertEqual(fresh["streak"] as? Int, 0)
    let text = try duet(["stats"], now: "2026-01-05T09:00:00").stdout
    XCTAssertTrue(text.hasPrefix("today        4 new and 0 reviews to do;"), text)
  }

  func testTwoDaysOfReviewsGiveForecastRetentionAndStreak() throws {
    // Day one: four new cards, all Good; each is due the next day.
    _ = try duet(["review", "--format", "jsonl"], now: "2026-01-05T09:00:00", input: "4\n4\n4\n4\nq\n")
    let first = try stats(now: "2026-01-05T20:00:00")
    XCTAssertEqual(first["forecast"] as? [Int], [0, 4] + Array(repeating: 0, count: 28))
    let retentionOfNew = try XCTUnwrap(first["retention"] as? [String: Any])
    XCTAssertEqual((retentionOfNew["total"] as? [String: Any])?["reviews"] as? Int, 0, "first answers do not count")
    // Day two: the four reviews, one failed and then learnt in the session (that repeat does not count).
    _ = try duet(["review", "--format", "jsonl"], now: "2026-01-06T09:00:00", input: "4\n2\n4\n4\n4\nq\n")
    let second = try stats(now: "2026-01-06T20:00:00")
    let retention = try XCTUnwrap(second["retention"] as? [String: Any])
    let young = try XCTUnwrap(retention["young"] as? [String: Any])
    XCTAssertEqual(young["reviews"] as? Int, 4)
    XCTAssertEqual(young["passed"] as? Int, 3)
    XCTAssertEqual(young["rate"] as? Double, 0.75)
    XCTAssertEqual((retention["mature"] as? [String: Any])?["reviews"] as? Int, 0)
    XCTAssertEqual(second["streak"] as? Int, 2)
    XCTAssertEqual((second["forecast"] as? [Int])?.reduce(0, +), 4, "every card in review falls due in the month")
    XCTAssertEqual((second["forecast"] as? [Int])?[6], 3, "passed twice: six days")
    let days = try XCTUnwrap(second["last_7_days"] as? [[String: Any]])
    XCTAssertEqual(days.map { $0["date"] as? String }.last, "2026-01-06")
    XCTAssertEqual(days.map { $0["reviews"] as? Int }.suffix(2), [4, 5])
    let text = try duet(["stats"], now: "2026-01-06T20:00:00").stdout
    XCTAssertTrue(text.contains("retention    last 30 days: young 75% (3/4), mature - (0 reviews)"), text)
    XCTAssertTrue(text.contains("streak       2 days in a row"), text)
    XCTAssertTrue(text.contains("             Tue 01-06  5"), text)
    XCTAssertTrue(text.contains("Tue   "), "the year's calendar has a row a weekday")
    var chinese = folder.duetEnvironment(now: "2026-01-06T20:00:00")
    chinese["DUET_LANG"] = "zh"
    let zh = try DuetProcess.run(["stats"], environment: chinese).stdout
    XCTAssertTrue(zh.contains("保持率       最近 30 天：新近 75% (3/4)，成熟 -（0 次复习）"), zh)
    XCTAssertTrue(zh.contains("连续         2 天"), zh)
    XCTAssertTrue(zh.contains("             周二 01-06  5"), zh)
    XCTAssertTrue(zh.contains("\n周二  "), "the calendar's weekdays in Chinese, lined up: \(zh)")
    XCTAssertFalse(zh.contains("review"), "no English left: \(zh)")
  }

  func testDecksLineUpAndShowTodaysWork() throws {
    XCTAssertEqual(try duet(["import", Fixtures.path("terms.md")], now: "2026-01-05T09:00:00").status, 0)
    XCTAssertEqual(try duet(["config", "new-per-day", "1", "--deck", "terms"], now: "2026-01-05T09:00:00").status, 0)
    let lines = try duet(["decks"], now: "2026-01-05T09:00:00").lines
    XCTAssertEqual(lines.first, "deck           notes  cards  new  suspended  new today  due today")
    XCTAssertEqual(Set(lines.map(\.count)).count, 1, "columns line up: \(lines)")
    XCTAssertTrue(lines.contains { $0.hasPrefix("terms ") && $0.hasSuffix("1          0") }, "\(lines)")
    var chinese = folder.duetEnvironment()
    chinese["DUET_LANG"] = "zh"
    let zh = try DuetProcess.run(["decks"], environment: chinese).lines
    XCTAssertEqual(zh.first, "卡组           笔记  卡片  新卡片  暂停  今日新卡片  今日到期")
    XCTAssertEqual(Set(zh.map(TextLayout.width(of:))).count, 1, "columns line up by display width: \(zh)")
  }
}
