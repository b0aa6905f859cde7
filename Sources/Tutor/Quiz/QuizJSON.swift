import Course
import TerminalUI
import Workbench

/// The quiz's machine-readable forms, for `multileader quiz --json`.
public enum QuizJSON {
  /// A question: id, seed, topic, kind, lesson, prompt and the answer's format (never the answer).
  public static func question(_ question: QuizQuestion) -> JSONValue {
    let template = question.instance.template
    return .object([
      JSONMember("id", .string(question.id)),
      JSONMember("seed", seed(question.seed)),
      JSONMember("topic", .string(template.topic)),
      JSONMember("kind", .string(template.kind.rawValue)),
      JSONMember("lesson", .string(template.lesson)),
      JSONMember("prompt", .string(question.prompt)),
      JSONMember("format", .string(question.format.rawValue)),
      JSONMember("instruction", .string(question.format.instruction)),
    ])
  }

  /// A graded answer: whether it is right, the answer as read, the model's answer and the events.
  public static func grade(_ question: QuizQuestion, given: QuizAnswer, correct: Bool) -> JSONValue {
    .object([
      JSONMember("id", .string(question.id)),
      JSONMember("seed", seed(question.seed)),
      JSONMember("correct", .bool(correct)),
      JSONMember("answer", .string(given.description)),
      JSONMember("expected", .string(question.expected.description)),
      JSONMember("format", .string(question.format.rawValue)),
      JSONMember("lesson", .string(question.instance.template.lesson)),
      JSONMember("events", .array(question.events.map { .string($0) })),
    ])
  }

  /// A seed as a JSON number when it is exact in a double (as every seed `quiz` draws is), else a
  /// string.
  package static func seed(_ seed: UInt64) -> JSONValue {
    seed < 1 << 53 ? .int(Int(seed)) : .string(String(seed))
  }

  /// Input that could not be graded.
  public static func error(_ message: String) -> JSONValue {
    .object([JSONMember("error", .string(message))])
  }
}
