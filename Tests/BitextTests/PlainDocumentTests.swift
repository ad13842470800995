import Bitext
import TestSupport
import XCTest

final class PlainDocumentTests: XCTestCase {
  private let expected: [[String]] = [
    ["Models learn from data.", "模型从数据中学习。"],
    ["Synthetic data lets them keep learning when the internet runs out.", "当互联网数据用完时，合成数据让它们能够继续学习。"],
    [
      "Post-training shapes how a model behaves. It turns a raw model into an assistant.",
      "后训练塑造了模型的行为方式，它把一个原始模型变成一个助手。",
    ],
    ["In 2024, a team of 10 people trained a model with 100K context.", "2024 年，一个 10 人的团队训练了一个具有 10 万上下文的模型。"],
    ["Was it hard?", "难吗？"],
    ["Yes.", "是的。"],
    ["Evaluation tells you whether the model got better.", "评估会告诉你模型是否变得更好了。"],
  ]

  func testOneParagraphALineAligns() throws {
    let english = PlainDocument(try Fixtures.text("article.en.txt"), language: .english)
    let chinese = PlainDocument(try Fixtures.text("article.zh.txt"), language: .chinese)
    XCTAssertEqual(english.paragraphs.count, 4)
    XCTAssertEqual(english.sentences.count, 8)
    XCTAssertEqual(Aligner.align(english: english, chinese: chinese).map { [$0.en, $0.zh] }, expected)
  }

  func testRunningTextJoinsItsWrappedLines() throws {
    let wrapped = PlainDocument(try Fixtures.text("article-wrapped.en.txt"), language: .english)
    XCTAssertEqual(
      wrapped.paragraphs, PlainDocument(try Fixtures.text("article.en.txt"), language: .english).paragraphs)
  }

  func testLongDocumentsUseTheBandAndKeepEverySentenceInOrder() {
    // 400 copies make a lattice far over the full-lattice limit.
    let english = PlainDocument(
      String(repeating: (try? Fixtures.text("article.en.txt")) ?? "", count: 400), language: .english)
    let chinese = PlainDocument(
      String(repeating: (try? Fixtures.text("article.zh.txt")) ?? "", count: 400), language: .chinese)
    let units = Aligner.align(english: english, chinese: chinese)
    XCTAssertEqual(units.flatMap(\.english), english.sentences)
    XCTAssertEqual(units.flatMap(\.chinese), chinese.sentences)
    XCTAssertEqual(Array(units.prefix(7)).map { [$0.en, $0.zh] }, expected)
    XCTAssertEqual(units.count, 7 * 400)
  }
}
