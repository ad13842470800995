import Bitext

/// What duet knows of words before it reads a file: the glossary's term pairs (which help align sentences and
/// place a term's boundary) and the Chinese word list (which splits the text before an annotation into words).
public struct Vocabulary: Sendable {
  public var glossary: Glossary
  public var lexicon: Lexicon

  public init(glossary: Glossary = Glossary(), lexicon: Lexicon = Lexicon()) {
    self.glossary = glossary
    self.lexicon = lexicon
  }
}
