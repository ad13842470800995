import Foundation

/// The language duet speaks to its user in: help, messages, the reviewer's labels and its summary. Data (cards,
/// listings, JSON, exports) is never translated.
///
/// `DUET_LANG` (`en` or `zh`) decides; without it, the locale does, as `LC_ALL`, `LC_MESSAGES` and `LANG` name it
/// (the first one set): Simplified Chinese when it starts with `zh`, English otherwise.
enum Interface {
  enum Language {
    case english
    case chinese
  }

  /// Set once, when the program starts.
  nonisolated(unsafe) static var language = Language.english

  static func language(in environment: [String: String]) -> Language {
    if let chosen = environment["DUET_LANG"], !chosen.isEmpty { return chosen.hasPrefix("zh") ? .chinese : .english }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    return locale?.hasPrefix("zh") == true ? .chinese : .english
  }

  /// `english` in the interface's language: its translation when there is one.
  static func text(_ english: String) -> String {
    guard language == .chinese else { return english }
    return ChineseInterface.phrases[english] ?? english
  }

  /// A heading such as `USAGE:`, with the space English puts after it (Chinese ends it with a full-width colon).
  static func heading(_ english: String) -> String { language == .chinese ? text(english) : english + " " }

  /// A message (an error, a warning, a report) in the interface's language: the first template it matches, with
  /// what the template leaves open (paths, counts, names) carried over; the English when none matches.
  static func message(_ english: String) -> String {
    guard language == .chinese else { return english }
    if let exact = ChineseInterface.phrases[english] { return exact }
    for (pattern, chinese) in ChineseInterface.templates {
      if let filled = fill(chinese, from: english, matching: pattern) { return filled }
    }
    return english
  }

  /// `template` with `{1}`, `{2}` … replaced by what stands at the `{}` places of `pattern` in `text`, or nil when
  /// `text` does not match `pattern`. Each `{}` takes the shortest text that lets the rest match.
  static func fill(_ template: String, from text: String, matching pattern: String) -> String? {
    let literals = pattern.components(separatedBy: "{}")
    guard literals.count > 1 else { return nil }
    guard text.hasPrefix(literals[0]) else { return nil }
    var rest = text.dropFirst(literals[0].count)
    var captures: [Substring] = []
    for (index, literal) in literals.dropFirst().enumerated() {
      let isLast = index == literals.count - 2
      if isLast {
        guard rest.hasSuffix(literal) else { return nil }
        captures.append(rest.dropLast(literal.count))
      } else {
        guard !literal.isEmpty, let found = rest.range(of: literal) else { return nil }
        captures.append(rest[..<found.lowerBound])
        rest = rest[found.upperBound...]
      }
    }
    var filled = template
    for (index, capture) in captures.enumerated() {
      filled = filled.replacingOccurrences(of: "{\(index + 1)}", with: message(String(capture)))
    }
    return filled
  }
}
