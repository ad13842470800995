/// Terminal text layout that knows Han characters take two columns.
enum TextLayout {
  /// Columns `character` takes in a terminal: 2 for East Asian wide and full-width characters and emoji, 0 for
  /// combining marks and zero-width characters, 1 otherwise.
  static func width(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let value = scalar.value
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value) || (0x3041...0x33FF).contains(value)
      || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
      || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
      || (0x1F900...0x1F9FF).contains(value) || (0x20000...0x3FFFD).contains(value)
    {
      return 2
    }
    return 1
  }

  /// Columns `text` takes.
  static func width(of text: String) -> Int { text.reduce(0) { $0 + width(of: $1) } }

  /// Punctuation that must not start a line (it stays with the character before it).
  private static let closing: Set<Character> = [
    "，", "。", "！", "？", "；", "：", "、", "）", "》", "」", "』", "”", "’", "…", ",", ".", "!", "?", ";", ":", ")",
  ]

  /// `text` broken into lines of at most `width` columns: at spaces, or between two wide characters, never before
  /// closing punctuation; a word longer than a line is cut.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 4)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      for token in tokens(paragraph) {
        let tokenWidth = self.width(of: token)
        let isSpace = token.allSatisfy(\.isWhitespace)
        if isSpace {
          if lineWidth > 0 && lineWidth + tokenWidth <= width {
            line += token
            lineWidth += tokenWidth
          }
          continue
        }
        if lineWidth + tokenWidth > width && lineWidth > 0 {
          lines.append(String(line.trimmingTrailingSpaces))
          line = ""
          lineWidth = 0
        }
        for character in token {
          let characterWidth = self.width(of: character)
          if lineWidth + characterWidth > width {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(character)
          lineWidth += characterWidth
        }
      }
      lines.append(String(line.trimmingTrailingSpaces))
      line = ""
      lineWidth = 0
    }
    return lines
  }

  /// Units that stay together on a line: a run of spaces, a run of narrow characters, or one wide character with
  /// the closing punctuation after it.
  private static func tokens(_ text: Substring) -> [String] {
    var tokens: [String] = []
    var current = ""
    var currentIsWide = false
    for character in text {
      let wide = width(of: character) == 2
      if character.isWhitespace {
        if !(current.last?.isWhitespace ?? false), !current.isEmpty {
          tokens.append(current)
          current = ""
        }
        current.append(character)
        currentIsWide = false
      } else if closing.contains(character) && !current.isEmpty && !(current.last?.isWhitespace ?? false) {
        current.append(character)
      } else if wide || currentIsWide || (current.last?.isWhitespace ?? false) {
        if !current.isEmpty { tokens.append(current) }
        current = String(character)
        currentIsWide = wide
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  /// `text` padded with spaces to `width` columns.
  static func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - self.width(of: text)))
  }

  /// `rows` as lines of columns two spaces apart, each as wide as its widest cell (by display width, so Chinese
  /// deck names line up); the columns in `rightAligned` (numbers) are aligned to the right.
  static func table(_ rows: [[String]], rightAligned: PartialRangeFrom<Int>) -> [String] {
    let count = rows.map(\.count).max() ?? 0
    let widths = (0..<count).map { column in rows.map { column < $0.count ? width(of: $0[column]) : 0 }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - width(of: cell))
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }.joined(separator: "  ").trimmingTrailingSpaces.description
    }
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: Substring {
    guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return self[...last]
  }
}
