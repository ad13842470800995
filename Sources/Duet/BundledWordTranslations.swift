import Bitext

/// The English–Chinese word list that ships in the decks folder's `lexicon/`: which words translate which, in any
/// text, for the aligner.
public enum BundledWordTranslations {
  /// The file's place inside the decks folder.
  public static let path = "lexicon/en-zh-words.tsv"

  /// The list in `folder` (see `BundledDecks.folder`), or an empty one when the file is missing (sentences are
  /// then aligned with what each document teaches alone).
  public static func load(in folder: String) -> WordTranslations {
    guard let bytes = try? InputFile.bytes(at: folder + "/" + path) else { return WordTranslations() }
    return WordTranslations(bytes: bytes)
  }
}
