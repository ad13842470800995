import Foundation
import TestSupport
import XCTest

/// Text from files never acts on the terminal: escape sequences, C1 controls and bidirectional overrides in card
/// text, deck names, speakers and header values come out as visible stand-ins in every text output.
final class TerminalSafetyTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var environment: [String: String] = [:]

  /// Sequences that write the clipboard (OSC 52), set the title (OSC 2), reset the terminal, ask for the cursor
  /// position, leave the alternate screen, a C1 CSI (U+009B), BEL, backspace, and a right-to-left override.
  private let hostile = [
    "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}", "\u{1B}]2;PWNED\u{07}", "\u{1B}c", "\u{1B}[6n", "\u{1B}[?1049l",
    "\u{9B}31m", "\u{08}\u{08}", "\u{202E}",
  ]

  override func setUpWithError() throws {
    folder = try TemporaryDirectory()
    environment = folder.duetEnvironment()
    let rows = hostile.enumerated().map { index, sequence in
      "Card \(index) says \(sequence)here.\t卡片\(index)\(sequence)在此。\tdeck\(sequence)\(index % 2)"
    }
    let file = try folder.write("hostile.tsv", "#separator:tab\n#deck column:3\n" + rows.joined(separator: "\n") + "\n")
    let imported = try DuetProcess.run(["import", file], environment: environment)
    XCTAssertEqual(imported.status, 0, imported.stderr)
  }

  /// Whether `text` holds a control character other than newline and tab, a C1 control or a bidi control.
  private func holdsControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
  }

  func testListingsShowControlsAsPictures() throws {
    let transcript = try folder.write(
      "hostile.md",
      "## (00:00:01) Ada \u{1B}]2;PWNED\u{07}Host\n\nEnglish: We ship \u{1B}[2J fast.\n\n中文: 我们发布得很快\u{202E}。\n")
    for arguments in [["cards"], ["decks"], ["align", transcript]] {
      let result = try DuetProcess.run(arguments, environment: environment)
      XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
      XCTAssertFalse(holdsControl(result.stdout), "\(arguments): \(result.stdout.debugDescription)")
      XCTAssertFalse(result.stdout.isEmpty)
    }
    let cards = try DuetProcess.run(["cards"], environment: environment).stdout
    XCTAssertTrue(cards.contains("␛]52;c;ZWNobyBwd25lZA==␇"), cards)
    XCTAssertTrue(cards.contains("<U+009B>31m"), cards)
    XCTAssertTrue(cards.contains("<U+202E>"), cards)
  }

  func testJSONLinesEscapeEveryControl() throws {
    let result = try DuetProcess.run(["cards", "--format", "jsonl"], environment: environment)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertFalse(holdsControl(result.stdout), result.stdout.debugDescription)
    XCTAssertTrue(result.stdout.contains("\\u001b]52;c;"), result.stdout)
    XCTAssertTrue(result.stdout.contains("\\u202e"), result.stdout)
    // The escapes decode back to the stored text.
    let first = try XCTUnwrap(result.lines.first { $0.contains("Card 0") })
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
    XCTAssertEqual(object["en"] as? String, "Card 0 says \(hostile[0])here.")
  }

  func testAHeaderValueInAnErrorIsShownNotSent() throws {
    let file = try folder.write("sep.tsv", "#separator:\u{1B}]0;SEPTITLE\u{07}\nA.\t甲。\n")
    let result = try DuetProcess.run(["import", file], environment: environment)
    XCTAssertEqual(result.status, 65)
    XCTAssertFalse(holdsControl(result.stderr), result.stderr.debugDescription)
    XCTAssertTrue(result.stderr.contains("␛]0;septitle␇") || result.stderr.contains("␛]0;SEPTITLE␇"), result.stderr)
  }

  func testAnHTMLNumericReferenceToNULBecomesAReplacementCharacter() throws {
    let file = try folder.write("nul.tsv", "#separator:tab\n#html:true\nNul &#0;after nul text.\t空&#0;字符之后。\n")
    XCTAssertEqual(try DuetProcess.run(["import", file], environment: environment).status, 0)
    let again = try DuetProcess.run(["import", file], environment: environment)
    XCTAssertTrue(again.stderr.contains("1 unchanged"), again.stderr)
    let cards = try DuetProcess.run(["cards", "--format", "jsonl"], environment: environment).stdout
    XCTAssertTrue(cards.contains("Nul \u{FFFD}after nul text."), cards)
  }

  func testTheReviewerSendsNoControlFromCardText() throws {
    #if os(Linux)
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
        throw XCTSkip("script(1) is not installed")
      }
      // script(1) gives the reviewer a pseudo-terminal and records every byte it writes.
      let log = folder.file("typescript")
      let variables = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
      let command = "env \(variables) '\(DuetProcess.executable.path)' review"
      let status = system(
        "(sleep 1; printf ' '; sleep 0.5; printf 5; sleep 0.5; printf ' '; sleep 0.5; printf q) "
          + "| /usr/bin/script -q -e -c \"\(command)\" '\(log)' >/dev/null 2>&1")
      XCTAssertEqual(status, 0)
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
      let written = String(decoding: bytes, as: UTF8.self)
      XCTAssertTrue(written.contains("Card 0 says ␛]52;"), written.debugDescription)
      for sequence in ["\u{1B}]", "\u{07}", "\u{1B}c", "\u{1B}[6n", "\u{9B}", "\u{202E}", "\u{08}"] {
        XCTAssertFalse(written.contains(sequence), "sent \(sequence.debugDescription)")
      }
    #else
      throw XCTSkip("drives script(1) of util-linux")
    #endif
  }
}
