/// An answer on SM-2's six-point scale.
public enum Grade: Int, CaseIterable, Comparable, Sendable {
  case blackout = 0
  case wrongButFamiliar = 1
  case wrongButEasyToRecall = 2
  case hard = 3
  case hesitant = 4
  case perfect = 5

  /// Grades under 3 restart the card's repetitions: the answer was wrong.
  public var isCorrect: Bool { rawValue >= 3 }

  /// Grades under 4 bring the card back later in the same session (SM-2's last step).
  public var needsRepeat: Bool { rawValue < 4 }

  /// What the grade means, short enough for a key legend.
  public var meaning: String {
    switch self {
    case .blackout: "blackout"
    case .wrongButFamiliar: "wrong, familiar"
    case .wrongButEasyToRecall: "wrong, easy to recall"
    case .hard: "right, hard"
    case .hesitant: "right, hesitant"
    case .perfect: "perfect"
    }
  }

  public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }
}
