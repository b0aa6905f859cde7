import Course

/// The learner's most recent graded answer: what `override` may count as right.
///
/// Only the latest one is kept, so only the latest can be overridden; a wrong one once.
package struct GradedAnswer: Hashable, Sendable {
  /// How the answer was graded.
  package enum Verdict: Hashable, Sendable {
    /// The model's answer: right.
    case right
    /// Not the model's answer: the one `override` changes.
    case wrong
    /// Skipped: there was no answer.
    case skipped
    /// Wrong, then overridden: it counts as right.
    case overridden
    /// An open interview answer the learner rated themselves.
    case selfRated
  }

  /// Where the answer was given.
  package enum Setting: Hashable, Sendable {
    /// On its own.
    case alone
    /// In a review, as its card number `card` (from 1).
    case review(card: Int)
    /// In a mock interview, whose answers stand as given.
    case mock
  }

  /// The card the answer was for.
  package let card: CardID
  /// The answer as read, for the messages; `nil` when skipped or rated.
  package let answer: String?
  /// How it was graded.
  package var verdict: Verdict
  /// Where it was given.
  package let setting: Setting
  /// The review recorded for it, `nil` when none was (a right prediction with no card yet, or a
  /// store that could not save it).
  package var recorded: ReviewRecord?
}

/// A right answer to a model-checked question, recorded as good, waiting for the learner's rating.
package struct RightAnswer: Hashable, Sendable {
  /// The review recorded for it, rated good.
  package let review: ReviewRecord

  /// The card answered.
  package var card: CardID { CardID(review.cardID) }
}
