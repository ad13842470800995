/// A JSON value, for the one-object-a-line output that scripts read.
public enum JSON: Sendable, Equatable {
  case string(String)
  case int(Int)
  case number(Double)
  case bool(Bool)
  case array([JSON])
  /// An object; its keys are written in sorted order, so the same value always gives the same text.
  case object([String: JSON])
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
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (index, key) in members.keys.sorted().enumerated() {
        if index > 0 { out.append(separator: UInt8(ascii: ",")) }
        JSON.quote(key, into: &out)
        out.append(separator: UInt8(ascii: ":"))
        members[key]!.encode(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    case .null: out += "null".utf8
    }
  }

  /// The value as JSON text.
  public var text: String {
    var out: [UInt8] = []
    encode(into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal; non-ASCII characters stay as they are (the output is UTF-8), but
  /// the controls `VisibleText` replaces are escaped (`\u001b`, `\u202e`), so that a line printed on a terminal
  /// does nothing to it.
  ///
  /// Works on bytes: string appends of non-ASCII text cost far more, and every line of output goes through here.
  static func quote(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    if VisibleText.mayHoldControl(text) {
      for scalar in text.unicodeScalars {
        if scalar.isASCII {
          append(UInt8(scalar.value), into: &out)
        } else if VisibleText.isControl(scalar) {
          out.append(unicodeEscape: scalar.value)
        } else {
          UTF8.encode(scalar) { out.append($0) }
        }
      }
    } else {
      text.withUTF8 { bytes in
        var start = 0
        for (index, byte) in bytes.enumerated()
        where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
          start = index + 1
          append(byte, into: &out)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Appends one ASCII byte (or a byte of UTF-8) of a string literal, escaped as JSON needs.
  private static func append(_ byte: UInt8, into out: inout [UInt8]) {
    switch byte {
    case 0x0A: out.append(escaped: UInt8(ascii: "n"))
    case 0x0D: out.append(escaped: UInt8(ascii: "r"))
    case 0x09: out.append(escaped: UInt8(ascii: "t"))
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(escaped: byte)
    case 0..<0x20, 0x7F: out.append(unicodeEscape: UInt32(byte))
    default: out.append(byte)
    }
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

  /// Appends `\u` and the code point's four hex digits (every code point escaped here is below U+10000).
  fileprivate mutating func append(unicodeEscape value: UInt32) {
    let hex = Array("0123456789abcdef".utf8)
    append(escaped: UInt8(ascii: "u"))
    for shift in [12, 8, 4, 0] { append(hex[Int((value >> UInt32(shift)) & 15)]) }
  }
}
