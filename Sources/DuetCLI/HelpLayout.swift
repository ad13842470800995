/// Help laid out for the terminal it is read on: rows of a name and its text, the text wrapped in its column, and
/// paragraphs filled to the width (`$COLUMNS`, else the terminal's, else 80; at most 100, at least 40).
enum HelpLayout {
  static var width: Int { min(max(Terminal.outputColumns, 40), 100) }

  /// `  name      text…`, the text wrapped at `width` in a column of its own; a name too wide for its column
  /// has the text start on the next line.
  static func row(_ name: String, _ text: String, nameWidth: Int, width: Int = width) -> String {
    let indent = String(repeating: " ", count: nameWidth + 2)
    let lines = TextLayout.wrap(text, width: max(20, width - indent.count)).map { indent + $0 }
    let head = "  " + name
    guard TextLayout.width(of: head) + 2 <= indent.count, let first = lines.first else {
      return ([head] + lines).joined(separator: "\n") + "\n"
    }
    let firstLine = TextLayout.pad(head, to: indent.count) + first.dropFirst(indent.count)
    return ([firstLine] + lines.dropFirst()).joined(separator: "\n") + "\n"
  }

  /// `text`'s paragraphs (split at blank lines) each filled to `width`: the source's line breaks inside a
  /// paragraph become a space between English words and nothing between Chinese characters.
  static func reflow(_ text: String, width: Int = width) -> String {
    text.components(separatedBy: "\n\n").map { paragraph in
      let joined = paragraph.split(separator: "\n").reduce(into: "") { line, next in
        let betweenChinese =
          (line.last.map { TextLayout.width(of: $0) > 1 } ?? true)
          && (next.first.map { TextLayout.width(of: $0) > 1 } ?? true)
        line += (line.isEmpty || betweenChinese ? "" : " ") + next
      }
      return TextLayout.wrap(joined, width: width).joined(separator: "\n")
    }.joined(separator: "\n\n")
  }

  /// `USAGE: duet cards <card-id>... [--deck <name>] …`, broken between words with the rest under the first.
  static func usage(_ words: [String], heading: String, width: Int = width) -> String {
    let indent = String(repeating: " ", count: TextLayout.width(of: heading))
    var lines = [heading + (words.first ?? "")]
    for word in words.dropFirst() {
      let last = lines[lines.count - 1]
      if TextLayout.width(of: last) + 1 + TextLayout.width(of: word) > width {
        lines.append(indent + word)
      } else {
        lines[lines.count - 1] = last + " " + word
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
