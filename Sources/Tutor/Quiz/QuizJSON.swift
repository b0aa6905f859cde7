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
      JSONMember("prompt", .string(prose(question.prompt))),
      JSONMember("format", .string(question.format.rawValue)),
      JSONMember("instruction", .string(question.format.instruction)),
    ])
  }

  /// A graded answer: its status (`right` or `wrong`, and `correct` as a boolean), the answer as
  /// read, the model's answer and the events.
  public static func grade(_ question: QuizQuestion, given: QuizAnswer, correct: Bool) -> JSONValue {
    .object([
      JSONMember("id", .string(question.id)),
      JSONMember("seed", seed(question.seed)),
      JSONMember("status", .string(correct ? "right" : "wrong")),
      JSONMember("correct", .bool(correct)),
      JSONMember("answer", .string(given.description)),
      JSONMember("expected", .string(question.expected.description)),
      JSONMember("format", .string(question.format.rawValue)),
      JSONMember("lesson", .string(question.instance.template.lesson)),
      JSONMember("events", .array(question.events.map { .string($0) })),
    ])
  }

  /// An answer that is not graded: status `unreadable` (it does not read in the question's
  /// format) or `unclear` (it names more than one answer, or a near miss), and the message.
  public static func unreadable(_ question: QuizQuestion, message: String, status: String = "unreadable")
    -> JSONValue
  {
    .object([
      JSONMember("id", .string(question.id)),
      JSONMember("seed", seed(question.seed)),
      JSONMember("status", .string(status)),
      JSONMember("message", .string(message)),
      JSONMember("format", .string(question.format.rawValue)),
      JSONMember("instruction", .string(question.format.instruction)),
    ])
  }

  /// `text` (a template's Markdown) without its hard line breaks: each paragraph's lines joined
  /// with spaces into one line, paragraphs apart by a blank line (`\n\n`); a list item starts a
  /// line of its own and a fenced code block keeps its lines.
  package static func prose(_ text: String) -> String {
    var lines: [String] = []
    var paragraph: String?
    var fenced = false
    func finish() {
      if let paragraph { lines.append(paragraph) }
      paragraph = nil
    }
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw).trimmingSpaces
      if line.hasPrefix("```") {
        finish()
        lines.append(line)
        fenced.toggle()
      } else if fenced {
        lines.append(String(raw))
      } else if line.isEmpty {
        finish()
        if lines.last?.isEmpty == false { lines.append("") }
      } else if isListItem(line) {
        finish()
        paragraph = line
      } else {
        paragraph = paragraph.map { $0 + " " + line } ?? line
      }
    }
    finish()
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// Whether `line` starts a Markdown list item: `- `, `* `, `+ `, `1. ` or `1) `.
  private static func isListItem(_ line: String) -> Bool {
    if ["- ", "* ", "+ "].contains(where: line.hasPrefix) { return true }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    let rest = line.dropFirst(digits.count)
    return !digits.isEmpty && (rest.hasPrefix(". ") || rest.hasPrefix(") "))
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
