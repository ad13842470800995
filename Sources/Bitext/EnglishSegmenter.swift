/// Splits English text into sentences.
///
/// A sentence ends at `.`, `?`, `!`, `…` or `...`, together with the closing quotes and brackets that follow, when
/// the next word starts a sentence (not lower case) or the text ends. It does not end after an abbreviation (Mr.,
/// Dr., e.g., U.S., vs.), an initial (J. K.), inside a decimal or a version (1.3, 3.5), nor where a quotation goes
/// on with the sentence (`"Stop!" she said`). An ellipsis followed by a space always ends one: a speaker breaking
/// off (`create new... come up with`) is a break that translators mark with their own `……`.
public enum EnglishSegmenter {
  /// Words after which a period does not end a sentence.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "v", "e.g", "i.e", "al", "cf", "inc", "ltd", "co", "corp",
    "no", "vol", "fig", "approx", "ca", "gen", "gov", "sen", "rep", "rev", "mt", "ft", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  // Switches rather than sets: these run on every character, and hashing a scalar costs more than comparing it.
  static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "?", "!", "…": true
    default: false
    }
  }

  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "”", "’", "'", ")", "]", "}", "»": true
    default: false
    }
  }

  static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "“", "‘", "'", "(", "[", "«": true
    default: false
    }
  }

  /// The sentences of `text`, trimmed, in order; together they hold every non-space character of `text`.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func sentences(_ text: String) -> [String] {
    SentenceSplitter.split(text, mayEnd: isTerminal) { scalars, index in
      var end = index
      while end < scalars.count, isTerminal(scalars[end]) { end += 1 }
      let punctuation = scalars[index..<end]
      while end < scalars.count, isCloser(scalars[end]) { end += 1 }
      return (isBoundary(scalars, punctuationAt: index, punctuation: punctuation, after: end) ? end : nil, end)
    }
  }

  private static func isBoundary(
    _ scalars: [Unicode.Scalar], punctuationAt start: Int, punctuation: ArraySlice<Unicode.Scalar>, after end: Int
  ) -> Bool {
    guard end < scalars.count else { return true }
    guard scalars[end].isSpace else { return false }  // 1.3, o1.5, U.S.-made
    var next = end
    while next < scalars.count, scalars[next].isSpace { next += 1 }
    guard next < scalars.count else { return true }
    let isEllipsis = punctuation.count >= 3 || punctuation.first == "…"
    guard !scalars[next].properties.isLowercase || isEllipsis else { return false }
    guard punctuation.count == 1, punctuation.first == "." else { return true }
    return !isAbbreviation(before: start, in: scalars)
  }

  /// True when the word before the period at `period` is an abbreviation or an initial.
  private static func isAbbreviation(before period: Int, in scalars: [Unicode.Scalar]) -> Bool {
    var wordStart = period
    while wordStart > 0, !scalars[wordStart - 1].isSpace { wordStart -= 1 }
    while wordStart < period, isOpener(scalars[wordStart]) { wordStart += 1 }
    let word = scalars[wordStart..<period]
    if word.count == 1, let letter = word.first, letter.properties.isUppercase, letter != "I" { return true }
    // Most words before a period are longer than any listed abbreviation and hold no period of their own.
    guard word.count <= 6 || word.contains(".") else { return false }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: word)
    let lower = String(view).lowercased()
    if abbreviations.contains(lower) { return true }
    // Dotted initialisms: U.S, e.g, a.m, Ph.D
    let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count > 1 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isLetter) }
  }
}
