/// Text from files as it may be shown: every character that would act on a terminal rather than be read is
/// replaced by a visible stand-in.
///
/// Card text, deck names, speakers and header values come from files anyone can write. Written raw, an escape
/// sequence in them sets the clipboard (OSC 52), the window title, colours or the cursor, leaves the alternate
/// screen, or asks the terminal a question whose answer arrives as keystrokes. Shown this way, `ESC` is `␛`, `BEL`
/// is `␇` (the Unicode control pictures), a C1 control or a bidirectional control is `<U+202E>`; newline and tab,
/// which only move the cursor, stay.
public enum VisibleText {
  /// `text` with its controls made visible; the text itself when it has none (nearly always).
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func of(_ text: String) -> String {
    guard mayHoldControl(text) else { return text }
    var shown = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isControl(scalar) else {
        shown.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x00..<0x20: shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F: shown.append("\u{2421}")
      default: shown.append(contentsOf: codePoint(scalar).unicodeScalars)
      }
    }
    return String(shown)
  }

  /// Whether `scalar` is one `of(_:)` replaces: a C0 control but newline and tab, DEL, a C1 control, or a
  /// bidirectional mark, embedding, override or isolate.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Whether `text` holds a control `of(_:)` replaces: a byte scan of its UTF-8 (C1 controls are C2 80–9F, U+061C
  /// is D8 9C, the bidirectional controls E2 80 8E–8F, E2 80 AA–AE and E2 81 A6–A9).
  public static func mayHoldControl(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for index in bytes.indices {
        let byte = bytes[index]
        if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F { return true }
        guard byte == 0xC2 || byte == 0xD8 || byte == 0xE2, index + 1 < bytes.count else { continue }
        let next = bytes[index + 1]
        switch (byte, next) {
        case (0xC2, 0x80...0x9F), (0xD8, 0x9C): return true
        case (0xE2, 0x80), (0xE2, 0x81):
          guard index + 2 < bytes.count else { continue }
          switch (next, bytes[index + 2]) {
          case (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): return true
          default: continue
          }
        default: continue
        }
      }
      return false
    }
  }

  /// `<U+202E>`: a code point as its number.
  private static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }
}
