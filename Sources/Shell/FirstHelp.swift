import TerminalUI
import Workbench

/// The first `help`: the few commands a new learner needs, on one 80 × 24 screen, and a line
/// saying that `help all` lists the rest.
enum FirstHelp {
  /// The commands the first `help` lists, in this order, each with a line of its own. Names that
  /// are not commands are skipped, so the list can name a command before it exists.
  static let commands = [
    "lesson", "try", "scenarios", "next", "challenges", "write", "run", "state", "quiz", "plan",
  ]

  /// The rows a screen has; the first `help` leaves one for the prompt.
  static let screenRows = 24

  /// The first `help`, wrapped to `width` columns.
  static func render(width: Int, styler: Styler) -> String {
    let specs = commands.compactMap { CommandCatalog.spec(named: $0) }
    let nameWidth = (specs.map(\.name.count).max() ?? 8) + 2
    var lines = [styler.paint("Commands to start with", .heading)]
    for spec in specs {
      lines += HelpText.summaryRow(spec, nameWidth: nameWidth, width: width, styler: styler)
    }
    lines.append("")
    lines += TerminalText.wrap(
      "help all lists every command (\(CommandCatalog.all.count)); help COMMAND shows its usage; quit leaves.",
      width: width)
    return lines.joined(separator: "\n")
  }
}
