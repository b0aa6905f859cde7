import Course

/// A quiz question waiting for the learner's answer.
struct ActiveQuiz: Hashable, Sendable {
  /// The question, with the model's answer.
  let question: QuizQuestion
  /// Whether `hint` has been shown.
  var hinted = false
  /// Inputs that could not be read as answers so far.
  var unreadable = 0
}
