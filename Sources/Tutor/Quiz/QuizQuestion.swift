import Course
import ReplicationModel
import Workbench

/// A question ready to ask: a template instantiated from a seed, its setup run on a fresh world,
/// and the answer the model computed.
public struct QuizQuestion: Hashable, Sendable {
  /// The template and its parameter values.
  public let instance: QuizInstance
  /// The answer the model gave.
  public let expected: QuizAnswer
  /// The notable events of the run (about the question's key, when it has one), as plain lines.
  public let events: [String]
  /// What an answer can name: the values the set-up wrote, the cluster's nodes.
  public let candidates: AnswerCandidates
  /// What the prompt must say for the question to be answerable from it, found by the run.
  package let needs: Set<PromptNeed>

  /// A question from its instance, the model's answer, the run's events and candidates.
  package init(
    instance: QuizInstance, expected: QuizAnswer, events: [String], candidates: AnswerCandidates,
    needs: Set<PromptNeed> = []
  ) {
    self.instance = instance
    self.expected = expected
    self.events = events
    self.candidates = candidates
    self.needs = needs
  }

  /// The template's id.
  public var id: String { instance.template.id }
  /// The seed it was instantiated from.
  public var seed: UInt64 { instance.seed }
  /// The question text.
  public var prompt: String { instance.prompt }
  /// The form the answer takes.
  public var format: AnswerFormat { expected.format }

  /// A typed answer read in this question's format (normalised), or why it is not one.
  public func read(_ text: String) -> AnswerReader.Reading {
    AnswerReader.read(text, as: format, candidates: candidates)
  }

  /// Grades a typed answer: right or wrong; or, not graded, unclear or unreadable (with a message).
  public func grade(_ text: String) -> QuizGrade { QuizGrade(read(text), expected: expected) }
}

/// The result of grading one answer.
///
/// `right` carries no answer; ``QuizQuestion/read(_:)`` gives the answer as read.
public enum QuizGrade: Hashable, Sendable {
  /// The answer matches the model's.
  case right
  /// The answer, as read, differs from the model's.
  case wrong(QuizAnswer)
  /// Not graded: the answer could mean more than one thing; the message asks which.
  case unclear(String)
  /// Not an answer at all; the message says what to type.
  case unreadable(String)

  /// The answer as read, when it was graded wrong (what "You said …" and `override` show).
  package var wrongAnswer: QuizAnswer? {
    if case .wrong(let answer) = self { answer } else { nil }
  }

  /// The grade of `reading` against `expected`.
  package init(_ reading: AnswerReader.Reading, expected: QuizAnswer) {
    switch reading {
    case .unreadable(let message): self = .unreadable(message)
    case .unclear(let message): self = .unclear(message)
    case .answer(let given): self = expected.accepts(given) ? .right : .wrong(given)
    }
  }
}

/// Something the prompt must state for its question to be answerable, because the run turned
/// on it; `content check` refuses a template whose prompt does not.
package enum PromptNeed: Hashable, Sendable {
  /// Two timestamps were equal and a tie rule chose the winner: the prompt states the rule.
  case tieRule
  /// The node read applied a message in the same millisecond as the read: the prompt says which
  /// comes first.
  case sameMillisecondOrder
  /// The answer is a text: the prompt says whether spaces are part of it.
  case spacesInText
}

/// Why a template could not be turned into a question: the line and what went wrong.
public struct QuizFailure: Error, Hashable, Sendable {
  /// The template line at fault (a setup command or the answer line).
  public let line: Int
  /// What went wrong.
  public let message: String
}
