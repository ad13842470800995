import Duet
import Foundation

/// Where the program writes: data to stdout, messages to stderr.
///
/// Lines and messages carry text from files (card text, deck names, speakers, header values), so they go out
/// through `VisibleText`: a control character in them shows as a picture instead of acting on the terminal.
/// `write` is for text the program composes itself (help, frames of the reviewer, whose card text is made
/// visible when it is laid out) and for data written on purpose as it is.
///
/// stdout is buffered by the C library (fully when piped, so large listings stay fast); `flush()` pushes a line
/// out at once where a reader waits for it, as the scripted review does.
enum Output {
  static func write(_ text: String) { fputs(text, stdout) }

  static func write(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stdout) }
  }

  static func line(_ text: String) { fputs(VisibleText.of(text) + "\n", stdout) }

  /// One JSON object on a line: JSON escapes every control character itself, so the line goes out as it is.
  static func json(_ fields: KeyValuePairs<String, JSON>) { fputs(JSON.line(fields) + "\n", stdout) }

  static func flush() { fflush(stdout) }

  /// A message for the person at the terminal, never mixed into the data.
  /// In the interface's language (`Interface.message`).
  static func message(_ text: String) {
    fflush(stdout)
    fputs(VisibleText.of(Interface.message(text)) + "\n", stderr)
  }

  /// True when stdout is a terminal.
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// True when stdout is a terminal and the environment allows colour.
  static func colourAllowed(_ environment: [String: String]) -> Bool {
    isTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
  }
}
