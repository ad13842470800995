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

  func testNestedAndUnclosedLinksTakeLinearTime() {
    XCTAssertEqual(plainText("See [[the [x](u) docs](v) here](w)."), "See the x docs here.")
    XCTAssertEqual(plainText("![a [b](c)](d) and [e](f g)"), "a b and [e](f g)")
    // Ten thousand nested links and fifty thousand unclosed ones: each used to rescan the rest of the line.
    let depth = 10_000
    let nested = "Hello " + String(repeating: "[", count: depth) + "x" + String(repeating: "](u)", count: depth)
    XCTAssertEqual(plainText(nested), "Hello x")
    let unclosed = String(repeating: "[a](", count: 50_000)
    XCTAssertEqual(plainText(unclosed), unclosed)
  }
}
