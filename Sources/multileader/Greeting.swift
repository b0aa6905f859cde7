import Shell
import TerminalUI

/// What the REPL says when it starts.
enum Greeting {
  /// A welcome for a new learner, or an offer to continue for one who has been here before, each
  /// line wrapped to `width` columns.
  ///
  /// Only whether progress was saved is known here: the database opens with the first command.
  static func text(returning: Bool, color: Bool, width: Int) -> String {
    lines(returning: returning, color: color).split(separator: "\n").flatMap { line in
      TerminalText.wrap(String(line), width: width)
    }.joined(separator: "\n")
  }

  private static func lines(returning: Bool, color: Bool) -> String {
    let styler = Styler(style: color ? .ansi : .plain)
    let title =
      styler.bold("multileader") + " \(Version.number): learn multi-leader replication by running it."
    if returning {
      return title
        + "\nWelcome back. continue picks up where you left off; review asks the questions that are due."
    }
    return title
      + "\nNew here? lesson next starts the first lesson, challenges lists goals to reach by doing, help lists the first commands."
  }
}
