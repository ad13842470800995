/// Splits English text into sentences.
///
/// A sentence ends at `.`, `?`, `!`, `…` or `...`, together with the closing quotes and brackets that follow, when
/// the next word starts a sentence (a capital, a digit, an opening quote or bracket, or the end of the text). It
/// does not end after an abbreviation (Mr., Dr., e.g., U.S., vs.), an initial (J. K.), inside a decimal or a
/// version (1.3, 3.5), nor where a quotation goes on with the sentence (`"Stop!" she said`).
public enum EnglishSegmenter {
  /// Words after which a period does not end a sentence.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "v", "e.g", "i.e", "etc.al", "al", "cf", "inc", "ltd",
    "co", "corp", "no", "vol", "fig", "approx", "ca", "gen", "gov", "sen", "rep", "rev", "mt", "ft", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "}", "»"]
  static let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«"]

  /// The sentences of `text`, trimmed, in order; their concatenation holds every non-space character of `text`.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func sentences(_ text: String) -> [String] {
    let chars = Array(text)
    var sentences: [String] = []
    var start = 0
    var i = 0
    while i < chars.count {
      guard ".?!…".contains(chars[i]) else {
        i += 1
        continue
      }
      var end = i
      while end < chars.count, ".?!…".contains(chars[end]) { end += 1 }
      let punctuation = chars[i..<end]
      while end < chars.count, closers.contains(chars[end]) { end += 1 }
      if isBoundary(chars, punctuationAt: i, punctuation: punctuation, after: end) {
        append(chars[start..<end], to: &sentences)
        start = end
      }
      i = end
    }
    append(chars[start...], to: &sentences)
    return sentences
  }

  private static func append(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
    let sentence = String(slice).trimmingWhitespace
    if !sentence.isEmpty { sentences.append(String(sentence)) }
  }

  private static func isBoundary(
    _ chars: [Character], punctuationAt start: Int, punctuation: ArraySlice<Character>, after end: Int
  ) -> Bool {
    guard end < chars.count else { return true }
    guard chars[end].isWhitespace else { return false }  // 1.3, o1.5, e.g.x, "U.S."-like runs
    var next = end
    while next < chars.count, chars[next].isWhitespace { next += 1 }
    guard next < chars.count else { return true }
    let following = chars[next]
    // An ellipsis marks a broken-off thought: "create new... come up with" is two sentences to a translator.
    let isEllipsis = punctuation.count >= 3 || punctuation.first == "…"
    guard !following.isLowercase || isEllipsis else { return false }

    guard punctuation.count == 1, punctuation.first == "." else { return true }
    return !isAbbreviation(before: start, in: chars)
  }

  /// True when the word before the period at `period` is an abbreviation or an initial.
  private static func isAbbreviation(before period: Int, in chars: [Character]) -> Bool {
    var wordStart = period
    while wordStart > 0, !chars[wordStart - 1].isWhitespace { wordStart -= 1 }
    var word = String(chars[wordStart..<period])
    while let first = word.first, openers.contains(first) { word.removeFirst() }
    if word.count == 1, let letter = word.first, letter.isUppercase, letter != "I" { return true }
    let lower = word.lowercased()
    if abbreviations.contains(lower) { return true }
    // Dotted initialisms: U.S, e.g, a.m, Ph.D
    let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count > 1 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isLetter) }
  }
}
