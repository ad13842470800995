/// The loop both segmenters share: walk a text's scalars, and where a sentence may end, ask the language's rule.
enum SentenceSplitter {
  /// The trimmed, non-empty pieces of `text`. At each index where `mayEnd` holds, `end` gives the index just past
  /// the sentence's end (its punctuation and closers), or nil when no sentence ends there, and the index scanning
  /// goes on from.
  ///
  /// - Complexity: O(*n*) in the length of `text`, plus what the rule costs.
  static func split(
    _ text: String, mayEnd: (Unicode.Scalar) -> Bool,
    end: (_ scalars: [Unicode.Scalar], _ index: Int) -> (sentenceEnd: Int?, resume: Int)
  ) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let positions = Array(text.unicodeScalars.indices) + [text.endIndex]
    var sentences: [String] = []
    func append(_ range: Range<Int>) {
      let sentence = text[positions[range.lowerBound]..<positions[range.upperBound]].trimmingWhitespace
      if !sentence.isEmpty { sentences.append(String(sentence)) }
    }
    var start = 0
    var index = 0
    while index < scalars.count {
      guard mayEnd(scalars[index]) else {
        index += 1
        continue
      }
      let (sentenceEnd, resume) = end(scalars, index)
      if let sentenceEnd {
        append(start..<sentenceEnd)
        start = sentenceEnd
      }
      index = max(resume, index + 1)
    }
    append(start..<scalars.count)
    return sentences
  }
}
