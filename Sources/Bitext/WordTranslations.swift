/// A general English–Chinese word list: which Chinese words translate an English word in any text, read from the
/// bytes of a file whose lines are `english<TAB>chinese chinese …`.
///
/// A document's own `TranslationTable` learns only the words its sure units repeat; a word said once (a "tool"
/// that the translation calls 工具) teaches it nothing. This list knows such words before the document is read, as
/// lexical tokens: the English word's token and the bigrams of its Chinese words.
///
/// Loading indexes the lines by their English word's token and reads no Chinese: a document uses a few thousand of
/// the list's words, and `partners(of:)` tokenizes only theirs.
public struct WordTranslations: Sendable {
  private let bytes: [UInt8]
  /// Each English token's line, as an index into `chineseRanges`.
  private let lines: TokenMap
  /// Where each line's Chinese words stand in `bytes`.
  private let chineseRanges: [Range<Int>]

  /// An empty list: nothing translates.
  public init() {
    bytes = []
    lines = TokenMap()
    chineseRanges = []
  }

  /// The list in `bytes` (the file's contents); a line whose English is not one content word is skipped.
  ///
  /// - Complexity: O(*n*) in the size of the file.
  public init(bytes: [UInt8]) {
    var lines = TokenMap(capacity: 16_384)
    var ranges: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      while start < buffer.count {
        var end = start
        var tab: Int?
        var oneWord = true
        while end < buffer.count, buffer[end] != 0x0A {
          if tab == nil {
            if buffer[end] == 0x09 {
              tab = end
            } else if !(buffer[end].isLatinWordPart || buffer[end] == UInt8(ascii: "'")) {
              oneWord = false
            }
          }
          end += 1
        }
        if let tab, oneWord, tab + 1 < end,
          let token = LexicalTokenizer.token(UnsafeBufferPointer(rebasing: buffer[start..<tab]))
        {
          // A word given twice (its plural folded into it) keeps its first line.
          _ = lines.value(for: token) {
            ranges.append((tab + 1)..<end)
            return Int32(ranges.count - 1)
          }
        }
        start = end + 1
      }
    }
    self.bytes = bytes
    self.lines = lines
    chineseRanges = ranges
  }

  /// The Chinese tokens that translate the English token `token`: the bigrams of its Chinese words (spaces
  /// separate them, and no bigram crosses a space).
  func partners(of token: UInt64) -> [UInt64] {
    guard let line = lines[token] else { return [] }
    return LexicalTokenizer.chinese(String(decoding: bytes[chineseRanges[Int(line)]], as: UTF8.self))
  }

  public var isEmpty: Bool { chineseRanges.isEmpty }
}
