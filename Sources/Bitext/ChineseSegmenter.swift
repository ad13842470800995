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
      // A full stop after a closing quote (“……更快？”。) ends the same sentence.
      while end < scalars.count, scalars[end] == "。" || scalars[end] == "．" { end += 1 }
      if continuesAfterQuote(scalars, ender: index, end: end) { return (nil, end) }
      return (end, end)
    }
  }

  /// Whether a question or exclamation that closes a quotation leaves its sentence going on: the quotation sits
  /// inside the sentence (no colon opens it) and what follows the closing quote cannot begin a sentence (的, 之类,
  /// 这种…: 你会问“这能行吗？”之类的问题). After `他问：“这能行吗？”` the sentence is over.
  private static func continuesAfterQuote(_ scalars: [Unicode.Scalar], ender index: Int, end: Int) -> Bool {
    guard scalars[index] == "？" || scalars[index] == "！", end < scalars.count, continuations.contains(scalars[end]),
      scalars[(index + 1)..<end].contains(where: { $0 == "”" || $0 == "」" })
    else { return false }
    var open = index
    while open > 0, scalars[open - 1] != "“", scalars[open - 1] != "「" {
      if isEnder(scalars[open - 1]) { return false }
      open -= 1
    }
    guard open > 1 else { return false }
    return scalars[open - 2] != "：" && scalars[open - 2] != ":" && !isEnder(scalars[open - 2])
  }

  /// Characters that go on a sentence and never begin one: particles and words that refer back.
  private static let continuations: Set<Unicode.Scalar> = Set("的之等时吗呢了地得这那之类样般".unicodeScalars)

  /// ASCII `?!;` end a Chinese sentence only after a Chinese character or full-width punctuation.
  private static func endsChineseSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard scalars[index].isASCII else { return true }
    guard index > 0 else { return false }
    return scalars[index - 1].isHan || !scalars[index - 1].isASCII
  }
}
