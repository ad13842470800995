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

/// The Chinese word list that ships in `Decks/lexicon/`: where terms begin.
public enum BundledLexicon {
  /// The file's place inside the decks folder.
  public static let path = "lexicon/zh-words.tsv"

  /// The lexicon, or an empty one when the decks folder or the file is missing (terms are then cut by characters).
  public static func load(environment: [String: String], executable: String) -> Lexicon {
    guard let folder = BundledDecks.folder(environment: environment, executable: executable),
      let bytes = try? InputFile.bytes(at: folder + "/" + path)
    else { return Lexicon() }
    return Lexicon(bytes: bytes)
  }
}
