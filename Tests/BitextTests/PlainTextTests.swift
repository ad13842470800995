import Bitext
import XCTest

final class PlainTextTests: XCTestCase {
  func testLinksKeepTheirText() {
    XCTAssertEqual(
      plainText("Visit [Enterpret.com/Lenny](https://Enterpret.com/Lenny) today"), "Visit Enterpret.com/Lenny today")
    XCTAssertEqual(plainText("![a chart](img.png)"), "a chart")
  }

  func testEscapesLoseTheirBackslash() {
    XCTAssertEqual(plainText("\\$1,000 and 5\\*3 and a\\_b"), "$1,000 and 5*3 and a_b")
  }

  func testEmphasisGoesButLoneAsterisksStay() {
    XCTAssertEqual(plainText("a **bold** and *soft* word"), "a bold and soft word")
    XCTAssertEqual(plainText("5 * 3"), "5 * 3")
  }

  func testBracketsThatAreNotLinksStay() {
    XCTAssertEqual(plainText("[inaudible 00:17:45] yes"), "[inaudible 00:17:45] yes")
    XCTAssertEqual(plainText("[unclosed"), "[unclosed")
  }
}
