import Course
import TerminalUI

extension ShellSession {
  /// `progress reset [TOPIC]`: says what would be forgotten and waits for `yes`.
  mutating func askReset(topic: String?) throws(ShellError) -> String {
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
    course.pendingReset = .some(topic)
    let scope = topic.map { "the topic \(TerminalText.sanitized($0))" } ?? "every topic"
    return
      "This forgets your reviews of \(affected.count) question\(affected.count == 1 ? "" : "s") in \(scope) "
      + "(your place in the course is kept).\n" + styler.bold("Type yes to reset; anything else keeps them.")
  }

  /// The line after `progress reset`: `yes` resets; anything else keeps the progress (and a line
  /// other than `no` or a blank one then runs as usual: `nil` is returned for it).
  mutating func confirmReset(_ line: String) -> CommandOutcome? {
    guard let pending = course.pendingReset else { return nil }
    course.pendingReset = nil
    let answer = line.trimmingSpaces.lowercased()
    switch answer {
    case "yes", "y":
      let topic = pending
      let done: Void? = attempt { store throws(ProgressFailure) in try store.reset(topic: topic) }
      guard done != nil else { return CommandOutcome(error: "Nothing was reset: progress cannot be saved.") }
      return CommandOutcome(
        output:
          "Reset: the reviews of \(topic.map { "the topic \(TerminalText.sanitized($0))" } ?? "every topic") are forgotten."
      )
    case "", "no", "n":
      return CommandOutcome(output: "Nothing was reset.")
    default:
      course.notices.append("Nothing was reset.")
      return nil
    }
  }
}
