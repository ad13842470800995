import Foundation

/// An English and a Chinese subtitle track of one video, read as a transcript whose turns the aligner pairs.
///
/// Cues are joined into sentences across cue boundaries (a sentence the subtitler spread over three cues is one
/// sentence), each sentence with the time of the cue it starts in. The Chinese track is first shifted by the offset
/// that lays its cues best over the English ones (tracks timed apart by a few seconds), and the text is then cut
/// into turns where both tracks fall silent between sentences: no sentence of one language is paired with one
/// spoken at another time, and each turn carries its start time.
public enum SubtitleTracks {
  /// A sentence of one track, with when it is said.
  struct TimedSentence: Hashable {
    var text: String
    var start: Double
    var end: Double
    var line: Int
  }

  /// The transcript of two tracks: `english` and `chinese`, each a file's cues.
  ///
  /// - Complexity: O((*m* + *n*) × *k*) in the cue counts, for the *k* offsets tried.
  public static func transcript(english: [SubtitleCue], chinese: [SubtitleCue]) -> Transcript {
    let shift = offset(of: chinese, from: english)
    let shifted = chinese.map { cue in
      var cue = cue
      cue.start -= shift
      cue.end -= shift
      return cue
    }
    return transcript(
      english: sentences(of: english, language: .english), chinese: sentences(of: shifted, language: .chinese))
  }

  /// The transcript of one bilingual track: each cue's lines go to the language of their script (a line with Han
  /// characters is Chinese).
  public static func transcript(bilingual cues: [SubtitleCue]) -> Transcript {
    func lines(_ chinese: Bool) -> [SubtitleCue] {
      cues.compactMap { cue in
        var cue = cue
        cue.lines = cue.lines.filter { $0.unicodeScalars.contains(where: \.isHan) == chinese }
        return cue.lines.isEmpty ? nil : cue
      }
    }
    return transcript(
      english: sentences(of: lines(false), language: .english), chinese: sentences(of: lines(true), language: .chinese))
  }

  /// The least silence, in seconds, in both tracks at once that separates two turns.
  static let turnBreak = 0.25
  /// How far apart the tracks' timings may be: the offsets tried run from minus this to plus this.
  static let largestOffset = 10.0
  /// The step between offsets tried.
  static let offsetStep = 0.05

  /// The shift (in seconds, to subtract from `track`'s times) that makes `track`'s cues overlap `reference`'s the
  /// most; the smallest such shift on a tie, so tracks timed alike stay as they are.
  static func offset(of track: [SubtitleCue], from reference: [SubtitleCue]) -> Double {
    let base = union(reference)
    let moving = union(track)
    guard !base.isEmpty, !moving.isEmpty else { return 0 }
    var best = (shift: 0.0, overlap: overlap(base, moving, shift: 0))
    let steps = Int(largestOffset / offsetStep)
    for step in 1...steps {
      for shift in [Double(step) * offsetStep, -Double(step) * offsetStep] {
        let value = overlap(base, moving, shift: shift)
        if value > best.overlap + 1e-9 { best = (shift, value) }
      }
    }
    return best.shift
  }

  /// The times some cue of `cues` shows, as disjoint intervals in order.
  private static func union(_ cues: [SubtitleCue]) -> [(start: Double, end: Double)] {
    var intervals: [(start: Double, end: Double)] = []
    for cue in cues.sorted(by: { $0.start < $1.start }) {
      if let last = intervals.last, cue.start <= last.end {
        intervals[intervals.count - 1].end = max(last.end, cue.end)
      } else {
        intervals.append((cue.start, cue.end))
      }
    }
    return intervals
  }

  /// How long two interval lists overlap once the second is moved back by `shift` seconds.
  private static func overlap(
    _ first: [(start: Double, end: Double)], _ second: [(start: Double, end: Double)], shift: Double
  ) -> Double {
    var total = 0.0
    var i = 0
    var j = 0
    while i < first.count, j < second.count {
      let start = max(first[i].start, second[j].start - shift)
      let end = min(first[i].end, second[j].end - shift)
      if end > start { total += end - start }
      if first[i].end < second[j].end - shift { i += 1 } else { j += 1 }
    }
    return total
  }

  /// The sentences of a track, cut across its cues. A track whose cues mostly end without a sentence's final
  /// mark (captions, or Chinese subtitles that leave out 。) has a sentence end at every cue's end.
  ///
  /// A cue that holds the end of one sentence and the start of the next gives each a share of its time in
  /// proportion to their lengths.
  static func sentences(of cues: [SubtitleCue], language: Language) -> [TimedSentence] {
    let texts = cues.map { joinLines($0.lines.map { $0[...] }, chinese: language == .chinese) }
    let ending = texts.filter { endsSentence($0, language: language) }.count
    let everyCueEnds = ending * 5 < texts.count
    var sentences: [TimedSentence] = []
    var pending: [(text: String, cue: SubtitleCue)] = []
    func flush() {
      guard !pending.isEmpty else { return }
      let joined = joinLines(pending.map { $0.text[...] }, chinese: language == .chinese)
      let parts = language == .english ? EnglishSegmenter.sentences(joined) : ChineseSegmenter.sentences(joined)
      // Each part's place in the pending cues, by its share of their characters.
      let lengths = pending.map { Double(max(1, $0.text.unicodeScalars.count)) }
      let total = lengths.reduce(0, +)
      let partLengths = parts.map { Double(max(1, $0.unicodeScalars.count)) }
      let partTotal = partLengths.reduce(0, +)
      func time(at fraction: Double) -> Double {
        var position = fraction * total
        for (index, length) in lengths.enumerated() {
          if position <= length || index == lengths.count - 1 {
            let cue = pending[index].cue
            return cue.start + (cue.end - cue.start) * min(1, position / length)
          }
          position -= length
        }
        return pending[pending.count - 1].cue.end
      }
      var done = 0.0
      for (part, length) in zip(parts, partLengths) {
        let from = done / partTotal
        done += length
        let to = done / partTotal
        let first = min(pending.count - 1, pendingIndex(at: from, lengths: lengths, total: total))
        sentences.append(
          TimedSentence(
            text: part, start: from == 0 ? pending[0].cue.start : time(at: from),
            end: to >= 1 ? pending[pending.count - 1].cue.end : time(at: to), line: pending[first].cue.line))
      }
      pending = []
    }
    for (cue, text) in zip(cues, texts) where !text.isEmpty {
      pending.append((text, cue))
      if everyCueEnds || endsSentence(text, language: language) { flush() }
    }
    flush()
    return sentences
  }

  /// The index of the cue that the character at `fraction` of the cues' text falls in.
  private static func pendingIndex(at fraction: Double, lengths: [Double], total: Double) -> Int {
    var position = fraction * total
    for (index, length) in lengths.enumerated() {
      if position < length { return index }
      position -= length
    }
    return lengths.count - 1
  }

  /// Whether `text` ends a sentence: its last mark (closing quotes and brackets aside) is a full stop, a question
  /// or exclamation mark, or an ellipsis.
  static func endsSentence(_ text: String, language: Language) -> Bool {
    for scalar in text.unicodeScalars.reversed() {
      if scalar.isSpace || EnglishSegmenter.isCloser(scalar) || ChineseSegmenter.isCloser(scalar) { continue }
      return language == .english
        ? EnglishSegmenter.isTerminal(scalar) || ChineseSegmenter.isEnder(scalar)
        : ChineseSegmenter.isEnder(scalar) || scalar == "."
    }
    return false
  }

  /// Turns of both languages' sentences, cut where both tracks are silent for `turnBreak` between sentences.
  static func transcript(english: [TimedSentence], chinese: [TimedSentence]) -> Transcript {
    // Every moment something is said in either track, and the silences between.
    let spoken = (english + chinese).sorted { $0.start < $1.start }
    var breaks: [Double] = []
    var reach = -Double.infinity
    for sentence in spoken {
      if sentence.start - reach >= turnBreak, reach.isFinite { breaks.append((reach + sentence.start) / 2) }
      reach = max(reach, sentence.end)
    }
    var turns: [Turn] = []
    var e = 0
    var c = 0
    for limit in breaks + [.infinity] {
      let englishEnd = english[e...].firstIndex { $0.start >= limit } ?? english.count
      let chineseEnd = chinese[c...].firstIndex { $0.start >= limit } ?? chinese.count
      let englishPart = english[e..<englishEnd]
      let chinesePart = chinese[c..<chineseEnd]
      (e, c) = (englishEnd, chineseEnd)
      guard let first = englishPart.first ?? chinesePart.first else { continue }
      turns.append(
        Turn(
          number: turns.count + 1, line: first.line, time: clockTime(first.start), speaker: "",
          english: englishPart.map(\.text).joined(separator: " "), chinese: chinesePart.map(\.text).joined()))
    }
    return Transcript(turns: turns, warnings: [])
  }

  /// `hh:mm:ss` for a time in seconds, as transcripts write turn times.
  static func clockTime(_ seconds: Double) -> String {
    // A timing line may carry any number of hour digits: clamp before converting, which would trap.
    let whole = Int(min(max(0, seconds), 1e9))
    return String(format: "%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
  }
}
