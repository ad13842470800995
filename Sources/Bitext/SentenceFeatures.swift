/// What the alignment cost reads from one sentence, computed once per sentence.
struct SentenceFeatures {
  /// Length in the length model's units (`englishLength` or `chineseLength`).
  let length: Int
  /// Hashes of the tokens another sentence's anchors may match: numbers and Latin-script words.
  let tokens: [UInt64]
  /// Hashes of the tokens that expect a counterpart in the translation: in Chinese, every number and Latin word it
  /// keeps (names, products, acronyms, annotated terms); in English, numbers and words with digits (o1, GPT-4).
  let anchors: [UInt64]
  /// One bit per token hash (its low 6 bits): a quick "certainly absent" test before looking a token up.
  let tokenMask: UInt64
  /// In Chinese, each anchor's bytes in lower case (parallel to `anchors`): a name the Chinese writes without
  /// spaces (`MindtheProduct`) or inside a longer token still finds the English words it comes from.
  let anchorWords: [[UInt8]]
  /// Question marks, ASCII or full-width.
  let questions: Int
  /// In Chinese, whether the sentence holds a clause break (a comma, colon or dash before its last character):
  /// where a translator joins two English sentences into one, there is nearly always one.
  let hasClauseBreak: Bool
  /// The sentence folded to lower-case letters and digits, to spot a speaker repeating themself ("Okay. Okay.")
  /// and to find a name the Chinese writes run together.
  let folded: [UInt8]
  /// True when the sentence repeats the one before it (set by `AlignmentCost`, which sees the neighbours).
  var repeatsPrevious = false

  init(english sentence: String) {
    length = englishLength(sentence)
    var folded: [UInt8] = []
    var questions = 0
    var text = sentence
    text.withUTF8 { bytes in
      folded.reserveCapacity(bytes.count)
      for byte in bytes {
        switch byte {
        case 0x41...0x5A: folded.append(byte | 0x20)
        case 0x61...0x7A, 0x30...0x39: folded.append(byte)
        case UInt8(ascii: "?"): questions += 1
        default: break
        }
      }
    }
    self.folded = folded
    self.questions = questions
    hasClauseBreak = false
    let words = AnchorTokenizer.tokens(in: sentence, chinese: false)
    // "PMs" and "LLMs" answer the "PM" and "LLM" a Chinese text keeps.
    tokens = words.map(\.hash) + words.compactMap(\.singularHash)
    anchors = words.filter(\.hasDigit).map(\.hash)
    anchorWords = []
    tokenMask = Self.mask(tokens)
  }

  init(chinese sentence: String) {
    length = chineseLength(sentence)
    let words = AnchorTokenizer.tokens(in: sentence, chinese: true)
    tokens = words.map(\.hash)
    anchors = tokens
    anchorWords = words.map(\.bytes)
    tokenMask = Self.mask(tokens)
    questions = sentence.unicodeScalars.reduce(0) { $0 + ($1 == "?" || $1 == "？" ? 1 : 0) }
    hasClauseBreak = Self.holdsClauseBreak(sentence)
    folded = []
  }
}

extension SentenceFeatures {
  static func mask(_ hashes: [UInt64]) -> UInt64 { hashes.reduce(0) { $0 | (1 << ($1 & 63)) } }

  /// Whether `sentence` has a comma, colon or dash (，：— , :) before its end, found in its UTF-8 bytes: this runs on
  /// every Chinese sentence of a document.
  static func holdsClauseBreak(_ sentence: String) -> Bool {
    var text = sentence
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == 0x2C || byte == 0x3A {
          if index + 1 < bytes.count { return true }
        } else if byte >= 0xE0 && index + 2 < bytes.count {
          let (second, third) = (bytes[index + 1], bytes[index + 2])
          let isBreak =
            (byte == 0xEF && second == 0xBC && (third == 0x8C || third == 0x9A))  // ， ：
            || (byte == 0xE2 && second == 0x80 && third == 0x94)  // —
          if isBreak && index + 3 < bytes.count { return true }
        }
        index += 1
      }
      return false
    }
  }
}

/// Finds the numbers and Latin-script words of a sentence, normalised so that both languages agree:
/// `1,000` and `1000`, `100K` and `10 万`, `GPT-4o` and `gpt-4o`.
enum AnchorTokenizer {
  struct Token {
    let hash: UInt64
    /// The token as normalised: lower case, numbers in digits (Chinese text only: English needs the hash alone).
    let bytes: [UInt8]
    let hasDigit: Bool
    /// The hash without a plural `s`, for words of three letters or more that end in one.
    let singularHash: UInt64?
  }

  /// The tokens of `text`; in Chinese, `万` and `亿` after a number multiply it.
  ///
  /// Works on UTF-8 bytes: every token is ASCII, and this runs on every sentence of a document.
  /// - Complexity: O(*n*) in the length of `text`.
  static func tokens(in text: String, chinese: Bool) -> [Token] {
    let bytes = Array(text.utf8)
    var tokens: [Token] = []
    var word: [UInt8] = []
    var i = 0
    while i < bytes.count {
      guard bytes[i].isLatinWordPart else {
        i += 1
        continue
      }
      word.removeAll(keepingCapacity: true)
      var hasDigit = false
      var hasLetter = false
      while i < bytes.count {
        let byte = bytes[i]
        if byte.isLatinWordPart {
          let isDigit = byte >= 0x30 && byte <= 0x39
          hasDigit = hasDigit || isDigit
          hasLetter = hasLetter || !isDigit
          word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
          i += 1
        } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","))
          && i + 1 < bytes.count && bytes[i + 1].isLatinWordPart
        {
          // "1,000" is one number; "GPT-4", "3.5" and "e.g" one token; "word,next" two.
          let digitsAround = hasDigit && !hasLetter && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39
          guard byte != UInt8(ascii: ",") || digitsAround else { break }
          if byte != UInt8(ascii: ",") { word.append(byte) }
          i += 1
        } else {
          break
        }
      }
      if hasDigit && !hasLetter || (hasDigit && word.last.map { "kmb".utf8.contains($0) } == true) {
        word = normalisedNumber(word, multiplier: chinese ? chineseMultiplier(bytes, after: i) : 1)
      }
      let plural = word.count >= 3 && word.last == UInt8(ascii: "s") && hasLetter
      tokens.append(
        Token(
          hash: fnv1a(word), bytes: chinese ? word : [], hasDigit: hasDigit,
          singularHash: plural ? fnv1a(word.dropLast()) : nil))
    }
    return tokens
  }

  /// `10万` is 100000 and `1.5亿` is 150000000: the multiplier that follows a number, past spaces.
  private static func chineseMultiplier(_ bytes: [UInt8], after index: Int) -> Double {
    var i = index
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    guard i + 2 < bytes.count else { return 1 }
    switch (bytes[i], bytes[i + 1], bytes[i + 2]) {
    case (0xE4, 0xB8, 0x87): return 10_000  // 万
    case (0xE4, 0xBA, 0xBF): return 100_000_000  // 亿
    case (0xE5, 0x8D, 0x83): return 1_000  // 千
    default: return 1
    }
  }

  /// A number as digits only: `100k` → `100000`, `1.5` → `1.5`, with a multiplier applied.
  private static func normalisedNumber(_ word: [UInt8], multiplier: Double) -> [UInt8] {
    var digits = word
    var scale = multiplier
    if let last = digits.last, "kmb".utf8.contains(last) {
      digits.removeLast()
      scale *= last == UInt8(ascii: "k") ? 1_000 : last == UInt8(ascii: "m") ? 1_000_000 : 1_000_000_000
    }
    guard scale != 1, let value = Double(String(decoding: digits, as: UTF8.self)) else { return digits }
    let scaled = value * scale
    return Array((scaled == scaled.rounded() && scaled < 1e18 ? String(Int64(scaled)) : String(scaled)).utf8)
  }

}

extension UInt8 {
  /// True for ASCII letters and digits.
  var isLatinWordPart: Bool {
    (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
  }
}
