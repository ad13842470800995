import Bitext
import TestSupport
import XCTest

final class TermExtractorTests: XCTestCase {
  static let lexicon = Lexicon(bytes: Fixtures.bundledLexiconBytes)

  private func terms(glossary: Glossary = Glossary()) throws -> [String] {
    let transcript = TranscriptReader.read(try Fixtures.text("terms.md"))
    let units = Aligner.align(transcript).flatMap(\.units)
    return TermExtractor.terms(in: units, glossary: glossary, lexicon: Self.lexicon).map {
      "\($0.pair.english)=\($0.pair.chinese)"
    }
  }

  func testTheChineseTermStartsAfterTheLastFunctionWord() throws {
    let found = try terms()
    XCTAssertTrue(found.contains("AI=人工智能"), "\(found)")  // not 你不仅是在人工智能
    XCTAssertTrue(found.contains("LLM=大语言模型"), "\(found)")  // not 和大语言模型
    XCTAssertTrue(found.contains("reinforcement learning=强化学习"), "\(found)")  // not 后训练阶段通过强化学习
  }

  func testQuotedTermsAndTheReverseShape() throws {
    let found = try terms()
    XCTAssertTrue(found.contains("synthetic data=合成数据"), "\(found)")
    XCTAssertTrue(found.contains("Stargate=星际门"), "\(found)")
    XCTAssertTrue(found.contains("IC=独立贡献者"), "\(found)")
    XCTAssertTrue(found.contains("GRC=治理、风险与合规"), "\(found)")
  }

  func testAsidesNumbersAndLinksAreNotTerms() throws {
    let found = try terms()
    XCTAssertFalse(
      found.contains { $0.contains("链接") || $0.contains("100K") || $0.contains("example.com") }, "\(found)")
  }

  func testEachDistinctPairOnceAndWhatTheDocumentTaught() throws {
    let found = try terms()
    // "后来我们向所有人发布任务功能（tasks）" reads as 任务功能 because the document annotated it so before.
    XCTAssertEqual(found.filter { $0.hasPrefix("tasks=") }, ["tasks=任务功能"])
    XCTAssertTrue(found.contains("CPO=首席产品官"), "\(found)")
    XCTAssertTrue(found.contains("SGI=超人工智能"), "\(found)")  // 人工智能 alone would drop the 超
  }

  func testALongRunIsCutToTheLengthTheEnglishSuggests() throws {
    XCTAssertTrue(try terms().contains("prompting=提示词"))  // 给|模型写提示词: six characters for one word
  }

  func testTheGlossaryPlacesTheBoundary() throws {
    XCTAssertTrue(try terms().contains("win rate=选择胜率"))
    let glossary = Glossary([TermPair(english: "win rate", chinese: "胜率")])
    XCTAssertTrue(try terms(glossary: glossary).contains("win rate=胜率"))
  }
}
