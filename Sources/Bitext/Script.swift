extension Unicode.Scalar {
  /// True for Han ideographs (CJK Unified Ideographs, their extensions and compatibility forms).
  public var isHan: Bool {
    switch value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: true
    default: false
    }
  }

  /// True for white space, with a fast path for ASCII.
  public var isSpace: Bool {
    value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
  }

  /// True for ASCII letters and digits: the characters that need a space between two Latin words.
  public var isLatinWordPart: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
  }
}

extension String {
  /// The text's words: the runs between white space, found by scalar (a tag list or a key needs no grapheme
  /// breaking, which costs several times more).
  public var spaceSeparatedWords: [String] {
    unicodeScalars.split(whereSeparator: \.isSpace).map { String($0) }
  }

  /// Whether the text holds an opening bracket, `(` or `（` (EF BC 88 in UTF-8): a byte scan before work that needs
  /// the text's characters, which most sentences can skip.
  var mayHoldBracket: Bool {
    var text = self
    return text.withUTF8 { bytes in
      bytes.indices.contains { index in
        bytes[index] == 0x28
          || (bytes[index] == 0x88 && index >= 2 && bytes[index - 1] == 0xBC && bytes[index - 2] == 0xEF)
      }
    }
  }
}

extension StringProtocol {
  /// The text's scalars as an array, decoded in one pass (`Array(unicodeScalars)` walks the text twice: once to
  /// count, once to copy).
  var scalarArray: [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(utf8.count)
    for scalar in unicodeScalars { scalars.append(scalar) }
    return scalars
  }

  /// Whether the text holds a Han ideograph (it stops at the first).
  public var containsHan: Bool { unicodeScalars.contains(where: \.isHan) }

  /// True when the text is mostly Chinese: Han characters make up at least a fifth of its letters (Han and Latin).
  public var isMostlyChinese: Bool {
    var han = 0
    var latin = 0
    for scalar in unicodeScalars {
      if scalar.isHan {
        han += 1
      } else if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) {
        latin += 1
      }
    }
    return han > 0 && han * 5 >= han + latin
  }

}
