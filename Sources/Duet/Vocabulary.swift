import Bitext

/// What duet knows of words before it reads a file: the glossary's term pairs (which help align sentences and
/// place a term's boundary), the Chinese word list (which splits the text before an annotation into words) and the
/// English–Chinese word list (which tells the aligner which words translate which).
public struct Vocabulary: Sendable {
  public var glossary: Glossary
  public var lexicon: Lexicon
  public var words: WordTranslations

  public init(
    glossary: Glossary = Glossary(), lexicon: Lexicon = Lexicon(), words: WordTranslations = WordTranslations()
  ) {
    self.glossary = glossary
    self.lexicon = lexicon
    self.words = words
  }
}
