import Bitext
import Store

extension StudyCollection {
  /// Stores the notes of `files` (sentence pairs of transcripts, rows of Anki files), all in one transaction: either
  /// every file lands or none.
  ///
  /// Sponsor reads and outros (`Promotions`) are tagged `promotion`; the new ones are suspended, so that a
  /// learner's first cards are the conversation. Transcripts also bring the term pairs their translation annotates,
  /// and term notes without context get a sentence pair that holds them. Where files disagree on a term's
  /// translation, the note takes the one most files give (a tie keeps what it has).
  ///
  /// - Parameter deck: the deck for every note; nil takes an Anki file's deck column, else the file's name.
  public func importFiles(_ files: [ImportFile], deck: String?, clock: StudyClock) throws -> ImportReport {
    var report = ImportReport()
    try transaction {
      let firstNew = try nextNoteID()
      var seen = Set<String>()
      var decks: [String: Int64] = [:]
      // The terms this import saw, with the context each translation came with.
      var termContexts: [String: [String: String]] = [:]
      func sighted(_ draft: NoteDraft, in source: String) throws {
        try recordSighting(ofTerm: draft.guid, chinese: draft.chinese, source: source)
        termContexts[draft.guid, default: [:]][draft.chinese] = draft.context
      }
      func store(_ draft: NoteDraft, deck name: String) throws {
        guard seen.insert(draft.guid).inserted else {
          report.alreadyPresent += 1
          return
        }
        if decks[name] == nil { decks[name] = try deckID(named: name) }
        report.count(try self.store(draft, inDeck: decks[name]!, now: clock.milliseconds))
      }
      for file in files {
        report.files += 1
        let fileDeck = DeckName.from(path: file.path)
        switch file {
        case .transcript(let transcript):
          report.turns += transcript.transcript.turns.count
          let source = DeckName.fileName(transcript.path)
          for (turn, unit, isPromotion) in transcript.pairs {
            report.pairs += 1
            if unit.score < AlignedTranscript.doubtfulScore { report.doubtful += 1 }
            let draft = NoteDraft(
              guid: NoteIdentity.guid(kind: .sentence, english: unit.en), kind: .sentence, english: unit.en,
              chinese: unit.zh, speaker: turn.speaker, time: turn.time, source: source,
              tags: isPromotion ? Promotions.tag : "")
            try store(draft, deck: deck ?? fileDeck)
          }
          for (found, turn) in transcript.terms() {
            report.terms += 1
            let draft = TermNotes.draft(for: found, turn: turn, source: source)
            try store(draft, deck: deck ?? fileDeck)
            try sighted(draft, in: source)
          }
        case .anki(let anki):
          for note in anki.notes {
            report.rows += 1
            try store(note.draft, deck: deck ?? note.deck ?? fileDeck)
            if note.draft.kind == .term { try sighted(note.draft, in: DeckName.fileName(anki.path)) }
          }
        }
      }
      report.promotions = try suspendNotes(taggedWith: Promotions.tag, fromNote: firstNew)
      report.revised = try reviseTermTranslations(seenWith: termContexts, now: clock.milliseconds)
      report.contexts = try attachTermContexts(notesFrom: firstNew, now: clock.milliseconds)
    }
    return report
  }
}
