/// A term and its translation.
public struct TermPair: Hashable, Sendable {
  public var english: String
  public var chinese: String

  public init(english: String, chinese: String) {
    self.english = english
    self.chinese = chinese
  }
}

/// Known term translations that help find where an annotated Chinese term begins.
public struct Glossary: Sendable {
  private var byEnglish: [String: [String]] = [:]
  private var chineseTerms: Set<String> = []

  public init(_ pairs: [TermPair] = []) {
    for pair in pairs { add(pair) }
  }

  public mutating func add(_ pair: TermPair) {
    byEnglish[Glossary.key(pair.english), default: []].append(pair.chinese)
    chineseTerms.insert(pair.chinese)
  }

  /// The translations known for `english` (case and plural `s` aside).
  func translations(of english: String) -> [String] {
    let key = Glossary.key(english)
    return (byEnglish[key] ?? []) + (key.hasSuffix("s") ? byEnglish[String(key.dropLast())] ?? [] : [])
  }

  func contains(chinese: String) -> Bool { chineseTerms.contains(chinese) }

  /// The form under which English terms are the same: case, spacing and hyphens aside ("post-training" and
  /// "Post training").
  static func key(_ english: String) -> String {
    english.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
  }
}

/// A term pair found in a sentence pair, with that sentence pair as its context.
public struct FoundTerm: Hashable, Sendable {
  public var pair: TermPair
  public var context: SentencePair
  /// The context's position among the units searched, so that a caller can find what it knows of that unit.
  public var unitIndex: Int
}

/// Finds the term pairs a translation annotates: `中文（English）`, `中文 (English)`, `“中文”（English）`, and the
/// reverse `English（中文）` (`Stargate（星际门）`, `IC（独立贡献者）`).
///
/// The hard part is where the Chinese term begins, since Chinese does not separate words: in `你不仅是在人工智能（AI）`
/// the term is `人工智能`. The extractor takes the run of Han characters before the bracket, cuts it after the last
/// function word (的, 在, 是, 和, 通过, 一些 …: words that rarely start a term), and then prefers, in turn, a suffix
/// the glossary (or the same document, elsewhere) gives for that English, another glossary term ending the run, the
/// whole rest when it is short (five characters), and else the suffix whose length fits the English term. Asides (`（我会放个链接）`), numbers
/// (`10 万（100K）`) and descriptions (`GPQA（谷歌搜不到答案的问答测试）`) are not terms.
public enum TermExtractor {
  /// Every distinct annotated pair of `units`, in order of first appearance, each with the unit it was found in.
  ///
  /// - Complexity: O(*n*) in the length of the Chinese text, times the glossary look-ups per annotation.
  public static func terms(in units: [SentencePair], glossary: Glossary) -> [FoundTerm] {
    let annotations = units.indices.flatMap { index in Annotation.find(in: units[index].zh).map { (index, $0) } }
    // First the annotations whose term is plain; then the rest, helped by what the plain ones taught.
    var learnt = glossary
    for (_, annotation) in annotations {
      if let term = annotation.term(glossary: glossary, confidentOnly: true) { learnt.add(term) }
    }
    var found: [FoundTerm] = []
    var seen = Set<String>()
    for (index, annotation) in annotations {
      guard let term = annotation.term(glossary: learnt, confidentOnly: false) else { continue }
      if seen.insert(Glossary.key(term.english) + "\t" + term.chinese).inserted {
        found.append(FoundTerm(pair: term, context: units[index], unitIndex: index))
      }
    }
    return found
  }
}

/// One bracketed annotation in a Chinese sentence and what stands before it.
struct Annotation {
  enum Shape {
    /// `中文（English）`: the Han characters before the bracket, nearest last; `quoted` when they sat in quotes.
    case chineseThenEnglish(run: [Character], quoted: Bool, english: String)
    /// `English（中文）`.
    case englishThenChinese(english: String, chinese: String)
  }

  let shape: Shape

  /// Words after which a term starts: function words and adverbs that rarely begin one.
  static let boundaryWords: [String] = [
    "通过", "比如", "例如", "关于", "对于", "因为", "所以", "以及", "如何", "什么", "一些", "这些", "那些", "这个",
    "那个", "这种", "那种", "一种", "一个", "所有", "需要", "想要", "觉得", "可以", "能够", "已经", "正在", "就是",
    "或者", "叫做", "称为", "非常", "仅靠", "加入", "更具", "具有",
  ]
  static let boundaryCharacters: Set<Character> = [
    "的", "在", "是", "了", "和", "与", "对", "把", "这", "那", "个", "为", "被", "将", "从", "让", "给", "向", "于",
    "及", "或", "也", "都", "就", "有", "我", "你", "他", "她", "它", "们", "些", "种", "么", "很", "更", "最", "太",
    "到", "并", "而", "但", "又", "还", "只", "得", "地", "着", "其", "该", "每", "各",
  ]
  /// Characters that make a bracketed Chinese text a remark rather than a term.
  static let remarkCharacters: Set<Character> = [
    "的", "我", "你", "他", "她", "它", "是", "了", "吗", "呢", "吧", "即", "比", "如", "不", "会",
  ]

  /// The annotations of a Chinese sentence.
  static func find(in text: String) -> [Annotation] {
    let characters = Array(text)
    var found: [Annotation] = []
    var index = 0
    while index < characters.count {
      guard characters[index] == "（" || characters[index] == "(", index == 0 || characters[index - 1] != "]",
        let close = characters[(index + 1)...].firstIndex(where: { $0 == "）" || $0 == ")" })
      else {
        index += 1
        continue
      }
      let inside = String(String(characters[(index + 1)..<close]).trimmingWhitespace)
      if let annotation = annotation(inside: inside, before: characters[..<index]) { found.append(annotation) }
      index = close + 1
    }
    return found
  }

  private static func annotation(inside: String, before: ArraySlice<Character>) -> Annotation? {
    let hasHan = inside.unicodeScalars.contains(where: \.isHan)
    let letters = inside.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count
    var end = before.endIndex
    while end > before.startIndex, before[end - 1] == " " { end -= 1 }
    if !hasHan {
      // 中文（English）: at least two letters, not a number with a unit ("100K"), at most five words.
      guard letters >= 2, inside.split(separator: " ").count <= 5,
        !inside.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) || letters > 2
      else { return nil }
      var quoted = false
      if end > before.startIndex, "”」』\"".contains(before[end - 1]) {
        quoted = true
        end -= 1
      }
      var start = end
      while start > before.startIndex, before[start - 1].unicodeScalars.first?.isHan == true { start -= 1 }
      if quoted && (start == before.startIndex || !"“「『\"".contains(before[start - 1])) { quoted = false }
      guard start < end else { return nil }
      let english = String(inside.drop { "\"'“”".contains($0) }.reversed().drop { "\"'“”".contains($0) }.reversed())
      return Annotation(shape: .chineseThenEnglish(run: Array(before[start..<end]), quoted: quoted, english: english))
    }
    // English（中文）: a Latin word right before, and a short Chinese name, not a remark.
    guard letters == 0, (2...12).contains(inside.count), !inside.contains(where: remarkCharacters.contains) else {
      return nil
    }
    var start = end
    while start > before.startIndex, before[start - 1].isASCII,
      before[start - 1].isLetter || before[start - 1].isNumber
        || before[start - 1] == "-"
    {
      start -= 1
    }
    let english = String(before[start..<end])
    guard english.contains(where: \.isLetter) else { return nil }
    return Annotation(shape: .englishThenChinese(english: english, chinese: inside))
  }

  /// The term pair, or nil. With `confidentOnly`, only where the boundary needs no guess.
  func term(glossary: Glossary, confidentOnly: Bool) -> TermPair? {
    switch shape {
    case .englishThenChinese(let english, let chinese):
      return TermPair(english: english, chinese: chinese)
    case .chineseThenEnglish(let run, let quoted, let english):
      if quoted { return TermPair(english: english, chinese: String(run)) }
      let rest = Self.afterLastBoundary(run)
      guard rest.count >= 2 else { return nil }
      let suffixes = (2...min(rest.count, 10)).map { String(rest.suffix($0)) }
      if let known = suffixes.last(where: { glossary.translations(of: english).contains($0) }) {
        return TermPair(english: english, chinese: known)
      }
      // Another term the glossary knows ends the run: take it when what stands before it is a word of its own
      // (模型写|提示词), not a prefix (超|人工智能).
      if let known = suffixes.last(where: glossary.contains(chinese:)), rest.count - known.count >= 2,
        !confidentOnly || rest.count <= 5
      {
        return TermPair(english: english, chinese: known)
      }
      if rest.count <= 5 { return TermPair(english: english, chinese: String(rest)) }
      if confidentOnly { return nil }
      return TermPair(english: english, chinese: String(rest.suffix(Self.expectedLength(of: english))))
    }
  }

  /// The Han run after its last function word.
  static func afterLastBoundary(_ run: [Character]) -> ArraySlice<Character> {
    var cut = 0
    for index in run.indices {
      if boundaryCharacters.contains(run[index]) { cut = max(cut, index + 1) }
      for word in boundaryWords
      where index + word.count <= run.count && String(run[index..<(index + word.count)]) == word {
        cut = max(cut, index + word.count)
      }
    }
    return run[cut...]
  }

  /// How many Han characters a translation of `english` usually takes: about two for an acronym's letter pair, one
  /// for every three to four letters of a word.
  static func expectedLength(of english: String) -> Int {
    let letters = english.filter(\.isLetter)
    if letters.count <= 5, letters.allSatisfy(\.isUppercase) { return 4 }
    return min(6, max(2, Int((Double(letters.count) / 3.5).rounded())))
  }
}
