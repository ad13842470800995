/// One turn of a bilingual transcript: what a speaker said, and its translation.
public struct Turn: Hashable, Sendable {
  /// 1-based position of the turn in its file.
  public var number: Int
  /// 1-based line where the turn starts (its heading, label or timestamped paragraph).
  public var line: Int
  /// `hh:mm:ss` as written, or empty when the transcript gives none.
  public var time: String
  /// Empty when the transcript names nobody.
  public var speaker: String
  /// Plain text: Markdown links, escapes and emphasis are gone.
  public var english: String
  public var chinese: String

  public init(number: Int, line: Int, time: String, speaker: String, english: String, chinese: String) {
    self.number = number
    self.line = line
    self.time = time
    self.speaker = speaker
    self.english = english
    self.chinese = chinese
  }
}

/// Something in a transcript that a reader should look at, with its line.
public struct TranscriptWarning: Hashable, Sendable, CustomStringConvertible {
  public let line: Int
  public let message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { "line \(line): \(message)" }
}

/// A transcript as read: its turns in order and what looked wrong.
public struct Transcript: Hashable, Sendable {
  public var turns: [Turn]
  public var warnings: [TranscriptWarning]

  /// Turns that have both an English and a Chinese side.
  public var bilingualTurns: [Turn] { turns.filter { !$0.english.isEmpty && !$0.chinese.isEmpty } }
}
