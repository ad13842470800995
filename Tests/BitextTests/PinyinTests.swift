import Foundation
import TestSupport
import XCTest

@testable import Bitext

/// Readings come per word: the tone of each syllable, how a word's syllables join, the overrides' precedence, and
/// the bundled data on the hand-checked overrides and on a list of common polyphones.
final class PinyinTests: XCTestCase {
  func testSyllablesKnowTheirTone() {
    XCTAssertEqual(["mā", "má", "mǎ", "mà", "ma", "lǜ", "ǹg"].map { PinyinSyllable($0).tone }, [1, 2, 3, 4, 5, 4, 4])
    XCTAssertEqual(["yín", "lǜ", "de", "xiǎng"].map { PinyinSyllable($0).numbered }, ["yin2", "lü4", "de5", "xiang3"])
  }

  func testAWordsSyllablesJoinWithAnApostropheBeforeAVowel() {
    let word = ReadPiece(text: "西安", syllables: [PinyinSyllable("xī"), PinyinSyllable("ān")])
    XCTAssertEqual(word.reading(numbers: false), "xī'ān")
    XCTAssertEqual(word.reading(numbers: true), "xi1an1")
  }

  /// A small word list: 银行 and 行走 read 行 differently; 调 alone reads diào; 微调 is missing.
  private let lexicon = Lexicon(
    bytes: Array(
      """
      微\t10\tn\twēi
      行\t50\tv\txíng\tháng
      行走\t20\tv\txíng zǒu
      调\t30\tv\tdiào
      走\t40\tv\tzǒu
      银\t5\tn\tyín
      银行\t30\tn\tyín háng
      银行行长\t3\tn

      """.utf8))

  func testEachWordTakesItsOwnReading() {
    let reader = PinyinReader(lexicon: lexicon)
    XCTAssertEqual(reader.reading("银行行走"), "yínháng xíngzǒu")
    XCTAssertEqual(reader.reading("银行行走", numbers: true), "yin2hang2 xing2zou3")
  }

  /// A word without a reading of its own is read from its longest parts that have one, then character by
  /// character with each character's reading inside words.
  func testAWordWithoutAReadingIsReadFromItsParts() {
    let reader = PinyinReader(lexicon: lexicon)
    // 行 inside a word takes its reading there (háng); 长, which the list lacks, reads as itself.
    XCTAssertEqual(reader.reading("银行行长"), "yínhángháng长")
    XCTAssertEqual(reader.reading("微调"), "wēi diào")
  }

  func testOverridesWinAndKeepTheirWordsWhole() {
    let reader = PinyinReader(lexicon: lexicon, overrides: ["微调": "wēi tiáo", "调": "tiáo", "行长": "háng zhǎng"])
    XCTAssertEqual(reader.reading("微调"), "wēitiáo")
    XCTAssertEqual(reader.reading("银行行长"), "yínhánghángzhǎng")
    // A one-character override is the character alone: it never splits a word.
    XCTAssertEqual(reader.reading("调"), "tiáo")
    XCTAssertEqual(reader.reading("行走"), "xíngzǒu")
  }

  func testOtherTextStaysAndPunctuationIsWrittenTheWesternWay() {
    let reader = PinyinReader(lexicon: lexicon)
    XCTAssertEqual(reader.reading("银行（bank）“行走”，GPT-4o 走。"), "yínháng (bank) \"xíngzǒu\", GPT-4o zǒu.")
  }

  func testOverrideFilesSkipCommentsAndBlankLines() {
    XCTAssertEqual(
      PinyinReader.overrides(fromFile: "# comment\n\n微调\twēi tiáo\n坏行\n"), ["微调": "wēi tiáo"])
  }

  // MARK: - The bundled data

  private static let bundled = PinyinReader(
    lexicon: Lexicon(bytes: Fixtures.bundledLexiconBytes),
    overrides: PinyinReader.overrides(
      fromFile: (try? String(contentsOfFile: Fixtures.root + "/Decks/lexicon/pinyin-overrides.tsv", encoding: .utf8))
        ?? ""))

  /// Every hand-checked override reads as the file says: alone, and inside a sentence.
  func testEveryOverrideReadsAsWritten() throws {
    let text = try String(contentsOfFile: Fixtures.root + "/Decks/lexicon/pinyin-overrides.tsv", encoding: .utf8)
    let overrides = PinyinReader.overrides(fromFile: text)
    XCTAssertGreaterThanOrEqual(overrides.count, 200)
    for (word, reading) in overrides {
      let expected = ReadPiece(text: word, syllables: reading.split(separator: " ").map { PinyinSyllable(String($0)) })
        .reading(numbers: false)
      XCTAssertEqual(Self.bundled.reading(word), expected, word)
      if word.count > 1 { XCTAssertEqual(Self.bundled.reading("“\(word)”。"), "\"\(expected)\".", word) }
    }
  }

  /// Common words whose characters have several readings (长大 zhǎngdà, 长期 chángqī; 银行 yínháng, 行走
  /// xíngzǒu), each checked against CC-CEDICT.
  func testCommonPolyphonesReadAsTheDictionarySays() throws {
    let lines = try Fixtures.text("pinyin/polyphones.tsv").split(separator: "\n").filter { !$0.hasPrefix("#") }
    XCTAssertGreaterThanOrEqual(lines.count, 200)
    for line in lines {
      let cells = line.split(separator: "\t").map(String.init)
      XCTAssertEqual(Self.bundled.reading(cells[0]), cells[1], cells[0])
    }
  }
}
