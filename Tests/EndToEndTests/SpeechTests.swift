import Foundation
import TestSupport
import XCTest

/// `duet say` feeds espeak-ng the word-level pinyin, writes WAV files that are what they say, and says how to get
/// espeak-ng when it is missing.
final class SpeechTests: XCTestCase {
  private var folder: TemporaryDirectory!

  override func setUpWithError() throws { folder = try TemporaryDirectory() }

  private func duet(_ arguments: String..., path: String) throws -> ProcessResult {
    try DuetProcess.run(arguments, environment: ["PATH": path, "DUET_DECKS": Fixtures.root + "/Decks"])
  }

  /// A stand-in espeak-ng that writes the arguments it gets to a log, one call a line.
  private func recordingSpeaker() throws -> (path: String, log: String) {
    let bin = folder.file("bin")
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    let script = try folder.write("bin/espeak-ng", "#!/bin/sh\necho \"$@\" >> '\(folder.file("calls"))'\n")
    XCTAssertEqual(chmod(script, 0o755), 0)
    return (bin + ":/usr/bin:/bin", folder.file("calls"))
  }

  func testMandarinIsSpokenFromItsPinyin() throws {
    let (path, log) = try recordingSpeaker()
    XCTAssertEqual(try duet("say", "银行行长说：“好。”", path: path).status, 0)
    XCTAssertEqual(try duet("say", "--lang", "en", "Hello there.", path: path).status, 0)
    XCTAssertEqual(try duet("say", "-o", folder.file("x.wav"), "重写", path: path).status, 0)
    XCTAssertEqual(
      try String(contentsOfFile: log, encoding: .utf8),
      """
      -v cmn-latn-pinyin -- yin2 hang2 hang2 zhang3 shuo1: "hao3."
      -v en -- Hello there.
      -v cmn-latn-pinyin -w \(folder.file("x.wav")) -- chong2 xie3

      """)
  }

  func testWithoutEspeakItSaysHowToInstallIt() throws {
    let result = try duet("say", "你好", path: folder.path)
    XCTAssertEqual(result.status, 69)
    XCTAssertTrue(result.stderr.contains("apt-get install espeak-ng"), result.stderr)
    XCTAssertEqual(try duet("say", path: "/usr/bin:/bin").status, 64)
  }

  /// The real espeak-ng: a RIFF WAVE file of 16-bit mono PCM whose length is that of a few syllables.
  func testTheWAVFileIsPCMOfTheRightLength() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng") else {
      throw XCTSkip("espeak-ng is not installed")
    }
    for (text, syllables) in [("银行行长", 4), ("Good morning", 3)] {
      let wav = folder.file("speech.wav")
      XCTAssertEqual(try duet("say", "-o", wav, text, path: "/usr/bin:/bin").status, 0, text)
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: wav)))
      func word(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
      func long(_ at: Int) -> Int { word(at) | word(at + 2) << 16 }
      XCTAssertEqual(
        String(decoding: bytes[0..<4], as: UTF8.self) + String(decoding: bytes[8..<16], as: UTF8.self), "RIFFWAVEfmt ")
      XCTAssertEqual([word(20), word(22), word(34)], [1, 1, 16], "PCM, mono, 16-bit")
      let rate = long(24)
      XCTAssertEqual(rate, 22_050)
      let seconds = Double(bytes.count - 44) / Double(rate * 2)
      XCTAssertGreaterThan(seconds, 0.15 * Double(syllables), text)
      XCTAssertLessThan(seconds, 0.8 * Double(syllables), text)
    }
  }
}
