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

  /// The note of a term found in a transcript.
  static func draft(for found: FoundTerm, turn: Turn, source: String) -> NoteDraft {
    NoteDraft(
      guid: NoteIdentity.guid(kind: .term, english: found.pair.english), kind: .term, english: found.pair.english,
      chinese: found.pair.chinese, speaker: turn.speaker, time: turn.time, source: source,
      context: context(english: found.pair.english, chinese: found.pair.chinese, in: found.context))
  }
}

extension AlignedTranscript {
  /// The term pairs the transcript's translation annotates, each once, with the turn it was found in.
  public func terms(glossary: Glossary) -> [(found: FoundTerm, turn: Turn)] {
    let units = turns.flatMap { aligned in aligned.units.map { ($0, aligned.turn) } }
    return TermExtractor.terms(in: units.map(\.0), glossary: glossary).map { ($0, units[$0.unitIndex].1) }
  }
}

extension Collection {
  /// The collection's term notes as pairs, for a glossary.
  public func termPairs() throws -> [TermPair] {
    try notes(kind: .term).map { TermPair(english: $0.draft.english, chinese: $0.draft.chinese) }
  }

  /// Gives term notes without context the first sentence pair that holds both their English (as a word) and their
  /// Chinese: a term added since note `firstNew` searches every sentence, an older one only the sentences added
  /// since (it searched the others when they or it came in). Returns how many notes it gave one. Call inside a
  /// transaction.
  public func attachTermContexts(notesFrom firstNew: Int64, now: Int64) throws -> Int {
    let terms = try database.prepare("SELECT id, en, zh FROM notes WHERE kind = 'term' AND context = ''").rows {
      ($0.int64(0), $0.string(1), $0.string(2))
    }
    let candidates = try database.prepare(
      """
      SELECT en, zh FROM notes
      WHERE id >= ? AND kind = 'sentence' AND instr(lower(en), lower(?)) > 0 AND instr(zh, ?) > 0
      ORDER BY id LIMIT 50
      """)
    var attached = 0
    for (id, english, chinese) in terms {
      let sentences = try candidates.rows([id >= firstNew ? 0 : firstNew, english, chinese]) {
        SentencePair(english: [$0.string(0)], chinese: [$0.string(1)], score: 1)
      }
      guard let unit = sentences.first(where: { TermNotes.occurrence(of: english, in: $0.en) != nil }) else { continue }
      try database.run(
        "UPDATE notes SET context = ?, updated_at = ? WHERE id = ?",
        TermNotes.context(english: english, chinese: chinese, in: unit), now, id)
      attached += 1
    }
    return attached
  }
}

/// The glossary that ships in `Decks/`: the term rows of its Anki text files.
public enum BundledGlossary {
  public static func pairs(environment: [String: String], executable: String) -> [TermPair] {
    guard let folder = BundledDecks.folder(environment: environment, executable: executable) else { return [] }
    return BundledDecks.files(in: folder).filter { $0.hasSuffix(".tsv") }.flatMap { path in
      ((try? AnkiTextFile(path: path))?.notes ?? []).filter { $0.draft.kind == .term }.map {
        TermPair(english: $0.draft.english, chinese: $0.draft.chinese)
      }
    }
  }
}
