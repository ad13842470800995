/// Deck names derived from file names, and how they nest.
public enum DeckName {
  /// What separates a deck from its subdeck in a name (`talks::karina`), as in Anki.
  public static let separator = "::"

  /// The last path component.
  public static func fileName(_ path: String) -> String {
    String(path.split(separator: "/").last ?? Substring(path))
  }

  /// `karina-nguyen.md` → `karina-nguyen`: the file name without its extension; a subtitle track also without
  /// the language tag players name tracks by (`talk.en.srt`, `talk.zh-Hans.vtt` → `talk`).
  public static func from(path: String) -> String {
    let name = fileName(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    let stem = name[..<dot]
    let subtitle = ["srt", "vtt", "ass", "ssa"].contains(name[name.index(after: dot)...].lowercased())
    guard subtitle, let tagDot = stem.lastIndex(of: "."), tagDot != stem.startIndex else { return String(stem) }
    let tag = stem[stem.index(after: tagDot)...]
    let language = tag.split(separator: "-").first.map { $0.count >= 2 && $0.count <= 3 && $0.allSatisfy(\.isLetter) }
    return language == true ? String(stem[..<tagDot]) : String(stem)
  }
}
