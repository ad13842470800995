import Store

/// Duet's note type in an Anki package: its fields, its two card templates and how a note fills the fields.
///
/// Its id and version are constants: Anki recognises the note type of an earlier import by its id, and a second
/// package then adds notes to it rather than a copy. Change the fields or templates and `modified` must grow, so
/// that Anki's import takes the new version.
enum AnkiNoteType {
  static let id: Int64 = 1_764_547_200_000
  static let name = "Duet (English–Chinese)"
  /// When the fields or templates last changed, in seconds since 1970: Anki takes a newer version on import.
  static let modified = 1_764_547_200
  static let fields = ["English", "Chinese", "Pinyin", "Context", "Source"]

  /// Card ordinal 0 asks the English, 1 the Chinese: duet's directions in the order of `Direction.allCases`.
  static func ordinal(of direction: Direction) -> Int { direction == .englishToChinese ? 0 : 1 }

  /// What the back of both cards adds under the answer: the reading, the sentence a term was found in, and where
  /// the note comes from, each only when the note has it.
  private static let details = """
    {{#Pinyin}}<div class=pinyin>{{Pinyin}}</div>{{/Pinyin}}\
    {{#Context}}<div class=context>{{Context}}</div>{{/Context}}\
    {{#Source}}<div class=source>{{Source}}</div>{{/Source}}
    """

  private static let templates: [(name: String, question: String, answer: String)] = [
    (
      "English → Chinese", "<div class=en>{{English}}</div>",
      "{{FrontSide}}<hr id=answer><div class=zh>{{Chinese}}</div>" + details
    ),
    (
      "Chinese → English", "<div class=zh>{{Chinese}}</div>",
      "{{FrontSide}}<hr id=answer><div class=en>{{English}}</div>" + details
    ),
  ]

  private static let css = """
    .card { font-family: sans-serif; font-size: 22px; line-height: 1.5; text-align: center; color: black; \
    background-color: white; }
    .zh { font-size: 28px; }
    .pinyin { color: #666; }
    .context, .source { margin-top: 1em; font-size: 16px; color: #555; }
    .context b { color: #1565c0; font-weight: normal; }
    .nightMode .context, .nightMode .source, .nightMode .pinyin { color: #aaa; }
    """

  /// The note type as schema 11 stores it in the collection's `models` column.
  static var json: JSON {
    .object([
      "id": .int(Int(id)), "name": .string(name), "type": .int(0), "mod": .int(modified), "usn": .int(-1),
      "sortf": .int(0), "did": .null, "tags": .array([]), "vers": .array([]), "css": .string(css),
      "latexPre": .string(latexPreamble), "latexPost": .string("\\end{document}"), "latexsvg": .bool(false),
      "flds": .array(
        fields.enumerated().map { ordinal, name in
          .object([
            "name": .string(name), "ord": .int(ordinal), "sticky": .bool(false), "rtl": .bool(false),
            "font": .string("Arial"), "size": .int(20), "media": .array([]),
          ])
        }),
      "tmpls": .array(
        templates.enumerated().map { ordinal, template in
          .object([
            "name": .string(template.name), "ord": .int(ordinal), "qfmt": .string(template.question),
            "afmt": .string(template.answer), "bqfmt": .string(""), "bafmt": .string(""), "did": .null,
            "bfont": .string(""), "bsize": .int(0),
          ])
        }),
      // Which fields each card needs to exist: the English for the first, the Chinese for the second.
      "req": .array([
        .array([.int(0), .string("any"), .array([.int(0)])]), .array([.int(1), .string("any"), .array([.int(1)])]),
      ]),
    ])
  }

  private static let latexPreamble = """
    \\documentclass[12pt]{article}
    \\special{papersize=3in,5in}
    \\usepackage[utf8]{inputenc}
    \\usepackage{amssymb,amsmath}
    \\pagestyle{empty}
    \\setlength{\\parindent}{0in}
    \\begin{document}

    """

  /// The note's fields, as the HTML Anki stores: text escaped, line breaks as `<br>`, a context's 【marked】 term
  /// in bold.
  static func fields(of note: Note, pinyin: String) -> [String] {
    let draft = note.draft
    let context = html(draft.context).replacingOccurrences(of: "【", with: "<b>【")
      .replacingOccurrences(of: "】", with: "】</b>")
    return [html(draft.english), html(draft.chinese), html(pinyin), context, html(note.provenance)]
  }

  /// Plain text as Anki field HTML.
  static func html(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 < 0x0E }) else {
      return text  // nothing to escape: no & < > " or line end
    }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n", "\r\n": out += "<br>"
      default: out.append(character)
      }
    }
    return out
  }
}
