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
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20 || c.value == 0x2028 || c.value == 0x2029:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// One JSON object on one line, keys in the order given.
  public static func line(_ fields: KeyValuePairs<String, JSON>) -> String {
    "{" + fields.map { quote($0.key) + ": " + $0.value.encoded }.joined(separator: ", ") + "}"
  }
}
