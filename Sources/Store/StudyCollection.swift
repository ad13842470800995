import CSQLite
import Foundation
import Scheduling

/// Why a file could not be used as a collection.
public enum CollectionError: Error, Equatable, CustomStringConvertible {
  /// The file was written by a newer version of the program.
  case newerSchema(path: String, found: Int, known: Int)
  /// The copy kept before an upgrade could not be written; the collection was left as it was.
  case backupFailed(path: String)

  public var description: String {
    switch self {
    case .newerSchema(let path, let found, let known):
      "\(path): collection has schema version \(found), this duet knows up to \(known); upgrade duet"
    case .backupFailed(let path):
      "\(path): cannot write this backup, which duet keeps before upgrading a collection (is something else in "
        + "the way?); the collection is unchanged"
    }
  }
}

/// A learner's collection: decks, notes, cards and their review history in one SQLite file.
public final class StudyCollection {
  public let database: Database

  /// Opens the collection at `path`, creating it when `create` is set, and brings its schema up to date.
  public init(path: String, create: Bool = true) throws {
    database = try Database(path: path, create: create)
    try migrate()
  }

  /// Brings the schema up to date, safe against another process opening the same collection at the same moment:
  /// the version is read again under the write lock, so only one of them migrates, and each writes its backup
  /// under a name of its own before the one that migrates renames it into place.
  private func migrate() throws {
    let version = try database.integer("PRAGMA user_version")
    if version > Schema.currentVersion {
      throw CollectionError.newerSchema(path: database.path, found: version, known: Schema.currentVersion)
    }
    guard version < Schema.currentVersion else { return }
    // VACUUM INTO cannot run inside a transaction: the copy is taken first, then kept only if still needed.
    let copy = version > 0 ? database.path + ".v\(version).bak.\(getpid())" : nil
    if let copy {
      do { try backUp(as: copy) } catch { throw CollectionError.backupFailed(path: copy) }
    }
    defer { if let copy { unlink(copy) } }
    try database.transaction {
      let locked = try database.integer("PRAGMA user_version")
      guard locked < Schema.currentVersion else { return }
      if let copy, locked == version, rename(copy, database.path + ".v\(version).bak") != 0 {
        throw CollectionError.backupFailed(path: database.path + ".v\(version).bak")
      }
      for migration in Schema.migrations[locked...] { try database.execute(migration) }
      try database.execute("PRAGMA user_version = \(Schema.currentVersion)")
    }
  }

  /// Writes a consistent copy of the collection to `path` (replacing an older copy), before a migration changes it.
  private func backUp(as path: String) throws {
    if access(path, F_OK) == 0 { unlink(path) }
    try database.run("VACUUM INTO ?", path)
  }

  /// Runs `body` as one transaction: everything it stores lands together or not at all.
  public func transaction<T>(_ body: () throws -> T) throws -> T { try database.transaction(body) }

  /// The id of the deck called `name`, creating it if needed.
  public func deckID(named name: String) throws -> Int64 {
    if case .integer(let id) = try database.scalar("SELECT id FROM decks WHERE name = ?", name) { return id }
    try database.run("INSERT INTO decks(name) VALUES (?)", name)
    return database.lastInsertedRowID
  }

  /// Every deck with its note and card counts, by name.
  public func decks(today: Day) throws -> [DeckSummary] {
    try database.prepare(
      """
      SELECT d.name,
        (SELECT count(*) FROM notes n WHERE n.deck_id = d.id),
        count(c.id),
        coalesce(sum(c.state = \(CardStatus.new.literal)), 0),
        coalesce(sum(c.state = \(CardStatus.review.literal) AND c.due_day <= ?), 0),
        coalesce(sum(c.state = \(CardStatus.suspended.literal)), 0)
      FROM decks d LEFT JOIN notes n ON n.deck_id = d.id LEFT JOIN cards c ON c.note_id = n.id
      GROUP BY d.id ORDER BY d.name
      """
    ).rows([today.number]) {
      DeckSummary(
        name: $0.string(0), notes: $0.int(1), cards: $0.int(2), new: $0.int(3), due: $0.int(4), suspended: $0.int(5))
    }
  }
}

/// A deck and how many of its cards stand where.
public struct DeckSummary: Hashable, Sendable {
  public let name: String
  public let notes: Int
  public let cards: Int
  public let new: Int
  public let due: Int
  public let suspended: Int
}

extension StudyCollection {
  /// True when the collection holds no note at all: a new user's first run.
  public var isEmpty: Bool {
    get throws { try database.integer("SELECT EXISTS (SELECT 1 FROM notes)") == 0 }
  }
}
