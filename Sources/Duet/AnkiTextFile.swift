import Bitext
import Store

/// An Anki text file read back: Duet's own export, or Anki's "Notes in Plain Text" export (with or without
/// headers, HTML or not).
///
/// The English and Chinese fields are found by their content: the field column written in Han characters is the
/// Chinese one, whatever its position; the English is the first other field column.
public struct AnkiTextFile: Sendable {
  public let path: String
  public let notes: [(deck: String?, draft: NoteDraft)]

  /// Reads the file at `path`; refuses, naming the line, what Anki itself would not read.
  public init(path: String) throws {
    try self.init(path: path, text: try InputFile.text(at: path))
  }

  /// Reads `text`, naming `path` in its errors.
  public init(path: String, text: String) throws {
    self.path = path
    var reader = RecordReader(text: text, path: path)
    let headers = reader.headers()
    let separator = try Self.separator(headers[AnkiTextFormat.Header.separator.rawValue], path: path)
    let records = try reader.records(separator: separator)
    guard !records.isEmpty else { throw DuetError.data("\(path): no notes found") }
    let layout = try Layout(headers: headers, records: records, path: path)
    let html =
      headers[AnkiTextFormat.Header.html.rawValue].map { $0.lowercased() == "true" }
      ?? records.contains { $0.cells.contains(where: looksLikeHTML) }
    notes = try records.map { record in try layout.note(from: record, html: html, path: path) }
  }

  /// Whether `text` (a file's start) reads as an Anki text file rather than a transcript: by its extension, its
  /// headers, or, without either, tab-separated lines.
  public static func recognises(path: String, text: Substring) -> Bool {
    let lower = path.lowercased()
    if lower.hasSuffix(".tsv") || lower.hasSuffix(".csv") { return true }
    let headers: [AnkiTextFormat.Header] = [.separator, .html, .notetype]
    if headers.contains(where: { text.hasPrefix("#" + $0.rawValue) }) { return true }
    let lines = text.split(separator: "\n").prefix(50).filter { !$0.allSatisfy(\.isWhitespace) }
    return !lines.isEmpty && lines.filter { $0.contains("\t") }.count * 2 >= lines.count
  }

  private static func separator(_ name: String?, path: String) throws -> UInt8 {
    switch name?.lowercased() {
    case nil, "tab", "\t": return 0x09
    case "comma", ",": return UInt8(ascii: ",")
    case "semicolon", ";": return UInt8(ascii: ";")
    case "pipe", "|": return UInt8(ascii: "|")
    case "colon", ":": return UInt8(ascii: ":")
    case "space", " ": return 0x20
    case let other?:
      let shown = other.count > 20 ? other.prefix(20) + "…" : Substring(other)
      throw DuetError.data("\(path):1: unknown separator '\(shown)'")
    }
  }
}

/// One row of the file, with the line it starts on.
struct Record {
  let line: Int
  let cells: [String]
}

/// Which column holds what.
private struct Layout {
  let guid: Int?
  let deck: Int?
  let tags: Int?
  let english: Int
  let chinese: Int
  let defaultDeck: String?
  let globalTags: String

  init(headers: [String: String], records: [Record], path: String) throws {
    func column(_ header: AnkiTextFormat.Header) throws -> Int? {
      let key = header.rawValue
      guard let value = headers[key] else { return nil }
      guard let number = Int(value), number >= 1 else {
        throw DuetError.data("\(path): '#\(key):\(value)' is not a column number (columns count from 1)")
      }
      return number - 1
    }
    guid = try column(.guidColumn)
    deck = try column(.deckColumn)
    tags = try column(.tagsColumn)
    defaultDeck = headers[AnkiTextFormat.Header.deck.rawValue]
    globalTags = headers[AnkiTextFormat.Header.tags.rawValue] ?? ""
    let width = records.map(\.cells.count).max() ?? 0
    let reserved = Set([guid, deck, tags, try column(.notetypeColumn)].compactMap { $0 })
    let fields = (0..<width).filter { !reserved.contains($0) }
    // The Chinese field is the one most often written in Han characters.
    let hanRows = fields.map { field in records.filter { field < $0.cells.count && $0.cells[field].containsHan }.count
    }
    guard let best = zip(fields, hanRows).max(by: { $0.1 < $1.1 }), best.1 > 0 else {
      throw DuetError.data("\(path): no field written in Chinese (Han characters) found")
    }
    guard let english = fields.first(where: { $0 != best.0 }) else {
      throw DuetError.data("\(path): only one field column; expected an English and a Chinese field")
    }
    chinese = best.0
    self.english = english
  }

  func note(from record: Record, html: Bool, path: String) throws -> (deck: String?, draft: NoteDraft) {
    func cell(_ index: Int?) -> String? {
      guard let index, index < record.cells.count else { return nil }
      return record.cells[index]
    }
    let english = (cell(english)).map { html ? plainFromHTML($0) : $0 } ?? ""
    let chinese = (cell(chinese)).map { html ? plainFromHTML($0) : $0 } ?? ""
    guard !english.isEmpty, !chinese.isEmpty else {
      throw DuetError.data("\(path):\(record.line): a note needs both its English and its Chinese field")
    }
    let tagList = (globalTags + " " + (cell(tags) ?? "")).spaceSeparatedWords
    let kind: NoteKind = tagList.contains("term") ? .term : .sentence
    let guid = cell(guid).flatMap { $0.isEmpty ? nil : $0 } ?? NoteIdentity.guid(kind: kind, english: english)
    let deckName = cell(deck).flatMap { $0.isEmpty ? nil : $0 } ?? defaultDeck
    return (
      deckName,
      NoteDraft(guid: guid, kind: kind, english: english, chinese: chinese, tags: tagList.joined(separator: " "))
    )
  }
}

/// Reads headers and quoted records from the file's bytes.
private struct RecordReader {
  let bytes: [UInt8]
  let path: String
  var index = 0
  var line = 1

  init(text: String, path: String) {
    bytes = Array(text.utf8)
    self.path = path
  }

  /// The leading `#key:value` lines; keys are folded to lower case, values kept as they are.
  mutating func headers() -> [String: String] {
    var headers: [String: String] = [:]
    while index < bytes.count, bytes[index] == AnkiTextFormat.headerMark {
      // A header line ends at LF, CRLF or a lone CR (old Mac files).
      let end = bytes[index...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
      let text = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
      if let colon = text.firstIndex(of: ":") {
        headers[text[..<colon].lowercased()] = String(text[text.index(after: colon)...])
      }
      index =
        end < bytes.count && bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? end + 2 : end + 1
      index = min(index, bytes.count)
      line += 1
    }
    return headers
  }

  /// The records after the headers; blank lines are skipped.
  mutating func records(separator: UInt8) throws -> [Record] {
    var records: [Record] = []
    while index < bytes.count {
      if bytes[index] == 0x0A || bytes[index] == 0x0D {
        // LF and a lone CR end a line; the CR of a CRLF does not count twice.
        if bytes[index] == 0x0A || index + 1 == bytes.count || bytes[index + 1] != 0x0A { line += 1 }
        index += 1
        continue
      }
      records.append(try record(separator: separator))
    }
    return records
  }

  private mutating func record(separator: UInt8) throws -> Record {
    let start = line
    var cells: [String] = []
    while true {
      var cell: [UInt8] = []
      if index < bytes.count, bytes[index] == AnkiTextFormat.quote {
        let open = line
        index += 1
        while true {
          guard index < bytes.count else {
            throw DuetError.data("\(path):\(open): unclosed quote (the cell runs to the end of the file)")
          }
          let byte = bytes[index]
          index += 1
          if byte == AnkiTextFormat.quote {
            if index < bytes.count, bytes[index] == AnkiTextFormat.quote {
              cell.append(byte)
              index += 1
            } else {
              break
            }
          } else {
            if byte == 0x0A { line += 1 }
            cell.append(byte)
          }
        }
        while index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A, bytes[index] != 0x0D {
          cell.append(bytes[index])  // text after a closing quote stays, as in Anki
          index += 1
        }
      } else {
        while index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A, bytes[index] != 0x0D {
          cell.append(bytes[index])
          index += 1
        }
      }
      cells.append(String(decoding: cell, as: UTF8.self))
      guard index < bytes.count, bytes[index] == separator else { break }
      index += 1
    }
    // The record's line end: LF, CRLF or a lone CR.
    if index < bytes.count, bytes[index] == 0x0D {
      index += 1
      if index == bytes.count || bytes[index] != 0x0A { line += 1 }
    }
    if index < bytes.count, bytes[index] == 0x0A {
      index += 1
      line += 1
    }
    return Record(line: start, cells: cells)
  }
}

/// True when a field looks like HTML: a tag Anki writes or an entity.
private func looksLikeHTML(_ text: String) -> Bool {
  ["<br", "<div", "<b>", "<i>", "<span", "&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "&#"].contains {
    text.contains($0)
  }
}

/// An HTML field as plain text: `<br>` and `<div>` become line breaks, other tags go, entities are decoded.
func plainFromHTML(_ html: String) -> String {
  var text = ""
  var rest = Substring(html)
  while let open = rest.firstIndex(of: "<") {
    text += rest[..<open]
    guard let close = rest[open...].firstIndex(of: ">") else {
      rest = rest[open...]
      break
    }
    let tag = rest[rest.index(after: open)..<close].lowercased()
    if tag.hasPrefix("br") || (tag.hasPrefix("div") && !text.isEmpty && !text.hasSuffix("\n")) { text += "\n" }
    rest = rest[rest.index(after: close)...]
  }
  text += rest
  return decodeEntities(text)
}

/// The character a numeric reference names; as in HTML, `&#0;`, a surrogate or a number past Unicode is U+FFFD
/// (a NUL in a note would cut its text short where SQLite reads it).
private func characterReference(_ code: UInt32) -> String {
  guard code != 0, let scalar = Unicode.Scalar(code) else { return "\u{FFFD}" }
  return String(Character(scalar))
}

private func decodeEntities(_ text: String) -> String {
  guard text.contains("&") else { return text }
  let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]
  var out = ""
  var rest = Substring(text)
  while let amp = rest.firstIndex(of: "&") {
    out += rest[..<amp]
    let after = rest[rest.index(after: amp)...]
    if let semicolon = after.prefix(10).firstIndex(of: ";") {
      let name = String(after[..<semicolon])
      var decoded: String?
      if let value = named[name] {
        decoded = value
      } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16) {
        decoded = characterReference(code)
      } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()) {
        decoded = characterReference(code)
      }
      if let decoded {
        out += decoded
        rest = after[after.index(after: semicolon)...]
        continue
      }
    }
    out += "&"
    rest = after
  }
  return out + rest
}
