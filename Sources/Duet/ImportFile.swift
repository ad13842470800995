import Bitext

/// A file to import: a bilingual transcript, or an Anki text file.
public enum ImportFile: Sendable {
  case transcript(AlignedTranscript)
  case anki(AnkiTextFile)

  /// Reads the file at `path`, telling the kinds apart by name and content; a transcript is read with what
  /// `vocabulary` knows.
  public init(path: String, vocabulary: Vocabulary = Vocabulary()) throws {
    let text = try InputFile.text(at: path)
    if AnkiTextFile.recognises(path: path, text: text.prefix(4096)) {
      self = .anki(try AnkiTextFile(path: path, text: text))
    } else {
      self = .transcript(try AlignedTranscript(path: path, text: text, vocabulary: vocabulary))
    }
  }

  public var path: String {
    switch self {
    case .transcript(let file): file.path
    case .anki(let file): file.path
    }
  }

  /// What the reader noticed, with line numbers.
  public var warnings: [TranscriptWarning] {
    if case .transcript(let file) = self { return file.transcript.warnings }
    return []
  }
}
