/// One bracketed annotation in a Chinese sentence and what stands before it.
struct Annotation {
  enum Shape {
    /// `中文（English）`: the words before the bracket (in the lexicon's split), nearest last; `quoted` when they sat
    /// in quotes. `english` holds every name the bracket gives (`Sample Ratio Mismatch`, `SRM`).
    case chineseThenEnglish(words: [Word], quoted: Bool, english: [String])
    /// `English（中文）`.
    case englishThenChinese(english: String, chinese: String)
  }

  /// A word of the text before a bracket: Han characters as the lexicon splits them, or a run of Latin letters and
  /// digits (`PM` in `普通 PM`); `text` keeps the space written before it.
  struct Word {
    let text: String
    let tag: String
    let isLatin: Bool
  }

  let shape: Shape

  /// Words after which a term starts: function words and adverbs that rarely begin one.
  static let boundaryWords: Set<String> = [
    "通过", "比如", "例如", "关于", "对于", "因为", "所以", "以及", "如何", "什么", "一些", "这些", "那些", "这个",
    "那个", "这种", "那种", "一种", "一个", "所有", "需要", "想要", "觉得", "可以", "能够", "已经", "正在", "就是",
    "或者", "叫做", "称为", "非常", "仅靠", "加入", "更具", "具有", "我们", "你们", "他们", "她们", "它们", "自己",
    // Verbs that take a term as their object rather than begin one.
    "进行", "转向", "构建", "建立", "使用", "采用", "提供", "实现", "开始", "成为", "看到", "发布", "打造", "引入",
    "利用", "包括", "涉及", "关注", "负责", "支持", "推动", "强调", "讨论", "谈论", "提到", "做好", "听说", "设有",
    "拥有", "担任", "作为", "思考", "考虑", "了解", "理解", "处理", "尝试",
    // Adverbs (jieba's adverb tag also marks nouns such as 进度, so they are listed).
    "从不", "从来", "总是", "经常", "一直", "真正", "确实", "其实", "只是", "短短", "刚刚", "常常", "往往", "主要",
  ]
  /// One-character words after which a term starts.
  static let boundaryCharacters: Set<String> = [
    "的", "在", "是", "了", "和", "与", "对", "把", "这", "那", "个", "为", "被", "将", "从", "让", "给", "向", "于",
    "及", "或", "也", "都", "就", "有", "我", "你", "他", "她", "它", "们", "些", "种", "么", "很", "更", "最", "太",
    "到", "并", "而", "但", "又", "还", "只", "得", "地", "着", "其", "该", "每", "各", "用", "做", "叫", "前",
    "写", "发", "看", "说",
  ]
  /// Parts of speech (jieba's tags) that never start a term: prepositions, conjunctions, particles, pronouns,
  /// numerals and measure words (一名, 一些), time words (两年). The last word of a term is never taken for one.
  static let boundaryTags: Set<String> = [
    "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "y", "e", "o", "m", "mq", "q", "t",
  ]
  /// Characters that end a word rather than stand alone (促进|者, 运营|类, 就绪|度): they join the word before.
  static let suffixCharacters: Set<String> = [
    "者", "类", "性", "化", "度", "率", "型", "式", "法", "值", "组", "词", "员", "家", "师", "感", "力", "外", "内",
    "制", "层", "库", "器", "集", "图", "表", "区", "端",
  ]
  /// Characters that begin a word rather than stand alone (超|人工智能): they join the word after.
  static let prefixCharacters: Set<String> = [
    "超", "非", "反", "多", "单", "全", "半", "预", "总", "副", "微", "元", "子", "次", "准", "自", "不", "后", "无",
  ]
  /// Characters that make a bracketed Chinese text a remark rather than a term.
  static let remarkCharacters: Set<Character> = [
    "的", "我", "你", "他", "她", "它", "是", "了", "吗", "呢", "吧", "即", "比", "如", "不", "会",
  ]
  /// The most characters before a bracket that a term is looked for in.
  static let longestRun = 40
  /// The longest Chinese a term may have: anything longer is a phrase or a sentence.
  static let longestTerm = 16
  /// Words that introduce another name in a bracket: `（Sample Ratio Mismatch，简称 SRM）`.
  static let alsoCalled = ["简称", "缩写", "全称", "又称", "或称", "即", "或"]
  /// English words that make a bracketed text a phrase or a title rather than a term.
  static let articles: Set<String> = ["the", "a", "an", "this", "that", "my", "your", "our", "their", "his", "her"]
  /// Characters Chinese writes foreign names with: a Chinese text of three or more of them only, for capitalised
  /// English words, is a person's or place's name (扬尼斯 for Giannis), not a term. (Two such characters are as
  /// often a word: 文本 for Text.)
  static let transliteration: Set<Character> = Set(
    "阿埃艾爱安奥巴邦贝本比彼宾波伯博布查达大戴丹德迪蒂丁东杜多厄恩法菲费芬弗福富盖甘戈哥格葛古圭哈海汉豪赫黑亨洪胡华霍基吉加贾杰金卡凯坎康柯科克肯库昆拉莱兰朗劳勒雷黎里理丽利连列林琳卢鲁路伦罗洛马玛迈麦曼梅门蒙米密敏莫姆穆纳娜奈南内妮尼宁纽努诺欧帕潘佩彭皮珀普奇齐乔切钦琼丘萨塞森沙莎尚舍什史舒斯松苏索塔泰坦汤唐特提汀图托瓦万旺威韦维温文沃乌伍西希锡夏谢辛休许雅亚扬耶伊因英尤于约泽扎詹珍朱卓兹佐"
  )

  /// The annotations of a Chinese sentence.
  static func find(in text: String, lexicon: Lexicon) -> [Annotation] {
    guard text.mayHoldBracket else { return [] }
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
      if let annotation = annotation(inside: inside, before: characters[..<index], lexicon: lexicon) {
        found.append(annotation)
      }
      index = close + 1
    }
    return found
  }

  private static func annotation(inside: String, before: ArraySlice<Character>, lexicon: Lexicon) -> Annotation? {
    var end = before.endIndex
    while end > before.startIndex, before[end - 1] == " " { end -= 1 }
    if let names = englishNames(inside) {
      var quoted = false
      if end > before.startIndex, "”」』\"".contains(before[end - 1]) {
        quoted = true
        end -= 1
      }
      let run = termRun(before[..<end])
      if quoted && (run.startIndex == before.startIndex || !"“「『\"".contains(before[run.startIndex - 1])) {
        quoted = false
      }
      guard !run.isEmpty, run.contains(where: { $0.unicodeScalars.first?.isHan == true }) else { return nil }
      return Annotation(shape: .chineseThenEnglish(words: words(run, lexicon: lexicon), quoted: quoted, english: names))
    }
    // English（中文）: a Latin word right before, and a short Chinese name, not a remark.
    let letters = inside.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count
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

  /// The English names a bracket gives, or nil when it is not an English annotation: at least two letters, not a
  /// number with a unit (`100K`), at most five words a name, no article; `English，简称 ACR` gives both names.
  private static func englishNames(_ inside: String) -> [String]? {
    var names: [String] = []
    for part in inside.split(whereSeparator: { "，,；;、".contains($0) }) {
      var name = Substring(part.trimmingWhitespace)
      if let lead = alsoCalled.first(where: { name.hasPrefix($0) }) {
        name = Substring(name.dropFirst(lead.count).trimmingWhitespace)
      }
      name = name.drop { "\"'“”".contains($0) }
      while let last = name.last, "\"'“”".contains(last) { name = name.dropLast() }
      let letters = name.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count
      let words = name.split(separator: " ")
      guard !name.unicodeScalars.contains(where: \.isHan), letters >= 2, words.count <= 5,
        !name.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) || letters > 2,
        !words.contains(where: { articles.contains($0.lowercased()) })
      else { return nil }
      names.append(String(name))
    }
    return names.isEmpty ? nil : names
  }

  /// The end of `text` that a term may span: Han characters, and Latin letters and digits with `-`, `·`, `&` and
  /// the spaces between them and the Han characters (`普通 PM`, `P 值`).
  private static func termRun(_ text: ArraySlice<Character>) -> ArraySlice<Character> {
    var start = text.endIndex
    // No term is longer: a longer run is a sentence without punctuation, and splitting it costs for nothing.
    while start > text.startIndex, text.endIndex - start < Self.longestRun {
      let character = text[start - 1]
      let isHan = character.unicodeScalars.first?.isHan == true
      let isLatin = character.isASCII && (character.isLetter || character.isNumber || "-&".contains(character))
      let isJoiner = character == "·" || (character == " " && start < text.endIndex && start - 1 > text.startIndex)
      guard isHan || isLatin || isJoiner else { break }
      start -= 1
    }
    while start < text.endIndex, text[start] == " " || text[start] == "·" { start += 1 }
    return text[start...]
  }

  /// `run` as words: Han stretches split by the lexicon, Latin stretches whole, each keeping a space before it.
  private static func words(_ run: ArraySlice<Character>, lexicon: Lexicon) -> [Word] {
    var words: [Word] = []
    var index = run.startIndex
    var space = ""
    while index < run.endIndex {
      let character = run[index]
      if character == " " || character == "·" {
        space = character == " " ? " " : "·"
        index += 1
        continue
      }
      let isHan = character.unicodeScalars.first?.isHan == true
      var end = index
      while end < run.endIndex, run[end] != " ", run[end] != "·",
        (run[end].unicodeScalars.first?.isHan == true) == isHan
      {
        end += 1
      }
      if isHan {
        let stretch = Array(run[index..<end])
        // Without a word list, the stretches between function characters stand for words.
        let joined =
          lexicon.isEmpty
          ? Self.stretchesBetweenBoundaries(stretch).map { (text: $0, head: $0) }
          : joinedPieces(lexicon.words(stretch))
        for (offset, piece) in joined.enumerated() {
          words.append(
            Word(
              text: (offset == 0 ? space : "") + piece.text, tag: lexicon.entry(piece.head)?.tag ?? "x",
              isLatin: false))
        }
      } else {
        words.append(Word(text: space + String(run[index..<end]), tag: "eng", isLatin: true))
      }
      space = ""
      index = end
    }
    return words
  }

  /// The lexicon's words with the single characters it leaves joined to a neighbour: a suffix to the word before,
  /// a prefix to the word after, and a stretch of single characters (a word the list lacks: 营|收) to each other.
  /// Function characters stay alone, to mark a boundary.
  /// Each piece keeps its `head`, the lexicon's word whose part of speech it takes (两年 in 两年内).
  static func joinedPieces(_ words: [String]) -> [(text: String, head: String)] {
    var joined: [(text: String, head: String)] = []
    var pendingPrefix = ""
    // Whether the last piece is a stretch of single characters (which a further one extends), not a word.
    var lastIsStretch = false
    for (index, word) in words.enumerated() {
      let single = word.count == 1 && !boundaryCharacters.contains(word)
      if single && suffixCharacters.contains(word), pendingPrefix.isEmpty, let last = joined.last,
        !boundaryCharacters.contains(last.text)
      {
        joined[joined.count - 1].text += word  // a word with its suffix stays a word; a stretch stays a stretch
      } else if single && lastIsStretch, pendingPrefix.isEmpty, !joined.isEmpty {
        joined[joined.count - 1].text += word
      } else if single && prefixCharacters.contains(word), index + 1 < words.count,
        !boundaryWords.contains(words[index + 1]), !boundaryCharacters.contains(words[index + 1])
      {
        pendingPrefix += word
      } else {
        joined.append((pendingPrefix + word, word))
        pendingPrefix = ""
        lastIsStretch = single
      }
    }
    if !pendingPrefix.isEmpty { joined.append((pendingPrefix, pendingPrefix)) }
    return joined
  }

  /// `run` cut before and after each function character, for want of a word list.
  static func stretchesBetweenBoundaries(_ run: [Character]) -> [String] {
    var pieces: [String] = []
    var current = ""
    for character in run {
      if boundaryCharacters.contains(String(character)) {
        if !current.isEmpty { pieces.append(current) }
        pieces.append(String(character))
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  /// The term pairs, or none. With `confidentOnly`, only where the boundary needs no guess.
  func terms(glossary: Glossary, confidentOnly: Bool) -> [TermPair] {
    switch shape {
    case .englishThenChinese(let english, let chinese):
      return [TermPair(english: english, chinese: chinese)]
    case .chineseThenEnglish(let words, let quoted, let names):
      guard let chinese = chinese(words, quoted: quoted, names: names, glossary: glossary, confidentOnly: confidentOnly)
      else { return [] }
      if chinese.count > Self.longestTerm || Self.isName(chinese, english: names) { return [] }
      return names.map { TermPair(english: $0, chinese: chinese) }
    }
  }

  private func chinese(
    _ words: [Word], quoted: Bool, names: [String], glossary: Glossary, confidentOnly: Bool
  ) -> String? {
    func text(_ words: ArraySlice<Word>) -> String {
      String(words.map(\.text).joined().drop { $0 == Character(" ") || $0 == Character("·") })
    }
    if quoted { return text(words[...]) }
    var start = words.dropLast().lastIndex(where: Self.isBoundary).map { $0 + 1 } ?? 0
    // A lone verb before a word acts on the term (写|工单, 写|提示词).
    if start < words.count - 1, words[start].tag == "v", words[start].text.filter({ $0 != " " }).count == 1 {
      start += 1
    }
    let rest = words[start...]
    guard !rest.isEmpty, rest.map(\.text).joined().count >= 2 || rest.contains(where: \.isLatin) else { return nil }
    let suffixes = rest.indices.reversed().map { text(rest[$0...]) }
    let known = Set(names.flatMap(glossary.translations(of:)))
    if let match = suffixes.last(where: known.contains) { return match }
    // Another term the glossary knows ends the words: take it when what stands before it is a word of its own.
    if let match = suffixes.last(where: glossary.contains(chinese:)), match != suffixes.last,
      !confidentOnly || rest.count <= 2
    {
      return match
    }
    let characters = suffixes.last?.filter { $0 != " " }.count ?? 0
    let expected = names.map(Self.expectedWords).max() ?? 1
    if expected == 1 {
      // One English word: a short rest is the term (利益相关者, 工具体系); a long one is cut to the length the
      // word suggests, at a word boundary.
      if characters <= 5 { return suffixes.last }
      if confidentOnly { return nil }
      let length = names.map(Self.expectedCharacters).max() ?? 2
      return suffixes.last { $0.count <= length } ?? suffixes[0]
    }
    // An acronym's letters are covered by words of two characters each, or by a longer word for two or more
    // letters (总经理 for GM, 生命周期 for the LC of PDLC).
    var taken = 0
    var covered = 0
    for word in rest.reversed() where covered < expected {
      taken += 1
      covered += word.isLatin ? word.text.filter(\.isLetter).count : max(1, word.text.filter { $0 != " " }.count / 2)
    }
    if names.allSatisfy({ !Self.isAcronym($0) }) { taken = min(expected, rest.count) }
    if taken == rest.count { return suffixes.last }
    return confidentOnly ? nil : suffixes[taken - 1]
  }

  /// Whether `english` is written as an acronym: two to six capitals (`PLG`, `M&A`).
  static func isAcronym(_ english: String) -> Bool {
    let letters = english.filter(\.isLetter)
    return (2...6).contains(letters.count) && letters.allSatisfy(\.isUppercase)
  }

  /// Whether a term cannot include `word` or what stands before it: a function word or character, a verb that
  /// takes a term as object, a pronoun (给我发 in 给我发私信).
  private static func isBoundary(_ word: Word) -> Bool {
    let text = String(word.text.drop { $0 == " " })
    return !word.isLatin
      && (boundaryWords.contains(text) || boundaryCharacters.contains(text) || boundaryTags.contains(word.tag)
        || text.contains { "我你他她".contains($0) })
  }

  /// How many Han characters a translation of one English word usually takes: one for every three to four letters.
  static func expectedCharacters(_ english: String) -> Int {
    min(6, max(2, Int((Double(english.filter(\.isLetter).count) / 3.5).rounded())))
  }

  /// How many Chinese words a translation of `english` usually takes: one a word, or one a letter of an acronym.
  static func expectedWords(_ english: String) -> Int {
    if isAcronym(english) { return english.filter(\.isLetter).count }
    return max(1, english.split(whereSeparator: { $0 == " " || $0 == "-" }).count)
  }

  /// Whether `chinese` is a transliterated name for capitalised English words (`扬尼斯` for `Giannis`).
  static func isName(_ chinese: String, english: [String]) -> Bool {
    let han = chinese.filter { $0 != "·" && $0 != " " }
    return han.count >= 3 && han.allSatisfy(transliteration.contains)
      && english.allSatisfy { name in
        let words = name.split(separator: " ")
        return words.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) }
      }
  }
}
