import Course

/// A prediction about one scenario step: the question, and the model's answer computed by running
/// the step on a copy of the scenario's world (never stored in content).
struct StepPrediction: Hashable, Sendable {
  /// The scenario's id.
  let scenario: String
  /// The step (from 1) the prediction is about.
  let step: Int
  /// The question, such as "After this step, what does every replica hold for topping?".
  let prompt: String
  /// The key the question is about.
  let key: String
  /// The model's answer.
  let expected: QuizAnswer
  /// `state KEY` as it stands before the step, shown by `hint` (and up front in a review).
  let stateBefore: String
  /// The step's commands, as the learner sees them before it runs.
  let commands: [String]

  /// The topic of prediction cards, for `progress` and `progress reset predictions`.
  static let topic = "predictions"

  /// The start of every prediction card's id.
  static let cardPrefix = "prediction/"

  /// The review card of this prediction: `prediction/SCENARIO/STEP`.
  var cardID: String { Self.cardID(scenario: scenario, step: step) }

  /// The review card of step `step` of `scenario`.
  static func cardID(scenario: String, step: Int) -> String { "\(cardPrefix)\(scenario)/\(step)" }

  /// The scenario and step a prediction card is about, or `nil` when `id` is not one.
  static func place(ofCard id: String) -> (scenario: String, step: Int)? {
    guard id.hasPrefix(cardPrefix) else { return nil }
    let parts = id.dropFirst(cardPrefix.count).split(separator: "/")
    guard parts.count == 2, let step = Int(parts[1]), step >= 1 else { return nil }
    return (String(parts[0]), step)
  }

  /// Grades a typed prediction as a quiz answer is graded: read in the answer's format, normalised.
  func grade(_ text: String) -> QuizGrade {
    switch AnswerReader.read(text, as: expected.format) {
    case .unreadable(let message): return .unreadable(message)
    case .answer(let given): return expected.accepts(given) ? .right : .wrong(given)
    }
  }
}

/// A prediction waiting for the learner's answer.
struct ActivePrediction: Hashable, Sendable {
  /// The question and the model's answer.
  let prediction: StepPrediction
  /// Whether `review` asked it (the learner's scenario place is then left alone) rather than
  /// `predict` (the step then runs in the learner's world once answered).
  let inReview: Bool
  /// Inputs that could not be read as answers so far.
  var unreadable = 0
}
