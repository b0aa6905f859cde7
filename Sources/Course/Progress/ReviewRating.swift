/// How well a card was recalled, FSRS's four grades.
public enum ReviewRating: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Forgotten (or answered wrong).
  case again = 1
  /// Recalled with serious difficulty.
  case hard = 2
  /// Recalled (or answered right).
  case good = 3
  /// Recalled without effort.
  case easy = 4

  /// The rating's name as the learner types it.
  public var description: String {
    switch self {
    case .again: "again"
    case .hard: "hard"
    case .good: "good"
    case .easy: "easy"
    }
  }

  /// The rating named `name` (`again`, `hard`, `good`, `easy`).
  public init?(name: String) {
    guard let rating = Self.allCases.first(where: { $0.description == name }) else { return nil }
    self = rating
  }
}

/// Who graded a review.
public enum GradeSource: String, CaseIterable, Hashable, Sendable {
  /// The model: a model-checked question, right or wrong.
  case model
  /// The learner's own rating (open questions).
  case learner
  /// A prediction made before a scenario step.
  case prediction
}
