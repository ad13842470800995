import Duet
import Scheduling
import XCTest

final class StudyClockTests: XCTestCase {
  private func today(_ now: String) throws -> String {
    try StudyClock.fromEnvironment(["DUET_NOW": now]).today.description
  }

  func testDaysRollOverAtFourInTheMorning() throws {
    setenv("TZ", "Asia/Shanghai", 1)
    tzset()
    XCTAssertEqual(try today("2026-01-05T03:59:59"), "2026-01-04")
    XCTAssertEqual(try today("2026-01-05T04:00:00"), "2026-01-05")
    XCTAssertEqual(try today("2026-01-05T23:59:00"), "2026-01-05")
    XCTAssertEqual(try today("2026-01-05"), "2026-01-04")  // midnight belongs to the evening before
    XCTAssertEqual(try today("2026-01-04T20:30:00Z"), "2026-01-05")  // 04:30 in Shanghai
  }

  func testRefusesTimesThatAreNotISO8601() {
    for text in ["yesterday", "2026-01-05T25:00", "2026-02-30T10:00", "05/01/2026"] {
      XCTAssertThrowsError(try StudyClock.fromEnvironment(["DUET_NOW": text]), text) { error in
        XCTAssertEqual((error as? DuetError)?.exitCode, 64)
      }
    }
  }
}
