import Foundation

/// Where the program writes: data to stdout, messages to stderr.
///
/// stdout is buffered by the C library (fully when piped, so large listings stay fast); `flush()` pushes a line
/// out at once where a reader waits for it, as the scripted review does.
enum Output {
  static func write(_ text: String) { fputs(text, stdout) }

  static func line(_ text: String) { fputs(text + "\n", stdout) }

  static func flush() { fflush(stdout) }

  /// A message for the person at the terminal, never mixed into the data.
  static func message(_ text: String) {
    fflush(stdout)
    fputs(text + "\n", stderr)
  }

  /// True when stdout is a terminal and the environment allows colour.
  static func colourAllowed(_ environment: [String: String]) -> Bool {
    isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
  }
}
