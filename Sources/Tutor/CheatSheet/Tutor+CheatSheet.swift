import Course
import TerminalUI
import Workbench

/// How `export cheatsheet` writes the sheet.
package enum CheatSheetFormat: String, Hashable, Sendable {
  /// Markdown (`FILE.md`).
  case markdown
  /// One self-contained HTML page (`FILE.html`).
  case html
}

extension CommandParser {
  /// Parses `export cheatsheet FILE [--force]`, or returns `nil` for any other command (the
  /// workbench's `export` then reads it).
  package static func parseCheatSheet(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> TutorCommand?
  {
    guard spec.name == "export", arguments.positionals.first?.lowercased() == "cheatsheet" else { return nil }
    guard arguments.positionals.count == 2 else {
      throw ShellError(
        "export cheatsheet needs one file: FILE.md for Markdown or FILE.html for a page.",
        hint: "example: export cheatsheet interview.html")
    }
    if let option = arguments.options.keys.sorted().first(where: { $0 != "force" }) {
      throw ShellError(
        "export cheatsheet takes only --force, not --\(TerminalText.sanitized(option)).",
        hint: "example: export cheatsheet interview.md --force")
    }
    let path = arguments.positionals[1]
    let suffix = path.split(separator: ".").last.map { String($0).lowercased() } ?? ""
    let format: CheatSheetFormat
    switch suffix {
    case "md", "markdown": format = .markdown
    case "html", "htm": format = .html
    default:
      throw ShellError(
        "export cheatsheet writes FILE.md (Markdown) or FILE.html (a page), not '\(TerminalText.sanitized(path))'.",
        hint: "example: export cheatsheet interview.html")
    }
    return .cheatSheet(path: path, format: format, force: arguments.options["force"] != nil)
  }
}

extension Tutor {
  /// `export cheatsheet FILE`: the sheet, handed to the caller to write (folder and overwrite
  /// rules are the executable's, as for every export).
  package mutating func exportCheatSheet(path: String, format: CheatSheetFormat, force: Bool)
    -> CommandOutcome
  {
    let library = course.library()
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    let sheet = CheatSheet(library: library, strengths: topicStrengths(library: library, cards: cards))
    let contents = format == .html ? sheet.html() : sheet.markdown()
    let what = format == .html ? "one HTML page" : "Markdown"
    return CommandOutcome(
      export: FileExport(
        path: path, contents: contents, replacesExisting: force,
        confirmation:
          "Wrote the cheat sheet (\(what), \(counted(sheet.entries.count, "lesson")), the mnemonic and "
          + "your weakest topics) to \(TerminalText.sanitized(path))."))
  }
}
