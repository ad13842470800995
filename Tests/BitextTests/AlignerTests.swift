import TestSupport
import XCTest

@testable import Bitext

final class AlignerTests: XCTestCase {
  private let aligner = Aligner()

  private func english(_ n: Int, using rng: inout SplitMix64) -> [String] {
    (0..<n).map { i in "Sentence \(i) " + String(repeating: "word ", count: Int.random(in: 2...25, using: &rng)) + "." }
  }

  private func chinese(for english: [String]) -> [String] {
    english.map { String(repeating: "字", count: max(1, $0.count * 2 / 5)) + "。" }
  }

  func testEmptySides() {
    XCTAssertEqual(aligner.align(english: [], chinese: []), [])
    XCTAssertEqual(aligner.align(english: ["Hi."], chinese: []).map(\.shape), ["1-0"])
    XCTAssertEqual(aligner.align(english: [], chinese: ["嗨。", "好。"]).map(\.shape), ["0-1", "0-1"])
  }

  func testEqualCountsOfMatchingLengthsAlignOneToOne() {
    var rng = SplitMix64(seed: 1)
    for n in 1...30 {
      let en = english(n, using: &rng)
      XCTAssertEqual(
        aligner.align(english: en, chinese: chinese(for: en)).map(\.shape), Array(repeating: "1-1", count: n))
    }
  }

  func testSplitTranslationBecomesOneToTwo() {
    let en = [
      "A short opener.", "This is a much longer sentence that the translator chose to render as two sentences.",
    ]
    let zh = ["一个简短的开场。", "这是一个长得多的句子，", "译者把它翻译成了两个句子。"]
    let fixed = ["一个简短的开场。", "这是一个长得多的句子。", "译者把它翻译成了两个句子。"]
    XCTAssertEqual(aligner.align(english: en, chinese: zh).map(\.shape), ["1-1", "1-2"])
    XCTAssertEqual(aligner.align(english: en, chinese: fixed).map(\.shape), ["1-1", "1-2"])
  }

  /// Where lengths cannot decide which of two English sentences a Chinese sentence joins (both sides mirror each
  /// other), the Chinese sentence with a clause break takes both: translators join sentences with a comma.
  func testTwoSentencesJoinTheChineseSentenceWithAClauseBreak() {
    let en = ["We shipped the first one in spring.", "That makes sense.", "We shipped the other one in winter."]
    let withBreak = "我们春天发布了第一版，很有道理。"
    let without = "我们冬天发布了第二版很有道理。"
    XCTAssertEqual(aligner.align(english: en, chinese: [withBreak, without]).map(\.shape), ["2-1", "1-1"])
    XCTAssertEqual(aligner.align(english: en, chinese: [without, withBreak]).map(\.shape), ["1-1", "2-1"])
  }

  func testEverySentenceIsUsedOnceInOrder() {
    var rng = SplitMix64(seed: 42)
    for _ in 0..<200 {
      let en = english(Int.random(in: 0...12, using: &rng), using: &rng)
      var zh = chinese(for: en)
      for _ in 0..<Int.random(in: 0...3, using: &rng) where !zh.isEmpty {
        let i = Int.random(in: 0..<zh.count, using: &rng)
        zh.insert("插入的句子。", at: i)
      }
      let units = aligner.align(english: en, chinese: zh)
      XCTAssertEqual(units.flatMap(\.english), en)
      XCTAssertEqual(units.flatMap(\.chinese), zh)
      XCTAssertTrue(units.allSatisfy { !$0.english.isEmpty || !$0.chinese.isEmpty })
      XCTAssertTrue(units.allSatisfy { (0...1).contains($0.score) })
    }
  }

  func testTranscriptPairsNeverCrossTurns() {
    let transcript = TranscriptReader.read(
      "## (00:00:01) A\n\nEnglish: One. Two.\n\n中文: 一。二。\n\n## (00:00:02) B\n\nEnglish: Three.\n\n中文: 三。四。\n")
    let aligned = Aligner.align(transcript)
    XCTAssertEqual(aligned.map { $0.units.flatMap(\.english) }, [["One.", "Two."], ["Three."]])
    XCTAssertEqual(aligned.map { $0.units.flatMap(\.chinese) }, [["一。", "二。"], ["三。", "四。"]])
  }

  func testTheBandStopsWideningAtItsLimit() {
    // One side ten times longer: the path may run along the band's edge at every width, and the band would
    // spread over the whole lattice (quadratic time and memory) without a limit.
    XCTAssertTrue(Aligner.widens(halfWidth: 24, columns: 60_000, pathTouchesEdge: true))
    XCTAssertFalse(Aligner.widens(halfWidth: 384, columns: 60_000, pathTouchesEdge: true))
    XCTAssertFalse(Aligner.widens(halfWidth: 24, columns: 60_000, pathTouchesEdge: false))
    XCTAssertFalse(Aligner.widens(halfWidth: 48, columns: 40, pathTouchesEdge: true))
    // And a skewed text still aligns every sentence, once each.
    let units = aligner.align(english: (0..<180).map { "Sentence \($0)." }, chinese: (0..<1_800).map { "第\($0)句。" })
    XCTAssertEqual(units.reduce(0) { $0 + $1.english.count }, 180)
    XCTAssertEqual(units.reduce(0) { $0 + $1.chinese.count }, 1_800)
  }
}
