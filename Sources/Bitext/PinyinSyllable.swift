/// One syllable of Hanyu Pinyin with its tone, read from its tone-marked spelling (`yín`, `lǜ`, `de`).
public struct PinyinSyllable: Hashable, Sendable {
  /// The syllable as written with its tone mark.
  public let marked: String
  /// 1–4, or 5 for the neutral tone (no mark).
  public let tone: Int

  public init(_ marked: String) {
    self.marked = marked
    tone = marked.unicodeScalars.lazy.compactMap { Self.marks[$0]?.tone }.first ?? 5
  }

  /// The syllable with its tone as a digit after it: `yin2`, `lü4`, `de5`.
  public var numbered: String {
    String(String.UnicodeScalarView(marked.unicodeScalars.map { Self.marks[$0]?.vowel ?? $0 })) + String(tone)
  }

  /// Whether the syllable starts with a, o or e: written after another syllable of the same word, it takes an
  /// apostrophe (`xī'ān`), so that the boundary reads unambiguously.
  var startsWithVowel: Bool {
    guard let first = marked.unicodeScalars.first else { return false }
    let plain = Self.marks[first]?.vowel ?? first
    return plain == "a" || plain == "o" || plain == "e"
  }

  /// Each tone-marked letter with its plain letter and tone.
  private static let marks: [Unicode.Scalar: (vowel: Unicode.Scalar, tone: Int)] = {
    var table: [Unicode.Scalar: (vowel: Unicode.Scalar, tone: Int)] = [:]
    for (vowel, marked) in [
      ("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("ü", "ǖǘǚǜ"), ("n", "\u{144}ňǹ"),
      ("m", "\u{1E3F}"),
    ] {
      let plain = vowel.unicodeScalars.first!
      let offset = vowel == "n" || vowel == "m" ? 2 : 1
      for (index, scalar) in marked.unicodeScalars.enumerated() { table[scalar] = (plain, index + offset) }
    }
    return table
  }()
}

/// A word of Chinese text with its reading, or a stretch of other text (Latin words, numbers, punctuation).
public struct ReadPiece: Hashable, Sendable {
  public let text: String
  /// The word's syllables; empty for text that is not Chinese.
  public let syllables: [PinyinSyllable]

  /// The reading as written: the syllables of one word together (`yínháng`, `xī'ān`), or with tone digits
  /// (`yin2hang2`).
  public func reading(numbers: Bool) -> String { parts(numbers: numbers).map(\.text).joined() }

  /// The reading's parts: each syllable with its tone, and an apostrophe before a syllable that starts with a
  /// vowel; text that is not Chinese as one part without a tone.
  func parts(numbers: Bool) -> [ReadingPart] {
    guard !syllables.isEmpty else { return [ReadingPart(text: text, tone: nil)] }
    return syllables.enumerated().flatMap { index, syllable in
      let part = ReadingPart(text: numbers ? syllable.numbered : syllable.marked, tone: syllable.tone)
      return !numbers && index > 0 && syllable.startsWithVowel ? [ReadingPart(text: "'", tone: nil), part] : [part]
    }
  }
}

/// A stretch of a reading as shown: a syllable with its tone (1–4, 5 neutral), or other text (tone nil).
public struct ReadingPart: Hashable, Sendable {
  public let text: String
  public let tone: Int?
}
