import Foundation
import TestSupport
import XCTest

/// Drives the interactive reviewer in a real terminal (tmux), as a person would: keys in, screen out.
final class TerminalSessionTests: XCTestCase {
  private var folder: TemporaryDirectory!
  private var session = ""

  /// Runs tmux through `system(3)` and returns its output.
  ///
  /// Not `Process`: the tmux server that the first call starts inherits what Foundation gives the child, and
  /// `waitUntilExit` then waits for the server too.
  private func tmux(_ arguments: String...) throws -> String {
    let output = folder.file("tmux-output")
    let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    _ = system("/usr/bin/tmux \(quoted) </dev/null >'\(output)' 2>/dev/null")
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }

  /// The screen once it shows `text` (waiting up to five seconds), or the last screen seen.
  private func screen(showing text: String) throws -> String {
    var screen = ""
    for _ in 0..<50 {
      screen = try tmux("capture-pane", "-p", "-t", session)
      if screen.contains(text) { return screen }
      Thread.sleep(forTimeInterval: 0.1)
    }
    let alive = try tmux("list-sessions", "-F", "#{session_name}").contains(session)
    XCTFail("the screen never showed \(text) (the session \(alive ? "is alive" : "has ended")):\n\(screen)")
    return screen
  }

  private func press(_ key: String) throws { _ = try tmux("send-keys", "-t", session, key) }

  override func setUpWithError() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed") }
    folder = try TemporaryDirectory()
    session = "duet-test-\(getpid())-\(Int.random(in: 0..<1_000_000))"
    let environment = ["DUET_DB": folder.file("c.sqlite3"), "DUET_NOW": "2026-01-05T09:00:00"]
    XCTAssertEqual(
      try DuetProcess.run(["import", Fixtures.path("bold-headings.md")], environment: environment).status, 0)
  }

  /// Starts `command` in a detached tmux session of `width` × `height`; each test starts the one it needs.
  private func startSession(_ command: String, width: Int = 40, height: Int = 30) throws {
    _ = try tmux("new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), command)
  }

  /// Starts `duet review` (with `options`, and `environment` before the collection's) in a tmux session, 40
  /// columns wide unless told.
  private func startReviewer(_ options: String = "", environment: String = "", height: Int = 30) throws {
    try startSession(
      "env \(environment) DUET_DB=\(folder.file("c.sqlite3")) DUET_NOW=2026-01-05T09:00:00 "
        + "DUET_DECKS=\(Fixtures.root)/Decks \(DuetProcess.executable.path) review \(options); echo exit=$?; sleep 30",
      height: height)
  }

  /// With --speak each front is said as it shows, and r says it again: a stand-in espeak-ng logs what it is asked.
  func testSpeakSaysEachFrontAndRReplaysIt() throws {
    let log = folder.file("calls")
    let speaker = try folder.write("espeak-ng", "#!/bin/sh\necho \"$@\" >> '\(log)'\n")
    XCTAssertEqual(chmod(speaker, 0o755), 0)
    try startReviewer("--speak --direction zh-en", environment: "PATH=\(folder.path):/usr/bin:/bin")
    var shown = try screen(showing: "欢迎收听本节目。")
    XCTAssertTrue(shown.contains("r replay"), shown)
    try press("r")
    try press("Space")
    try press("5")
    shown = try screen(showing: "今天我们")
    try press("q")
    _ = try screen(showing: "exit=0")
    XCTAssertEqual(
      try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map {
        $0.split(separator: " ").prefix(4)
      },
      [
        ["-v", "cmn-latn-pinyin", "--", "huan1"], ["-v", "cmn-latn-pinyin", "--", "huan1"],
        ["-v", "cmn-latn-pinyin", "--", "jin1"],
      ])
  }

  override func tearDownWithError() throws {
    if !session.isEmpty { _ = try? tmux("kill-session", "-t", session) }
  }

  func testRevealGradeUndoAndSummary() throws {
    try startReviewer()
    var shown = try screen(showing: "Welcome to the show.")
    XCTAssertTrue(shown.contains("done 0 · left 4"), shown)
    XCTAssertFalse(shown.contains("欢迎"))
    try press("Space")
    shown = try screen(showing: "欢迎收听本节目。")
    XCTAssertTrue(shown.contains("huānyíng shōutīng běn jiémù."), shown)
    XCTAssertTrue(shown.contains("Ada Host · 00:00:00 ·"), shown)
    XCTAssertTrue(shown.contains("bold-headings.md"), shown)
    XCTAssertTrue(shown.contains("5 perfect (1d)"), shown)
    try press("3")
    shown = try screen(showing: "Today we talk about")
    XCTAssertTrue(shown.contains("coming back 1"), shown)
    try press("u")
    shown = try screen(showing: "Undone.")
    XCTAssertTrue(shown.contains("Welcome to the show."), shown)
    try press("Space")
    try press("5")
    _ = try screen(showing: "Today we talk about")
    try press("q")
    shown = try screen(showing: "exit=0")
    XCTAssertTrue(shown.contains("Reviewed 1 card (1 answer) · 100%"), shown)
    // The three cards not reviewed are what the next session shows: the summary says so.
    XCTAssertTrue(shown.contains("3 left for later today.\nNext due: today"), shown)
  }

  private func sqlite(_ sql: String) throws -> String { try SQLiteShell.run(folder.file("c.sqlite3"), sql) }

  /// `s` asks first: "sqlite3" typed into a forgotten reviewer suspends nothing and does not quit; a confirmed
  /// suspension is undone by `u`.
  func testSuspendingAsksFirstAndUUndoesIt() throws {
    try startReviewer()
    _ = try screen(showing: "Welcome to the show.")
    try press("s")
    _ = try screen(showing: "Suspend this card?")
    try press("q")
    _ = try screen(showing: "Not suspended.")
    XCTAssertEqual(try sqlite("SELECT count(*) FROM cards WHERE state = 'suspended'"), "0")
    try press("s")
    try press("y")
    _ = try screen(showing: "Suspended (u undoes it).")
    XCTAssertEqual(try sqlite("SELECT count(*) FROM cards WHERE state = 'suspended'"), "1")
    try press("u")
    _ = try screen(showing: "Undone.")
    XCTAssertEqual(try sqlite("SELECT count(*) FROM cards WHERE state = 'suspended'"), "0")
  }

  /// `b` buries the card for the day; `!` (confirmed) suspends both cards of the note on screen.
  func testBBuriesTheCardAndBangSuspendsTheNote() throws {
    try startReviewer()
    _ = try screen(showing: "Welcome to the show.")
    try press("b")
    _ = try screen(showing: "Buried until tomorrow")
    XCTAssertEqual(try sqlite("SELECT id, buried_day FROM cards WHERE buried_day IS NOT NULL"), "1|20458")
    try press("!")
    _ = try screen(showing: "Suspend both cards of this note?")
    try press("y")
    _ = try screen(showing: "Note suspended")
    XCTAssertEqual(try sqlite("SELECT group_concat(id) FROM cards WHERE state = 'suspended'"), "3,4")
    try press("q")
    _ = try screen(showing: "exit=0")
    // The summary's lines joined where the 40 columns wrapped them.
    let summary = try tmux("capture-pane", "-p", "-J", "-t", session)
    XCTAssertTrue(summary.contains("· 2 suspended · 1 buried"), summary)
    XCTAssertTrue(summary.contains("'duet unsuspend ID' brings one back"), summary)
  }

  /// A stand-in editor that gives the note new text, as a learner would save it. Like a real editor it reads the
  /// terminal first (it waits for Enter), which only a program in the terminal's foreground process group can.
  private func editor() throws -> String {
    let editor = try folder.write(
      "editor",
      "#!/bin/sh\necho 'editor waiting' > /dev/tty\nread reply < /dev/tty\n"
        + "printf 'English: Welcome to our show.\\nChinese: 欢迎收听。\\n' > \"$1\"\n")
    XCTAssertEqual(chmod(editor, 0o755), 0)
    return editor
  }

  /// `duet edit ID` on a terminal opens the note in $EDITOR and stores what it saves.
  func testEditOpensTheEditorOnATerminal() throws {
    let command =
      "env EDITOR=\(try editor()) DUET_DB=\(folder.file("c.sqlite3")) \(DuetProcess.executable.path) edit 1; "
      + "echo exit=$?; sleep 30"
    try startSession(command, width: 60, height: 10)
    _ = try screen(showing: "editor waiting")
    try press("Enter")
    XCTAssertTrue(try screen(showing: "exit=0").contains("Note 1 saved."))
    XCTAssertEqual(try sqlite("SELECT en, zh, edited FROM notes WHERE id = 1"), "Welcome to our show.|欢迎收听。|1")
  }

  /// `e` opens the note in $EDITOR; what the editor saves shows at once and is stored.
  func testEEditsTheNoteInTheEditor() throws {
    try startReviewer(environment: "EDITOR=\(try editor())")
    _ = try screen(showing: "Welcome to the show.")
    try press("e")
    _ = try screen(showing: "editor waiting")
    try press("Enter")
    _ = try screen(showing: "Note saved.")
    XCTAssertTrue(try screen(showing: "Welcome to our show.").contains("Welcome to our show."))
    XCTAssertEqual(try sqlite("SELECT en, zh, edited FROM notes WHERE id = 1"), "Welcome to our show.|欢迎收听。|1")
  }

  /// An editor that fails ends the edit with a message, not the session.
  func testAFailingEditorKeepsTheSession() throws {
    try startReviewer(environment: "EDITOR=false")
    _ = try screen(showing: "Welcome to the show.")
    try press("e")
    let shown = try screen(showing: "nothing saved")
    XCTAssertTrue(shown.contains("Welcome to the show."), shown)
    XCTAssertEqual(try sqlite("SELECT count(*) FROM notes WHERE edited = 1"), "0")
  }

  /// As in Anki, Enter (or space) on the answer side is Good: grade 4.
  func testEnterOnTheAnswerSideGradesFour() throws {
    try startReviewer()
    _ = try screen(showing: "Welcome to the show.")
    try press("Space")
    _ = try screen(showing: "欢迎收听本节目。")
    try press("Enter")
    _ = try screen(showing: "Today we talk about")
    XCTAssertEqual(try SQLiteShell.run(folder.file("c.sqlite3"), "SELECT grade FROM reviews"), "4")
  }

  func testEscapeQuitsLikeQ() throws {
    try startReviewer()
    _ = try screen(showing: "Welcome to the show.")
    try press("Escape")
    let shown = try screen(showing: "exit=0")
    XCTAssertTrue(shown.contains("Reviewed 0 cards"), shown)
  }

  /// A resize redraws at once, at the new width, without waiting for a key.
  func testAResizeRedrawsAtOnce() throws {
    try startReviewer()
    var shown = try screen(showing: "Welcome to the show.")
    XCTAssertTrue(shown.hasPrefix("duet · bold-headings\n"), shown)  // 40 columns: the counts go below
    _ = try tmux("resize-window", "-t", session, "-x", "90", "-y", "30")
    shown = try screen(showing: "left 4 · coming back 0")
    XCTAssertTrue(shown.split(separator: "\n")[0].hasSuffix("done 0 · left 4 · coming back 0"), shown)
  }

  /// On a terminal too short for the whole card, the question stays and the answer is cut.
  func testAShortTerminalKeepsTheQuestion() throws {
    try startReviewer(height: 11)
    _ = try screen(showing: "Welcome to the show.")
    try press("Space")
    let shown = try screen(showing: "…")
    XCTAssertTrue(shown.contains("Welcome to the show."), shown)
    XCTAssertTrue(shown.contains("欢迎收听本节目。"), shown)
    XCTAssertTrue(shown.contains("q quit"), shown)
  }

  /// Ctrl-Z stops the reviewer like any job of the shell; `fg` brings its screen back.
  /// Ctrl-Z stops the reviewer like any job of the shell; `fg` brings its screen back.
  func testControlZSuspendsAndFgResumes() throws {
    try startSession("PS1='ready$ ' /bin/bash --norc --noprofile -i; echo shell-exit=$?; sleep 30", width: 60)
    _ = try screen(showing: "ready$")
    let command =
      "env DUET_DB=\(folder.file("c.sqlite3")) DUET_NOW=2026-01-05T09:00:00 DUET_DECKS=\(Fixtures.root)/Decks "
      + "\(DuetProcess.executable.path) review"
    _ = try tmux("send-keys", "-t", session, command, "Enter")
    _ = try screen(showing: "Welcome to the show.")
    try press("C-z")
    _ = try tmux("send-keys", "-t", session, "echo stopped-$?", "Enter")
    _ = try screen(showing: "stopped-148")  // 128 + SIGTSTP
    _ = try tmux("send-keys", "-t", session, "clear; fg", "Enter")
    let shown = try screen(showing: "Welcome to the show.")
    XCTAssertTrue(shown.contains("space show answer"), shown)
    try press("q")
    _ = try screen(showing: "Reviewed 0 cards")
  }

  func testWideCharactersWrapWithinTheWidth() throws {
    try startReviewer()
    _ = try screen(showing: "Welcome to the show.")
    for _ in 0..<2 {
      try press("Space")
      try press("5")
    }
    try press("Space")
    let shown = try screen(showing: "训练第一个模型")
    // The 36-column answer wraps inside the 40-column window, each line within it.
    XCTAssertTrue(shown.contains("  训练第一个模型花了我们 1000 美元"), shown)
    XCTAssertTrue(shown.contains("\n  。\n") == false, shown)
    for line in shown.split(separator: "\n") {
      let columns = line.reduce(0) { $0 + (($1.unicodeScalars.first?.value ?? 0) >= 0x2E80 ? 2 : 1) }
      XCTAssertLessThanOrEqual(columns, 40, String(line))
    }
  }

  func testControlCEndsCleanlyAndRestoresTheTerminal() throws {
    try startReviewer()
    _ = try screen(showing: "Welcome to the show.")
    try press("C-c")
    let shown = try screen(showing: "exit=0")
    XCTAssertTrue(shown.contains("Next due") || shown.contains("Reviewed 0 cards"), shown)
    try press("echo typed-back")
    try press("Enter")
    _ = try screen(showing: "exit=0")
  }

  func testAGradeWaitingForAnotherProgramsLockSaysSoOnTheScreen() throws {
    try startReviewer()
    _ = try screen(showing: "Welcome to the show.")
    try press("Space")
    _ = try screen(showing: "欢迎收听本节目。")
    // sqlite3 holds the write lock for three seconds while the grade is given.
    let locker = try SQLiteShell.holdWriteLock(
      on: folder.file("c.sqlite3"), for: 3, writing: "INSERT INTO decks(name) VALUES ('lock');")
    try press("5")
    _ = try screen(showing: "Saving… another")  // the window is 40 columns: the rest wraps
    locker.waitUntilExit()
    _ = try screen(showing: "Today we talk about")
  }
}
