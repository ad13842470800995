import Foundation
import Scheduling
import Store

/// Writes notes with their progress as an Anki package (`.apkg`): a zip of a schema-11 collection file and an
/// empty media map, which Anki, AnkiDroid and AnkiMobile import with scheduling.
///
/// Each duet note is one note of `AnkiNoteType` with duet's guid (a second package updates the notes of the first
/// instead of adding copies), in its duet deck (`::` nests), tagged as in the text export. Each card keeps its
/// schedule (`AnkiSchedule`) and each answer becomes a review-log entry. Anki ids are millisecond times: a note's
/// and its cards' come from when the note was added, made unique by counting up.
public struct AnkiPackage {
  /// The package file.
  public let bytes: [UInt8]
  public let notes: Int
  public let cards: Int
  public let reviews: Int

  /// The package of the notes whose cards `filter` selects, as of `clock`; `pinyin` fills each note's Pinyin field
  /// from its Chinese.
  public init(
    from collection: StudyCollection, filter: CardFilter, clock: StudyClock, pinyin: (String) -> String = { _ in "" }
  ) throws {
    let details = try collection.cards(filter)
    let reviews = try collection.reviews(filter)
    let times = try collection.noteTimes(filter)
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/collection.anki2"
    try Self.write(details, reviews: reviews, times: times, clock: clock, pinyin: pinyin, to: path)
    var zip = StoredZip()
    zip.add("collection.anki2", try InputFile.bytes(at: path))
    zip.add("media", Array("{}".utf8))
    bytes = try zip.bytes()
    notes = times.count
    cards = details.count
    self.reviews = reviews.count
  }

  private static func write(
    _ details: [CardDetail], reviews: [ReviewEntry], times: [Int64: NoteTimes], clock: StudyClock,
    pinyin: (String) -> String, to path: String
  ) throws {
    let today = clock.today
    let dueDays = details.compactMap { $0.card.state.review?.dueDay }
    let schedule = AnkiSchedule(creationDay: ([today] + dueDays + reviews.map(\.day)).min()!)
    let seconds = Int(clock.now)
    let decks = deckIDs(details.map(\.note.deck))

    let database = try Database(path: path)
    try database.execute("PRAGMA journal_mode = DELETE")
    try database.transaction {
      try database.execute(AnkiCollectionSchema.sql)
      var noteIDs: [Int64: Int64] = [:]
      var cardIDs: [Int64: Int64] = [:]
      var lastID: Int64 = 0
      let answers = Dictionary(grouping: reviews, by: \.cardID).mapValues(\.count)
      let newOrder = details.filter { $0.card.state == .new }.map(\.card.id).sorted()
      let positions = Dictionary(uniqueKeysWithValues: newOrder.enumerated().map { ($1, $0 + 1) })
      let insertNote = try database.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")
      let insertCard = try database.prepare(
        "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '{}')")
      var deckID: Int64 = 1
      for detail in details {
        let note = detail.note
        let created = times[note.id]?.created ?? clock.milliseconds
        if noteIDs[note.id] == nil {
          lastID = max(created, lastID + 1)
          noteIDs[note.id] = lastID
          deckID = decks[note.deck]!
          let fields = AnkiNoteType.fields(of: note, pinyin: pinyin(note.draft.chinese))
          let tags = AnkiExport.tags(of: note)
          try insertNote.run(
            lastID, note.draft.guid, AnkiNoteType.id, (times[note.id]?.updated ?? clock.milliseconds) / 1000,
            tags.isEmpty ? "" : " \(tags) ", fields.joined(separator: "\u{1F}"), note.draft.english,
            checksum(note.draft.english))
        }
        lastID = max(created, lastID + 1)
        cardIDs[detail.card.id] = lastID
        let columns = schedule.columns(
          of: detail.card, position: positions[detail.card.id] ?? 0, answers: answers[detail.card.id] ?? 0)
        try insertCard.run(
          lastID, noteIDs[note.id]!, deckID, AnkiNoteType.ordinal(of: detail.card.direction), seconds,
          columns.type, columns.queue, columns.due, columns.interval, columns.factor, columns.reps, columns.lapses)
      }
      let insertLog = try database.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)")
      for entry in AnkiSchedule.log(of: reviews, cardIDs: cardIDs) {
        try insertLog.run(
          entry.id, entry.cardID, entry.button, entry.interval, entry.lastInterval, entry.factor, entry.time,
          entry.type)
      }
      let creation = clock.start(of: schedule.creationDay)
      let configuration: JSON = .object([
        "activeDecks": .array([.int(1)]), "curDeck": .int(1), "curModel": .int(Int(AnkiNoteType.id)),
        "nextPos": .int(newOrder.count + 1), "schedVer": .int(2), "sched2021": .bool(true),
        "rollover": .int(clock.rolloverHour),
        // Minutes west of UTC, as JavaScript counts them: with it, Anki counts days by the calendar of this zone.
        "creationOffset": .int(-clock.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: creation)) / 60),
        "newSpread": .int(0), "collapseTime": .int(1200), "timeLim": .int(0), "estTimes": .bool(true),
        "dueCounts": .bool(true), "sortType": .string("noteFld"), "sortBackwards": .bool(false),
        "addToCur": .bool(true), "dayLearnFirst": .bool(false),
      ])
      try database.run(
        "INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')", Int(creation), clock.milliseconds,
        clock.milliseconds, AnkiCollectionSchema.version, configuration.text,
        JSON.object([String(AnkiNoteType.id): AnkiNoteType.json]).text, deckJSON(decks, modified: seconds).text,
        AnkiCollectionSchema.defaultDeckOptions.text)
    }
  }

  /// An id for each deck and each deck above it (`a::b` needs `a`), counted up from a fixed start: Anki matches
  /// decks by name on import, so only their distinctness matters.
  private static func deckIDs(_ names: [String]) -> [String: Int64] {
    var all = Set<String>()
    for name in names {
      let parts = name.components(separatedBy: DeckName.separator)
      for end in 1...parts.count { all.insert(parts[..<end].joined(separator: DeckName.separator)) }
    }
    return Dictionary(uniqueKeysWithValues: all.sorted().enumerated().map { ($1, deckIDStart + Int64($0)) })
  }

  private static let deckIDStart: Int64 = 1_764_547_300_000

  private static func deckJSON(_ ids: [String: Int64], modified: Int) -> JSON {
    func deck(_ id: Int64, _ name: String) -> JSON {
      .object([
        "id": .int(Int(id)), "name": .string(name), "mod": .int(modified), "usn": .int(-1), "conf": .int(1),
        "desc": .string(""), "dyn": .int(0), "collapsed": .bool(false), "browserCollapsed": .bool(false),
        "extendNew": .int(0), "extendRev": .int(0), "newToday": .array([.int(0), .int(0)]),
        "revToday": .array([.int(0), .int(0)]), "lrnToday": .array([.int(0), .int(0)]),
        "timeToday": .array([.int(0), .int(0)]),
      ])
    }
    var decks = ["1": deck(1, "Default")]
    for (name, id) in ids { decks[String(id)] = deck(id, name) }
    return .object(decks)
  }

  /// Anki's checksum of a note's first field: the first 32 bits of the SHA-1 of its text.
  static func checksum(_ text: String) -> Int64 {
    Int64(SHA1.digest(Array(text.utf8)).prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
  }

  private static func temporaryFolder() throws -> String {
    var template = Array((NSTemporaryDirectory() + "/duet-apkg-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw DuetError.io("cannot create a temporary folder (\(String(cString: strerror(errno))))")
    }
    return String(cString: made)
  }
}
