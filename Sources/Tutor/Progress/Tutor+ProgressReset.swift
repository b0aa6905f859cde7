import Course
import TerminalUI
import Workbench

extension Tutor {
  /// `progress reset [TOPIC]`: says what would be forgotten and waits for `yes`.
  package mutating func askReset(topic: String?) throws(ShellError) -> String {
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    if let topic {
      let topics = Set(course.library().quizTopics).union(cards.map(\.topic))
      guard topics.contains(topic) else {
        throw ShellError(
          "There is no topic '\(TerminalText.sanitized(topic))'.",
          hint: "The topics are: \(topics.sorted().joined(separator: ", ")).")
      }
    }
    let affected = cards.filter { topic == nil || $0.topic == topic }
    guard !affected.isEmpty else {
      return "There is nothing to reset\(topic.map { " in \(TerminalText.sanitized($0))" } ?? "")."
    }
    practice = .confirmingReset(topic: topic)
    let scope = topic.map { "the topic \(TerminalText.sanitized($0))" } ?? "every topic"
    return
      "This forgets your reviews of \(affected.count) question\(affected.count == 1 ? "" : "s") in \(scope) "
      + "(your place in the course is kept).\n" + styler.bold("Type yes to reset; anything else keeps them.")
  }

  /// The line after `progress reset`: `yes` resets `topic` (every topic when `nil`); anything else
  /// keeps the progress, and a line other than `no` or a blank one then runs as usual.
  package mutating func confirmReset(_ line: String, topic: String?) -> LineResponse {
    practice = .idle
    switch line.trimmingSpaces.lowercased() {
    case "yes", "y":
      let done: Void? = attempt { store throws(ProgressFailure) in try store.reset(topic: topic) }
      guard done != nil else {
        return .handled(CommandOutcome(error: "Nothing was reset: progress cannot be saved."))
      }
      return .handled(
        CommandOutcome(
          output:
            "Reset: the reviews of \(topic.map { "the topic \(TerminalText.sanitized($0))" } ?? "every topic") are forgotten."
        ))
    case "", "no", "n":
      return .handled(CommandOutcome(output: "Nothing was reset."))
    default:
      course.notices.append("Nothing was reset.")
      return .command
    }
  }
}
