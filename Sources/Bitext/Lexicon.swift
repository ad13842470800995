import Foundation

/// A Chinese word list: each word with how often it occurs, its part of speech and its reading, read from the bytes
/// of a file whose lines are `word<TAB>frequency<TAB>tag[<TAB>reading[<TAB>reading inside words]]`, sorted by their
/// UTF-8 bytes.
///
/// Words are looked up by binary search in the file's bytes as they are, so loading costs one pass to find the line
/// starts and no table is built: a command that needs a few hundred look-ups does not pay for 350,000 entries.
public struct Lexicon: Sendable {
  /// A word as the list gives it.
  public struct Entry: Hashable, Sendable {
    public let frequency: Int
    /// jieba's part-of-speech tag: `n` noun, `v` verb, `p` preposition, `c` conjunction, `r` pronoun …
    public let tag: String
    /// The word's pinyin with tone marks, syllables separated by spaces, when the list has it.
    public let reading: String?
    /// For a character, the reading it most often has inside words, when that differs from `reading` (为: wèi
    /// alone, wéi inside words).
    public let readingInWords: String?
  }

  private let bytes: [UInt8]
  private let lineStarts: [Int]
  /// The sum of all frequencies, for turning a frequency into a probability.
  public let totalFrequency: Double

  /// An empty lexicon: every look-up fails, and segmentation falls back to single characters.
  public init() {
    bytes = []
    lineStarts = []
    totalFrequency = 1
  }

  /// The lexicon in `bytes` (the file's contents).
  ///
  /// - Complexity: O(*n*) in the size of the file.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts: [Int] = []
    var total = 0
    var lineStart = 0
    var field = 0
    var number = 0
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case 0x0A:
        if index > lineStart { starts.append(lineStart) }
        total += number
        (lineStart, field, number) = (index + 1, 0, 0)
      case 0x09: field += 1
      case 0x30...0x39 where field == 1: number = number * 10 + Int(byte - 0x30)
      default: break
      }
    }
    if bytes.count > lineStart { starts.append(lineStart) }
    lineStarts = starts
    totalFrequency = Double(max(total + number, 1))
  }

  public var isEmpty: Bool { lineStarts.isEmpty }

  /// The entry of `word`, or nil when the list does not have it.
  ///
  /// - Complexity: O(log *n* × |*word*|).
  public func entry(_ word: some StringProtocol) -> Entry? {
    let key = Array(word.utf8)
    return fieldsStart(of: key[...]).map(entry(at:))
  }

  /// Where the fields after `key`'s word start in the file, or nil when the list does not have it.
  private func fieldsStart(of key: ArraySlice<UInt8>) -> Int? {
    var low = 0
    var high = lineStarts.count
    while low < high {
      let middle = (low + high) / 2
      switch compare(key, line: lineStarts[middle]) {
      case .orderedSame: return lineStarts[middle] + key.count + 1
      case .orderedAscending: high = middle
      case .orderedDescending: low = middle + 1
      }
    }
    return nil
  }

  /// The frequency of the word whose UTF-8 bytes are `key`, or nil when the list does not have it: the look-up
  /// segmentation makes for every span it tries, without building an entry.
  private func frequency(of key: ArraySlice<UInt8>) -> Int? {
    guard var index = fieldsStart(of: key) else { return nil }
    var frequency = 0
    while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
      frequency = frequency * 10 + Int(bytes[index] - 0x30)
      index += 1
    }
    return frequency
  }

  /// `key` against the word that starts at `start`.
  private func compare(_ key: ArraySlice<UInt8>, line start: Int) -> ComparisonResult {
    var index = start
    for byte in key {
      guard index < bytes.count, bytes[index] != 0x09, bytes[index] != 0x0A else { return .orderedDescending }
      if byte != bytes[index] { return byte < bytes[index] ? .orderedAscending : .orderedDescending }
      index += 1
    }
    return index < bytes.count && bytes[index] != 0x09 && bytes[index] != 0x0A ? .orderedAscending : .orderedSame
  }

  private func entry(at start: Int) -> Entry {
    var index = start
    var frequency = 0
    while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
      frequency = frequency * 10 + Int(bytes[index] - 0x30)
      index += 1
    }
    index += 1
    let tagStart = index
    while index < bytes.count, bytes[index] != 0x09, bytes[index] != 0x0A { index += 1 }
    let tag = String(decoding: bytes[min(tagStart, index)..<index], as: UTF8.self)
    let reading = field(after: &index)
    return Entry(frequency: frequency, tag: tag, reading: reading, readingInWords: field(after: &index))
  }

  /// The field after the tab at `index` (nil at the line's end or when empty), moving `index` past it.
  private func field(after index: inout Int) -> String? {
    guard index < bytes.count, bytes[index] == 0x09 else { return nil }
    let start = index + 1
    index = start
    while index < bytes.count, bytes[index] != 0x09, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
    return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
  }
}

extension Lexicon {
  /// The most likely split of a run of Han characters into words: the one whose words' probabilities multiply to
  /// the most (a dictionary segmenter such as jieba's, without its model for unknown words). A character the list
  /// does not have counts as a rare word of its own.
  ///
  /// - Complexity: O(*n* × *w* × log *N*), with *w* the longest word tried (8) and *N* the list's size.
  public func words(_ run: [Character]) -> [String] {
    guard !run.isEmpty else { return [] }
    let floor = log(1 / totalFrequency)
    var best = [Double](repeating: -.infinity, count: run.count + 1)
    var from = [Int](repeating: 0, count: run.count + 1)
    // The run's UTF-8 bytes and where each character starts in them: spans are looked up as byte slices.
    var utf8: [UInt8] = []
    var offsets = [0]
    for character in run {
      utf8 += character.utf8
      offsets.append(utf8.count)
    }
    best[0] = 0
    for end in 1...run.count {
      for length in 1...min(8, end) {
        let start = end - length
        guard best[start] > -.infinity else { continue }
        let score: Double
        if let frequency = frequency(of: utf8[offsets[start]..<offsets[end]]), frequency > 0 {
          score = log(Double(frequency) / totalFrequency)
        } else if length == 1 {
          score = floor
        } else {
          continue
        }
        if best[start] + score > best[end] {
          best[end] = best[start] + score
          from[end] = start
        }
      }
    }
    var words: [String] = []
    var end = run.count
    while end > 0 {
      words.append(String(run[from[end]..<end]))
      end = from[end]
    }
    return words.reversed()
  }
}
