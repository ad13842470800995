import TestSupport
import XCTest

@testable import Bitext

/// A transcript in Traditional characters reads, aligns and gives terms as its Simplified original does, with its
/// text kept as written.
final class TraditionalChineseTests: XCTestCase {
  private static let lexicon = Lexicon(bytes: Fixtures.bundledLexiconBytes)

  private func found(_ fixture: String) throws -> (units: [SentencePair], terms: [FoundTerm]) {
    let units = Aligner.align(TranscriptReader.read(try Fixtures.text(fixture))).flatMap(\.units)
    return (units, TermExtractor.terms(in: units, glossary: Glossary(), lexicon: Self.lexicon))
  }

  /// `terms-traditional.md` is `terms.md` converted character by character (OpenCC's s2t).
  func testATraditionalTranscriptGivesTheSameTermsInTraditional() throws {
    let simplified = try found("terms.md")
    let traditional = try found("terms-traditional.md")
    XCTAssertEqual(traditional.units.map(\.en), simplified.units.map(\.en))
    XCTAssertEqual(
      traditional.units.map { ChineseScript.simplified($0.zh) }, simplified.units.map(\.zh))
    XCTAssertEqual(traditional.terms.map(\.pair.english), simplified.terms.map(\.pair.english))
    XCTAssertEqual(
      traditional.terms.map { ChineseScript.simplified($0.pair.chinese) }, simplified.terms.map(\.pair.chinese))
    let text = try Fixtures.text("terms-traditional.md")
    for term in traditional.terms { XCTAssertTrue(text.contains(term.pair.chinese), term.pair.chinese) }
    XCTAssertTrue(traditional.terms.contains { $0.pair == TermPair(english: "AI", chinese: "人工智能") })
    XCTAssertTrue(traditional.terms.contains { $0.pair == TermPair(english: "LLM", chinese: "大語言模型") })
  }

  /// The words before the bracket are cut where Simplified text is cut: not 勵模型, not 使用強化學習.
  func testTraditionalTermsStartAtTheirFirstCharacter() {
    let units = [
      SentencePair(
        english: ["We carefully evaluate the reward model and use reinforcement learning."],
        chinese: ["我們仔細評估獎勵模型（reward model），並使用強化學習（reinforcement learning）。"], score: 1)
    ]
    let terms = TermExtractor.terms(in: units, glossary: Glossary(), lexicon: Self.lexicon).map(\.pair)
    XCTAssertEqual(
      terms,
      [
        TermPair(english: "reward model", chinese: "獎勵模型"),
        TermPair(english: "reinforcement learning", chinese: "強化學習"),
      ])
  }

  func testTheGlossaryMatchesEitherScript() {
    let glossary = Glossary([TermPair(english: "reward model", chinese: "獎勵模型")])
    XCTAssertTrue(glossary.contains(chinese: "奖励模型"))
    XCTAssertTrue(Glossary([TermPair(english: "reward model", chinese: "奖励模型")]).contains(chinese: "獎勵模型"))
  }

  func testTraditionalTextReadsAsItsSimplifiedForm() {
    let reader = PinyinReader(lexicon: Self.lexicon)
    XCTAssertEqual(reader.reading("銀行行長說，強化學習很重要。"), reader.reading("银行行长说，强化学习很重要。"))
    XCTAssertEqual(reader.pieces("銀行").first?.text, "銀行")
  }
}
