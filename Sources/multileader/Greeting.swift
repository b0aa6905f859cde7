import Course
import Shell
import TerminalUI

/// What the REPL says when it starts.
enum Greeting {
  /// A welcome for a new learner, or an offer to continue for one who has started.
  static func text(for place: CoursePlace, color: Bool) -> String {
    let styler = Styler(style: color ? .ansi : .plain)
    let title =
      styler.bold("multileader") + " \(Version.number): learn multi-leader replication by running it."
    if let scenario = place.scenario {
      return title
        + "\nWelcome back. You were at step \(place.step) of the scenario \(TerminalText.sanitized(scenario)); type continue to pick it up."
    }
    if let lesson = place.lesson {
      return title
        + "\nWelcome back. You were reading the lesson \(TerminalText.sanitized(lesson)); type continue to pick it up."
    }
    return title
      + "\nNew here? lesson next starts the first lesson, scenarios lists the pizza-chain scenarios, help lists every command."
  }
}
