import Foundation
import TestSupport
import XCTest

/// What a new learner meets first, through the real binary: Chinese prompts that do not give the answer away, and
/// terms among the sentences from the start.
final class FirstCardsTests: XCTestCase {
  private var folder: TemporaryDirectory!

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    XCTAssertEqual(try folder.duet(["import", Fixtures.path("terms.md")]).status, 0)
  }

  /// The whole day's session, every card answered 4: the card lines in the order shown.
  private func session(_ arguments: [String]) throws -> [[String: Any]] {
    try folder.duetObjects(["review", "--new", "50"] + arguments, input: String(repeating: "4\n", count: 60))
      .filter { $0["card"] != nil }
  }

  func testChinesePromptsLeaveOutTheBracketedEnglishAndTheBackKeepsIt() throws {
    let cards = try session(["--direction", "zh-en", "--kind", "sentence"])
    XCTAssertFalse(cards.isEmpty)
    for card in cards {
      let front = card["front"] as? String ?? ""
      XCTAssertNil(front.range(of: #"[（(][A-Za-z][^）)]*[）)]"#, options: .regularExpression), front)
    }
    let first = try XCTUnwrap(cards.first)
    XCTAssertEqual(first["front"] as? String, "你不仅是在人工智能和大语言模型的最前沿工作。")
    let listed = try folder.duetObjects(["cards", "\(first["card"] as? Int ?? 0)"]).first
    XCTAssertEqual(listed?["zh"] as? String, "你不仅是在人工智能（AI）和大语言模型（LLM）的最前沿工作。")
  }

  func testTermsComeAmongTheFirstNewCards() throws {
    let kinds = try session([]).map { $0["kind"] as? String ?? "" }
    XCTAssertEqual(Array(kinds.prefix(4)), ["sentence", "sentence", "sentence", "term"])
    XCTAssertEqual(kinds[7], "term", "a term at every fourth new note while terms remain")
  }
}
