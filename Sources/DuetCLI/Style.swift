/// ANSI styles, or nothing where colour is not wanted.
struct Style {
  let enabled: Bool

  private func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

  func bold(_ text: String) -> String { wrap("1", text) }
  func dim(_ text: String) -> String { wrap("2", text) }
  func red(_ text: String) -> String { wrap("31", text) }
  func green(_ text: String) -> String { wrap("32", text) }
  func yellow(_ text: String) -> String { wrap("33", text) }
  func cyan(_ text: String) -> String { wrap("36", text) }

  /// A pinyin syllable in the colour of its tone, as Anki's Chinese support colours them: 1 red, 2 orange, 3 green,
  /// 4 blue, neutral grey.
  func tone(_ text: String, _ tone: Int) -> String {
    switch tone {
    case 1: wrap("31", text)
    case 2: wrap("38;5;208", text)
    case 3: wrap("32", text)
    case 4: wrap("34", text)
    default: wrap("90", text)
    }
  }
}
