import Bitext
import Foundation

/// Finds the sentences of a transcript that advertise rather than converse: sponsor reads and the show's outro. A
/// new learner should not meet a 79-word advertisement among the first cards; import suspends these.
///
/// A sponsor read starts at a sentence that says so ("brought to you by", "sponsor of the show") and runs to the end
/// of its turn; when one of the next few turns gives the call to action (a web address, a promo code), the read
/// runs to the end of that turn. An outro starts at "thank you for listening", "subscribe to the show" and the like,
/// and runs to the end of its turn.
public enum Promotions {
  /// Phrases that open a sponsor read.
  static let openers = [
    "brought to you by", "sponsored by", "a word from our sponsor", "sponsor of the show", "sponsor of this show",
    "sponsor of the podcast", "today's sponsor",
  ]
  /// Phrases of the show's own advertisement: the outro, or the subscribe request inside the intro.
  static let outros = [
    "thank you so much for listening", "thanks for listening", "thank you for listening", "enjoy this podcast",
    "enjoyed this podcast", "if you found this valuable", "don't forget to subscribe", "subscribe to the show",
    "leave a review", "leaving a review", "rate and review",
  ]
  /// How many turns after the opening one may still belong to the read, when one of them calls to action.
  static let readLength = 5

  /// The tag that marks a promotional note, so that `--tag promotion` finds them all.
  public static let tag = "promotion"

  /// For each aligned turn, the indices of its units that advertise.
  public static func units(in turns: [AlignedTurn]) -> [Set<Int>] {
    var marked = turns.map { _ in Set<Int>() }
    for (index, aligned) in turns.enumerated() {
      let english = aligned.units.map { $0.en.lowercased() }
      if let start = english.firstIndex(where: { sentence in outros.contains { sentence.contains($0) } }) {
        marked[index].formUnion(start..<english.count)
      }
      guard let start = english.firstIndex(where: { sentence in openers.contains { sentence.contains($0) } }) else {
        continue
      }
      marked[index].formUnion(start..<english.count)
      if english[start...].contains(where: callsToAction) { continue }
      let following = (index + 1)..<min(turns.count, index + 1 + readLength)
      if let end = following.first(where: { turns[$0].units.contains { callsToAction($0.en.lowercased()) } }) {
        for turn in (index + 1)...end { marked[turn].formUnion(turns[turn].units.indices) }
      }
    }
    return marked
  }

  /// Whether `sentence` (lowercased) sends the listener somewhere: a web address, or a code or offer to use.
  static func callsToAction(_ sentence: String) -> Bool {
    sentence.contains("promo code") || sentence.contains("use code") || sentence.contains("free trial")
      || sentence.range(
        of: #"[a-z0-9-]+\.(com|ai|io|org|net|co|app|dev)(/[a-z0-9/_-]*)?\b"#, options: .regularExpression)
        != nil
  }
}
