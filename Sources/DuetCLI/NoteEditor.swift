import Duet
import Foundation
import Store

/// A note's English and Chinese in the learner's own editor: written to a file of two labelled lines, edited, read
/// back. Used by `duet edit` and by the reviewer's `e`.
struct NoteEditor {
  /// The editor command, as a shell runs it: `$VISUAL`, else `$EDITOR`, else `vi`.
  let command: String

  init(environment: [String: String]) {
    command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
  }

  static let englishLabel = "English: "
  static let chineseLabel = "Chinese: "

  /// The note's text after editing, or nil when the learner left it as it was (or emptied a side: nothing is
  /// saved then). Throws when the editor cannot run or fails.
  func edit(_ note: Note) throws -> (english: String, chinese: String)? {
    let path = NSTemporaryDirectory() + "duet-note-\(note.id)-\(getpid()).txt"
    defer { unlink(path) }
    let original = """
      # Note \(note.id) (\(note.deck)). Change the text after a label; lines starting with # are left out.
      # Save and quit to keep it; quit without saving, or empty a side, to change nothing.
      \(Self.englishLabel)\(note.draft.english)
      \(Self.chineseLabel)\(note.draft.chinese)

      """
    try original.write(toFile: path, atomically: true, encoding: .utf8)
    let status = try run(on: path)
    guard status == 0 else {
      throw DuetError.io("the editor '\(command)' exited with status \(status); nothing saved")
    }
    let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.components(separatedBy: "\n") ?? []
    func value(_ label: String) -> String? {
      lines.first { $0.hasPrefix(label) }.map {
        String($0.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
      }
    }
    guard let english = value(Self.englishLabel), let chinese = value(Self.chineseLabel), !english.isEmpty,
      !chinese.isEmpty, (english, chinese) != (note.draft.english, note.draft.chinese)
    else { return nil }
    return (english, chinese)
  }

  /// Runs the editor on `path` and returns its exit status (128 + the signal when a signal ended it).
  ///
  /// The editor runs in duet's own process group, the one that holds the terminal, as git runs its editor:
  /// Foundation's `Process` starts a child in a group of its own, where an editor that reads the terminal is
  /// stopped (SIGTTIN) and never shows. While it runs, duet ignores Ctrl-C and Ctrl-\, which are the editor's.
  private func run(on path: String) throws -> Int32 {
    // The command may carry options (`code -w`): the shell splits it, and the file comes as its last argument.
    let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", path]
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let envp: [UnsafeMutablePointer<CChar>?] =
      ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in envp { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, argv, envp)
    guard spawned == 0 else {
      throw DuetError.unavailable("cannot start the editor '\(command)': \(String(cString: strerror(spawned)))")
    }
    let interrupt = signal(SIGINT, SIG_IGN)
    let quit = signal(SIGQUIT, SIG_IGN)
    defer {
      signal(SIGINT, interrupt)
      signal(SIGQUIT, quit)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }
}
