/// A term pair found in a sentence pair, with that sentence pair as its context.
public struct FoundTerm: Hashable, Sendable {
  public var pair: TermPair
  public var context: SentencePair
  /// The context's position among the units searched, so that a caller can find what it knows of that unit.
  public var unitIndex: Int
}

/// Finds the term pairs a translation annotates: `中文（English）`, `中文 (English)`, `“中文”（English）`,
/// `中文（English，简称 ACR）` (both names), and the reverse `English（中文）` (`Stargate（星际门）`, `IC（独立贡献者）`).
///
/// The hard part is where the Chinese term begins, since Chinese does not separate words: in `你不仅是在人工智能（AI）`
/// the term is `人工智能`. The extractor splits the text before the bracket into words with a `Lexicon`, cuts after the
/// last function word (的, 在, 和, 通过, 一些 …) and leading verbs (进行, 转向), and then prefers, in turn, the words
/// the glossary (or the same document, elsewhere) gives for that English, another glossary term ending them, and
/// else as many words as the English has (an acronym's letters count as words: 产品|驱动|增长 for PLG). Asides
/// (`（我会放个链接）`), numbers (`10 万（100K）`), descriptions (`GPQA（谷歌搜不到答案的问答测试）`), phrases with
/// articles (`respect the hustle`) and people's names (`扬尼斯（Giannis）`) are not terms.
public enum TermExtractor {
  /// Every distinct annotated pair of `units`, in order of first appearance, each with the unit it was found in.
  ///
  /// - Complexity: O(*n*) in the length of the Chinese text, times the glossary and lexicon look-ups per annotation.
  ///
  /// Traditional text is searched in its Simplified form (`ChineseScript`), and each term is cut from the text as
  /// written.
  public static func terms(in units: [SentencePair], glossary: Glossary, lexicon: Lexicon = Lexicon()) -> [FoundTerm] {
    let simplified = units.map { ChineseScript.simplified($0.zh) }
    let annotations = units.indices.flatMap { index in
      Annotation.find(in: simplified[index], lexicon: lexicon).map { (index, $0) }
    }
    // First the annotations whose term is plain; then the rest, helped by what the plain ones taught.
    var learnt = glossary
    for (_, annotation) in annotations {
      for term in annotation.terms(glossary: glossary, confidentOnly: true) { learnt.add(term) }
    }
    var found: [FoundTerm] = []
    var seen = Set<String>()
    for (index, annotation) in annotations {
      for term in annotation.terms(glossary: learnt, confidentOnly: false)
      where seen.insert(Glossary.key(term.english) + "\t" + term.chinese).inserted {
        let written = ChineseScript.original(of: term.chinese, in: simplified[index], original: units[index].zh)
        found.append(
          FoundTerm(
            pair: TermPair(english: term.english, chinese: written), context: units[index], unitIndex: index))
      }
    }
    return found
  }
}
