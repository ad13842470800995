import Foundation
import TestSupport
import XCTest

/// Strange files get a clear error or a correct import: never a crash, never a hang.
final class HostileInputTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = folder.duetEnvironment()
  }

  /// Imports `path` and checks the exit status, that stderr holds `message`, and that it took under `seconds`.
  private func expectImport(_ path: String, status: Int32, message: String, within seconds: Double = 60) throws {
    let started = Date()
    let result = try DuetProcess.run(["import", path], environment: environment)
    XCTAssertEqual(result.status, status, "\(path): \(result.stderr)")
    XCTAssertTrue(result.stderr.contains(message), "\(path): \(result.stderr)")
    XCTAssertLessThan(Date().timeIntervalSince(started), seconds, path)
  }

  func testTheNastyFixturesGetTheirExpectedOutcome() throws {
    let expectations = try Fixtures.text("nasty/expected.tsv").split(separator: "\n").dropFirst()
    XCTAssertEqual(expectations.count, 4)
    for line in expectations {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      try expectImport(Fixtures.path("nasty/" + fields[0]), status: Int32(fields[1])!, message: fields[2])
    }
  }

  func testATenMegabyteLineIsRefusedQuickly() throws {
    let path = try folder.write("long-line.md", String(repeating: "word ", count: 2_000_000) + "\n")
    try expectImport(path, status: 65, message: "no bilingual turn found")
  }

  func testAHundredThousandTurnsImport() throws {
    var text = ""
    text.reserveCapacity(8_000_000)
    for turn in 0..<100_000 {
      text += "## (00:00:01) Speaker \(turn % 7)\n\nEnglish: This is turn number \(turn).\n\n中文: 这是第 \(turn) 轮。\n\n"
    }
    try expectImport(try folder.write("many.md", text), status: 0, message: "100000 turns, 100000 pairs", within: 120)
  }

  func testATSVWithTenThousandColumnsImports() throws {
    let filler = Array(repeating: "x", count: 9_998).joined(separator: "\t")
    let text = "#separator:tab\nFirst row.\t第一行。\t\(filler)\nSecond row.\t第二行。\t\(filler)\n"
    try expectImport(try folder.write("wide.tsv", text), status: 0, message: "2 rows; notes: 2 new")
  }
}
