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

/// Where a card stands in the collection: the `cards.state` column. Every reading and writing of that column goes
/// through this type, so the three spellings live here and in the schema's CHECK constraint only.
public enum CardStatus: String, CaseIterable, Sendable {
  /// Never answered.
  case new
  /// Answered at least once, and scheduled.
  case review
  /// Out of every queue until unsuspended; its schedule is kept.
  case suspended

  /// The status of a card in `state` that is not suspended.
  public init(_ state: CardState) { self = state == .new ? .new : .review }

  /// The value as an SQL string literal, for the conditions a partial index must match word for word (a bound
  /// parameter would not match `WHERE state = 'new'`).
  var literal: String { "'\(rawValue)'" }
}

/// A stored card: its note, direction and schedule.
public struct Card: Hashable, Sendable {
  public let id: Int64
  public let noteID: Int64
  public let direction: Direction
  public var state: CardState
  public var isSuspended: Bool
  /// The day the card was buried: it stays out of that day's queues. Nil when it never was, or was unburied.
  public var buriedDay: Day?

  public init(
    id: Int64, noteID: Int64, direction: Direction, state: CardState, isSuspended: Bool, buriedDay: Day? = nil
  ) {
    self.id = id
    self.noteID = noteID
    self.direction = direction
    self.state = state
    self.isSuspended = isSuspended
    self.buriedDay = buriedDay
  }

  /// The card's status as stored.
  public var status: CardStatus { isSuspended ? .suspended : CardStatus(state) }

  /// How listings name where the card stands on `today`: its status, or `buried` while a burial holds.
  public func listedState(on today: Day) -> ListedState {
    if !isSuspended, let buriedDay, buriedDay >= today { return .buried }
    return ListedState(rawValue: status.rawValue) ?? .new
  }
}

/// Where a card stands as listings show it and `--state` selects it: its status, with `buried` for a card kept out
/// of today's queues.
public enum ListedState: String, CaseIterable, Sendable {
  case new
  case review
  case suspended
  case buried
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
