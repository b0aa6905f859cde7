import Workbench

extension CommandCatalog {
  /// The commands of challenges: goals to reach by doing.
  package static let challengeCommands: [CommandSpec] = [
    CommandSpec(
      name: "challenges", group: .practice, syntax: "challenges",
      summary: "Goals to reach by doing; the model checks them.",
      examples: ["challenges"]),
    CommandSpec(
      name: "challenge", group: .practice, syntax: "challenge ID|N",
      summary: "Start a challenge on a fresh world: its goal, and the conditions the model checks.",
      details: """
        A challenge is a goal to reach with world commands (write, run, clock, crash, explore, …) \
        from a starting world it sets up. The model checks the goal after every command that acts \
        on the world and says when it is solved; check lists which conditions hold and which do \
        not. Par is the length of the reference solution. Your count is the world commands that \
        ran: views (state, report, trace, diagram, …), check, hint and commands that failed or \
        were refused do not count. Some challenges forbid a command (policy, say). hint gives the \
        next hint, solution shows a reference solution once you have tried a command, restart \
        starts over. reset, cluster and seed N would throw the starting world away, so they do \
        not run during a challenge. A lesson example, a scenario, a question or a drill ends the \
        challenge; challenge ID starts it again. Solved challenges and your best count are saved \
        with your progress.
        """,
      examples: ["challenge 1", "challenge small-skew-lost-write"], arguments: [.challenge]),
    CommandSpec(
      name: "check", group: .practice, syntax: "check",
      summary: "Which of the challenge's conditions hold on your world now, as the model computes them.",
      examples: ["check"]),
    CommandSpec(
      name: "solution", group: .practice, syntax: "solution",
      summary: "A reference solution of the challenge, once you have tried at least one command.",
      examples: ["solution"]),
  ]
}

extension CommandParser {
  /// Parses a challenge command, or returns `nil` when `spec` is not one.
  package static func parseChallenge(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> TutorCommand?
  {
    let expect = arguments.expect
    switch spec.name {
    case "challenges":
      try expect(0...0)
      return .challenge(.list)
    case "challenge":
      try expect(1...1)
      return .challenge(.start(arguments.positionals[0].lowercased()))
    case "check":
      try expect(0...0)
      return .challenge(.check)
    case "solution":
      try expect(0...0)
      return .challenge(.solution)
    default:
      return nil
    }
  }
}
