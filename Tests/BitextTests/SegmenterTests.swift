import Bitext
import XCTest

final class EnglishSegmenterTests: XCTestCase {
  func testEdges() {
    XCTAssertEqual(EnglishSegmenter.sentences(""), [])
    XCTAssertEqual(EnglishSegmenter.sentences("   "), [])
    XCTAssertEqual(EnglishSegmenter.sentences("No final stop"), ["No final stop"])
  }

  func testTerminalsWithClosingQuotes() {
    XCTAssertEqual(
      EnglishSegmenter.sentences("So it says, \"Look, I don't know. Sorry, I cannot help you.\" Then what? Wow!"),
      ["So it says, \"Look, I don't know.", "Sorry, I cannot help you.\"", "Then what?", "Wow!"])
  }

  func testAbbreviationsInitialsDecimalsAndVersions() {
    XCTAssertEqual(
      EnglishSegmenter.sentences("Mr. Smith met Dr. Jones in the U.S. last year. J. K. Rowling wrote it."),
      ["Mr. Smith met Dr. Jones in the U.S. last year.", "J. K. Rowling wrote it."])
    XCTAssertEqual(
      EnglishSegmenter.sentences("Compare o1 vs. GPT-3.5, e.g. version 1.3. It works."),
      ["Compare o1 vs. GPT-3.5, e.g. version 1.3.", "It works."])
  }

  func testEllipsisBreaksOffASentence() {
    // A trailing-off is a break a translator marks with its own "……": the aligner joins the halves back when the
    // translation does not.
    XCTAssertEqual(
      EnglishSegmenter.sentences("How people... when you deploy it. So general… And then ... is because"),
      ["How people...", "when you deploy it.", "So general…", "And then ...", "is because"])
  }

  func testQuotationThatContinuesTheSentence() {
    XCTAssertEqual(
      EnglishSegmenter.sentences("\"Stop!\" she said. Prompts like, \"Write me an essay,\" work."),
      ["\"Stop!\" she said.", "Prompts like, \"Write me an essay,\" work."])
  }
}

final class ChineseSegmenterTests: XCTestCase {
  func testTerminalsAndClosers() {
    XCTAssertEqual(
      ChineseSegmenter.sentences("它说：“我不知道。抱歉。”然后呢？太好了！第一；第二"),
      ["它说：“我不知道。", "抱歉。”", "然后呢？", "太好了！", "第一；", "第二"])
  }

  func testEllipsisAndAsciiMarksAfterChinese() {
    XCTAssertEqual(ChineseSegmenter.sentences("我不认为……事实上是这样?好!"), ["我不认为……", "事实上是这样?", "好!"])
    XCTAssertEqual(ChineseSegmenter.sentences("之类的。……这是因为"), ["之类的。", "……", "这是因为"])
  }

  func testEnglishInsideChineseStays() {
    XCTAssertEqual(
      ChineseSegmenter.sentences("访问 Enterpret.com/Lenny 联系团队。GPT-3.5 很好。"),
      ["访问 Enterpret.com/Lenny 联系团队。", "GPT-3.5 很好。"])
  }
}

final class ChineseQuoteTests: XCTestCase {
  func testAQuotedQuestionInsideASentenceDoesNotEndIt() {
    XCTAssertEqual(ChineseSegmenter.sentences("你会问“这能行吗？”之类的问题。然后呢？"), ["你会问“这能行吗？”之类的问题。", "然后呢？"])
    XCTAssertEqual(ChineseSegmenter.sentences("他问：“这能行吗？”我说能。"), ["他问：“这能行吗？”", "我说能。"])
    XCTAssertEqual(ChineseSegmenter.sentences("我们会想“如何更快？”。下一步呢？"), ["我们会想“如何更快？”。", "下一步呢？"])
  }
}
