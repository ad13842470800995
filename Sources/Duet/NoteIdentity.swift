import Foundation
import Store

/// Stable note identifiers: the same kind and English always give the same guid, across imports and machines.
///
/// The guid is what lets a re-import update a note in place (and Anki update rather than duplicate it).
public enum NoteIdentity {
  /// The English as it identifies a note: case, spacing and Unicode form do not matter.
  public static func normalised(_ english: String) -> String {
    english.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
  }

  /// A 12-character guid of letters and digits (never `#`, which would hide a row from Anki).
  public static func guid(kind: NoteKind, english: String) -> String {
    let key = kind.rawValue + "\u{1F}" + normalised(english)
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    var text = ""
    for _ in 0..<11 {
      text.append(alphabet[Int(hash % 62)])
      hash /= 62
    }
    return "d" + text
  }
}
