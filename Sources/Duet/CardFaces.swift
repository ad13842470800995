import Bitext
import Store

extension CardDetail {
  /// What the card asks: the English for en-zh; for zh-en the Chinese without the English the translator put in
  /// brackets (`新闻通讯（newsletter）`), which would give the answer away. The back shows the note as it is.
  public var front: String {
    card.direction == .englishToChinese ? note.draft.english : Self.withoutEnglishGlosses(note.draft.chinese)
  }

  /// `chinese` without its bracketed English: a `（…）` or `(…)` holding Latin letters and no Han character, with
  /// the spaces around it.
  static func withoutEnglishGlosses(_ chinese: String) -> String {
    guard chinese.contains("（") || chinese.contains("(") else { return chinese }
    var out: [Character] = []
    var index = chinese.startIndex
    while index < chinese.endIndex {
      let character = chinese[index]
      if character == "（" || character == "(",
        let close = chinese[index...].firstIndex(where: { $0 == "）" || $0 == ")" })
      {
        let inside = chinese[chinese.index(after: index)..<close]
        let isGloss =
          !inside.unicodeScalars.contains(where: \.isHan) && inside.contains(where: { $0.isASCII && $0.isLetter })
          && !inside.contains("（") && !inside.contains("(")
        if isGloss {
          while out.last == " " { out.removeLast() }
          index = chinese.index(after: close)
          while index < chinese.endIndex, chinese[index] == " ", out.last.map({ !$0.isASCII }) ?? true {
            index = chinese.index(after: index)
          }
          continue
        }
      }
      out.append(character)
      index = chinese.index(after: index)
    }
    return String(out)
  }

  /// What the card answers.
  public var back: String { card.direction == .englishToChinese ? note.draft.chinese : note.draft.english }
}

extension Note {
  /// Where the note comes from: speaker, time and source, those that are known, joined with ` · `.
  public var provenance: String {
    [draft.speaker, draft.time, draft.source].filter { !$0.isEmpty }.joined(separator: " · ")
  }
}
