import Store

extension CardDetail {
  /// What the card asks: the English for en-zh, the Chinese for zh-en.
  public var front: String { card.direction == .englishToChinese ? note.draft.english : note.draft.chinese }

  /// What the card answers.
  public var back: String { card.direction == .englishToChinese ? note.draft.chinese : note.draft.english }
}

extension Note {
  /// Where the note comes from: speaker, time and source, those that are known, joined with ` · `.
  public var provenance: String {
    [draft.speaker, draft.time, draft.source].filter { !$0.isEmpty }.joined(separator: " · ")
  }
}
