/// Splits Chinese text into sentences.
///
/// A sentence ends at `。！？；` or `……` (and at ASCII `?` `!` `;` after Chinese), together with the closing quotes and
/// brackets `”’」』）》` that follow. English fragments inside the Chinese stay inside their sentence: an ASCII period
/// does not end a Chinese sentence (`v1.5`, `Enterpret.com`).
public enum ChineseSegmenter {
  static func isEnder(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "！", "？", "；", "…", "!", "?", ";", "．": true
    default: false
    }
  }

  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "”", "’", "」", "』", "）", "》", "\"", "'", ")", "】", "〕": true
    default: false
    }
  }

  /// The sentences of `text`, trimmed, in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func sentences(_ text: String) -> [String] {
    SentenceSplitter.split(text, mayEnd: isEnder) { scalars, index in
      guard endsChineseSentence(scalars, at: index) else { return (nil, index + 1) }
      // "。……" is two sentences (a full stop, then a trailing-off); "？！" and "……" are one mark each.
      let isEllipsis = scalars[index] == "…"
      var end = index
      while end < scalars.count, isEnder(scalars[end]), (scalars[end] == "…") == isEllipsis { end += 1 }
      while end < scalars.count, isCloser(scalars[end]) || scalars[end].isSpace { end += 1 }
      return (end, end)
    }
  }

  /// ASCII `?!;` end a Chinese sentence only after a Chinese character or full-width punctuation.
  private static func endsChineseSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard scalars[index].isASCII else { return true }
    guard index > 0 else { return false }
    return scalars[index - 1].isHan || !scalars[index - 1].isASCII
  }
}
