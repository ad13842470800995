import Bitext
import Foundation
import TestSupport
import XCTest

/// The bundled transcript as a regression input: alignment quality against hand-made gold, and independence from
/// the layout the transcript happens to use.
final class BundledTranscriptTests: XCTestCase {
  private func bundled() throws -> Transcript {
    TranscriptReader.read(try String(contentsOfFile: Fixtures.bundledTranscript, encoding: .utf8))
  }

  /// A unit's key as the gold scorer compares it: plain text, English spaces folded, Chinese spaces removed.
  private func key(_ english: String, _ chinese: String) -> String {
    plainText(english).split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\t"
      + plainText(chinese).filter { !$0.isWhitespace }
  }

  func testAlignmentReachesF1OfPoint95OnTheGoldTurns() throws {
    var gold: [String: Int] = [:]
    var goldTurns = Set<Int>()
    for line in try Fixtures.text("gold/karina-nguyen-dev.jsonl").split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      goldTurns.insert(object["turn"] as! Int)
      for pair in object["pairs"] as! [[String]] { gold[key(pair[0], pair[1]), default: 0] += 1 }
    }
    var system: [String: Int] = [:]
    for aligned in Aligner.align(try bundled()) where goldTurns.contains(aligned.turn.number) {
      for unit in aligned.units { system[key(unit.en, unit.zh), default: 0] += 1 }
    }
    let correct = gold.reduce(0) { $0 + min($1.value, system[$1.key] ?? 0) }
    let precision = Double(correct) / Double(system.values.reduce(0, +))
    let recall = Double(correct) / Double(gold.values.reduce(0, +))
    let f1 = 2 * precision * recall / (precision + recall)
    XCTAssertEqual(goldTurns.count, 69)
    XCTAssertGreaterThanOrEqual(f1, 0.95, "precision \(precision) recall \(recall)")
  }

  func testAnotherLayoutAlignsToTheSamePairs() throws {
    let original = try bundled()
    let text = Self.restyle(original)
    XCTAssertGreaterThan(text.components(separatedBy: "\r\n---\r\n\r\nEnglish:\r\n(").count, 10)  // headingless blocks
    XCTAssertGreaterThan(text.components(separatedBy: "\r\n(0").count, 40)  // timed paragraphs
    let restyled = TranscriptReader.read(text)
    XCTAssertEqual(restyled.warnings, [])
    XCTAssertEqual(restyled.turns.count, original.turns.count)
    func pairs(_ transcript: Transcript) -> [[String]] {
      Aligner.align(transcript).flatMap { aligned in
        aligned.units.map { [String(aligned.turn.number), aligned.turn.time, aligned.turn.speaker, $0.en, $0.zh] }
      }
    }
    XCTAssertEqual(pairs(restyled), pairs(original))
  }

  /// The transcript in the other layout: a byte-order mark, CRLF, `### [time] Name` headings, labels followed by
  /// text, a following turn of the same speaker as a `(time): ` paragraph or as a headingless block, hard-wrapped
  /// lines (English at spaces, Chinese between Han characters).
  static func restyle(_ transcript: Transcript) -> String {
    var out = "\u{FEFF}# Transcript\n\n"
    var index = 0
    let turns = transcript.turns
    while index < turns.count {
      let turn = turns[index]
      out += "---\n\n### [\(turn.time)] \(turn.speaker)\n\n"
      var english = "**English:** " + wrap(turn.english, chinese: false)
      var chinese = "**中文翻译:** " + wrap(turn.chinese, chinese: true)
      var next = index + 1
      // The speaker's next turn: every other time a timed paragraph inside this block, else a block of its own.
      while next < turns.count, turns[next].speaker == turn.speaker, next % 2 == 0 {
        english += "\n(\(turns[next].time)): " + wrap(turns[next].english, chinese: false)
        chinese += "\n(\(turns[next].time)): " + wrap(turns[next].chinese, chinese: true)
        next += 1
      }
      out += english + "\n\n" + chinese + "\n\n"
      while next < turns.count, turns[next].speaker == turn.speaker, next % 2 == 1 {
        out += "---\n\nEnglish:\n(\(turns[next].time)): " + wrap(turns[next].english, chinese: false) + "\n\n"
        out += "中文:\n(\(turns[next].time)): " + wrap(turns[next].chinese, chinese: true) + "\n\n"
        next += 1
      }
      index = next
    }
    return out.replacingOccurrences(of: "\n", with: "\r\n")
  }

  private static func wrap(_ text: String, chinese: Bool) -> String {
    guard chinese else {
      var lines: [String] = []
      var line = ""
      for word in text.split(separator: " ") {
        if line.count + word.count > 60 && !line.isEmpty {
          lines.append(line)
          line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
      }
      return (lines + [line]).joined(separator: "\n")
    }
    var out = ""
    var count = 0
    var previous: Character?
    for character in text {
      if count >= 24, let before = previous, before.unicodeScalars.first!.isHan, character.unicodeScalars.first!.isHan {
        out += "\n"
        count = 0
      }
      out.append(character)
      count += 1
      previous = character
    }
    return out
  }
}
