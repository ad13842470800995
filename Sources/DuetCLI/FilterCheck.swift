import Duet
import Store

/// A filter that selects no card is a mistake to report, not an empty result: `--deck karina` where the deck is
/// `karina-nguyen` would otherwise say "Nothing to review today" and exit 0.
enum FilterCheck {
  /// Throws (exit 65) when `filter` sets a deck, kind or direction and selects no card of `collection`, naming
  /// the filter and, for a deck, the nearest name there is.
  static func requireMatches(_ filter: CardFilter, in collection: StudyCollection) throws {
    for id in filter.cardIDs ?? [] where try collection.card(id: id) == nil {
      throw DuetError.data("no card with id \(id); 'duet cards' lists them")
    }
    if let note = filter.noteID, try collection.cardCount(CardFilter(noteID: note)) == 0 {
      throw DuetError.data("no note with id \(note); 'duet cards --format jsonl' gives each card's note")
    }
    guard filter.deck != nil || filter.kind != nil || filter.direction != nil,
      try collection.cardCount(filter) == 0
    else { return }
    if let deck = filter.deck, try collection.cardCount(CardFilter(deck: deck)) == 0 {
      let names = try collection.deckNames()
      throw DuetError.data("no deck named '\(deck)'" + suggestion(for: deck, among: names))
    }
    let parts = [
      filter.kind.map { "--kind \($0.rawValue)" }, filter.direction.map { "--direction \($0.rawValue)" },
      filter.deck.map { "in deck '\($0)'" },
    ].compactMap { $0 }
    throw DuetError.data("no cards match " + parts.joined(separator: " "))
  }

  /// ` (did you mean 'karina-nguyen'?)`: a deck whose name starts with or holds `name` (case aside), else one
  /// within a few edits; empty when none is close.
  private static func suggestion(for name: String, among names: [String]) -> String {
    let lower = name.lowercased()
    let near =
      names.first { $0.lowercased().hasPrefix(lower) } ?? names.first { $0.lowercased().contains(lower) }
      ?? nearest(to: name, among: names, within: max(2, lower.count / 3))
    guard let near else {
      return names.isEmpty ? "" : "; decks: " + names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", …" : "")
    }
    return " (did you mean '\(near)'?)"
  }
}
