import Bitext
import Duet
import Foundation

/// Speaks text with espeak-ng, an optional program: Mandarin is fed its word-level pinyin with tone digits (the
/// `cmn-latn-pinyin` voice), so that a polyphone is read as its word reads it (银行 yin2hang2), which espeak-ng's
/// own character-by-character reading gets wrong.
struct Speech {
  /// The language to speak in.
  enum Language: String, CaseIterable {
    case zh
    case en

    /// Chinese when the text holds a Han character, else English.
    init(of text: String) { self = text.unicodeScalars.contains(where: \.isHan) ? .zh : .en }
  }

  let executable: String
  let pinyin: PinyinReader

  /// The espeak-ng on `PATH`, or nil.
  init?(environment: [String: String], pinyin: PinyinReader) {
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    guard let found = folders.map({ "\($0)/espeak-ng" }).first(where: FileManager.default.isExecutableFile(atPath:))
    else { return nil }
    executable = found
    self.pinyin = pinyin
  }

  /// Why there is no speech, and how to have it.
  static let missing = DuetError.unavailable(
    "speaking needs espeak-ng, which is not installed (Debian and Ubuntu: apt-get install espeak-ng; "
      + "macOS: brew install espeak-ng)")

  /// Starts speaking `text` in `language` (into the WAV file `output` when given) and returns the running program.
  func start(_ text: String, language: Language, output: String? = nil) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    let words = language == .zh ? spoken(text) : text
    process.arguments =
      ["-v", language == .zh ? "cmn-latn-pinyin" : "en"] + (output.map { ["-w", $0] } ?? []) + ["--", words]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    // Without a sound card espeak-ng's audio library complains on stderr; the speech itself is not affected.
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// What espeak-ng's pinyin voice reads for Chinese `text`: each syllable with its tone digit and a space after it
  /// (`yin2 hang2`, which it parses more cleanly than `yin2hang2`), other text as it is.
  func spoken(_ text: String) -> String {
    pinyin.words(text, numbers: true).map { parts in
      var word = ""
      var afterSyllable = false
      for part in parts {
        if part.tone != nil && afterSyllable { word += " " }
        word += part.text
        afterSyllable = part.tone != nil
      }
      return word
    }.joined(separator: " ")
  }

  /// Speaks `text` and waits until it is done; throws when espeak-ng fails.
  func say(_ text: String, language: Language, output: String? = nil) throws {
    let process = try start(text, language: language, output: output)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw DuetError.io(
        "espeak-ng failed (exit \(process.terminationStatus))" + (output.map { " writing \($0)" } ?? ""))
    }
  }
}
