import TestSupport
import XCTest

@testable import Bitext

/// The second pass: what the document's own translation table decides where lengths do not.
final class LexicalAlignmentTests: XCTestCase {
  private let english = [
    "Our hiring plan is simple.", "Recruiters screen every candidate.", "Managers decide.",
  ]
  private let chinese = ["我们的招聘计划很简单，招聘人员筛选每位候选人。", "经理来做决定。"]

  /// A table that knows `pairs` (English word, Chinese word) as certain.
  private func table(_ pairs: [(String, String)]) -> TranslationTable {
    TranslationTable(
      pairs: [],
      seeds: pairs.map { (LexicalTokenizer.english($0.0), LexicalTokenizer.chinese($0.1)) })
  }

  private func aligned(_ fixture: String) throws -> [[String]] {
    Aligner.align(TranscriptReader.read(try Fixtures.text(fixture))).map { $0.units.map { $0.en + " | " + $0.zh } }
  }

  func testAnEnglishAnnotationDoesNotLengthenTheChinese() throws {
    // 《设计系统节目》（The Design Systems Show）says the title twice; the English says it once.
    let units = try aligned("names.md")[1]
    XCTAssertEqual(
      units.first,
      "The Design Systems Show from Build the Thing. | Build the Thing 出品的《设计系统节目》（The Design Systems Show）。")
    XCTAssertEqual(units.count, 2)
  }

  func testTranscribersNotesAndSpeakerDecorationsGo() throws {
    let transcript = TranscriptReader.read(try Fixtures.text("lexical.md"))
    XCTAssertEqual(transcript.turns.map(\.speaker), ["Christine Host", "Paul Guest", "Christine Host", "Paul Guest"])
    let last = try XCTUnwrap(Aligner.align(transcript).last?.units.first)
    XCTAssertEqual(last.en, "We ship the feature to customers every week.")
    XCTAssertEqual(withoutTranscriberMarkers("A [sic] remark [crosstalk] here (laughs)"), "A [sic] remark here")
    XCTAssertEqual(withoutTranscriberMarkers("（听不清）"), "")
  }

  func testTheTableLearnsFromSurePairsAndSeeds() {
    let pairs = [
      ("The feature ships today.", "这个功能今天发布。"), ("We love this feature.", "我们喜欢这个功能。"),
      ("Ship it.", "发布吧。"),
    ].map { (LexicalTokenizer.english($0.0), LexicalTokenizer.chinese($0.1)) }
    let learnt = TranslationTable(pairs: pairs, seeds: [])
    let feature = learnt.partners(of: LexicalTokenizer.english("feature")[0])
    // Always together, never apart: Dice 1.
    XCTAssertEqual(feature.first { $0.token == LexicalTokenizer.chinese("功能")[0] }?.weight, 1)
    XCTAssertTrue(learnt.partners(of: LexicalTokenizer.english("love")[0]).isEmpty)  // seen once: not enough
    let seeded = TranslationTable(
      pairs: [], seeds: [(LexicalTokenizer.english("readiness"), LexicalTokenizer.chinese("就绪"))])
    XCTAssertEqual(
      seeded.partners(of: LexicalTokenizer.english("readiness")[0]).map(\.token), LexicalTokenizer.chinese("就绪"))
  }

  func testAWordListTeachesWordsTheDocumentSaysOnce() throws {
    // The translator fused two sentences into 这很有趣，非常有道理。: only the words "interesting" (有趣) and "sense"
    // (道理) say that both belong there.
    let transcript = TranscriptReader.read(try Fixtures.text("fused-sentences.md"))
    let words = WordTranslations(bytes: Array("sense\t道理 意义\ninteresting\t有趣\nmake sense\t明白\n".utf8))
    let first = try XCTUnwrap(Aligner.align(transcript, words: words).first?.units.first)
    XCTAssertEqual(first.en, "That's really interesting. That makes a lot of sense.")
    XCTAssertEqual(first.zh, "这很有趣，非常有道理。")
    let alone = try XCTUnwrap(Aligner.align(transcript).first?.units)
    XCTAssertNotEqual(alone.first?.en, first.en, "without the list, lengths alone place the sentences")
    XCTAssertTrue(alone.prefix(2).contains { $0.score < 0.5 }, "and doubt them: \(alone)")
    let sense = LexicalTokenizer.english("sense")[0]
    XCTAssertEqual(words.partners(of: sense), LexicalTokenizer.chinese("道理 意义"))
    XCTAssertTrue(words.partners(of: LexicalTokenizer.english("make")[0]).isEmpty, "two words are not one's entry")
    let table = TranslationTable(pairs: [], words: words, document: [sense])
    XCTAssertEqual(table.partners(of: sense).map(\.token), LexicalTokenizer.chinese("道理 意义"))
    XCTAssertEqual(table.partners(of: sense).map(\.weight), [1, 1].map { $0 * TranslationTable.listedWeight })
    let interesting = LexicalTokenizer.english("interesting")[0]
    XCTAssertTrue(table.partners(of: interesting).isEmpty, "only the document's words are taken from the list")
  }

  /// "don't" pairs with no bigram: 我不 in 我不是 ("I'm not", whose "not" is a function word) would otherwise pull
  /// an "I don't know." from the next sentence into this one.
  func testNegationsAndPronounsRunTogetherAreFunctionWords() {
    XCTAssertEqual(LexicalTokenizer.english("I don't know. I’m here, they're there, we didn't."), [])
    XCTAssertEqual(LexicalTokenizer.english("Don’t ship"), LexicalTokenizer.english("ship"))
  }

  /// Two pairs that their words keep apart: merged, each translation they find is found among more sentences,
  /// and the merge costs more than the split, though it loses no translation.
  func testAMergeThatItsSplitExplainsCostsMore() {
    let block = SentenceBlock(
      english: ["We need to talk to more people.", "It's full circle."],
      chinese: ["我们需要和更多的人聊聊。", "这就像是一个圆满的循环。"])
    let evidence = LexicalEvidence(
      english: block.englishTokens, chinese: block.chineseTokens, table: table([("talk", "聊聊"), ("circle", "循环")]))
    let split = evidence.cost(english: 0..<1, chinese: 0..<1) + evidence.cost(english: 1..<2, chinese: 1..<2)
    XCTAssertEqual(split, 0)
    let merged = evidence.cost(english: 0..<2, chinese: 0..<2)
    XCTAssertGreaterThan(merged, split)
    XCTAssertEqual(merged, 4 * LexicalEvidence.mergedFinding, accuracy: 1e-9)  // talk, 聊聊, circle, 循环
  }

  func testAMergedUnitCostsNoLessThanItsBestSplit() {
    // "team" stands in the second translation only: a stray match that would make merging the two pairs look
    // cheaper than keeping them apart.
    let block = SentenceBlock(
      english: ["Our team is small.", "The product ships weekly."], chinese: ["我们规模不大。", "产品每周发布，团队很满意。"])
    let evidence = LexicalEvidence(
      english: block.englishTokens, chinese: block.chineseTokens, table: table([("team", "团队"), ("product", "产品")]))
    let split = evidence.cost(english: 0..<1, chinese: 0..<1) + evidence.cost(english: 1..<2, chinese: 1..<2)
    XCTAssertGreaterThan(split, 0)
    XCTAssertEqual(evidence.cost(english: 0..<2, chinese: 0..<2), split)
  }

  func testAWordWhoseTranslationStandsInSeveralSentencesSaysNothing() {
    // 产品 stands in both Chinese sentences: "product" cannot say which one it belongs with, so the second pair
    // pays nothing for the 产品 it does not explain.
    let block = SentenceBlock(
      english: ["The product is new.", "Sales grew."], chinese: ["这个产品是新的。", "产品销量增长了。"])
    let evidence = LexicalEvidence(
      english: block.englishTokens, chinese: block.chineseTokens, table: table([("product", "产品")]))
    XCTAssertEqual(evidence.cost(english: 1..<2, chinese: 1..<2), 0)
  }

  func testATokenWithoutPartnerCostsNothingAndNoUnitCostsLessThanZero() {
    let tokens = SentenceBlock(english: english, chinese: chinese)
    let evidence = LexicalEvidence(
      english: tokens.englishTokens, chinese: tokens.chineseTokens, table: table([("candidates", "候选人")]))
    XCTAssertEqual(evidence.cost(english: 1..<2, chinese: 0..<1), 0)  // the pair found together
    XCTAssertGreaterThan(evidence.cost(english: 1..<2, chinese: 1..<2), 0)  // apart: both pay
    XCTAssertEqual(evidence.cost(english: 0..<1, chinese: 1..<2), 0)  // no partner anywhere
  }

  func testUnitsThatOnlyLengthsPlaceAreDoubted() {
    // Two equally long English sentences and one Chinese sentence that fits either: lengths cannot tell.
    let units = Aligner().align(
      english: ["It went well overall.", "It went fine overall."], chinese: ["总体来说还不错。"])
    XCTAssertTrue(units.contains { $0.score < 0.5 }, "\(units)")
    // Numbers on both sides settle it.
    let anchored = Aligner().align(
      english: ["We hired 42 people.", "Revenue grew 300 percent."], chinese: ["我们招了 42 个人。", "收入增长了 300%。"])
    XCTAssertTrue(anchored.allSatisfy { $0.score > 0.9 }, "\(anchored)")
  }

  func testTheMarginIsWhatTheRunnerUpAlignmentLosesBy() {
    // Every alignment of a small block, enumerated: the margin is the second cheapest total less the cheapest.
    let block = SentenceBlock(
      english: ["We ship often.", "Every week, in fact.", "Customers like it.", "Okay."],
      chinese: ["我们经常发布，事实上每周都发。", "客户很喜欢。", "好的。"], lexical: false)
    let aligner = Aligner()
    let cost = AlignmentCost(
      model: aligner.model, english: block.englishFeatures, chinese: block.chineseFeatures, longText: false)
    var totals: [Double] = []
    func walk(_ i: Int, _ j: Int, _ total: Double) {
      guard i < block.english.count || j < block.chinese.count else { return totals.append(total) }
      for move in AlignmentCost.moves
      where i + move.english <= block.english.count && j + move.chinese <= block.chinese.count {
        walk(i + move.english, j + move.chinese, total + cost.cost(move, endingAt: i + move.english, j + move.chinese))
      }
    }
    walk(0, 0, 0)
    totals.sort()
    XCTAssertEqual(aligner.align(block).margin, totals[1] - totals[0], accuracy: 1e-9)
  }
}
