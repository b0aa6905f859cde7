import Course
import Workbench

/// A command of the study plan.
package enum PlanCommand: Hashable, Sendable {
  /// `plan`: asks the days until the interview and the minutes a day, then makes the plan.
  case ask
  /// `plan --days N --minutes M`: makes the plan at once.
  case make(days: Int, minutes: Int)
  /// `plan show`: the plan, day by day.
  case show
  /// `plan clear`: forgets the plan.
  case clear
  /// `today`: what is next today, as a checklist of commands.
  case today
}

/// What `plan` is asking.
package enum PlanQuestion: Hashable, Sendable {
  /// How many days until the interview.
  case days
  /// How many minutes a day, the days being known.
  case minutes(days: Int)
}

extension CommandCatalog {
  /// The study plan's commands.
  package static let planCommands: [CommandSpec] = [
    CommandSpec(
      name: "plan", group: .practice, syntax: "plan [show | clear] [--days N --minutes M]",
      summary: "A study plan up to your interview day.",
      details: """
        plan asks how many days are left until the interview and how many minutes a day you have \
        (answer as you like: 5, five days, a week; 30, 30 min, an hour), or takes them as --days \
        and --minutes. It lays the lessons you have not read (the ones they require first, the \
        weakest topics first), their scenarios and your reviews over the days left, and spare \
        minutes go to questions on your weakest topics. The plan adapts: what you do drops off, \
        a missed day is spread over the days left. today shows what is next today; plan show the \
        whole plan; plan clear forgets it.
        """,
      examples: ["plan", "plan --days 5 --minutes 30", "plan show", "plan clear"],
      options: [
        OptionSpec(name: "days", valueName: "N", kind: .number),
        OptionSpec(name: "minutes", valueName: "M", kind: .number),
      ]),
    CommandSpec(
      name: "today", group: .practice, syntax: "today",
      summary: "What is next today in your study plan, with the command to type for each.",
      details: "Without a plan, today says the single best next step; plan makes one.",
      examples: ["today"]),
  ]
}

extension CommandParser {
  /// Parses a plan command, or returns `nil` when `spec` is not one.
  package static func parsePlan(_ spec: CommandSpec, _ arguments: ArgumentList) throws(ShellError)
    -> TutorCommand?
  {
    let words = arguments.positionals.map { $0.lowercased() }
    switch spec.name {
    case "today":
      guard words.isEmpty else { throw ShellError("today takes no arguments.", hint: spec.usageHint) }
      return .plan(.today)
    case "plan":
      let days = arguments.options["days"]
      let minutes = arguments.options["minutes"]
      switch (words, days, minutes) {
      case ([], nil, nil): return .plan(.ask)
      case (["show"], nil, nil): return .plan(.show)
      case (["clear"], nil, nil): return .plan(.clear)
      case ([], let days?, let minutes?):
        return .plan(
          .make(
            days: try ValueParser.number(days, what: "--days", range: StudyPlan.dayRange),
            minutes: try ValueParser.number(minutes, what: "--minutes", range: StudyPlan.minuteRange)))
      case ([], _, _):
        throw ShellError(
          "plan needs both --days and --minutes (or neither, to be asked).",
          hint: "example: plan --days 5 --minutes 30")
      default:
        throw ShellError("plan takes show, clear, or --days N --minutes M.", hint: spec.usageHint)
      }
    default:
      return nil
    }
  }
}
