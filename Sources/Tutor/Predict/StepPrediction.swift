import Course
import Workbench

/// A prediction about one scenario step: the question, and the model's answer computed by running
/// the step on a copy of the scenario's world (never stored in content).
package struct StepPrediction: Hashable, Sendable {
  /// The scenario's id.
  package let scenario: String
  /// The step (from 1) the prediction is about.
  package let step: Int
  /// The question, such as "After this step, what does every replica hold for topping?".
  package let prompt: String
  /// The key the question is about.
  package let key: String
  /// The model's answer.
  package let expected: QuizAnswer
  /// `state KEY` as it stands before the step, shown by `hint` (and up front in a review).
  package let stateBefore: String
  /// The step's commands, as the learner sees them before it runs.
  package let commands: [String]
  /// What an answer can name: the values written so far, the cluster's nodes.
  package let candidates: AnswerCandidates

  /// The topic of prediction cards, for `progress` and `progress reset predictions`.
  package static let topic = "predictions"

  /// The review card of this prediction.
  var card: CardID { .prediction(scenario: scenario, step: step) }

  /// Grades a typed prediction as a quiz answer is graded: read in the answer's format, normalised.
  package func grade(_ text: String) -> QuizGrade {
    QuizGrade(AnswerReader.read(text, as: expected.format, candidates: candidates), expected: expected)
  }
}

/// A prediction waiting for the learner's answer.
package struct ActivePrediction: Hashable, Sendable {
  /// The question and the model's answer.
  package let prediction: StepPrediction
  /// Inputs that could not be read as answers so far.
  package var unreadable = 0
}
