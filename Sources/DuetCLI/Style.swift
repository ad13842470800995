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
}
