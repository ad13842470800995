/// The tokens a translation model pairs across the languages: English content words, and Chinese characters in
/// pairs (bigrams), since Chinese writes no spaces and a two-character window catches most words without a
/// dictionary.
///
/// Tokens are 64-bit ids: an English word's FNV-1a hash with the top bit clear, a Chinese bigram's two code points
/// packed under the top bit, so the two languages never share an id.
enum LexicalTokenizer {
  /// The English words that carry content: lower-cased, a possessive `'s` and a plural `s` dropped, function words
  /// and one-letter words left out.
  ///
  /// - Complexity: O(*n*) in the length of `sentence`.
  static func english(_ sentence: String) -> [UInt64] {
    var tokens: [UInt64] = []
    // A typographic apostrophe (don’t) joins a word as the typewriter's does.
    var text = sentence.utf8.contains(0xE2) ? sentence.replacingOccurrences(of: "\u{2019}", with: "'") : sentence
    text.withUTF8 { bytes in
      var start = 0
      while start < bytes.count {
        guard bytes[start].isLatinWordPart else {
          start += 1
          continue
        }
        var end = start
        while end < bytes.count, bytes[end].isLatinWordPart || (bytes[end] == UInt8(ascii: "'")) { end += 1 }
        if let token = token(UnsafeBufferPointer(rebasing: bytes[start..<end])) { tokens.append(token) }
        start = end
      }
    }
    return tokens
  }

  /// The token of one word (letters, digits and apostrophes, starting with a letter or digit), or nil for a
  /// function word or a one-letter word.
  static func token(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
    let lower = word.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    var count = word.count
    if count >= 2, lower[count - 1] == UInt8(ascii: "s"), lower[count - 2] == UInt8(ascii: "'") { count -= 2 }
    while count > 0, lower[count - 1] == UInt8(ascii: "'") { count -= 1 }
    guard count >= 2 else { return nil }
    let folded = lower.prefix(count)
    let whole = fnv1a(folded)
    guard functionWords[whole] == nil else { return nil }
    let plural = count >= 4 && folded[count - 1] == UInt8(ascii: "s") && folded[count - 2] != UInt8(ascii: "s")
    return (plural ? fnv1a(folded.prefix(count - 1)) : whole) & ~(1 << 63)
  }

  /// Each pair of adjacent Han characters, and a lone Han character on its own, in Simplified form.
  ///
  /// - Complexity: O(*n*) in the length of `sentence`.
  static func chinese(_ sentence: String) -> [UInt64] {
    var tokens: [UInt64] = []
    var previous: UInt32?
    var runLength = 0
    for written in sentence.unicodeScalars {
      let scalar = ChineseScript.simplified(written)
      guard scalar.isHan, !isFunctionCharacter(scalar) else {
        if runLength == 1, let previous { tokens.append(1 << 63 | UInt64(previous)) }
        previous = nil
        runLength = 0
        continue
      }
      if let previous { tokens.append(1 << 63 | UInt64(previous) << 21 | UInt64(scalar.value)) }
      previous = scalar.value
      runLength += 1
    }
    if runLength == 1, let previous { tokens.append(1 << 63 | UInt64(previous)) }
    return tokens
  }

  /// Characters that glue Chinese words together rather than carry content (的, 了, 着 …): a bigram across one of
  /// them pairs with nothing in the English.
  private static func isFunctionCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "的", "了", "着", "过", "吗", "呢", "吧", "啊": true
    default: false
    }
  }

  /// English words that every sentence has: they pair with everything, so they teach the model nothing. A
  /// negation or a pronoun run together with its verb is one of them: "not" and "I" are, and 我不 in 我不是 would
  /// otherwise pair with the "don't" of the sentence before.
  private static let functionWords: TokenMap = {
    var map = TokenMap(capacity: 256)
    for word in """
    a an the and or but if so as of to in on at by for from with about into over than then that this these those
    is am are was were be been being do does did done have has had having will would shall should can could may
    might must i me my mine we us our you your he him his she her it its they them their what which who whom whose
    there here when where why how all any some no not just very really also too more most much many such only own
    same other again once up down out off yeah yes oh okay ok think know mean get got go going gonna kind sort
    thing things lot one way well right actually even still because let say said
    don't doesn't didn't can't won't isn't aren't wasn't weren't wouldn't shouldn't couldn't haven't hasn't hadn't
    i'm i've i'll i'd you're you've you'll you'd we're we've we'll we'd they're they've they'll they'd he'd she'd
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      _ = map.value(for: fnv1a(word.utf8)) { 0 }
    }
    return map
  }()

}
