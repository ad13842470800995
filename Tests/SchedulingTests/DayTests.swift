import Scheduling
import XCTest

final class DayTests: XCTestCase {
  func testCivilDatesRoundTrip() {
    XCTAssertEqual(Day(year: 1970, month: 1, day: 1).number, 0)
    XCTAssertEqual(Day(year: 2000, month: 3, day: 1).description, "2000-03-01")
    for number in stride(from: -800_000, through: 800_000, by: 997) {
      let (y, m, d) = Day(number).civil
      XCTAssertEqual(Day(year: y, month: m, day: d).number, number)
    }
    XCTAssertEqual((Day(year: 2024, month: 2, day: 28) + 1).description, "2024-02-29")
  }

  func testParsesISODates() {
    XCTAssertEqual(Day(iso: "2026-01-05")?.description, "2026-01-05")
    XCTAssertNil(Day(iso: "2026-13-05"))
    XCTAssertNil(Day(iso: "26-01-05"))
    XCTAssertNil(Day(iso: "2026-02-29"))
    XCTAssertEqual(Day(iso: "2024-02-29")?.description, "2024-02-29")
  }

  func testEaseDescription() {
    XCTAssertEqual(Ease(hundredths: 250).description, "2.5")
    XCTAssertEqual(Ease(hundredths: 196).description, "1.96")
    XCTAssertEqual(Ease(hundredths: 300).description, "3.0")
    XCTAssertEqual(Ease(hundredths: 105).description, "1.05")
  }
}
