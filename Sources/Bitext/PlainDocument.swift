/// A text without turns (an article and its translation): paragraphs, and the sentences to align.
public struct PlainDocument: Sendable {
  public let paragraphs: [String]
  public let sentences: [String]

  /// Reads `text` as one paragraph a line when most lines end a sentence, and otherwise as running text whose
  /// paragraphs are separated by blank lines (its hard-wrapped lines are joined).
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public init(_ text: String, language: Language) {
    let lines = textLines(text).map { $0.trimmingWhitespace }
    let filled = lines.filter { !$0.isEmpty }
    let ending = filled.filter { line in line.last.map { ".?!…。！？；\"”’)）」』".contains($0) } ?? false }
    var paragraphs: [String] = []
    if ending.count * 5 >= filled.count * 4 {
      paragraphs = filled.map { plainText(String($0)) }
    } else {
      var block: [Substring] = []
      for line in lines + [""] {
        if line.isEmpty {
          if !block.isEmpty { paragraphs.append(plainText(joinLines(block, chinese: language == .chinese))) }
          block = []
        } else {
          block.append(line)
        }
      }
    }
    self.paragraphs = paragraphs
    sentences = paragraphs.flatMap {
      language == .english ? EnglishSegmenter.sentences($0) : ChineseSegmenter.sentences($0)
    }
  }
}

extension Aligner {
  /// Aligns a document and its translation as wholes, with a length model fitted to them: from their paragraphs
  /// when both have as many, else from their total lengths.
  ///
  /// - Complexity: O((*m* + *n*) × *w*) time and space in the two sentence counts, for a band of width *w*.
  public static func align(english: PlainDocument, chinese: PlainDocument) -> [SentencePair] {
    let paired =
      english.paragraphs.count == chinese.paragraphs.count
      ? LengthModel.calibrated(from: Array(zip(english.paragraphs, chinese.paragraphs))) : nil
    let model =
      paired
      ?? LengthModel.forDocument(
        english: english.paragraphs.reduce(0) { $0 + englishLength($1) },
        chinese: chinese.paragraphs.reduce(0) { $0 + chineseLength($1) })
    return Aligner(model: model).align(english: english.sentences, chinese: chinese.sentences)
  }
}
