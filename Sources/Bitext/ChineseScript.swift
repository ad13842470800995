/// Traditional and Simplified Chinese read as one: text stays as written, and is compared through the Simplified
/// form of each character, so that a Traditional transcript finds the words, terms and glossary entries the bundled
/// data knows in Simplified (強化學習 is 强化学习).
///
/// The table (`traditionalThenSimplified`, generated from OpenCC's) maps characters one to one, so a text and its
/// Simplified form have the same characters at the same places: what is found in the one is cut from the other.
public enum ChineseScript {
  /// The first code point the table covers: every character it maps lies between this and U+FFFF.
  private static let first: UInt32 = 0x3400

  /// For each code point from `first` to U+FFFF, its Simplified form, or 0 when it has none: an array index per
  /// character, since the aligner looks up every Han character of a document.
  private static let simplifiedForms: [UInt32] = {
    let scalars = Array(traditionalThenSimplified.unicodeScalars)
    var forms = [UInt32](repeating: 0, count: Int(0x10000 - first))
    for index in stride(from: 0, to: scalars.count - 1, by: 2) {
      forms[Int(scalars[index].value - first)] = scalars[index + 1].value
    }
    return forms
  }()

  /// The Simplified form of `scalar` (itself when it has no other).
  public static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    guard let form = simplifiedForm(scalar.value) else { return scalar }
    return Unicode.Scalar(form) ?? scalar
  }

  private static func simplifiedForm(_ value: UInt32) -> UInt32? {
    guard value >= first, value < 0x10000 else { return nil }
    let form = simplifiedForms[Int(value - first)]
    return form == 0 ? nil : form
  }

  /// `text` with each character in its Simplified form; the same text when it has none to change.
  public static func simplified(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { simplifiedForm($0.value) != nil }) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map(simplified)))
  }

  /// The part of `original` that stands where `part` stands in `simplified` (the Simplified form of `original`),
  /// or `part` when it is not there.
  public static func original(of part: String, in simplified: String, original: String) -> String {
    guard simplified != original else { return part }
    let folded = Array(simplified)
    let wanted = Array(part)
    guard !wanted.isEmpty, wanted.count <= folded.count else { return part }
    for start in 0...(folded.count - wanted.count) where folded[start..<(start + wanted.count)].elementsEqual(wanted) {
      return String(Array(original)[start..<(start + wanted.count)])
    }
    return part
  }
}
