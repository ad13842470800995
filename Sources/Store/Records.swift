import Scheduling

/// What a note teaches: a whole sentence pair, or a term.
public enum NoteKind: String, CaseIterable, Sendable {
  case sentence
  case term
}

/// Which side a card shows first.
public enum Direction: String, CaseIterable, Sendable {
  case englishToChinese = "en-zh"
  case chineseToEnglish = "zh-en"
}

/// A note as an importer supplies it, before it has an id.
public struct NoteDraft: Hashable, Sendable {
  public var guid: String
  public var kind: NoteKind
  public var english: String
  public var chinese: String
  public var speaker: String
  public var time: String
  public var source: String
  /// For a term, the sentence pair it occurs in; empty for a sentence.
  public var context: String
  /// Space-separated, as in Anki.
  public var tags: String

  public init(
    guid: String, kind: NoteKind, english: String, chinese: String, speaker: String = "", time: String = "",
    source: String = "", context: String = "", tags: String = ""
  ) {
    self.guid = guid
    self.kind = kind
    self.english = english
    self.chinese = chinese
    self.speaker = speaker
    self.time = time
    self.source = source
    self.context = context
    self.tags = tags
  }
}

/// A stored note with its deck.
public struct Note: Hashable, Sendable {
  public let id: Int64
  public let deck: String
  public let draft: NoteDraft

  public init(id: Int64, deck: String, draft: NoteDraft) {
    self.id = id
    self.deck = deck
    self.draft = draft
  }
}

/// A stored card: its note, direction and SM-2 state.
public struct Card: Hashable, Sendable {
  public let id: Int64
  public let noteID: Int64
  public let direction: Direction
  public var state: CardState
  public var isSuspended: Bool
}

/// What storing a note did.
public enum NoteOutcome: Hashable, Sendable {
  case added
  case updated
  case unchanged
  /// The collection already holds this note in another deck (or the same import brought it earlier); it is left
  /// as it was.
  case alreadyPresent
}
