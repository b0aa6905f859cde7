import Tutor
import Workbench

/// One parsed line of the whole language: a workbench command, a course command, or one of the
/// shell's own (`help`, `history`, `clear`, `quit`).
enum ShellCommand: Hashable, Sendable {
  /// A command on the world.
  case workbench(WorkbenchCommand)
  /// A command of the course.
  case tutor(TutorCommand)
  /// `help [COMMAND]`.
  case help(String?)
  /// `history`.
  case history
  /// `clear`.
  case clear
  /// `quit` or `exit`.
  case quit

  /// Parses a line; `nil` for a blank line or a comment.
  static func parse(_ line: String) throws(ShellError) -> ShellCommand? {
    let words = try CommandParser.words(of: line)
    guard !words.isEmpty else { return nil }
    return try CommandParser.command(
      words, lookup: CommandCatalog.spec(named:), names: CommandCatalog.names, build: command)
  }

  /// The command `spec` names, built from `arguments`.
  private static func command(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> ShellCommand
  {
    if let command = try CommandParser.tutorCommand(spec, arguments) { return .tutor(command) }
    let words = arguments.positionals
    let expect = arguments.expect
    switch spec.name {
    case "help":
      try expect(0...1)
      return .help(words.first?.lowercased())
    case "history", "clear", "quit":
      try expect(0...0)
      return ["history": ShellCommand.history, "clear": .clear, "quit": .quit][spec.name]!
    default:
      return .workbench(try CommandParser.workbenchCommand(spec, arguments))
    }
  }

  /// The name of the command `line` starts with, aliases read as their command (`exit` is `quit`).
  static func name(of line: String) -> String {
    guard let word = (try? CommandParser.words(of: line))?.first?.lowercased() else { return "" }
    return CommandCatalog.spec(named: word)?.name ?? word
  }

  /// Whether `line` parses as a command of the whole language.
  @Sendable static func recognizes(_ line: String) -> Bool {
    guard case .some(.some) = try? parse(line) else { return false }
    return true
  }
}
