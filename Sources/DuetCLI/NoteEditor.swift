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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The command may carry options (`code -w`): the shell splits it, and the file comes as its last argument.
    process.arguments = ["-c", command + " \"$1\"", "sh", path]
    do { try process.run() } catch { throw DuetError.unavailable("cannot start the editor '\(command)': \(error)") }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw DuetError.io("the editor '\(command)' exited with status \(process.terminationStatus); nothing saved")
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
}
