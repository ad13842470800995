/// What Anki's text-file format fixes, shared by the writer (`AnkiExport`) and the reader (`AnkiTextFile`), so
/// that the two cannot come to disagree about a header's name or how a cell is quoted.
enum AnkiTextFormat {
  /// The keys of the `#key:value` lines a file may start with (Anki reads them case-insensitively).
  enum Header: String {
    case separator
    case html
    case notetype
    case columns
    case guidColumn = "guid column"
    case deckColumn = "deck column"
    case tagsColumn = "tags column"
    case notetypeColumn = "notetype column"
    /// The deck of every note, when there is no deck column.
    case deck
    /// Tags added to every note.
    case tags
    case ifMatches = "if matches"
  }

  /// Starts a header line, and must not start a row's first cell unquoted.
  static let headerMark = UInt8(ascii: "#")
  /// Encloses a cell that holds a separator, a line break or itself; doubled inside it.
  static let quote = UInt8(ascii: "\"")

  /// One header line: `#separator:tab`.
  static func line(_ header: Header, _ value: String) -> String { "#\(header.rawValue):\(value)\n" }
}
