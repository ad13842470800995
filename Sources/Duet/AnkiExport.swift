import Foundation
import Store

/// Writes notes as an Anki text file that Anki's File → Import takes with its defaults.
///
/// What real Anki does with such a file decides the format: only leading `#` lines are headers, their values are
/// not trimmed; `#notetype` must name a note type exactly; field columns are matched to fields by their `#columns`
/// labels; `#guid column` with `#if matches:update current` updates a note imported before instead of adding a
/// duplicate; a per-row deck column creates decks (`::` nests); a cell holding a tab, a line break or `"` must be
/// quoted, and so must a first cell that starts with `#` (Anki drops that row otherwise). With `#html:false` Anki
/// escapes `& < > " '` itself, so the fields carry exactly the notes' text.
public enum AnkiExport {
  /// The stock note type with a card each way (its name in an English-language Anki profile).
  public static let noteType = "Basic (and reversed card)"

  /// The headers, for rows with a Pinyin column after the Chinese or without.
  static func header(withPinyin: Bool) -> String {
    let pinyin = withPinyin ? 1 : 0
    return AnkiTextFormat.line(.separator, "tab") + AnkiTextFormat.line(.html, "false")
      + AnkiTextFormat.line(.notetype, noteType)
      + AnkiTextFormat.line(.columns, "guid\tFront\tBack\t" + (withPinyin ? "Pinyin\t" : "") + "deck\ttags")
      + AnkiTextFormat.line(.guidColumn, "1") + AnkiTextFormat.line(.deckColumn, String(4 + pinyin))
      + AnkiTextFormat.line(.tagsColumn, String(5 + pinyin)) + AnkiTextFormat.line(.ifMatches, "update current")
      + "\n"
  }

  /// The file for `notes`, one row each: guid, English, Chinese, deck, tags; with `pinyin`, the reading of the
  /// Chinese after it (a column that Anki's import maps to a field of that name, or leaves out).
  ///
  /// - Complexity: O(*n*) in the total length of the notes.
  public static func text(of notes: [Note], pinyin: ((String) -> String)? = nil) -> String {
    var out = header(withPinyin: pinyin != nil)
    for note in notes {
      var cells = [note.draft.guid, note.draft.english, note.draft.chinese, note.deck, tags(of: note)]
      if let pinyin { cells.insert(pinyin(note.draft.chinese), at: 3) }
      out += cells.map(cell).joined(separator: "\t")
      out += "\n"
    }
    return out
  }

  /// The note's tags: its kind, speaker and source (spaces inside a tag become `_`), then its own tags, each once.
  public static func tags(of note: Note) -> String {
    let derived = [note.draft.kind.rawValue, note.draft.speaker, note.draft.source].filter { !$0.isEmpty }
      .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: "_") }
    var seen = Set<String>()
    return (derived + note.draft.tags.split(separator: " ").map(String.init)).filter { seen.insert($0).inserted }
      .joined(separator: " ")
  }

  /// A cell as Anki's reader needs it: quoted, with inner quotes doubled, when it holds a tab, a line break or a
  /// quote, or starts with `#`.
  static func cell(_ text: String) -> String {
    let needsQuotes =
      text.utf8.first == AnkiTextFormat.headerMark
      || text.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == AnkiTextFormat.quote }
    guard needsQuotes else { return text }
    let quote = String(UnicodeScalar(AnkiTextFormat.quote))
    return quote + text.replacingOccurrences(of: quote, with: quote + quote) + quote
  }
}
