import Bitext
import TestSupport
import XCTest

/// Where an annotated Chinese term begins, cut by words: one case for each kind of mistake a character count made.
final class TermBoundaryTests: XCTestCase {
  private static let lexicon = Lexicon(bytes: Fixtures.bundledLexiconBytes)

  /// The pairs found in one Chinese sentence, as `english=chinese`.
  private func terms(_ chinese: String, glossary: Glossary = Glossary()) -> [String] {
    let unit = SentencePair(english: ["(the English)"], chinese: [chinese], score: 1)
    return TermExtractor.terms(in: [unit], glossary: glossary, lexicon: Self.lexicon).map {
      "\($0.pair.english)=\($0.pair.chinese.filter { $0 != " " })"
    }
  }

  func testTheTermStartsAtAWordNotACharacterCount() {
    XCTAssertEqual(terms("我们关注每个项目的投资回报率（ROI）。"), ["ROI=投资回报率"])
    XCTAssertEqual(terms("我们保留了一个长期对照组（long-term holdout）。"), ["long-term holdout=长期对照组"])
    XCTAssertEqual(terms("我们同时盯着护栏指标（guardrail metrics）。"), ["guardrail metrics=护栏指标"])
    XCTAssertEqual(terms("我也做一些个人贡献者（IC）的工作。"), ["IC=个人贡献者"])
    XCTAssertEqual(terms("我们也转向产品驱动增长（PLG）。"), ["PLG=产品驱动增长"])
    XCTAssertEqual(terms("在进行产品开发生命周期（PDLC）规划时。"), ["PDLC=产品开发生命周期"])
    XCTAssertEqual(terms("公司设有总经理（GM）。"), ["GM=总经理"])
    // A suffix joins its word (两年|内), and characters the list lacks join each other (年化营收), not the two.
    XCTAssertEqual(terms("我们在短短两年内年化营收（ARR）破亿。"), ["ARR=年化营收"])
  }

  func testVerbsAndFunctionWordsBeforeATermStayOut() {
    XCTAssertEqual(terms("他们在考虑并购（M&A）。"), ["M&A=并购"])
    XCTAssertEqual(terms("关于内部对齐（Alignment）的痛苦。"), ["Alignment=内部对齐"])
    XCTAssertEqual(terms("我们从不写工单（Ticket）。"), ["Ticket=工单"])
    XCTAssertEqual(terms("我们也转向产品驱动策略（Product-led tactics）。"), ["Product-led tactics=产品驱动策略"])
  }

  func testATermMayHoldLatinLetters() {
    XCTAssertEqual(terms("这个 P 值（P value）很小。"), ["P value=P值"])
    XCTAssertEqual(terms("一个觉得不需要的普通 PM（ICPM）。"), ["ICPM=普通PM"])
  }

  func testAnAcronymWithItsExpansionGivesBothPairs() {
    XCTAssertEqual(
      terms("我们先查样本比例不匹配（Sample Ratio Mismatch，简称 SRM）。"),
      ["Sample Ratio Mismatch=样本比例不匹配", "SRM=样本比例不匹配"])
  }

  func testNamesAndSayingsAreNotTerms() {
    XCTAssertEqual(terms("这部电影是关于扬尼斯（Giannis）的。"), [])
    XCTAssertEqual(terms("正如布莱恩·切斯基（Brian Chesky）所说。"), [])
    XCTAssertEqual(terms("我会说“尊重这种拼劲”（respect the hustle）。"), [])
    XCTAssertEqual(terms("模型生成的文本（Text）。"), ["Text=文本"])  // two such characters are a word
  }

  func testARunWithoutWordsIsNoTerm() {
    XCTAssertEqual(terms(String(repeating: "测", count: 5_000) + "（AI）。"), [])
  }

  func testTheGlossaryStillPlacesTheBoundary() {
    let glossary = Glossary([TermPair(english: "AGI", chinese: "通用人工智能")])
    XCTAssertEqual(terms("迈向通用人工智能（AGI）。", glossary: glossary), ["AGI=通用人工智能"])
  }

  func testWithoutAWordListTheRunIsCutAtFunctionCharacters() {
    let unit = SentencePair(english: ["x"], chinese: ["你不仅是在人工智能（AI）领域。"], score: 1)
    XCTAssertEqual(TermExtractor.terms(in: [unit], glossary: Glossary()).map(\.pair.chinese), ["人工智能"])
  }
}

final class LexiconTests: XCTestCase {
  private let lexicon = Lexicon(bytes: Array("产品\t100\tn\n增长\t50\tv\n驱动\t30\tvn\n驱动增长\t1\tx\n".utf8))

  func testLooksWordsUpInTheSortedFile() {
    XCTAssertEqual(lexicon.entry("产品")?.frequency, 100)
    XCTAssertEqual(lexicon.entry("产品")?.tag, "n")
    XCTAssertEqual(lexicon.entry("驱动")?.tag, "vn")
    XCTAssertNil(lexicon.entry("产"))
    XCTAssertNil(lexicon.entry("产品经理"))
    XCTAssertNil(Lexicon().entry("产品"))
  }

  func testSplitsARunIntoItsMostLikelyWords() {
    XCTAssertEqual(lexicon.words(Array("产品驱动增长")), ["产品", "驱动", "增长"])  // not 产品|驱动增长 (rare)
    XCTAssertEqual(lexicon.words(Array("新产品")), ["新", "产品"])
    XCTAssertEqual(Lexicon().words(Array("产品")), ["产", "品"])
  }

  func testTheBundledListIsSortedAndReadable() {
    let bundled = Lexicon(bytes: Fixtures.bundledLexiconBytes)
    XCTAssertFalse(bundled.isEmpty)
    for word in ["一一", "人工智能", "回报率", "龟"] { XCTAssertNotNil(bundled.entry(word), word) }
  }
}
