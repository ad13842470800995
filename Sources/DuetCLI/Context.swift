import Bitext
import Duet
import Foundation
import Store

/// What a command runs with: the environment, the clock, and the way to the collection.
///
/// The clock's day-start hour is the collection's `day-starts-at` once the collection is open: a class, so that
/// opening it sets the clock every later use sees.
final class Context {
  let environment: [String: String]
  private(set) var clock: StudyClock
  let databaseOption: String?

  init(environment: [String: String], clock: StudyClock, databaseOption: String?) {
    self.environment = environment
    self.clock = clock
    self.databaseOption = databaseOption
  }

  /// The collection's path: `--db`, then `DUET_DB`, then `$XDG_DATA_HOME/duet/`, then `~/.local/share/duet/`.
  var collectionPath: String {
    if let path = databaseOption ?? environment["DUET_DB"], !path.isEmpty { return path }
    return Context.defaultDirectory(environment) + "/collection.sqlite3"
  }

  static func defaultDirectory(_ environment: [String: String]) -> String {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/duet" }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/duet"
  }

  /// Opens the collection, creating it (and, at the default place, its folder) when it does not exist.
  func openCollection() throws -> StudyCollection {
    let path = collectionPath
    if databaseOption == nil && environment["DUET_DB"].map(\.isEmpty) ?? true {
      try? FileManager.default.createDirectory(
        atPath: Context.defaultDirectory(environment), withIntermediateDirectories: true)
    }
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR: throw DuetError.noInput("\(path): is a folder; a collection is a file (--db names the file)")
      default: throw DuetError.data("\(path): not a regular file (a FIFO or a device); a collection is a file")
      }
    }
    do {
      let collection = try StudyCollection(path: path)
      let hour = try collection.value(of: .dayStartsAt)
      clock = StudyClock(now: clock.now, rolloverHour: hour, timeZone: clock.timeZone)
      return collection
    } catch let error as SQLiteError {
      throw DuetError(error, collection: path)
    } catch let error as CollectionError {
      throw DuetError.data(error.description)
    }
  }

  /// The bundled decks' folder (`$DUET_DECKS`, else near the current folder or the executable), or nil.
  func decksFolder() -> String? {
    BundledDecks.folder(environment: environment, executable: Bundle.main.executablePath ?? CommandLine.arguments[0])
  }

  /// What helps read transcripts: the bundled term lists and the collection's term notes as a glossary, the
  /// bundled Chinese word list and the English–Chinese one. `withLexicon: false` leaves the Chinese word list out,
  /// for commands that show alignments only.
  func vocabulary(adding collection: StudyCollection? = nil, withLexicon: Bool = true) throws -> Vocabulary {
    let folder = decksFolder()
    return Vocabulary(
      glossary: Glossary((folder.map(BundledGlossary.pairs(in:)) ?? []) + (try collection?.termPairs() ?? [])),
      lexicon: withLexicon ? lexicon : Lexicon(),
      words: folder.map(BundledWordTranslations.load(in:)) ?? WordTranslations())
  }

  /// What reads Chinese aloud: the bundled word list's readings and overrides (Chinese reads as itself without
  /// them).
  func pinyinReader() -> PinyinReader { BundledReadings.reader(in: decksFolder(), lexicon: lexicon) }

  /// The bundled Chinese word list, read once however many parts of a command need it (6 MB).
  private lazy var lexicon: Lexicon = decksFolder().map(BundledLexicon.load(in:)) ?? Lexicon()

  /// The collection when its file exists, else nil: reading input must not create a collection it then refuses.
  func existingCollection() throws -> StudyCollection? {
    FileManager.default.fileExists(atPath: collectionPath) ? try openCollection() : nil
  }
}
