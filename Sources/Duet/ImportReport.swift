import Store

/// What importing files did, counted.
public struct ImportReport: Sendable, Equatable {
  public var files = 0
  public var turns = 0
  public var pairs = 0
  public var doubtful = 0
  /// Rows of Anki text files.
  public var rows = 0
  /// Annotated term pairs found in transcripts.
  public var terms = 0
  /// Term notes that were given a sentence pair as context.
  public var contexts = 0
  /// Term notes whose translation changed to the one more files give.
  public var revised = 0
  /// New sentence notes suspended as sponsor reads or outros.
  public var promotions = 0
  public var added = 0
  public var updated = 0
  public var unchanged = 0
  public var alreadyPresent = 0

  public init() {}

  mutating func count(_ outcome: NoteOutcome) {
    switch outcome {
    case .added: added += 1
    case .updated: updated += 1
    case .unchanged: unchanged += 1
    case .alreadyPresent: alreadyPresent += 1
    }
  }

  /// One line for the person who ran the import.
  public var summary: String {
    var parts: [String] = []
    if turns > 0 { parts.append("\(turns) turns, \(pairs) pairs (\(doubtful) doubtful), \(terms) terms") }
    if rows > 0 { parts.append("\(rows) rows") }
    return "imported \(files) file\(files == 1 ? "" : "s"): " + parts.joined(separator: ", ")
      + "; notes: \(added) new, \(updated) updated, \(unchanged) unchanged, \(alreadyPresent) already present"
      + (contexts > 0 ? "; \(contexts) terms given a sentence as context" : "")
      + (revised > 0 ? "; \(revised) term translations changed to the one more files give" : "")
  }

  /// What import set aside and how to take it back, or nil when it set nothing aside.
  public var promotionNote: String? {
    guard promotions > 0 else { return nil }
    return "suspended \(promotions) sponsor or outro sentence\(promotions == 1 ? "" : "s") (tagged "
      + "\(Promotions.tag)); 'duet cards --tag \(Promotions.tag)' lists them, 'duet unsuspend --tag "
      + "\(Promotions.tag)' brings them back"
  }
}
