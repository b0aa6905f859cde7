import Tutor
import Workbench

extension CommandCatalog {
  /// Every command of the language, in `help` order: the course's, the workbench's, the shell's.
  static let all: [CommandSpec] = tutorCommands + workbenchCommands + shellCommands

  /// The command with this name or alias.
  static func spec(named name: String) -> CommandSpec? {
    all.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// Every name and alias, sorted.
  static let names: [String] = all.flatMap { [$0.name] + $0.aliases }.sorted()

  static let shellCommands: [CommandSpec] = [
    CommandSpec(
      name: "help", group: .shell, syntax: "help [COMMAND|all]",
      summary: "The commands to start with; help all lists every one, help COMMAND shows its usage.",
      examples: ["help", "help all", "help write"],
      arguments: [.command]),
    CommandSpec(
      name: "history", group: .shell, syntax: "history",
      summary: "The lines you have entered, numbered.", examples: ["history"]),
    CommandSpec(
      name: "clear", group: .shell, syntax: "clear",
      summary: "Clear the terminal screen (Ctrl-L does too); scripts and pipes ignore it.",
      examples: ["clear"]),
    CommandSpec(
      name: "quit", aliases: ["exit"], group: .shell, syntax: "quit",
      summary: "Leave multileader (Ctrl-D does too).", examples: ["quit"]),
  ]
}
