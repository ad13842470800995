import Foundation
import Store

/// Stable note identifiers: the same kind and English always give the same guid, across imports and machines.
///
/// The guid is what lets a re-import update a note in place (and Anki update rather than duplicate it).
public enum NoteIdentity {
  /// The English as it identifies a note: case, spacing and Unicode form do not matter.
  public static func normalised(_ english: String) -> String {
    // ASCII needs no Unicode normalisation, and it is nearly every English sentence: fold it byte by byte.
    guard english.utf8.allSatisfy({ $0 < 0x80 }) else {
      return english.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace)
        .joined(separator: " ")
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(english.utf8.count)
    var pendingSpace = false
    for byte in english.utf8 {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A 12-character guid of letters and digits (never `#`, which would hide a row from Anki).
  public static func guid(kind: NoteKind, english: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits
    func add(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    kind.rawValue.utf8.forEach(add)
    add(0x1F)
    normalised(english).utf8.forEach(add)
    var text: [UInt8] = [UInt8(ascii: "d")]
    for _ in 0..<11 {
      text.append(alphabet[Int(hash % 62)])
      hash /= 62
    }
    return String(decoding: text, as: UTF8.self)
  }

  private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
}
