/// A JSON value, for the one-object-a-line output that scripts read.
public enum JSON: Sendable, Equatable {
  case string(String)
  case int(Int)
  case number(Double)
  case bool(Bool)
  case array([JSON])
  case null

  /// A string, or null when absent.
  public static func optional(_ text: String?) -> JSON { text.map(JSON.string) ?? .null }

  /// Appends the value's JSON text to `out`, as UTF-8.
  func encode(into out: inout [UInt8]) {
    switch self {
    case .string(let text): JSON.quote(text, into: &out)
    case .int(let value): out += String(value).utf8
    case .number(let value):
      guard value.isFinite else {
        out += "null".utf8
        return
      }
      let rounded = (value * 1000).rounded() / 1000
      out += (rounded == rounded.rounded() && abs(rounded) < 1e15 ? "\(Int(rounded)).0" : "\(rounded)").utf8
    case .bool(let value): out += (value ? "true" : "false").utf8
    case .array(let values):
      out.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { out.append(separator: UInt8(ascii: ",")) }
        value.encode(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .null: out += "null".utf8
    }
  }

  /// Appends `text` as a JSON string literal; non-ASCII characters stay as they are (the output is UTF-8).
  ///
  /// Works on bytes: string appends of non-ASCII text cost far more, and every line of output goes through here.
  static func quote(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for (index, byte) in bytes.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        start = index + 1
        switch byte {
        case 0x0A: out.append(escaped: UInt8(ascii: "n"))
        case 0x0D: out.append(escaped: UInt8(ascii: "r"))
        case 0x09: out.append(escaped: UInt8(ascii: "t"))
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(escaped: byte)
        default:
          let hex = Array("0123456789abcdef".utf8)
          out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// One JSON object on one line, keys in the order given.
  public static func line(_ fields: KeyValuePairs<String, JSON>) -> String {
    var out: [UInt8] = [UInt8(ascii: "{")]
    out.reserveCapacity(256)
    for (index, field) in fields.enumerated() {
      if index > 0 { out.append(separator: UInt8(ascii: ",")) }
      quote(field.key, into: &out)
      out.append(separator: UInt8(ascii: ":"))
      field.value.encode(into: &out)
    }
    out.append(UInt8(ascii: "}"))
    return String(decoding: out, as: UTF8.self)
  }
}

extension [UInt8] {
  /// Appends `mark` and a space: JSON's `, ` and `: `, without building an array for two bytes.
  fileprivate mutating func append(separator mark: UInt8) {
    append(mark)
    append(UInt8(ascii: " "))
  }

  /// Appends a backslash and `byte`.
  fileprivate mutating func append(escaped byte: UInt8) {
    append(UInt8(ascii: "\\"))
    append(byte)
  }
}
