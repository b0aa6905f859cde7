import TerminalUI
import Workbench

/// The text of `help` and `help COMMAND`.
enum HelpText {
  static func render(_ name: String?, width: Int, styler: Styler) throws(ShellError) -> String {
    guard let name else { return FirstHelp.render(width: width, styler: styler) }
    if name == "all" { return overview(width: width, styler: styler) }
    guard let spec = CommandCatalog.spec(named: name) else {
      let suggestions = Suggestions.closest(to: name, among: CommandCatalog.names)
      throw ShellError(
        "There is no command '\(TerminalText.sanitized(name))'.",
        hint: suggestions.isEmpty
          ? "Type help to list every command." : "Did you mean \(suggestions.joined(separator: ", "))?")
    }
    var lines = [styler.paint(spec.syntax, .heading)]
    lines += TerminalText.wrap(styler.symbols(spec.summary), width: width)
    if !spec.details.isEmpty {
      lines.append("")
      lines += TerminalText.wrap(styler.symbols(spec.details), width: width)
    }
    if !spec.aliases.isEmpty { lines.append("Also: \(spec.aliases.joined(separator: ", ")).") }
    lines.append("")
    lines.append(spec.examples.count == 1 ? "Example:" : "Examples:")
    lines += spec.examples.map { "  " + $0 }
    return lines.joined(separator: "\n")
  }

  /// `help all`: every command, grouped.
  /// A command's name padded to `nameWidth`, then its summary wrapped beside it.
  static func summaryRow(_ spec: CommandSpec, nameWidth: Int, width: Int, styler: Styler) -> [String] {
    let padded = "  " + spec.name + String(repeating: " ", count: nameWidth - spec.name.count)
    let wrapped = TerminalText.wrap(styler.symbols(spec.summary), width: max(20, width - padded.count))
    return [padded + (wrapped.first ?? "")]
      + wrapped.dropFirst().map { String(repeating: " ", count: padded.count) + $0 }
  }

  static func overview(width: Int, styler: Styler) -> String {
    var lines: [String] = []
    let nameWidth = (CommandCatalog.all.map(\.name.count).max() ?? 8) + 2
    for group in CommandGroup.allCases {
      if !lines.isEmpty { lines.append("") }
      lines.append(styler.paint(group.rawValue, .heading))
      for spec in CommandCatalog.all where spec.group == group {
        lines += summaryRow(spec, nameWidth: nameWidth, width: width, styler: styler)
      }
    }
    lines.append("")
    lines += TerminalText.wrap(
      "help COMMAND shows its usage and an example. Times are UTC (12:00:00); durations look like 75ms or 2m.",
      width: width)
    return lines.joined(separator: "\n")
  }
}
