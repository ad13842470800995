/// Removes what a transcriber wrote about the recording rather than what was said: `[inaudible 00:16:28]`,
/// `[crosstalk]`, `[laughs]`, `（听不清）`. Such a note is no part of a sentence a learner should learn.
///
/// A bracket counts as a marker when what it holds starts with one of the words transcribers use and has nothing
/// after it but a timestamp; any other bracket (`[sic]`, a link's text, an aside) stays.
///
/// - Complexity: O(*n*) in the length of `text`.
func withoutTranscriberMarkers(_ text: String) -> String {
  guard mayHoldMarker(text) else { return text }
  let characters = Array(text)
  var out = ""
  var index = 0
  while index < characters.count {
    let character = characters[index]
    if let close = closingBracket[character], let end = characters[(index + 1)...].firstIndex(of: close),
      isMarker(String(characters[(index + 1)..<end]))
    {
      // One space goes with the marker, so the words around it close up.
      if out.last == " " && (end + 1 == characters.count || characters[end + 1] == " ") { out.removeLast() }
      index = end + 1
      continue
    }
    out.append(character)
    index += 1
  }
  return String(out.trimmingWhitespace)
}

/// Whether an opening bracket in `text` is followed by the first bytes of a marker word: a byte scan that lets
/// nearly every sentence through untouched.
private func mayHoldMarker(_ text: String) -> Bool {
  var text = text
  return text.withUTF8 { bytes in
    for index in bytes.indices {
      let after: Int
      switch bytes[index] {
      case 0x5B, 0x28: after = index + 1  // [ (
      case 0x88 where index >= 2 && bytes[index - 2] == 0xEF && bytes[index - 1] == 0xBC: after = index + 1  // （
      case 0x90 where index >= 2 && bytes[index - 2] == 0xE3 && bytes[index - 1] == 0x80: after = index + 1  // 【
      default: continue
      }
      let rest = UnsafeBufferPointer(rebasing: bytes[min(after, bytes.count)...])
      if markerPrefixes.contains(where: { prefix in
        prefix.count <= rest.count && zip(prefix, rest).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
      }) {
        return true
      }
    }
    return false
  }
}

private let closingBracket: [Character: Character] = ["[": "]", "(": ")", "（": "）", "【": "】"]

/// The words a transcriber's note starts with, in lower case.
private let markerWords = [
  "inaudible", "unintelligible", "indiscernible", "crosstalk", "cross talk", "overlapping", "overtalk", "laughter",
  "laughs", "laughing", "laugh", "chuckles", "music", "applause", "silence", "pause", "foreign", "background noise",
  "noise", "coughs", "cough", "听不清", "听不到", "笑声", "笑", "音乐", "掌声", "杂音", "串音", "无法听清",
]

/// The marker words' UTF-8 bytes, for the quick scan.
private let markerPrefixes: [[UInt8]] = markerWords.map { Array($0.utf8) }

/// Whether a bracket's content is a transcriber's note: a marker word, then at most a timestamp.
private func isMarker(_ content: String) -> Bool {
  let lower = content.lowercased().trimmingWhitespace
  guard let word = markerWords.first(where: { lower.hasPrefix($0) }) else { return false }
  let rest = lower.dropFirst(word.count).trimmingWhitespace
  return rest.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." || $0 == " " }
}
