import TerminalUI
import Workbench

extension CommandParser {
  /// Parses an interview command, or returns `nil` when `spec` is not one.
  package static func parseInterview(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> TutorCommand?
  {
    guard spec.name == "interview" else { return nil }
    let words = arguments.positionals
    if let first = words.first {
      guard first.lowercased() == "question" else {
        throw ShellError(
          "interview takes the word question, or options only; not '\(TerminalText.sanitized(first))'.",
          hint: spec.usageHint)
      }
      guard words.count <= 2 else {
        throw ShellError("interview question takes at most one id or topic.", hint: spec.usageHint)
      }
      guard arguments.options.isEmpty else {
        throw ShellError(
          "interview question takes no options; --questions and --minutes are for the mock interview.",
          hint: spec.usageHint)
      }
      return .course(.interviewQuestion(words.dropFirst().first?.lowercased()))
    }
    let questions = try arguments.options["questions"].map { v throws(ShellError) in
      try ValueParser.number(v, what: "the number of questions", range: 1...30)
    }
    let minutes = try arguments.options["minutes"].map { v throws(ShellError) in
      try ValueParser.number(v, what: "the minutes", range: 1...180)
    }
    return .course(.mockInterview(questions: questions, minutes: minutes))
  }
}
