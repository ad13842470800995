/// Reads Chinese text aloud in pinyin, word by word: a polyphonic character takes the reading its word gives it
/// (银行 yínháng, 行走 xíngzǒu), which a character-by-character look-up cannot do.
///
/// Text is split into words as the lexicon splits it (the likeliest split by word frequency); the overrides, a
/// hand-checked list of words whose reading the lexicon lacks or gets wrong (微调 wēitiáo), join the words they
/// span. A word's reading is the override's, else the lexicon's, else its parts': the longest
/// sub-words that have a reading, then each character's commonest reading.
public struct PinyinReader: Sendable {
  private let lexicon: Lexicon
  private let overrides: [String: [PinyinSyllable]]
  /// The longest override, in characters.
  private let longestOverride: Int

  /// `overrides` maps words to their readings (syllables with tone marks, separated by spaces).
  ///
  /// An override of one character is its reading alone (长 cháng in 很长), not inside words: it never splits one.
  public init(lexicon: Lexicon, overrides: [String: String] = [:]) {
    self.lexicon = lexicon
    self.overrides = overrides.mapValues(Self.syllables)
    longestOverride = overrides.keys.map(\.count).max() ?? 0
  }

  /// The overrides of a file whose lines are `word<TAB>reading` (`#` starts a comment line).
  public static func overrides(fromFile text: String) -> [String: String] {
    var table: [String: String] = [:]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count >= 2, !cells[0].isEmpty else { continue }
      table[String(cells[0])] = String(cells[1])
    }
    return table
  }

  /// `text` as words with their readings, and the text between them as it is.
  public func pieces(_ text: String) -> [ReadPiece] {
    var pieces: [ReadPiece] = []
    var other = ""
    var run: [Character] = []
    func flushOther() {
      let scalars = other.unicodeScalars
      if let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
      {
        pieces.append(ReadPiece(text: String(scalars[first...last]), syllables: []))
      }
      other = ""
    }
    for character in text {
      if character.unicodeScalars.allSatisfy(\.isHan) {
        flushOther()
        run.append(character)
      } else {
        pieces += read(run)
        run = []
        other.append(character)
      }
    }
    pieces += read(run)
    flushOther()
    return pieces
  }

  /// The reading of `text`: words separated by spaces, other text kept, Chinese punctuation written the Western way
  /// (`，` as `,`) and spaced as English spaces it.
  public func reading(_ text: String, numbers: Bool = false) -> String {
    words(text, numbers: numbers).map { $0.map(\.text).joined() }.joined(separator: " ")
  }

  /// The reading of `text` as its space-separated words, each in parts that carry their tone: a front end colours
  /// syllables by tone with them, and lays words out on lines.
  public func words(_ text: String, numbers: Bool = false) -> [[ReadingPart]] {
    var layout = ReadingLayout()
    for piece in pieces(text) {
      if piece.syllables.isEmpty {
        for character in piece.text { layout.add(character) }
      } else {
        layout.addWord(piece.parts(numbers: numbers))
      }
    }
    return layout.words
  }

  /// The words of a run of Han characters with their readings: the lexicon's split, where an override that starts
  /// and ends on its word boundaries joins the words it spans into one (长 + 上下文 → 长上下文). Traditional text is
  /// looked up in its Simplified form and keeps its characters.
  private func read(_ run: [Character]) -> [ReadPiece] {
    let simplified = run.map {
      Character(String(String.UnicodeScalarView($0.unicodeScalars.map(ChineseScript.simplified))))
    }
    let words = lexicon.words(simplified)
    var pieces: [ReadPiece] = []
    var index = 0
    var offset = 0
    while index < words.count {
      var joined = words[index]
      var end = index + 1
      var match: (end: Int, word: String)?
      while end <= words.count, joined.count <= longestOverride {
        if end > index + 1, overrides[joined] != nil { match = (end, joined) }
        guard end < words.count else { break }
        joined += words[end]
        end += 1
      }
      let word = match?.word ?? words[index]
      index = match?.end ?? index + 1
      pieces.append(ReadPiece(text: String(run[offset..<(offset + word.count)]), syllables: syllables(of: word)))
      offset += word.count
    }
    return pieces
  }

  /// A word's syllables: the lexicon's reading, else the longest sub-words with one from the left, else each
  /// character's commonest reading inside words (a character without one reads as itself). A character alone
  /// takes its reading alone (都 dōu, 的 de).
  private func syllables(of word: String) -> [PinyinSyllable] {
    if let override = overrides[word] { return override }
    if let reading = lexicon.entry(word)?.reading, reading.split(separator: " ").count == word.count {
      return Self.syllables(reading)
    }
    let characters = Array(word)
    var syllables: [PinyinSyllable] = []
    var start = 0
    while start < characters.count {
      var length = min(8, characters.count - start)
      while length > 1 {
        let part = String(characters[start..<(start + length)])
        if part != word, let reading = overrides[part] ?? lexicon.entry(part)?.reading.map(Self.syllables),
          reading.count == length
        {
          syllables += reading
          break
        }
        length -= 1
      }
      if length == 1 {
        let character = String(characters[start])
        let entry = lexicon.entry(character)
        syllables += (entry?.readingInWords ?? entry?.reading).map(Self.syllables) ?? [PinyinSyllable(character)]
      }
      start += length
    }
    return syllables
  }

  private static func syllables(_ reading: String) -> [PinyinSyllable] {
    reading.split(separator: " ").map { PinyinSyllable(String($0)) }
  }
}

/// Lays out a reading: words apart, punctuation against the word it belongs to, Chinese punctuation the Western way.
private struct ReadingLayout {
  private(set) var words: [[ReadingPart]] = []
  /// True after an opening bracket or quote (and at the start): the next word follows without a space.
  private var glued = true
  /// True inside a run of letters or digits of the text around the Chinese.
  private var inWord = false

  mutating func addWord(_ parts: [ReadingPart]) {
    if glued && !words.isEmpty { words[words.count - 1] += parts } else { words.append(parts) }
    glued = false
    inWord = false
  }

  mutating func add(_ character: Character) {
    if character.isWhitespace {
      inWord = false
    } else if let closing = Self.closing[character] {
      append(closing)
      glued = false
      inWord = false
    } else if let opening = Self.opening[character] {
      words.append([ReadingPart(text: String(opening), tone: nil)])
      glued = true
      inWord = false
    } else if inWord {
      append(character)
    } else {
      addWord([ReadingPart(text: String(character), tone: nil)])
      inWord = true
    }
  }

  /// Appends to the last word (or starts one).
  private mutating func append(_ character: Character) {
    if words.isEmpty { words.append([]) }
    words[words.count - 1].append(ReadingPart(text: String(character), tone: nil))
  }

  /// Punctuation that follows the word before it, as pinyin text writes it.
  private static let closing: [Character: Character] = [
    "，": ",", "、": ",", "。": ".", "！": "!", "？": "?", "：": ":", "；": ";", "”": "\"", "’": "'", "）": ")",
    "》": "\"", ",": ",", ".": ".", "!": "!", "?": "?", ":": ":", ";": ";", ")": ")", "…": "…",
  ]
  /// Punctuation that opens onto the word after it.
  private static let opening: [Character: Character] = ["“": "\"", "‘": "'", "（": "(", "《": "\"", "(": "("]
}
