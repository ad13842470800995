import Bitext

/// How the bundled data reads Chinese aloud: the word list's readings and the hand-checked overrides beside it.
public enum BundledReadings {
  /// The overrides' place inside the decks folder: `word<TAB>reading` lines for the words whose reading the word
  /// list lacks or gets wrong.
  public static let overridesPath = "lexicon/pinyin-overrides.tsv"

  /// The reader of the decks folder `folder` (see `BundledDecks.folder`), with `lexicon` when the caller has already
  /// loaded it; without the files, Chinese reads as itself.
  public static func reader(in folder: String?, lexicon: Lexicon? = nil) -> PinyinReader {
    guard let folder else { return PinyinReader(lexicon: lexicon ?? Lexicon()) }
    let overrides = (try? InputFile.text(at: folder + "/" + overridesPath)).map(PinyinReader.overrides(fromFile:))
    return PinyinReader(lexicon: lexicon ?? BundledLexicon.load(in: folder), overrides: overrides ?? [:])
  }
}
