import Foundation

/// Reads a text file that the user named, refusing with a one-line reason what is not a UTF-8 text.
public enum InputFile {
  /// The file's text, without a byte-order mark.
  ///
  /// Throws `DuetError.noInput` for a missing file or a folder, and `DuetError.data` for an empty file, a binary
  /// file (NUL bytes) or text that is not UTF-8, naming the line where the bad bytes are.
  public static func text(at path: String) throws -> String {
    let bytes = try self.bytes(at: path)
    guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
      throw DuetError.data("\(path): the file is empty")
    }
    if let nul = bytes.firstIndex(of: 0) {
      throw DuetError.data("\(path):\(line(of: nul, in: bytes)): binary data (NUL byte); expected a UTF-8 text file")
    }
    guard var text = String(validating: bytes, as: UTF8.self) else {
      throw DuetError.data(
        "\(path):\(line(of: firstInvalidUTF8(in: bytes), in: bytes)): not UTF-8 text; "
          + "convert it first, e.g. iconv -f GB18030 -t UTF-8")
    }
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    return text
  }

  /// The path that names standard input.
  public static let standardInput = "-"

  /// The file's bytes; throws `DuetError.noInput` for a missing file, a folder or a file that cannot be read.
  ///
  /// Read with `read(2)` to the end, so that a pipe, a FIFO, `/dev/stdin` or `<(…)` reads like a file, and `-`
  /// is standard input.
  public static func bytes(at path: String) throws -> [UInt8] {
    let descriptor = path == standardInput ? dup(STDIN_FILENO) : open(path, O_RDONLY)
    guard descriptor >= 0 else {
      switch errno {
      case ENOENT, ENOTDIR: throw DuetError.noInput("\(path): no such file")
      case EACCES: throw DuetError.noInput("\(path): cannot be read (check its permissions)")
      default: throw DuetError.noInput("\(path): cannot be read (\(String(cString: strerror(errno))))")
      }
    }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
      throw DuetError.noInput("\(path): is a folder, not a file")
    }
    var bytes: [UInt8] = []
    if info.st_mode & S_IFMT == S_IFREG { bytes.reserveCapacity(Int(info.st_size)) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return bytes }
      if count < 0 {
        if errno == EINTR { continue }
        throw DuetError.noInput("\(path): cannot be read (\(String(cString: strerror(errno))))")
      }
      bytes += chunk[..<count]
    }
  }

  private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
    return offset
  }

  private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
    bytes[..<min(offset, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
  }
}
