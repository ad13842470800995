import Store
import XCTest

@testable import Duet

/// A Chinese→English card does not show the English the translator put in brackets.
final class CardFaceTests: XCTestCase {
  func testChinesePromptsLeaveOutBracketedEnglish() {
    XCTAssertEqual(
      CardDetail.withoutEnglishGlosses("我是这个播客和新闻通讯（newsletter）的忠实粉丝。"), "我是这个播客和新闻通讯的忠实粉丝。")
    XCTAssertEqual(
      CardDetail.withoutEnglishGlosses("我们通过强化学习 (reinforcement learning) 进行改进。"), "我们通过强化学习进行改进。")
    XCTAssertEqual(CardDetail.withoutEnglishGlosses("用 GPT-4（o1 之前）做的"), "用 GPT-4（o1 之前）做的")  // Han inside: kept
    XCTAssertEqual(CardDetail.withoutEnglishGlosses("10 万（100K）用户"), "10 万用户")
    XCTAssertEqual(CardDetail.withoutEnglishGlosses("第（1）点"), "第（1）点")  // no letters: kept
  }
}
