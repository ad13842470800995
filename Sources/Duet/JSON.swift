/// A JSON value, for the one-object-a-line output that scripts read.
public enum JSON: Sendable, Equatable {
  case string(String)
  case int(Int)
  case number(Double)
  case bool(Bool)
  case null

  /// A string, or null when absent.
  public static func optional(_ text: String?) -> JSON { text.map(JSON.string) ?? .null }

  var encoded: String {
    switch self {
    case .string(let text): return JSON.quote(text)
    case .int(let value): return String(value)
    case .number(let value):
      guard value.isFinite else { return "null" }
      let rounded = (value * 1000).rounded() / 1000
      return rounded == rounded.rounded() && abs(rounded) < 1e15 ? "\(Int(rounded)).0" : "\(rounded)"
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    }
  }

  /// `text` as a JSON string literal; non-ASCII characters stay as they are (the output is UTF-8).
  static func quote(_ text: String) -> String {
    var bytes: [UInt8] = [UInt8(ascii: "\"")]
    bytes.reserveCapacity(text.utf8.count + 2)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One JSON object on one line, keys in the order given.
  public static func line(_ fields: KeyValuePairs<String, JSON>) -> String {
    "{" + fields.map { quote($0.key) + ": " + $0.value.encoded }.joined(separator: ", ") + "}"
  }
}
