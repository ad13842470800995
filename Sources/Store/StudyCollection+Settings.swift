/// A stored setting: its key, the deck it is for (nil: the whole collection) and its value as text.
public struct StoredSetting: Hashable, Sendable {
  public let key: String
  public let deck: String?
  public let value: String

  public init(key: String, deck: String?, value: String) {
    self.key = key
    self.deck = deck
    self.value = value
  }
}

extension StudyCollection {
  /// Every stored setting, collection-wide ones first, then by deck and key.
  public func settings() throws -> [StoredSetting] {
    try database.prepare("SELECT key, deck, value FROM settings ORDER BY deck != '', deck, key").rows([]) {
      StoredSetting(key: $0.string(0), deck: $0.string(1).isEmpty ? nil : $0.string(1), value: $0.string(2))
    }
  }

  /// The value of `key` for `deck` (the collection's when nil), or nil when it is not set there.
  public func setting(_ key: String, deck: String? = nil) throws -> String? {
    try database.prepare("SELECT value FROM settings WHERE key = ? AND deck = ?").rows([key, deck ?? ""]) {
      $0.string(0)
    }.first
  }

  /// Sets `key` for `deck` (the collection when nil) to `value`, or removes it when `value` is nil.
  public func setSetting(_ key: String, deck: String? = nil, to value: String?) throws {
    if let value {
      try database.run(
        "INSERT INTO settings(key, deck, value) VALUES (?, ?, ?) ON CONFLICT (key, deck) DO UPDATE SET value = ?3",
        key, deck ?? "", value)
    } else {
      try database.run("DELETE FROM settings WHERE key = ? AND deck = ?", key, deck ?? "")
    }
  }
}
