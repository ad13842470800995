import Bitext

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
