import Foundation

/// Reads a child's output a line at a time, waiting for each line as a person at a terminal would.
public final class LineReader {
  private let handle: FileHandle
  private var buffer = Data()

  public init(_ handle: FileHandle) { self.handle = handle }

  /// The next line without its newline, or nil at the end of the output.
  public func next() -> String? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = buffer[buffer.startIndex..<newline]
        buffer.removeSubrange(buffer.startIndex...newline)
        return String(decoding: line, as: UTF8.self)
      }
      let chunk = handle.availableData
      if chunk.isEmpty { return nil }
      buffer.append(chunk)
    }
  }
}
