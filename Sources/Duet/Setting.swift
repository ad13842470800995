import Scheduling
import Store

/// A setting the learner keeps in the collection, so that it need not be typed on every run: its name, the values
/// it takes, its default, and whether a deck can have its own.
public enum Setting: String, CaseIterable, Sendable {
  case newPerDay = "new-per-day"
  case reviewsPerDay = "reviews-per-day"
  case dayStartsAt = "day-starts-at"

  public var range: ClosedRange<Int> {
    switch self {
    case .newPerDay: 0...100_000
    case .reviewsPerDay: 1...1_000_000
    case .dayStartsAt: 0...23
    }
  }

  public var defaultValue: Int {
    switch self {
    case .newPerDay: QueueLimits.standard.newPerDay
    case .reviewsPerDay: QueueLimits.standard.reviews
    case .dayStartsAt: StudyClock.defaultRolloverHour
    }
  }

  /// Whether a deck can have its own value: the day starts at one hour for the whole collection.
  public var isPerDeck: Bool { self != .dayStartsAt }

  public var help: String {
    switch self {
    case .newPerDay: "new cards a day, counted across sessions"
    case .reviewsPerDay: "due reviews a session"
    case .dayStartsAt: "the hour (0-23, local time) at which a new study day begins"
    }
  }

  /// `text` as a value of this setting; a usage error names the setting and its range otherwise.
  public func value(of text: String) throws -> Int {
    guard let value = Int(text), range.contains(value) else {
      throw DuetError.usage(
        "\(rawValue) takes a whole number from \(range.lowerBound) to \(range.upperBound); got '\(text)'")
    }
    return value
  }
}

extension StudyCollection {
  /// The value of `setting` for `deck`: the deck's own, else the collection's, else the default. A stored value
  /// out of range (a hand edit) counts as not set.
  public func value(of setting: Setting, deck: String? = nil) throws -> Int {
    for place in (setting.isPerDeck && deck != nil ? [deck, nil] : [nil]) {
      if let text = try self.setting(setting.rawValue, deck: place), let value = try? setting.value(of: text) {
        return value
      }
    }
    return setting.defaultValue
  }
}
