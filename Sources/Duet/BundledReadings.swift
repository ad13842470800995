import Bitext

/// How the bundled data reads Chinese aloud: the word list's readings and the hand-checked overrides beside it.
public enum BundledReadings {
  /// The overrides' place inside the decks folder: `word<TAB>reading` lines for the words whose reading the word
  /// list lacks or gets wrong.
  public static let overridesPath = "lexicon/pinyin-overrides.tsv"

  /// The reader of the decks folder `folder` (see `BundledDecks.folder`) with its word list `lexicon`; without the
  /// files, Chinese reads as itself.
  public static func reader(in folder: String?, lexicon: Lexicon) -> PinyinReader {
    let overrides = folder.flatMap { try? InputFile.text(at: $0 + "/" + overridesPath) }
    return PinyinReader(lexicon: lexicon, overrides: overrides.map(PinyinReader.overrides(fromFile:)) ?? [:])
  }
}
