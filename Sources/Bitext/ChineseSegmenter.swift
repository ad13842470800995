/// Splits Chinese text into sentences.
///
/// A sentence ends at `。！？；` or `……` (and at ASCII `?` `!` `;` after Chinese), together with the closing quotes and
/// brackets `”’」』）》` that follow. English fragments inside the Chinese stay inside their sentence: an ASCII period
/// does not end a Chinese sentence (`v1.5`, `Enterpret.com`).
public enum ChineseSegmenter {
  static let enders: Set<Character> = ["。", "！", "？", "；", "…", "!", "?", ";", "．"]
  static let closers: Set<Character> = ["”", "’", "」", "』", "）", "》", "\"", "'", ")", "】", "〕"]

  /// The sentences of `text`, trimmed, in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func sentences(_ text: String) -> [String] {
    let chars = Array(text)
    var sentences: [String] = []
    var start = 0
    var i = 0
    while i < chars.count {
      guard enders.contains(chars[i]), chars[i].isFullWidthOrAfterChinese(in: chars, at: i) else {
        i += 1
        continue
      }
      // "。……" is two sentences (a full stop, then a trailing-off); "？！" and "……" are one mark each.
      let isEllipsis = chars[i] == "…"
      var end = i
      while end < chars.count, enders.contains(chars[end]), (chars[end] == "…") == isEllipsis { end += 1 }
      while end < chars.count, closers.contains(chars[end]) || chars[end].isWhitespace { end += 1 }
      let sentence = String(chars[start..<end]).trimmingWhitespace
      if !sentence.isEmpty { sentences.append(String(sentence)) }
      start = end
      i = end
    }
    let rest = String(chars[start...]).trimmingWhitespace
    if !rest.isEmpty { sentences.append(String(rest)) }
    return sentences
  }
}

extension Character {
  /// ASCII `?!;` end a Chinese sentence only after a Chinese character or full-width punctuation.
  fileprivate func isFullWidthOrAfterChinese(in chars: [Character], at index: Int) -> Bool {
    guard isASCII else { return true }
    guard index > 0, let previous = chars[index - 1].unicodeScalars.first else { return false }
    return previous.isHan || !previous.isASCII
  }
}
