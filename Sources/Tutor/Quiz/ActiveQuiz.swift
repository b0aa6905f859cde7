import Course
import Workbench

/// A quiz question waiting for the learner's answer.
package struct ActiveQuiz: Hashable, Sendable {
  /// The question, with the model's answer.
  package let question: QuizQuestion
  /// Whether `hint` has been shown.
  package var hinted = false
  /// Inputs that could not be read as answers so far.
  package var unreadable = 0
}
