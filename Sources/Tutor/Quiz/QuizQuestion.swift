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

  /// The template's id.
  public var id: String { instance.template.id }
  /// The seed it was instantiated from.
  public var seed: UInt64 { instance.seed }
  /// The question text.
  public var prompt: String { instance.prompt }
  /// The form the answer takes.
  public var format: AnswerFormat { expected.format }

  /// A typed answer read in this question's format (normalised), or why it is not one.
  public func read(_ text: String) -> AnswerReader.Reading { AnswerReader.read(text, as: format) }

  /// Grades a typed answer: right or wrong, or unreadable (with a message) when it is not an answer.
  public func grade(_ text: String) -> QuizGrade {
    switch AnswerReader.read(text, as: format) {
    case .unreadable(let message): return .unreadable(message)
    case .answer(let given): return expected.accepts(given) ? .right : .wrong(given)
    }
  }
}

/// The result of grading one answer.
///
/// `right` carries no answer; ``QuizQuestion/read(_:)`` gives the answer as read.
public enum QuizGrade: Hashable, Sendable {
  /// The answer matches the model's.
  case right
  /// The answer, as read, differs from the model's.
  case wrong(QuizAnswer)
  /// Not an answer at all; the message says what to type.
  case unreadable(String)
}

/// Why a template could not be turned into a question: the line and what went wrong.
public struct QuizFailure: Error, Hashable, Sendable {
  /// The template line at fault (a setup command or the answer line).
  public let line: Int
  /// What went wrong.
  public let message: String
}
