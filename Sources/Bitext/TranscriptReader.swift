/// Reads bilingual transcripts: a sequence of turns, each an English text followed by its Chinese translation.
///
/// The reader follows the content, not one file's layout:
/// - a turn starts at a heading with a timestamp in `()` or `[]` (Markdown heading, bold line or bare line), at a
///   heading with a speaker's name followed by an English label, or at an English label after a finished turn (it
///   continues the previous speaker);
/// - labels (`English`, `英文`, `中文翻译` or `中文翻譯`, `中文`, `Chinese`) stand alone on their line or before text, in any markup;
/// - a text with no label after a heading is English or Chinese by its script;
/// - paragraphs that begin `(00:07:43): ` start a new turn at that time, the n-th English with the n-th Chinese;
/// - other paragraphs and hard-wrapped lines join: English with a space, Chinese with nothing (page breaks split
///   paragraphs mid-sentence);
/// - CRLF line ends and a byte-order mark are accepted, and Markdown becomes plain text (see `plainText(_:)`).
public enum TranscriptReader {
  /// Reads `text`. Never fails: what it cannot use becomes a warning.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func read(_ text: String) -> Transcript {
    var parser = BlockParser()
    var lineNumber = 0
    for raw in textLines(text) {
      lineNumber += 1
      var line = raw
      if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
      parser.consume(TranscriptLine(line), raw: line, at: lineNumber)
    }
    parser.finishBlock()
    return Transcript(turns: parser.turns, warnings: parser.warnings)
  }
}

/// A paragraph of one language inside a block, with the timestamp it may begin with.
private struct Paragraph {
  var line: Int
  var time: String?
  var lines: [Substring]
}

/// The state machine behind `TranscriptReader`: it gathers one block (a heading and its texts) at a time.
private struct BlockParser {
  var turns: [Turn] = []
  var warnings: [TranscriptWarning] = []

  private var speaker = ""
  private var time = ""
  private var blockLine = 0
  private var inBlock = false
  private var section: Language?
  private var english: [Paragraph] = []
  private var chinese: [Paragraph] = []
  private var paragraphOpen = false
  /// A heading without a timestamp, held until the next line shows whether it names a speaker.
  private var pendingHeading: (text: Substring, line: Int)?

  mutating func consume(_ kind: TranscriptLine, raw: Substring, at line: Int) {
    if let pending = pendingHeading, kind != .blank {
      pendingHeading = nil
      if case .label(.english, _) = kind {
        startBlock(time: "", speaker: TranscriptLine.speakerName(Substring(pending.text)), line: pending.line)
      } else if section != nil {
        addText(pending.text, at: pending.line)
      }
    }
    switch kind {
    case .blank, .rule:
      paragraphOpen = false
    case .timedHeading(let time, let speaker):
      startBlock(time: time, speaker: speaker, line: line)
    case .plainHeading:
      pendingHeading = (raw.trimmingWhitespace, line)
      paragraphOpen = false
    case .label(let language, let rest):
      if language == .english && !chinese.isEmpty || !inBlock {
        startBlock(time: "", speaker: speaker, line: line)
      }
      section = language
      paragraphOpen = false
      if !rest.isEmpty { addText(Substring(rest), at: line) }
    case .text(let text):
      if section == nil && inBlock { section = text.isMostlyChinese ? .chinese : .english }
      if section == .english && !paragraphOpen && english.count > 0 && text.isMostlyChinese { section = .chinese }
      if section != nil { addText(Substring(text), at: line) }
    }
  }

  private mutating func addText(_ text: Substring, at line: Int) {
    var body = text
    var paragraphTime: String?
    if let (stamp, length) = TranscriptLine.timestamp(atStartOf: text) {
      let rest = text.dropFirst(length)
      if rest.first == ":" || rest.first == "：" {
        paragraphTime = stamp
        body = rest.dropFirst().trimmingWhitespace
      }
    }
    if paragraphOpen && paragraphTime == nil {
      appendLine(text)
      return
    }
    let paragraph = Paragraph(line: line, time: paragraphTime, lines: [body])
    if section == .english { english.append(paragraph) } else { chinese.append(paragraph) }
    paragraphOpen = true
  }

  private mutating func appendLine(_ text: Substring) {
    if section == .english {
      english[english.count - 1].lines.append(text)
    } else {
      chinese[chinese.count - 1].lines.append(text)
    }
  }

  private mutating func startBlock(time: String, speaker: String, line: Int) {
    finishBlock()
    inBlock = true
    self.time = time
    self.speaker = speaker
    blockLine = line
    section = nil
  }

  mutating func finishBlock() {
    defer {
      english = []
      chinese = []
      paragraphOpen = false
      section = nil
    }
    guard inBlock else { return }
    if english.isEmpty && chinese.isEmpty {
      warnings.append(TranscriptWarning(line: blockLine, message: "heading with no text"))
      return
    }
    let englishSegments = segments(english, in: .english)
    let chineseSegments = segments(chinese, in: .chinese)
    if englishSegments.count == chineseSegments.count {
      for (en, zh) in zip(englishSegments, chineseSegments) {
        addTurn(
          line: en.time == nil ? blockLine : en.line, time: en.time ?? zh.time ?? time, english: en.text,
          chinese: zh.text)
      }
    } else if englishSegments.isEmpty || chineseSegments.isEmpty {
      let only = englishSegments.isEmpty ? chineseSegments : englishSegments
      for segment in only {
        addTurn(
          line: segment.time == nil ? blockLine : segment.line, time: segment.time ?? time,
          english: englishSegments.isEmpty ? "" : segment.text,
          chinese: englishSegments.isEmpty ? segment.text : "")
      }
    } else {
      warnings.append(
        TranscriptWarning(
          line: blockLine,
          message:
            "\(englishSegments.count) timed English paragraphs but \(chineseSegments.count) Chinese; read as one turn"))
      addTurn(
        line: blockLine, time: time, english: englishSegments.map(\.text).joined(separator: " "),
        chinese: chineseSegments.map(\.text).joined())
    }
  }

  private mutating func addTurn(line: Int, time: String, english: String, chinese: String) {
    if english.isEmpty || chinese.isEmpty {
      let missing = english.isEmpty ? "English" : "Chinese"
      let present = english.isEmpty ? "Chinese" : "English"
      warnings.append(TranscriptWarning(line: line, message: "turn has \(present) but no \(missing)"))
    }
    turns.append(
      Turn(number: turns.count + 1, line: line, time: time, speaker: speaker, english: english, chinese: chinese))
  }

  /// Groups a language's paragraphs into the turns they make: a timed paragraph starts a new one.
  private func segments(_ paragraphs: [Paragraph], in language: Language) -> [(line: Int, time: String?, text: String)]
  {
    var groups: [[Paragraph]] = []
    for paragraph in paragraphs {
      if paragraph.time != nil || groups.isEmpty {
        groups.append([paragraph])
      } else {
        groups[groups.count - 1].append(paragraph)
      }
    }
    return groups.compactMap { group in
      let lines = group.flatMap(\.lines).map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
      let text = plainText(joinLines(lines, chinese: language == .chinese))
      return text.isEmpty ? nil : (group[0].line, group[0].time, text)
    }
  }
}

/// Joins hard-wrapped lines: English with a space, Chinese with nothing (a space only between two Latin letters
/// or digits, as in `Claude` ⏎ `3`).
func joinLines(_ lines: [Substring], chinese: Bool) -> String {
  guard chinese else { return lines.joined(separator: " ") }
  var text = ""
  for line in lines {
    if let last = text.unicodeScalars.last, let first = line.unicodeScalars.first, last.isLatinWordPart,
      first.isLatinWordPart
    {
      text += " "
    }
    text += line
  }
  return text
}

/// The lines of `text`, without their ends (LF, CRLF or CR).
///
/// Splits on UTF-8 bytes: "\r\n" is one Character in Swift, and splitting Characters is slow on long texts.
/// - Complexity: O(*n*) in the length of `text`.
func textLines(_ text: String) -> [Substring] {
  var lines: [Substring] = []
  let utf8 = text.utf8
  var start = utf8.startIndex
  var index = start
  while index != utf8.endIndex {
    let byte = utf8[index]
    if byte == 0x0A || byte == 0x0D {
      lines.append(text[start..<index])
      var next = utf8.index(after: index)
      if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
      start = next
      index = next
    } else {
      index = utf8.index(after: index)
    }
  }
  lines.append(text[start..<utf8.endIndex])
  return lines
}
