import Bitext
import Store

extension StudyCollection {
  /// The collection's term notes as pairs, for a glossary.
  public func termPairs() throws -> [TermPair] {
    try notes(kind: .term).map { TermPair(english: $0.draft.english, chinese: $0.draft.chinese) }
  }

  /// Gives term notes without context the first sentence pair that holds both their English (as a word) and their
  /// Chinese: a term added since note `firstNew` searches every sentence, an older one only the sentences added
  /// since (it searched the others when they or it came in). Returns how many notes it gave one. Call inside a
  /// transaction.
  ///
  /// One pass over the sentences finds every term at once: each sentence's Chinese is looked up window by window
  /// (one window length per length of term), so 2,000 terms cost about what one does, where a search per term
  /// read every sentence 2,000 times and held the write lock for over a minute.
  ///
  /// - Complexity: O(Σ |*zᵢ*| × *k*) over the sentences' Chinese, with *k* the number of distinct term lengths.
  public func attachTermContexts(notesFrom firstNew: Int64, now: Int64) throws -> Int {
    let terms = try termNotesWithoutContext()
    guard !terms.isEmpty else { return 0 }
    // Terms and sentences meet in Simplified form: a glossary in one script finds sentences in the other.
    let index = ChineseTermIndex(terms.map { ChineseScript.simplified($0.draft.chinese) })
    var found = [Note?](repeating: nil, count: terms.count)
    var open = terms.count
    let searchesAll = terms.contains { $0.id >= firstNew }
    for sentence in try sentenceNotes(fromNote: searchesAll ? 0 : firstNew) where open > 0 {
      for term in index.terms(in: ChineseScript.simplified(sentence.draft.chinese)) where found[term] == nil {
        guard terms[term].id >= firstNew || sentence.id >= firstNew,
          TermNotes.occurrence(of: terms[term].draft.english, in: sentence.draft.english) != nil
        else { continue }
        found[term] = sentence
        open -= 1
      }
    }
    var attached = 0
    for (term, sentence) in zip(terms, found) {
      guard let sentence else { continue }
      let written = sentence.draft.chinese
      let english = term.draft.english
      // The term as the sentence writes it, to mark it there.
      let chinese = ChineseScript.original(
        of: ChineseScript.simplified(term.draft.chinese), in: ChineseScript.simplified(written), original: written)
      let unit = SentencePair(english: [sentence.draft.english], chinese: [written], score: 1)
      try setContext(TermNotes.context(english: english, chinese: chinese, in: unit), ofNote: term.id, now: now)
      attached += 1
    }
    return attached
  }
}

/// Which of a list of Chinese terms a text holds: the terms by their scalars, looked up with the text's windows of
/// each term length.
struct ChineseTermIndex {
  private var termsByScalars: [ArraySlice<Unicode.Scalar>: [Int]] = [:]
  private let lengths: [Int]

  init(_ chinese: [String]) {
    for (index, term) in chinese.enumerated() where !term.isEmpty {
      termsByScalars[ArraySlice(term.unicodeScalars), default: []].append(index)
    }
    lengths = Set(termsByScalars.keys.map(\.count)).sorted()
  }

  /// The indices of the terms that occur in `text`, each once, in no particular order.
  func terms(in text: String) -> [Int] {
    let scalars = Array(text.unicodeScalars)
    var found: [Int] = []
    for length in lengths where length <= scalars.count {
      for start in 0...(scalars.count - length) {
        for term in termsByScalars[scalars[start..<(start + length)]] ?? [] where !found.contains(term) {
          found.append(term)
        }
      }
    }
    return found
  }
}
