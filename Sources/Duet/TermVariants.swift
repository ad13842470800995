import Store

extension StudyCollection {
  /// Gives each term note in `contexts` (by guid: each translation an import saw, with its context) the
  /// translation the most files give, where that is not the one it has; a tie keeps what it has, and a note stored
  /// before sightings were kept counts as seen once with its own. Returns how many notes changed. Call inside a
  /// transaction, after the import's notes and sightings are stored.
  func reviseTermTranslations(seenWith contexts: [String: [String: String]], now: Int64) throws -> Int {
    var revised = 0
    for (guid, contexts) in contexts {
      let counts = try sightings(ofTerm: guid)
      guard let note = try note(guid: guid), let best = counts.first, best.chinese != note.draft.chinese,
        best.files > (counts.first { $0.chinese == note.draft.chinese }?.files ?? 1)
      else { continue }
      let context =
        contexts[best.chinese].flatMap { $0.isEmpty ? nil : $0 }
        ?? TermNotes.remarked(note.draft.context, english: note.draft.english, chinese: best.chinese)
      try setTranslation(best.chinese, context: context, ofNote: note.id, now: now)
      revised += 1
    }
    return revised
  }
}
