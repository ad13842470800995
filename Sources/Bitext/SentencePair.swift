/// One unit of an alignment: English sentences and the Chinese sentences that translate them.
///
/// Either side may be empty when a sentence has no counterpart.
public struct SentencePair: Hashable, Sendable {
  public var english: [String]
  public var chinese: [String]
  /// How sure the aligner is of this unit, from 0 (doubtful) to 1.
  public var score: Double

  public init(english: [String], chinese: [String], score: Double) {
    self.english = english
    self.chinese = chinese
    self.score = score
  }

  /// The English side as one text.
  public var en: String { english.joined(separator: " ") }
  /// The Chinese side as one text.
  public var zh: String { joinLines(chinese.map { Substring($0) }, chinese: true) }

  /// The unit's shape, as `2-1` for two English sentences and one Chinese.
  public var shape: String { "\(english.count)-\(chinese.count)" }
}
