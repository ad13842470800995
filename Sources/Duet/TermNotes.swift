import Bitext
import Foundation
import Store

/// Term notes: the pairs a transcript annotates, and glossary terms, each shown with a sentence pair it occurs in.
public enum TermNotes {
  /// `text` with the first occurrence of `term` marked 【like this】 (case aside, at word edges for Latin terms);
  /// `text` unchanged when the term does not occur.
  public static func mark(_ term: String, in text: String) -> String {
    guard let range = occurrence(of: term, in: text) else { return text }
    return text[..<range.lowerBound] + "【" + text[range] + "】" + text[range.upperBound...]
  }

  /// Where `term` first occurs in `text`: for a Latin term as a whole word (a plural `s` allowed, a hyphen not:
  /// "training" is not in "post-training"), for a Chinese one anywhere.
  static func occurrence(of term: String, in text: String) -> Range<String.Index>? {
    let latin = term.first?.isASCII == true
    func isWordCharacter(_ index: String.Index) -> Bool {
      guard index >= text.startIndex, index < text.endIndex else { return false }
      let character = text[index]
      return character.isASCII && (character.isLetter || character.isNumber || character == "-")
    }
    var searchStart = text.startIndex
    while let range = text.range(of: term, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
      guard latin else { return range }
      let startsWord = range.lowerBound == text.startIndex || !isWordCharacter(text.index(before: range.lowerBound))
      var end = range.upperBound
      if end < text.endIndex, text[end] == "s" { end = text.index(after: end) }
      let endsWord = !isWordCharacter(range.upperBound) || !isWordCharacter(end)
      if startsWord && endsWord { return range }
      searchStart = range.upperBound
    }
    return nil
  }

  /// The context a term note shows: the sentence pair, English above Chinese, with the term marked in both.
  public static func context(english: String, chinese: String, in unit: SentencePair) -> String {
    mark(english, in: unit.en) + "\n" + mark(chinese, in: unit.zh)
  }

  /// `context` (English line, Chinese line) with the term marked anew: the English as before, `chinese` in the
  /// Chinese line.
  static func remarked(_ context: String, english: String, chinese: String) -> String {
    let plain = context.filter { $0 != "【" && $0 != "】" }
    let lines = plain.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard lines.count == 2 else { return context }
    return mark(english, in: lines[0]) + "\n" + mark(chinese, in: lines[1])
  }

  /// The note of a term found in a transcript.
  static func draft(for found: FoundTerm, turn: Turn, source: String) -> NoteDraft {
    NoteDraft(
      guid: NoteIdentity.guid(kind: .term, english: found.pair.english), kind: .term, english: found.pair.english,
      chinese: found.pair.chinese, speaker: turn.speaker, time: turn.time, source: source,
      context: context(english: found.pair.english, chinese: found.pair.chinese, in: found.context))
  }
}
