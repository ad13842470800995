import Bitext

/// The glossary that ships in the decks folder: the term rows of its Anki text files.
public enum BundledGlossary {
  /// The term pairs of the `.tsv` files in `folder` (see `BundledDecks.folder`).
  public static func pairs(in folder: String) -> [TermPair] {
    BundledDecks.files(in: folder).filter { $0.hasSuffix(".tsv") }.flatMap { path in
      ((try? AnkiTextFile(path: path))?.notes ?? []).filter { $0.draft.kind == .term }.map {
        TermPair(english: $0.draft.english, chinese: $0.draft.chinese)
      }
    }
  }
}
