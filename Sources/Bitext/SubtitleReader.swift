/// One cue of a subtitle track: when it shows and its lines of plain text.
public struct SubtitleCue: Hashable, Sendable {
  /// Seconds from the start of the media.
  public var start: Double
  public var end: Double
  /// The cue's lines, markup gone; a bilingual cue has lines in both languages.
  public var lines: [String]
  /// 1-based line of the file where the cue's timing stands.
  public var line: Int

  public init(start: Double, end: Double, lines: [String], line: Int) {
    self.start = start
    self.end = end
    self.lines = lines
    self.line = line
  }
}

/// Reads SubRip (SRT), WebVTT and ASS/SSA subtitles by their content, as forgiving as the transcript reader: a
/// byte-order mark, CRLF line ends, missing blank lines between cues, gaps or junk in the numbering, styling tags
/// (`<i>`, `<font …>`, `<c.yellow>`, `<v Speaker>`, `{\an8}`) and ASS override blocks are all taken in stride.
public enum SubtitleReader {
  public enum Format: String, Sendable {
    case srt, vtt, ass
  }

  /// The format `text` is written in, or nil when it reads as no subtitle file: a `WEBVTT` first line, an ASS
  /// `[Script Info]` or `Dialogue:` line, or an SRT timing line (`00:00:01,000 --> 00:00:02,500`) early on.
  public static func format(of text: Substring) -> Format? {
    let lines = textLines(String(text.prefix(4096)))
    let first = lines.first { !$0.trimmingWhitespace.isEmpty }.map { $0.trimmingWhitespace.withoutByteOrderMark }
    if first?.hasPrefix("WEBVTT") == true { return .vtt }
    if lines.contains(where: { $0.hasPrefix("[Script Info]") || $0.hasPrefix("Dialogue:") }) { return .ass }
    if lines.prefix(20).contains(where: { timing(of: $0) != nil }) { return .srt }
    return nil
  }

  /// The cues of `text`, in the order of their start times.
  ///
  /// - Complexity: O(*n*) in the length of `text` (and *c* log *c* to order *c* cues).
  public static func cues(in text: String) -> [SubtitleCue] {
    let cues: [SubtitleCue]
    switch format(of: text[...]) {
    case .ass: cues = assCues(textLines(text))
    case .vtt, .srt, nil: cues = timedCues(textLines(text))
    }
    return cues.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
  }

  /// SRT and WebVTT: a timing line, then text lines up to a blank line or the next cue. A number or an identifier
  /// just before a timing line names the cue and is not text; WebVTT's header, NOTE, STYLE and REGION blocks are
  /// skipped.
  private static func timedCues(_ lines: [Substring]) -> [SubtitleCue] {
    var cues: [SubtitleCue] = []
    var current: SubtitleCue?
    var skipping = false
    func finish() {
      if let cue = current, !cue.lines.isEmpty { cues.append(cue) }
      current = nil
    }
    for (index, raw) in lines.enumerated() {
      let line = raw.trimmingWhitespace.withoutByteOrderMark
      if let (start, end) = timing(of: line) {
        finish()
        skipping = false
        current = SubtitleCue(start: start, end: max(start, end), lines: [], line: index + 1)
        continue
      }
      if line.isEmpty {
        finish()
        skipping = false
        continue
      }
      if current == nil {
        // Outside a cue: a block WebVTT keeps for itself, a cue's number or identifier, or stray text.
        if line.hasPrefix("WEBVTT") || line.hasPrefix("NOTE") || line == "STYLE" || line == "REGION" {
          skipping = true
        }
        continue
      }
      guard !skipping else { continue }
      // A cue number followed at once by a timing line starts the next cue (the blank line was left out).
      if line.allSatisfy(\.isNumber), index + 1 < lines.count, timing(of: lines[index + 1]) != nil { continue }
      let text = plainCueText(String(line))
      if !text.isEmpty { current?.lines.append(text) }
    }
    finish()
    return cues
  }

  /// ASS/SSA: the `Dialogue:` lines of the events, whose fields the `Format:` line names (Start, End and Text,
  /// which takes the rest of the line, commas and all).
  private static func assCues(_ lines: [Substring]) -> [SubtitleCue] {
    var fields = ["layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text"]
    var inEvents = false
    var cues: [SubtitleCue] = []
    for (index, raw) in lines.enumerated() {
      let line = raw.trimmingWhitespace.withoutByteOrderMark
      if line.hasPrefix("[") {
        inEvents = line.lowercased() == "[events]"
        continue
      }
      guard inEvents, let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...]
      if key == "format" {
        fields = value.split(separator: ",").map { $0.trimmingWhitespace.lowercased() }
        continue
      }
      guard key == "dialogue", let textField = fields.firstIndex(of: "text"),
        let startField = fields.firstIndex(of: "start"), let endField = fields.firstIndex(of: "end")
      else { continue }
      let values = value.split(separator: ",", maxSplits: textField, omittingEmptySubsequences: false)
      guard values.count > textField, let start = seconds(values[startField].trimmingWhitespace),
        let end = seconds(values[endField].trimmingWhitespace)
      else { continue }
      let text = assPlainText(String(values[textField]))
      let cueLines = text.split(separator: "\n").map { plainCueText(String($0)) }.filter { !$0.isEmpty }
      if !cueLines.isEmpty {
        cues.append(SubtitleCue(start: start, end: max(start, end), lines: cueLines, line: index + 1))
      }
    }
    return cues
  }

  /// The start and end of an SRT or WebVTT timing line (`00:01:02,500 --> 00:01:04,000`, WebVTT's `01:02.500`
  /// without hours, cue settings after the end), or nil for any other line.
  static func timing(of line: Substring) -> (Double, Double)? {
    guard let arrow = line.range(of: "-->") else { return nil }
    let left = line[..<arrow.lowerBound].trimmingWhitespace
    let right = line[arrow.upperBound...].trimmingWhitespace
    let endText = right.prefix { !$0.isWhitespace }
    guard let start = seconds(left), let end = seconds(endText) else { return nil }
    return (start, end)
  }

  /// Seconds from `h:mm:ss,mmm`, `hh:mm:ss.mmm`, `mm:ss.mmm` or ASS's `h:mm:ss.cc`; nil for anything else.
  static func seconds(_ text: Substring) -> Double? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3 else { return nil }
    let fraction = parts[parts.count - 1].replacingOccurrences(of: ",", with: ".")
    guard let last = Double(fraction), last >= 0, last < 60,
      fraction.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
    else { return nil }
    var total = last
    for (place, part) in parts.dropLast().reversed().enumerated() {
      guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Double(part) else {
        return nil
      }
      total += value * (place == 0 ? 60 : 3600)
    }
    return total
  }

  /// An ASS event's text without override blocks (`{\pos(10,10)\fs12}`), with `\N` and `\n` as line breaks and
  /// `\h` as a space.
  private static func assPlainText(_ text: String) -> String {
    var result = ""
    var depth = 0
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case "{": depth += 1
      case "}": depth = max(0, depth - 1)
      case "\\" where depth == 0:
        switch scalars.next() {
        case "N", "n": result.append("\n")
        case "h": result.append(" ")
        case let other?: result.unicodeScalars.append(contentsOf: ["\\", other])
        case nil: result.append("\\")
        }
      default: if depth == 0 { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// A cue line without tags (`<i>`, `</font>`, `<c.yellow>`, `<v Ada>`, `<00:00:01.000>`), ASS-style overrides
  /// that SRT files carry (`{\an8}`), or character references (`&amp;`, `&nbsp;`), with white space folded. The text
  /// of a `<rt>` ruby reading goes with its tag.
  static func plainCueText(_ line: String) -> String {
    var result = ""
    var scalars = Array(line.unicodeScalars)[...]
    var inReading = false
    while let scalar = scalars.first {
      scalars = scalars.dropFirst()
      if scalar == "<", let close = scalars.firstIndex(of: ">") {
        let tag = String(String.UnicodeScalarView(scalars[..<close])).lowercased()
        if tag == "rt" { inReading = true } else if tag == "/rt" { inReading = false }
        scalars = scalars[(close + 1)...]
        continue
      }
      if scalar == "{", scalars.first == "\\", let close = scalars.firstIndex(of: "}") {
        scalars = scalars[(close + 1)...]
        continue
      }
      if scalar == "&", let semicolon = scalars.prefix(8).firstIndex(of: ";"),
        let character = characterReference(String(String.UnicodeScalarView(scalars[..<semicolon])))
      {
        if !inReading { result += character }
        scalars = scalars[(semicolon + 1)...]
        continue
      }
      if !inReading { result.unicodeScalars.append(scalar) }
    }
    return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private static func characterReference(_ name: String) -> String? {
    switch name {
    case "amp": "&"
    case "lt": "<"
    case "gt": ">"
    case "quot": "\""
    case "apos": "'"
    case "nbsp": " "
    case "lrm", "rlm": ""
    default: nil
    }
  }
}

extension Substring {
  /// The text without a leading byte-order mark.
  fileprivate var withoutByteOrderMark: Substring { first == "\u{FEFF}" ? dropFirst() : self }
}
