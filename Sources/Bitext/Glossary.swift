/// A term and its translation.
public struct TermPair: Hashable, Sendable {
  public var english: String
  public var chinese: String

  public init(english: String, chinese: String) {
    self.english = english
    self.chinese = chinese
  }
}

/// Known term translations that help find where an annotated Chinese term begins.
public struct Glossary: Sendable {
  private var byEnglish: [String: [String]] = [:]
  private var chineseTerms: Set<String> = []

  public init(_ pairs: [TermPair] = []) {
    for pair in pairs { add(pair) }
  }

  /// Adds a pair; its Chinese is kept in Simplified form, so that text in either script finds it.
  public mutating func add(_ pair: TermPair) {
    let chinese = ChineseScript.simplified(pair.chinese)
    byEnglish[Glossary.key(pair.english), default: []].append(chinese)
    chineseTerms.insert(chinese)
  }

  /// The translations known for `english` (case and plural `s` aside), in Simplified form.
  func translations(of english: String) -> [String] {
    let key = Glossary.key(english)
    return (byEnglish[key] ?? []) + (key.hasSuffix("s") ? byEnglish[String(key.dropLast())] ?? [] : [])
  }

  func contains(chinese: String) -> Bool { chineseTerms.contains(ChineseScript.simplified(chinese)) }

  /// Every pair, English by English.
  var pairs: [TermPair] {
    byEnglish.sorted { $0.key < $1.key }.flatMap { english, chinese in
      chinese.map { TermPair(english: english, chinese: $0) }
    }
  }

  /// The form under which English terms are the same: case, spacing and hyphens aside ("post-training" and
  /// "Post training").
  static func key(_ english: String) -> String {
    // Spaces and hyphens are single bytes that no other character's UTF-8 holds, so the words are found in the
    // bytes; only text beyond ASCII needs Unicode's lower case.
    let lower = english.utf8.allSatisfy { $0 < 0x80 } ? english : english.lowercased()
    var key: [UInt8] = []
    key.reserveCapacity(lower.utf8.count)
    for byte in lower.utf8 {
      if byte == 0x20 || byte == 0x2D {
        if key.last != 0x20 { key.append(0x20) }
      } else {
        key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
    }
    if key.first == 0x20 { key.removeFirst() }
    if key.last == 0x20 { key.removeLast() }
    return String(decoding: key, as: UTF8.self)
  }
}
