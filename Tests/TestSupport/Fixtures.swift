import Foundation

/// Paths of the repository's test inputs, found from this file's own place in the tree.
public enum Fixtures {
  /// The repository's root folder.
  public static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// A file under `Tests/Fixtures/`.
  public static func path(_ name: String) -> String { root + "/Tests/Fixtures/" + name }

  /// The text of a file under `Tests/Fixtures/`.
  public static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

  /// The transcript that ships in `Decks/`, a regression input.
  public static let bundledTranscript = root + "/Decks/karina-nguyen.md"

  /// The bytes of the Chinese word list that ships in `Decks/lexicon/`, read once for all tests.
  public static let bundledLexiconBytes: [UInt8] = {
    [UInt8](FileManager.default.contents(atPath: root + "/Decks/lexicon/zh-words.tsv") ?? Data())
  }()
}

/// A fresh folder under the system's temporary folder, removed when released.
public final class TemporaryDirectory {
  public let path: String

  public init() throws {
    path = NSTemporaryDirectory() + "duet-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// What a test's `duet` runs with: a collection in this folder, a fixed clock, and no bundled decks.
  public func duetEnvironment(now: String = "2026-01-05T09:00:00") -> [String: String] {
    ["DUET_DB": file("collection.sqlite3"), "DUET_NOW": now, "DUET_DECKS": file("no-decks")]
  }

  /// Runs the binary with `arguments` on this folder's collection at `now` (see `duetEnvironment`).
  public func duet(_ arguments: [String], now: String = "2026-01-05T09:00:00", input: String = "") throws
    -> ProcessResult
  {
    try DuetProcess.run(arguments, environment: duetEnvironment(now: now), input: input)
  }

  /// `duet arguments --format jsonl`'s lines, each as its JSON object.
  public func duetObjects(_ arguments: [String], now: String = "2026-01-05T09:00:00", input: String = "") throws
    -> [[String: Any]]
  {
    try duet(arguments + ["--format", "jsonl"], now: now, input: input).lines.map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }

  /// The path of `name` inside the folder.
  public func file(_ name: String) -> String { path + "/" + name }

  /// Writes `text` to `name` inside the folder and returns its path.
  @discardableResult
  public func write(_ name: String, _ text: String) throws -> String {
    try text.write(toFile: file(name), atomically: true, encoding: .utf8)
    return file(name)
  }

  /// Writes raw `bytes` to `name` inside the folder and returns its path.
  @discardableResult
  public func write(_ name: String, bytes: [UInt8]) throws -> String {
    FileManager.default.createFile(atPath: file(name), contents: Data(bytes))
    return file(name)
  }
}
