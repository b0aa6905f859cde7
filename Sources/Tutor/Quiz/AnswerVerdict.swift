import Course
import TerminalUI
import Workbench

/// The one way a typed answer to a quiz question or a prediction is judged and worded.
package enum AnswerVerdict {
  /// How the verdict speaks of the answer.
  package enum Wording {
    /// A quiz answer: "You said …; the model's answer is …".
    case answer
    /// A prediction: "You predicted …; the model says …".
    case prediction
  }

  /// What became of a typed line.
  package enum Judgement {
    /// A shell command typed instead of an answer: not graded, with the refusal to show.
    case refused(CommandOutcome)
    /// Not an answer in the question's format; the message says what to type.
    case unreadable(String)
    /// Graded: right or wrong, with the verdict line.
    case graded(right: Bool, verdict: String)
  }
}

extension Tutor {
  /// Judges `line`, already graded as `grade` against `expected`.
  ///
  /// A line that is not right and parses as a command is refused, not graded (`waiting` names
  /// what waits for its answer, `choices` what else can be typed): without this, `state` typed to
  /// look around would be graded as a wrong answer and scheduled for review. An answer that
  /// happens to be spelled like a command still counts.
  package func judge(
    _ line: String, grade: QuizGrade, expected: QuizAnswer, wording: AnswerVerdict.Wording, waiting: String,
    choices: String
  ) -> AnswerVerdict.Judgement {
    if grade != .right && recognizesCommand(line) {
      let name = line.trimmingSpaces.split(separator: " ").first.map(String.init) ?? line
      let error = ShellError(
        "\(TerminalText.sanitized(name)) did not run, and was not graded: \(waiting) is waiting for its answer.",
        hint: "Answer first (\(choices)), then run the command.")
      return .refused(CommandOutcome(error: error.text))
    }
    let model = styler.bold(TerminalText.sanitized(expected.description))
    switch grade {
    case .unreadable(let message), .unclear(let message):
      return .unreadable(message)
    case .right:
      let says = wording == .answer ? " The model's answer: " : " The model says "
      return .graded(right: true, verdict: styler.paint("Right.", .success) + says + model + ".")
    case .wrong(let given):
      let you = wording == .answer ? " You said " : " You predicted "
      let modelSays = wording == .answer ? "; the model's answer is " : "; the model says "
      return .graded(
        right: false,
        verdict: styler.paint("Not quite.", .failure) + you + TerminalText.sanitized(given.description)
          + modelSays + model + ".")
    }
  }
}
