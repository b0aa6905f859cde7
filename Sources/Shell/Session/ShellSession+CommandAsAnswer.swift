import TerminalUI

extension ShellSession {
  /// The refusal for a shell command typed while a quiz question or a prediction waits for its
  /// answer, or nil when `line` is not a command. `choices` names what else can be typed.
  ///
  /// Callers ask only about a line that is not right as an answer, so an answer that happens to
  /// be spelled like a command still counts. Without this, `state` typed to look around
  /// would be graded as a wrong answer and scheduled for review.
  func commandTypedAsAnswer(_ line: String, waiting: String, choices: String) -> CommandOutcome? {
    guard case .some(.some) = try? CommandParser.parse(line) else { return nil }
    let name = line.trimmingSpaces.split(separator: " ").first.map(String.init) ?? line
    let error = ShellError(
      "\(TerminalText.sanitized(name)) did not run, and was not graded: \(waiting) is waiting for its answer.",
      hint: "Answer first (\(choices)), then run the command.")
    return CommandOutcome(error: error.text)
  }
}
