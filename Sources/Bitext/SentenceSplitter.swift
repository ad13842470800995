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
    // The scalars, and where each starts in the UTF-8 (the text's length last), in one pass over the text.
    let bytes = Array(text.utf8)
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(bytes.count)
    offsets.reserveCapacity(bytes.count + 1)
    var offset = 0
    for scalar in text.unicodeScalars {
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    var sentences: [String] = []
    func append(_ range: Range<Int>) {
      let piece = String(decoding: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
      let sentence = piece.trimmingWhitespace
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
