import Duet
import Foundation
import Scheduling
import XCTest

final class StudyClockTests: XCTestCase {
  private let shanghai = TimeZone(identifier: "Asia/Shanghai")!

  private func today(_ now: String) throws -> String {
    try StudyClock.fromEnvironment(["DUET_NOW": now], timeZone: shanghai).today.description
  }

  func testDaysRollOverAtFourInTheMorning() throws {
    XCTAssertEqual(try today("2026-01-05T03:59:59"), "2026-01-04")
    XCTAssertEqual(try today("2026-01-05T04:00:00"), "2026-01-05")
    XCTAssertEqual(try today("2026-01-05T23:59:00"), "2026-01-05")
    XCTAssertEqual(try today("2026-01-05"), "2026-01-04")  // midnight belongs to the evening before
    XCTAssertEqual(try today("2026-01-04T20:30:00Z"), "2026-01-05")  // 04:30 in Shanghai
  }

  func testRefusesTimesThatAreNotISO8601() {
    let outOfRange = [
      "2026-13-01", "2026-00-10", "2026-01-32", "2026-01-05T24:00", "2026-01-05T09:60", "2026-01-05T09:00:60",
      "2026-01-05T09:00+15:00", "2026-01-05T09:00+05:60", "2026-01-05T09:00-1", "+026-01-05", "2026-+1-05",
      "2026-01-05T", "2026-01-05T9:00", "2026-01-05T09", "2026-01-05T09:00:00.", "2026-01-05T1e1:00",
      "2026-01-05T-1e300:00Z", "2026-01-05T00:-1e300Z", "2026-01-05T-inf:00Z", "2026-01-05T-0x1p1000:00Z",
      "2026-01-05T09:00+99999999:00", "2026-01-05T09:00+2562047788015215:00", "2026-01-05T12.5:00",
    ]
    for text in ["yesterday", "2026-01-05T25:00", "2026-02-30T10:00", "05/01/2026"] + outOfRange {
      XCTAssertThrowsError(try StudyClock.fromEnvironment(["DUET_NOW": text]), text) { error in
        XCTAssertEqual((error as? DuetError)?.exitCode, 64)
      }
    }
  }

  func testOffsetsAndFractionsInRangeAreRead() throws {
    let utc = TimeZone(identifier: "UTC")!
    func seconds(_ text: String) throws -> Double {
      try StudyClock.fromEnvironment(["DUET_NOW": text], timeZone: utc).now
    }
    XCTAssertEqual(try seconds("2026-01-05T09:00:00Z"), 1_767_603_600)
    XCTAssertEqual(try seconds("2026-01-05T09:00:00"), 1_767_603_600)
    XCTAssertEqual(try seconds("2026-01-05T17:00:00+08:00"), 1_767_603_600)
    XCTAssertEqual(try seconds("2026-01-05T17:00+0800"), 1_767_603_600)
    XCTAssertEqual(try seconds("2026-01-05 04:00:00.5-05"), 1_767_603_600.5)
    XCTAssertEqual(
      try StudyClock.fromEnvironment(["DUET_NOW": "2026-01-05T09:00:00"], timeZone: shanghai).now,
      1_767_574_800)
  }
}
