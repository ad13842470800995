import Bitext
import Store

extension StudyCollection {
  /// The collection's term notes as pairs, for a glossary.
  public func termPairs() throws -> [TermPair] {
    try notes(kind: .term).map { TermPair(english: $0.draft.english, chinese: $0.draft.chinese) }
  }

  /// Gives term notes without context the first sentence pair that holds both their English (as a word) and their
  /// Chinese: a term added since note `firstNew` searches every sentence, an older one only the sentences added
  /// since (it searched the others when they or it came in). Returns how many notes it gave one. Call inside a
  /// transaction.
  public func attachTermContexts(notesFrom firstNew: Int64, now: Int64) throws -> Int {
    var attached = 0
    for term in try termNotesWithoutContext() {
      let english = term.draft.english
      let chinese = term.draft.chinese
      let candidates = try sentences(containing: english, and: chinese, fromNote: term.id >= firstNew ? 0 : firstNew)
      guard
        let sentence = candidates.first(where: { TermNotes.occurrence(of: english, in: $0.draft.english) != nil })
      else { continue }
      let unit = SentencePair(english: [sentence.draft.english], chinese: [sentence.draft.chinese], score: 1)
      try setContext(TermNotes.context(english: english, chinese: chinese, in: unit), ofNote: term.id, now: now)
      attached += 1
    }
    return attached
  }
}
