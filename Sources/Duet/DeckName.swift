/// Deck names derived from file names, and how they nest.
public enum DeckName {
  /// What separates a deck from its subdeck in a name (`talks::karina`), as in Anki.
  public static let separator = "::"

  /// The last path component.
  public static func fileName(_ path: String) -> String {
    String(path.split(separator: "/").last ?? Substring(path))
  }

  /// `karina-nguyen.md` → `karina-nguyen`: the file name without its extension.
  public static func from(path: String) -> String {
    let name = fileName(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
