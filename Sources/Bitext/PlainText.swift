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
  var out = ""
  out.reserveCapacity(markdown.utf8.count)
  var i = 0
  while i < chars.count {
    let c = chars[i]
    if strong.contains(i) {
      i += 2
    } else if c == "\\", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol
    {
      out.append(chars[i + 1])
      i += 2
    } else if c == "[" || (c == "!" && i + 1 < chars.count && chars[i + 1] == "["),
      let link = markdownLink(in: chars, at: c == "[" ? i : i + 1)
    {
      out += plainText(String(chars[link.text]))
      i = link.end
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

/// The text range and the end of a `[text](url)` link starting at `start` (which holds `[`), if one does.
private func markdownLink(in chars: [Character], at start: Int) -> (text: Range<Int>, end: Int)? {
  var depth = 0
  var close = start
  while close < chars.count {
    if chars[close] == "[" { depth += 1 }
    if chars[close] == "]" {
      depth -= 1
      if depth == 0 { break }
    }
    if chars[close] == "\n" { return nil }
    close += 1
  }
  guard close + 1 < chars.count, chars[close + 1] == "(" else { return nil }
  var end = close + 2
  var parens = 1
  while end < chars.count {
    if chars[end] == "(" { parens += 1 }
    if chars[end] == ")" {
      parens -= 1
      if parens == 0 { return (start + 1..<close, end + 1) }
    }
    if chars[end].isWhitespace { return nil }
    end += 1
  }
  return nil
}
