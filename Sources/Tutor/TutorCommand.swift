import Workbench

/// One parsed command of the course: learning, practice and progress.
package enum TutorCommand: Hashable, Sendable {
  /// Lessons, scenarios, the mnemonic, quizzes and interviews.
  case course(CourseCommand)
  /// Review and progress.
  case progress(ProgressCommand)
  /// Challenges.
  case challenge(ChallengeCommand)
  /// The study plan.
  case plan(PlanCommand)
  /// `export cheatsheet FILE`: the one-page sheet for the day before the interview.
  case cheatSheet(path: String, format: CheatSheetFormat, force: Bool)
}

extension CommandCatalog {
  /// The course's commands, in `help` order.
  package static let tutorCommands: [CommandSpec] =
    courseCommands + challengeCommands + quizCommands + interviewCommands + progressCommands + planCommands

  /// The course command with this name or alias.
  package static func tutorSpec(named name: String) -> CommandSpec? {
    tutorCommands.first { $0.name == name || $0.aliases.contains(name) }
  }
}

extension CommandParser {
  /// The course command `spec` names, built from `arguments`, or `nil` when `spec` is not one.
  package static func tutorCommand(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> TutorCommand?
  {
    if let course = try parseCourse(spec, arguments) { return course }
    if let quiz = try parseQuiz(spec, arguments) { return quiz }
    if let interview = try parseInterview(spec, arguments) { return interview }
    if let challenge = try parseChallenge(spec, arguments) { return challenge }
    if let plan = try parsePlan(spec, arguments) { return plan }
    if let sheet = try parseCheatSheet(spec, arguments) { return sheet }
    return try parseProgress(spec, arguments)
  }
}
