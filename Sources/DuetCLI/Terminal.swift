import Foundation

/// A key the reviewer understands.
enum Key: Equatable {
  case character(Character)
  case enter
  case escape
  case interrupt  // Ctrl-C
  case suspend  // Ctrl-Z
  case endOfInput  // Ctrl-D or a closed terminal
  /// The terminal changed size: the screen must be drawn again.
  case resize
  case other
}

/// The controlling terminal in raw mode: keys arrive one at a time, unechoed, and the screen is ours.
///
/// The original settings come back on `restore()`, on normal exit, and on SIGTERM, SIGHUP or SIGINT, so a killed
/// session never leaves the shell without echo. (SIGKILL cannot be caught; `stty sane` repairs the terminal then.)
final class Terminal {
  private var original = termios()
  private var active = false
  nonisolated(unsafe) private static var saved: termios?
  /// Set by SIGWINCH; `readKey` reports it as `.resize`.
  nonisolated(unsafe) private static var resized: sig_atomic_t = 0

  /// Whether stdin and stdout are both terminals.
  static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

  /// Enters raw mode and the alternate screen.
  func start() {
    guard tcgetattr(STDIN_FILENO, &original) == 0 else { return }
    Terminal.saved = original
    enterRawMode()
    active = true
    for signalNumber in [SIGTERM, SIGHUP, SIGINT] {
      signal(signalNumber) { received in
        Terminal.restoreSaved()
        signal(received, SIG_DFL)
        raise(received)
      }
    }
    signal(SIGWINCH) { _ in Terminal.resized = 1 }
    enterScreen()
  }

  private func enterScreen() {
    Output.write("\u{1B}[?1049h\u{1B}[?25l")
    Output.flush()
  }

  /// Stops the program as Ctrl-Z does in a shell (SIGTSTP), the terminal as it was while stopped; on `fg` raw mode
  /// and the screen come back, and the caller draws again.
  func suspend() { whileRestored { _ = raise(SIGTSTP) } }

  /// Runs `body` with the terminal as it was before `start()` (for another program that needs it: the learner's
  /// editor), then takes raw mode and the screen back; the caller draws again.
  func whileRestored<T>(_ body: () throws -> T) rethrows -> T {
    guard active else { return try body() }
    Terminal.restoreSaved()
    defer {
      enterRawMode()
      enterScreen()
    }
    return try body()
  }

  /// The original settings without echo, line editing, signal keys or flow control: keys arrive one at a time.
  private func enterRawMode() {
    var raw = original
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
  }

  /// Leaves the alternate screen and puts the terminal back as it was.
  func restore() {
    guard active else { return }
    active = false
    Terminal.restoreSaved()
  }

  private static func restoreSaved() {
    guard var settings = saved else { return }
    let reset = "\u{1B}[?25h\u{1B}[?1049l"
    _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings)
  }

  /// The terminal's width in columns (80 when it cannot tell).
  var columns: Int { size.columns }

  /// The terminal's height in rows (24 when it cannot tell).
  var rows: Int { size.rows }

  private var size: (columns: Int, rows: Int) { Self.size }

  private static var size: (columns: Int, rows: Int) {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return (80, 24) }
    return (Int(size.ws_col), size.ws_row > 0 ? Int(size.ws_row) : 24)
  }

  /// The width that text output may fill: `$COLUMNS` when set (as shells and scripts set it), else the terminal's
  /// when standard output is one, else 80.
  static var outputColumns: Int {
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
      return columns
    }
    return size.columns
  }

  /// Waits for one key press, or for the terminal to change size.
  ///
  /// Waits with `poll` a tenth of a second at a time rather than in `read`: the resize signal does not interrupt
  /// a `read` that the C library restarts, and the reviewer must redraw at once.
  func readKey() -> Key {
    var bytes: [UInt8] = []
    while true {
      if Terminal.resized != 0 {
        Terminal.resized = 0
        return .resize
      }
      guard Self.waitForInput(milliseconds: 100) else { continue }
      var byte: UInt8 = 0
      let count = read(STDIN_FILENO, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      guard count == 1 else { return .endOfInput }
      switch byte {
      case 3: return .interrupt
      case 4: return .endOfInput
      case 10, 13: return .enter
      case 26: return .suspend
      case 27:
        // Esc alone, or the start of an arrow key's sequence: the sequence's other bytes follow at once.
        guard Self.waitForInput(milliseconds: 30) else { return .escape }
        drainEscapeSequence()
        return .other
      default: break
      }
      bytes.append(byte)
      if let text = String(validating: bytes, as: UTF8.self), let character = text.first {
        return .character(character)
      }
      if bytes.count >= 4 { return .other }
    }
  }

  /// Whether stdin has a byte to read within `milliseconds` (also true at end of input or on an error, which the
  /// read then reports).
  private static func waitForInput(milliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, milliseconds)
    return ready > 0 || (ready < 0 && errno != EINTR)
  }

  /// Skips the rest of an escape sequence (arrow keys and the like) so it is not read as keys.
  private func drainEscapeSequence() {
    var flags = fcntl(STDIN_FILENO, F_GETFL)
    _ = fcntl(STDIN_FILENO, F_SETFL, flags | O_NONBLOCK)
    var byte: UInt8 = 0
    while read(STDIN_FILENO, &byte, 1) == 1 {}
    flags &= ~O_NONBLOCK
    _ = fcntl(STDIN_FILENO, F_SETFL, flags)
  }
}
