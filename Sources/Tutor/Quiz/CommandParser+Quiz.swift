import Workbench

extension CommandParser {
  /// Parses a quiz command, or returns `nil` when `spec` is not one.
  package static func parseQuiz(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> TutorCommand?
  {
    let words = arguments.positionals
    switch spec.name {
    case "quiz":
      guard words.count <= 1 else { throw ShellError("quiz takes at most one topic.", hint: spec.usageHint) }
      return .course(.quiz(topic: words.first?.lowercased()))
    case "hint", "again", "skip", "override":
      guard words.isEmpty else { throw ShellError("\(spec.name) takes no arguments.", hint: spec.usageHint) }
      return .course(
        ["hint": CourseCommand.hint, "again": .again, "skip": .skip, "override": .override][spec.name]!)
    default:
      return nil
    }
  }
}
