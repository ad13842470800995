import Foundation

/// How long a Chinese translation is for a given English text, learnt from one document.
///
/// Gale and Church model the translation's length as normal with mean `ratio` × English length and variance
/// `variance` × English length. Both are calibrated per document: Chinese is shorter than English by a factor that
/// depends on the translator and the share of Latin words kept in the Chinese, so a fixed constant misleads.
public struct LengthModel: Hashable, Sendable {
  public var ratio: Double
  public var variance: Double

  /// A model for English–Chinese before any calibration.
  public static let standard = LengthModel(ratio: 0.45, variance: 0.35)

  public init(ratio: Double, variance: Double) {
    self.ratio = ratio
    self.variance = variance
  }

  /// The model that fits `pairs` (whole turns or paragraphs known to translate each other), or nil when they hold
  /// too little text to estimate from.
  ///
  /// - Complexity: O(*n*) in the total length of the texts.
  public static func calibrated(from pairs: [(english: String, chinese: String)]) -> LengthModel? {
    let lengths = pairs.map { (Double(englishLength($0.english)), Double(chineseLength($0.chinese))) }
      .filter { $0.0 > 0 && $0.1 > 0 }
    let totalEnglish = lengths.reduce(0) { $0 + $1.0 }
    guard lengths.count >= 5, totalEnglish >= 500 else { return nil }
    let ratio = lengths.reduce(0) { $0 + $1.1 } / totalEnglish
    let squares = lengths.reduce(0) { $0 + pow($1.1 - ratio * $1.0, 2) }
    // Texts that translate very evenly paragraph by paragraph still vary sentence by sentence: keep a floor.
    let variance = max(squares / totalEnglish, 0.4 * ratio)
    return LengthModel(ratio: ratio, variance: variance)
  }

  /// −log of the probability that texts of these lengths translate each other, by length alone:
  /// −log P(|Z| ≥ |δ|) for a standard normal Z, with δ the length difference in standard deviations.
  public func cost(english: Int, chinese: Int) -> Double {
    let mean = (Double(english) + Double(chinese) / ratio) / 2
    let delta = (Double(chinese) - ratio * Double(english)) / (variance * max(mean, 1)).squareRoot()
    return NormalTail.cost(abs(delta))
  }
}

/// The length of an English text: its characters other than spaces.
public func englishLength(_ text: String) -> Int {
  // Counts UTF-8 lead bytes that are not ASCII white space: the aligner calls this for every sentence.
  text.utf8.reduce(0) { count, byte in
    count + (byte & 0xC0 == 0x80 || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0 : 1)
  }
}

/// The length of a Chinese text in comparable units: a Han character counts 1, and the Latin letters and digits it
/// keeps (names, products, numbers) count as they would in the English, scaled to Han.
///
/// A bracket holding Latin text only (`就绪度（Readiness）`) does not count: it repeats in English what the Chinese
/// before it has already said, and the English side says it once.
public func chineseLength(_ text: String) -> Int {
  var han = 0
  var latin = 0
  var bracketLatin = 0
  var inBracket = false
  var bracketHasHan = false
  for scalar in text.unicodeScalars {
    switch scalar {
    case "（", "(":
      latin += bracketLatin
      (inBracket, bracketHasHan, bracketLatin) = (true, false, 0)
    case "）", ")":
      if bracketHasHan { latin += bracketLatin }
      (inBracket, bracketLatin) = (false, 0)
    default:
      if scalar.isHan {
        han += 1
        bracketHasHan = bracketHasHan || inBracket
      } else if scalar.isLatinWordPart {
        if inBracket { bracketLatin += 1 } else { latin += 1 }
      }
    }
  }
  return han + (latin + bracketLatin + 1) / 3
}

/// −log of a standard normal's two-sided tail, −log P(|Z| ≥ x), read from a table: the aligner evaluates it
/// millions of times on long documents, and `erfc` with `log` would dominate the run time.
enum NormalTail {
  private static let step = 1.0 / 64
  private static let limit = 12.0
  private static let table: [Double] = (0...Int(limit / step) + 1).map { index in
    -log(max(erfc(Double(index) * step / 2.squareRoot()), 1e-300))
  }

  static func cost(_ x: Double) -> Double {
    guard x < limit else {
      // Mills' ratio: P(|Z| ≥ x) ≈ √(2/π) e^(−x²/2) / x for large x.
      return x * x / 2 + log(x) - 0.5 * log(2 / Double.pi)
    }
    let position = x / step
    let index = Int(position)
    let fraction = position - Double(index)
    return table[index] + (table[index + 1] - table[index]) * fraction
  }
}

extension LengthModel {
  /// A model for two texts known only to translate each other as wholes: the ratio of their lengths, with the
  /// standard model's spread scaled to it.
  public static func forDocument(english: Int, chinese: Int) -> LengthModel {
    guard english > 0, chinese > 0 else { return .standard }
    let ratio = Double(chinese) / Double(english)
    return LengthModel(ratio: ratio, variance: standard.variance * ratio / standard.ratio)
  }
}
