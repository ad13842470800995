import Bitext
import Duet
import Foundation
import Scheduling
import Store

/// The review session on a terminal: the front, then on a key the back with its context, then a grade.
struct TerminalReview {
  let session: ReviewSession
  let style: Style
  /// Reads the card's Chinese aloud, shown under it with the answer.
  let pinyin: PinyinReader
  /// Speaks each front as it shows, when the session was asked to.
  let speech: Speech?
  /// Opens the note on screen in the learner's editor (`e`).
  let editor: NoteEditor

  /// What a key asked for that waits for a second key to confirm it: suspending the card, or its whole note.
  private enum Pending {
    case suspendCard
    case suspendNote
  }

  func run() throws {
    let terminal = Terminal()
    terminal.start()
    defer { terminal.restore() }
    // While another program holds the write lock, say so under the card instead of looking frozen.
    session.collection.database.onLongWait = {
      Output.write("\r\n  " + style.yellow(Interface.text(Self.waitingMessage)) + "\r\n")
      Output.flush()
    }
    let started = DispatchTime.now()
    var message = ""
    var speaking: Process?
    defer { speaking?.terminate() }
    session: while let card = try session.currentCard(), let item = session.current {
      var revealed = false
      var pending: Pending?
      let shownAt = DispatchTime.now()
      speaking = say(card.front, replacing: speaking)
      // The Chinese's reading, worked out once a card rather than at every redraw.
      let words = pinyin.words(card.note.draft.chinese)
      /// Saves `grade` for the card on screen; false (with the message set) when another program held the lock.
      func save(_ grade: Grade) throws -> Bool {
        let elapsed = Int((DispatchTime.now().uptimeNanoseconds - shownAt.uptimeNanoseconds) / 1_000_000)
        do {
          try session.grade(grade, milliseconds: elapsed)
          return true
        } catch let error as SQLiteError where error.isBusy {
          message = Interface.text(Self.lockedMessage)
          return false
        }
      }
      while true {
        draw(
          card, item: item, revealed: revealed, reading: words, size: (terminal.columns, terminal.rows),
          message: message)
        message = ""
        let key = terminal.readKey()
        if key == .resize { continue }
        // A suspension waits for `s` or `y`: a word typed into a forgotten reviewer does not suspend anything.
        if let asked = pending {
          pending = nil
          guard key == .character("s") || key == .character("y") else {
            message = Interface.text("Not suspended.")
            continue
          }
          try session.suspend(wholeNote: asked == .suspendNote)
          message = Interface.text(asked == .suspendNote ? "Note suspended (u undoes it)." : "Suspended (u undoes it).")
          continue session
        }
        switch key {
        case .character(" "), .enter:
          // On the answer side, as in Anki: Good.
          if !revealed {
            revealed = true
          } else if try save(.hesitant) {
            continue session
          }
        case .character(let key) where key.isNumber:
          guard revealed else {
            message = Interface.text("Show the answer first (space), then grade it.")
            continue
          }
          guard let value = key.wholeNumberValue, let grade = Grade(rawValue: value) else {
            message = Interface.text("Grades go from 0 to 5.")
            continue
          }
          if try save(grade) { continue session }
        case .character("u"):
          switch try session.undo() {
          case .nothingToUndo:
            message = Interface.text("Nothing to undo.")
            continue
          case .supersededElsewhere:
            message = Interface.text("Not undone: another session has graded that card since, and its grade stands.")
            continue
          case .undone:
            message = Interface.text("Undone.")
            continue session
          }
        case .character("s"):
          pending = .suspendCard
          message = Interface.text("Suspend this card? s or y to confirm, any other key to keep it.")
        case .character("!"):
          pending = .suspendNote
          message = Interface.text("Suspend both cards of this note? s or y to confirm, any other key to keep them.")
        case .character("b"):
          try session.bury()
          message = Interface.text("Buried until tomorrow (u undoes it).")
          continue session
        case .character("e"):
          // An editor that fails to start or exits with an error ends the edit, not the session.
          let edited: (english: String, chinese: String)?
          do {
            edited = try terminal.whileRestored { try editor.edit(card.note) }
          } catch let error as DuetError {
            message = error.message
            continue
          }
          if let edited {
            try session.editNote(english: edited.english, chinese: edited.chinese)
            message = Interface.text("Note saved.")
            continue session
          }
          message = Interface.text("Note unchanged.")
        case .character("r") where speech != nil:
          speaking = say(card.front, replacing: speaking)
        case .character("q"), .escape, .interrupt, .endOfInput:
          break session
        case .suspend:
          terminal.suspend()
        default:
          message = Interface.message(
            "Keys: space shows the answer, 0-5 grade, u undo, s suspend, ! suspend note, b bury, e edit, "
              + "\(speech == nil ? "" : "r replay, ")q quit.")
        }
      }
    }
    terminal.restore()
    let seconds = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000_000)
    Output.write(summary(seconds: seconds))
    Output.flush()
  }

  /// Draws the frame for a terminal of `size`: the header and the question always; the answer (back, reading,
  /// provenance, context) cut to the rows left over, with a last line saying so; then the legend, the key hints
  /// (wrapped at words) and the message.
  private func draw(
    _ card: CardDetail, item: ReviewSession.Item, revealed: Bool, reading words: [[ReadingPart]],
    size: (columns: Int, rows: Int), message: String
  ) {
    let width = size.columns
    let inner = max(20, width - 4)
    var top: [String] = []
    let left =
      "duet · \(Self.shown(card.note.deck))" + (session.aheadDays == nil ? "" : " · " + Interface.text("ahead"))
      + (item.isRepeat ? " · " + Interface.text("again") : "")
    let tally = session.tally
    let right = Interface.message(
      "done \(tally.answers) · left \(session.queue.count) · coming back \(session.repeatsWaiting)")
    let gap = width - TextLayout.width(of: left) - TextLayout.width(of: right)
    if gap >= 2 {
      top.append(style.bold(left) + String(repeating: " ", count: gap) + style.dim(right))
    } else {
      top.append(style.bold(left))
      top.append(style.dim(right))
    }
    top.append(style.dim(String(repeating: "─", count: max(1, width))))
    top.append("")
    top += TextLayout.wrap(Self.shown(card.front), width: inner).map { "  " + style.bold($0) }
    let asksChinese = card.card.direction == .chineseToEnglish
    var frontReading = revealed && asksChinese ? reading(words, width: inner) : []
    var rule: [String] = []
    var answer: [String] = []
    var legend: [String] = []
    var bottom: [String] = []
    if revealed {
      rule = ["  " + style.dim(String(repeating: "─", count: min(inner, 24))), ""]
      answer += TextLayout.wrap(Self.shown(card.back), width: inner).map { "  " + style.cyan($0) }
      if !asksChinese { answer += reading(words, width: inner) }
      answer.append("")
      if !card.note.provenance.isEmpty {
        answer += TextLayout.wrap(Self.shown(card.note.provenance), width: inner).map { "  " + style.dim($0) }
      }
      if !card.note.draft.context.isEmpty {
        if !card.note.provenance.isEmpty { answer.append("") }
        answer += TextLayout.wrap(Self.shown(card.note.draft.context), width: inner).map { "  " + highlightMarks($0) }
      }
      answer.append("")
      legend = self.legend(for: card, isRepeat: item.isRepeat, width: inner).map { "  " + $0 } + [""]
    }
    let keysOfSide = [revealed ? "0-5 grade" : "space show answer", "u undo", "s suspend", "b bury", "e edit"]
    bottom += keys(keysOfSide, width: inner).map { "  " + style.dim($0) }
    if !message.isEmpty {
      bottom.append("")
      bottom += TextLayout.wrap(message, width: inner).map { "  " + style.yellow($0) }
    }
    // What a short terminal gives up, in turn, so that the question stays: the question's reading, the grades'
    // legend (the key line still names them), the rule above the answer, the answer's end (a last line "…" says
    // so), the message. One row stays free for the cursor.
    let rows = size.rows - 1
    func overflow() -> Int {
      top.count + frontReading.count + 1 + rule.count + answer.count + legend.count + bottom.count - rows
    }
    if overflow() > 0 { frontReading = [] }
    if overflow() > 0 { legend = [] }
    if overflow() > 0 { rule = [] }
    if overflow() > 0 {
      let room = max(answer.count - overflow(), 0)
      answer = room > 1 ? Array(answer.prefix(room - 1)) + ["  " + style.dim("…")] : []
    }
    if overflow() > 0 { bottom = Array(bottom.prefix(max(bottom.count - overflow(), 0))) }
    let lines = top + frontReading + [""] + rule + answer + legend + bottom
    Output.write("\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\r\n") + "\r\n")
    Output.flush()
  }

  /// The key hints of a frame, in lines of at most `width` columns broken between hints: `keys`, the replay key
  /// when the session speaks, and quit.
  private func keys(_ keys: [String], width: Int) -> [String] {
    var lines: [String] = []
    for hint in (keys + (speech == nil ? [] : ["r replay"]) + ["q quit"]).map(Interface.text) {
      if let last = lines.last, TextLayout.width(of: last) + 3 + TextLayout.width(of: hint) <= width {
        lines[lines.count - 1] = last + " · " + hint
      } else {
        lines.append(hint)
      }
    }
    return lines
  }

  /// Starts saying `text` (stopping what `current` still says), when the session speaks; speech that fails to start
  /// is skipped: the review goes on.
  private func say(_ text: String, replacing current: Process?) -> Process? {
    guard let speech else { return nil }
    if let current, current.isRunning { current.terminate() }
    return try? speech.start(text, language: Speech.Language(of: text))
  }

  static let waitingMessage = "Saving… another program is writing to the collection; waiting for it."
  static let lockedMessage =
    "Not saved: another program kept the collection locked. Grade again to retry, or q to stop."

  /// Card text as the frame shows it: controls visible, a tab one space (the frame lays text out itself).
  private static func shown(_ text: String) -> String {
    VisibleText.of(text).replacingOccurrences(of: "\t", with: " ")
  }

  /// The grades with their meaning and the interval each would give, as many to a line as fit.
  private func legend(for card: CardDetail, isRepeat: Bool, width: Int) -> [String] {
    let intervals = session.intervals(for: card)
    let entries = Grade.allCases.map { grade -> (plain: String, styled: String) in
      let interval =
        isRepeat
        ? Interface.text(grade.needsRepeat ? "again" : "done")
        : (intervals[grade].map(Self.describe(days:)) ?? "")
      let meaning = Interface.text(grade.meaning)
      // Practice ahead of schedule moves no card: no interval to show.
      let shownInterval = interval.isEmpty ? "" : " (\(interval))"
      let plain = "\(grade.rawValue) \(meaning)\(shownInterval)"
      let key = grade.isCorrect ? style.green("\(grade.rawValue)") : style.red("\(grade.rawValue)")
      return (plain, "\(key) \(meaning)" + style.dim(shownInterval))
    }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for entry in entries {
      let entryWidth = TextLayout.width(of: entry.plain)
      if lineWidth > 0 && lineWidth + 3 + entryWidth > width {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      line += (lineWidth > 0 ? "   " : "") + entry.styled
      lineWidth += (lineWidth > 0 ? 3 : 0) + entryWidth
    }
    lines.append(line)
    return lines
  }

  /// A reading (its words) in lines of at most `width` columns, words whole, each syllable in its tone's colour.
  private func reading(_ words: [[ReadingPart]], width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in words {
      let plain = Self.shown(word.map(\.text).joined())
      let wordWidth = TextLayout.width(of: plain)
      if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
        lines.append("  " + line)
        (line, lineWidth) = ("", 0)
      }
      let styled = word.map { part in part.tone.map { style.tone(Self.shown(part.text), $0) } ?? Self.shown(part.text) }
      line += (lineWidth > 0 ? " " : "") + styled.joined()
      lineWidth += (lineWidth > 0 ? 1 : 0) + wordWidth
    }
    if lineWidth > 0 { lines.append("  " + line) }
    return lines
  }

  /// A context line with its 【marked】 term in colour (the brackets stay, so it shows without colour too).
  private func highlightMarks(_ line: String) -> String {
    guard style.enabled else { return line }
    return line.replacingOccurrences(of: "【", with: "\u{1B}[1;33m【").replacingOccurrences(of: "】", with: "】\u{1B}[0m")
  }

  /// `1d`, `6d`, `3.2mo`, `1.4y` (in Chinese `1天`, `3.2月`, `1.4年`).
  static func describe(days: Int) -> String {
    let chinese = Interface.language == .chinese
    if days < 31 { return "\(days)" + (chinese ? "天" : "d") }
    if days < 365 { return String(format: "%.1f", Double(days) / 30.4) + (chinese ? "月" : "mo") }
    return String(format: "%.1f", Double(days) / 365.25) + (chinese ? "年" : "y")
  }

  /// The session's summary, line by line in the interface's language.
  private func summary(seconds: Int) -> String {
    let tally = session.tally
    var lines: [String] = []
    if session.aheadDays != nil {
      lines.append(
        "Practised \(tally.reviewed) card\(tally.reviewed == 1 ? "" : "s") ahead of schedule; no schedule changed.")
    } else if tally.answers == 0 && session.queue.isEmpty {
      lines.append("Nothing to review today.")
    } else {
      let share = Int((tally.correctShare * 100).rounded())
      lines.append(
        "Reviewed \(tally.reviewed) card\(tally.reviewed == 1 ? "" : "s") (\(tally.answers) answer\(tally.answers == 1 ? "" : "s")) · "
          + "\(share)% correct · \(seconds / 60)m \(seconds % 60)s"
          + (tally.suspended > 0 ? " · \(tally.suspended) suspended" : "")
          + (tally.buried > 0 ? " · \(tally.buried) buried" : ""))
      if tally.suspended > 0 {
        lines.append("'duet cards --state suspended' lists suspended cards; 'duet unsuspend ID' brings one back.")
      }
    }
    if let (left, nextDue) = try? session.outlook() {
      if left > 0 {
        lines += ["\(left) left for later today.", "Next due: today"]
      } else if let nextDue {
        let days = nextDue - session.today
        lines.append("Next due: \(nextDue) (\(days == 1 ? "tomorrow" : "in \(days) days"))")
      }
    }
    return lines.map { Interface.message($0) + "\n" }.joined()
  }
}
