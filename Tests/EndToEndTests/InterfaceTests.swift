import TestSupport
import XCTest

@testable import DuetCLI

/// The interface's language and its message templates.
final class InterfaceTests: XCTestCase {
  func testTheLocaleOrDuetLangChoosesTheLanguage() {
    XCTAssertEqual(Interface.language(in: ["LANG": "zh_CN.UTF-8"]), .chinese)
    XCTAssertEqual(Interface.language(in: ["LANG": "zh_TW.UTF-8", "LC_ALL": "en_US.UTF-8"]), .english)
    XCTAssertEqual(Interface.language(in: ["LC_MESSAGES": "zh_CN", "LANG": "en_US"]), .chinese)
    XCTAssertEqual(Interface.language(in: ["LANG": "zh_CN.UTF-8", "DUET_LANG": "en"]), .english)
    XCTAssertEqual(Interface.language(in: ["DUET_LANG": "zh"]), .chinese)
    XCTAssertEqual(Interface.language(in: [:]), .english)
  }

  /// Every text of every command's help has its Chinese: an English text changed without its translation fails.
  func testEveryHelpTextHasAChineseTranslation() {
    Interface.language = .chinese
    defer { Interface.language = .english }
    for command in DuetMain.commands {
      let info = command.info
      let texts = [info.abstract, info.discussion] + info.arguments.map(\.help) + info.options.map(\.help)
      for text in texts where !text.isEmpty {
        XCTAssertNotEqual(Interface.text(text), text, "\(info.name): \(text)")
      }
    }
    XCTAssertFalse(DuetMain.help.contains("The collection file"), DuetMain.help)
  }

  /// `LANG=zh_CN.UTF-8 duet --help` is Chinese, and so are errors; `DUET_LANG=en` keeps English.
  func testTheBinaryFollowsTheLocale() throws {
    let chinese = try DuetProcess.run(["--help"], environment: ["LANG": "zh_CN.UTF-8"])
    XCTAssertTrue(chinese.stdout.hasPrefix("概述：从真实对话中学习英汉词汇"), chinese.stdout)
    XCTAssertTrue(chinese.stdout.contains("review      复习今天到期的卡片。"), chinese.stdout)
    let english = try DuetProcess.run(["--help"], environment: ["LANG": "zh_CN.UTF-8", "DUET_LANG": "en"])
    XCTAssertTrue(english.stdout.hasPrefix("OVERVIEW: Learn English–Chinese vocabulary"), english.stdout)
    let error = try DuetProcess.run(["import", "/no/such.md"], environment: ["LANG": "zh_CN.UTF-8"])
    XCTAssertEqual(error.stderr, "duet：/no/such.md：文件不存在\n")
    XCTAssertEqual(error.status, 66)
  }

  func testTemplatesCarryWhatVaries() {
    XCTAssertEqual(
      Interface.fill("{1}：文件不存在", from: "a/b.md: no such file", matching: "{}: no such file"), "a/b.md：文件不存在")
    XCTAssertNil(Interface.fill("{1}：文件不存在", from: "a/b.md: is a folder", matching: "{}: no such file"))
    XCTAssertEqual(
      Interface.fill("x{1}y", from: "Keys: a, q quit.", matching: "Keys: a, {}q quit."), "xy")
  }
}
