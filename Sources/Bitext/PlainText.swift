/// Turns a Markdown fragment into the plain text a card shows.
///
/// Links `[text](url)` and images `![alt](url)` keep their text; a backslash before ASCII punctuation goes
/// (`\$1,000` → `$1,000`); emphasis asterisks go. Brackets that are not links stay (transcribers' notes such as
/// `[inaudible 00:17:45]` are removed after, by `withoutTranscriberMarkers(_:)`).
///
/// - Complexity: O(*n*) in the length of `markdown`.
public func plainText(_ markdown: String) -> String {
  guard needsMarkdownWork(markdown) else { return markdown }
  let chars = Array(markdown)
  let strong = strongEmphasisMarkers(in: chars)
  // Most texts that need work have emphasis or escapes but no bracket: they skip the link passes.
  let links = markdown.utf8.contains(0x5B) ? MarkdownLinks(chars) : nil
  // A link's text is read in place, nested links and all: at its `]` the scan jumps past `(url)`.
  var jump = [Int](repeating: -1, count: links == nil ? 0 : chars.count)
  var out = ""
  out.reserveCapacity(markdown.utf8.count)
  var i = 0
  while i < chars.count {
    let c = chars[i]
    if !jump.isEmpty && jump[i] >= 0 {
      i = jump[i]
    } else if strong.contains(i) {
      i += 2
    } else if c == "\\", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol
    {
      out.append(chars[i + 1])
      i += 2
    } else if c == "[" || (c == "!" && i + 1 < chars.count && chars[i + 1] == "["),
      let link = links?.link(at: c == "[" ? i : i + 1)
    {
      jump[link.close] = link.end
      i += c == "[" ? 1 : 2
    } else if c == "*" {
      var run = i
      while run < chars.count, chars[run] == "*" { run += 1 }
      let before: Character? = i > 0 ? chars[i - 1] : nil
      let after: Character? = run < chars.count ? chars[run] : nil
      let opens = (before.map { !$0.isLetter && !$0.isNumber } ?? true) && (after.map { !$0.isWhitespace } ?? false)
      let closes = (before.map { !$0.isWhitespace } ?? false) && (after.map { !$0.isLetter && !$0.isNumber } ?? true)
      if !(opens || closes) || run - i > 3 { out += String(chars[i..<run]) }
      i = run
    } else {
      out.append(c)
      i += 1
    }
  }
  return out
}

/// Whether `text` holds a backslash, a bracket or an asterisk: most turns hold none and are returned as they are.
private func needsMarkdownWork(_ text: String) -> Bool {
  var copy = text
  return copy.withUTF8 { bytes in
    for byte in bytes where byte == 0x5C || byte == 0x5B || byte == 0x2A { return true }
    return false
  }
}

/// Where paired `**` markers start: strong emphasis, which Markdown allows inside a word (`什么是**合成**数据`).
private func strongEmphasisMarkers(in chars: [Character]) -> Set<Int> {
  var markers: [Int] = []
  var i = 0
  while i + 1 < chars.count {
    if chars[i] == "\\" {
      i += 2
    } else if chars[i] == "*" && chars[i + 1] == "*" && (i + 2 == chars.count || chars[i + 2] != "*") {
      markers.append(i)
      i += 2
    } else {
      i += 1
    }
  }
  var pairs = Set<Int>()
  var index = 0
  while index + 1 < markers.count {
    let open = markers[index]
    let close = markers[index + 1]
    if close > open + 2, !chars[open + 2].isWhitespace, !chars[close - 1].isWhitespace {
      pairs.insert(open)
      pairs.insert(close)
      index += 2
    } else {
      index += 1
    }
  }
  return pairs
}

/// Every `[text](url)` link of a text, found in two passes with stacks: each `[` with its `]` (nested brackets
/// counted, never across a line), each `(` with its `)` (never across white space). Looking a link up is then
/// O(1), so nested or unclosed links (`[[[[x](u)](u)](u)`, `[a](` ten thousand times) cost linear time.
private struct MarkdownLinks {
  private var closingBracket: [Int]
  private var closingParenthesis: [Int]

  init(_ chars: [Character]) {
    closingBracket = [Int](repeating: -1, count: chars.count)
    closingParenthesis = [Int](repeating: -1, count: chars.count)
    var brackets: [Int] = []
    var parentheses: [Int] = []
    for (index, char) in chars.enumerated() {
      switch char {
      case "[": brackets.append(index)
      case "]": if let open = brackets.popLast() { closingBracket[open] = index }
      case "(": parentheses.append(index)
      case ")": if let open = parentheses.popLast() { closingParenthesis[open] = index }
      default: break
      }
      if char == "\n" { brackets.removeAll() }
      // A character is white space by its first scalar (ASCII at once; `Character.isWhitespace` costs more).
      if char.unicodeScalars.first?.isSpace == true { parentheses.removeAll() }
    }
  }

  /// The closing `]` and the index past the `)` of the link whose `[` is at `start`, if one starts there.
  func link(at start: Int) -> (close: Int, end: Int)? {
    let close = closingBracket[start]
    guard close >= 0, close + 1 < closingParenthesis.count, closingParenthesis[close + 1] >= 0 else { return nil }
    return (close, closingParenthesis[close + 1] + 1)
  }
}
