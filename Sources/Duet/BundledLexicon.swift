import Bitext

/// The Chinese word list that ships in the decks folder's `lexicon/`: where terms begin.
public enum BundledLexicon {
  /// The file's place inside the decks folder.
  public static let path = "lexicon/zh-words.tsv"

  /// The lexicon in `folder` (see `BundledDecks.folder`), or an empty one when the file is missing (terms are then
  /// cut at function characters).
  public static func load(in folder: String) -> Lexicon {
    guard let bytes = try? InputFile.bytes(at: folder + "/" + path) else { return Lexicon() }
    return Lexicon(bytes: bytes)
  }
}
