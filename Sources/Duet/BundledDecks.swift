import Foundation

/// The decks that ship with Duet in the repository's `Decks/` folder, offered to a new user.
public enum BundledDecks {
  /// The decks' folder: `$DUET_DECKS`; else `share/duet` beside an installed binary's `bin/` (`make install`);
  /// else the nearest `Decks/` above the current folder or the executable (a clone of the repository).
  public static func folder(environment: [String: String], executable: String) -> String? {
    if let path = environment["DUET_DECKS"], !path.isEmpty { return path }
    let manager = FileManager.default
    let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
    let installed = binary.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/duet").path
    if manager.fileExists(atPath: installed + "/" + BundledLexicon.path) { return installed }
    let starts = [manager.currentDirectoryPath, binary.path]
    for start in starts {
      var url = URL(fileURLWithPath: start)
      for _ in 0..<6 {
        let candidate = url.appendingPathComponent("Decks").path
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue { return candidate }
        url.deleteLastPathComponent()
      }
    }
    return nil
  }

  /// The decks in `folder`: transcripts first, then term lists, each by name. Transcripts come first so that a new
  /// user's first cards are sentences, and a term a transcript annotates keeps that transcript's sentence.
  public static func files(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let transcripts = names.filter { $0.hasSuffix(".md") }.sorted()
    let termLists = names.filter { $0.hasSuffix(".tsv") }.sorted()
    return (transcripts + termLists).map { folder + "/" + $0 }
  }
}
