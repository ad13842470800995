/// The languages of a bilingual transcript.
public enum Language: Hashable, Sendable {
  case english
  case chinese
}

/// What one line of a transcript is, read by its content rather than by one file's layout.
enum TranscriptLine: Equatable {
  case blank
  /// `---`, `***` or `___`: a visual break.
  case rule
  /// A heading (Markdown, bold, or a bare line) that carries a timestamp: a new turn.
  case timedHeading(time: String, speaker: String)
  /// A Markdown or bold heading with no timestamp: a speaker's name when a label follows it.
  case plainHeading(String)
  /// `English:` or `中文翻译:` (in any markup), with the text that follows it on the line.
  case label(Language, rest: String)
  case text(String)

  /// Labels in the order they are tried: longer before their prefixes; Chinese ones in both scripts.
  static let labels: [(String, Language)] = [
    ("english", .english), ("英文", .english), ("中文翻译", .chinese), ("中文翻譯", .chinese), ("中文", .chinese),
    ("chinese translation", .chinese), ("chinese", .chinese), ("translation", .chinese), ("译文", .chinese),
    ("譯文", .chinese),
  ]

  init(_ raw: Substring) {
    let line = raw.trimmingWhitespace
    if line.isEmpty {
      self = .blank
      return
    }
    if line.utf8.count >= 3, let first = line.first, "-*_".contains(first),
      line.allSatisfy({ $0 == first || $0 == " " })
    {
      self = .rule
      return
    }
    var body = line
    let isHeading = body.hasPrefix("#")
    while body.hasPrefix("#") { body = body.dropFirst() }
    body = body.trimmingWhitespace
    if let (language, rest) = Self.label(in: body) {
      self = .label(language, rest: String(rest))
      return
    }
    let isBold =
      body.utf8.count > 4
      && (body.hasPrefix("**") && body.hasSuffix("**") || body.hasPrefix("__") && body.hasSuffix("__"))
    let inner = isBold ? body.dropFirst(2).dropLast(2).trimmingWhitespace : body
    if let (time, name) = Self.timestampAndName(inner), isHeading || isBold || Self.looksLikeName(name) {
      self = .timedHeading(time: time, speaker: Self.speakerName(name))
      return
    }
    if (isHeading || isBold) && !inner.isEmpty && !inner.contains("**") {
      self = .plainHeading(String(inner))
      return
    }
    self = .text(String(line))
  }

  /// Matches `English:`, `**English:**`, `**English**:`, `English` alone, and the same for every label.
  private static func label(in body: Substring) -> (Language, Substring)? {
    var text = body
    let bold = text.hasPrefix("**") || text.hasPrefix("__")
    if bold { text = text.dropFirst(2) }
    for (name, language) in labels {
      // Compares UTF-8 bytes, ASCII case folded: most lines are text, and this runs on each of them.
      guard text.utf8.count >= name.utf8.count,
        zip(text.utf8, name.utf8).allSatisfy({ ($0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0)) == $1 })
      else { continue }
      var rest = text[text.utf8.index(text.startIndex, offsetBy: name.utf8.count)...].trimmingWhitespace
      var hasColon = false
      func take(_ marker: String) {
        if rest.hasPrefix(marker) { rest = rest.dropFirst(marker.count).trimmingWhitespace }
      }
      if bold {
        take("**")
        take("__")
      }
      if rest.first == ":" || rest.first == "：" {
        hasColon = true
        rest = rest.dropFirst().trimmingWhitespace
      }
      if bold {
        take("**")
        take("__")
      }
      if hasColon || rest.isEmpty { return (language, rest) }
    }
    return nil
  }

  /// A `(00:00:06)` or `[00:00:06]` at the start (or end) of a line, and the rest of the line.
  static func timestampAndName(_ text: Substring) -> (String, Substring)? {
    if let (time, length) = timestamp(atStartOf: text) {
      let rest = text.dropFirst(length).trimmingWhitespace
      if rest.first == ":" || rest.first == "：" { return nil }  // "(00:07:43): text" is a timed paragraph
      return (time, rest)
    }
    if text.last == ")" || text.last == "]", let open = text.lastIndex(where: { $0 == "(" || $0 == "[" }),
      let (time, length) = timestamp(atStartOf: text[open...]), length == text[open...].count
    {
      return (time, text[..<open].trimmingWhitespace)
    }
    return nil
  }

  /// The time inside a bracketed timestamp at the start of `text`, and the timestamp's length in characters.
  static func timestamp(atStartOf text: Substring) -> (String, Int)? {
    guard let open = text.first, open == "(" || open == "[" else { return nil }
    let close: Character = open == "(" ? ")" : "]"
    guard let end = text.firstIndex(of: close) else { return nil }
    let inside = text[text.index(after: text.startIndex)..<end]
    let parts = inside.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count),
      parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
    else { return nil }
    return (String(inside), text.distance(from: text.startIndex, to: end) + 1)
  }

  /// A speaker's name without its decoration: emphasis, enclosing brackets (`[Christine Itwaru]`), a trailing
  /// `(Continued)` or `（续）`, a closing colon.
  static func speakerName(_ raw: Substring) -> String {
    var name = Substring(raw.filter { $0 != "*" }).trimmingWhitespace
    if name.last == ":" || name.last == "：" { name = name.dropLast().trimmingWhitespace }
    let pairs: [(Character, Character)] = [("[", "]"), ("(", ")"), ("（", "）"), ("【", "】")]
    if let (_, close) = pairs.first(where: { name.first == $0.0 && name.last == $0.1 }), name.count > 2,
      !name.dropFirst().dropLast().contains(close)
    {
      name = name.dropFirst().dropLast().trimmingWhitespace
    }
    if let (open, _) = pairs.first(where: { name.last == $0.1 }), let start = name.lastIndex(of: open),
      continuations.contains(name[name.index(after: start)..<name.index(before: name.endIndex)].lowercased()),
      start > name.startIndex
    {
      name = name[..<start].trimmingWhitespace
    }
    return String(name)
  }

  /// What a transcript adds to a speaker's name when their turn goes on after a break.
  private static let continuations: Set<String> = [
    "continued", "cont'd", "cont’d", "cont.", "contd", "cont", "continuing", "续", "继续", "接上", "续前",
  ]

  /// A bare line after a timestamp is a heading only when what follows reads as a name, not as a sentence.
  private static func looksLikeName(_ text: Substring) -> Bool {
    guard !text.isEmpty, text.utf8.count <= 240, text.count <= 60, let last = text.last else { return false }
    return !".?!。？！,，".contains(last) && text.split(separator: " ").count <= 6
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace (spaces, tabs, NBSP, full-width spaces, line ends).
  ///
  /// Walks Unicode scalars, not Characters: it runs on every line and sentence, and grapheme breaking is slow.
  var trimmingWhitespace: SubSequence {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return self[endIndex..<endIndex] }
    var end = scalars.endIndex
    while end > first, scalars[scalars.index(before: end)].isSpace { end = scalars.index(before: end) }
    return self[first..<end]
  }
}
