import Course
import TerminalUI
import Workbench

extension Tutor {
  /// Carries out a plan command.
  package mutating func perform(_ command: PlanCommand) throws(ShellError) -> String {
    switch command {
    case .ask:
      practice = .planning(.days)
      let saved = savedPlan() != nil ? " (this replaces your plan; plan show shows it)" : ""
      return "How many days until the interview?\(saved) "
        + styler.paint("For example 5, five days or a week; a blank line cancels.", .dim)
    case .make(let days, let minutes): return try makePlan(days: days, minutes: minutes)
    case .show: return try planView()
    case .clear:
      guard savedPlan() != nil else { return "There is no plan to clear." }
      let cleared: Void? = attempt { store throws(ProgressFailure) in try store.saveStudyPlan(nil) }
      guard cleared != nil else { throw ShellError("The plan was not cleared: progress cannot be saved.") }
      return "The plan is cleared. plan makes a new one."
    case .today: return todayView()
    }
  }

  /// The line after `plan` asked `question`: the days, then the minutes a day. A blank line
  /// cancels; a command typed instead cancels and runs.
  package mutating func answerPlan(_ line: String, _ question: PlanQuestion) -> LineResponse {
    let text = line.trimmingSpaces
    guard !text.isEmpty, text.lowercased() != "cancel" else {
      practice = .idle
      return .handled(CommandOutcome(output: "No plan was made."))
    }
    switch question {
    case .days:
      guard let days = PlanAnswers.days(text) else { return notUnderstood(line, "a number of days, like 5") }
      guard StudyPlan.dayRange.contains(days) else {
        return .handled(
          CommandOutcome(
            error:
              "The days must be from \(StudyPlan.dayRange.lowerBound) to \(StudyPlan.dayRange.upperBound); "
              + "how many days until the interview?"))
      }
      practice = .planning(.minutes(days: days))
      return .handled(
        CommandOutcome(
          output: "How many minutes a day? " + styler.paint("For example 30, 45 min or an hour.", .dim)))
    case .minutes(let days):
      guard let minutes = PlanAnswers.minutes(text) else {
        return notUnderstood(line, "minutes a day, like 30 or an hour")
      }
      guard StudyPlan.minuteRange.contains(minutes) else {
        return .handled(
          CommandOutcome(
            error: "The minutes a day must be from \(StudyPlan.minuteRange.lowerBound) to "
              + "\(StudyPlan.minuteRange.upperBound); how many minutes a day?"))
      }
      practice = .idle
      do {
        return .handled(CommandOutcome(output: try makePlan(days: days, minutes: minutes)))
      } catch {
        return .handled(CommandOutcome(error: error.text))
      }
    }
  }

  /// A line that is not an answer: a command runs (the plan is not made); anything else is asked again.
  private mutating func notUnderstood(_ line: String, _ wanted: String) -> LineResponse {
    if recognizesCommand(line) {
      practice = .idle
      course.notices.append("No plan was made.")
      return .command
    }
    return .handled(
      CommandOutcome(
        error:
          "'\(TerminalText.sanitized(line))' is not \(wanted). Answer with \(wanted), or a blank line to cancel."
      ))
  }

  /// Saves a plan for an interview `days` days from today and shows it.
  private mutating func makePlan(days: Int, minutes: Int) throws(ShellError) -> String {
    let plan = StudyPlan(startDay: today, interviewDay: today + days, minutesPerDay: minutes)
    let saved: Void? = attempt { store throws(ProgressFailure) in try store.saveStudyPlan(plan) }
    guard saved != nil else {
      throw ShellError("The plan was not saved: progress cannot be saved.")
    }
    return styler.paint("Saved.", .dim) + " " + (try planView())
  }

  /// The saved plan, if any.
  package mutating func savedPlan() -> StudyPlan? {
    attempt { store throws(ProgressFailure) in try store.studyPlan() } ?? nil
  }

  /// The plan laid out from today, from the learner's progress now.
  package mutating func planLayout(_ plan: StudyPlan) -> StudyPlanner.Layout {
    let library = course.library()
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    let agenda = reviewAgenda()
    let lessonTopics = Dictionary(grouping: library.quizzes, by: \.lesson).mapValues { Set($0.map(\.topic)) }
    var progress = StudyPlanner.Progress(
      lessons: library.lessons, scenarios: library.scenarios, lessonsRead: course.place.lessonsRead,
      scenariosFinished: course.place.scenariosFinished,
      topics: topicStrengths(library: library, cards: cards),
      lessonTopics: lessonTopics, reviewsToday: (agenda.due.count, agenda.new.count))
    progress.challenges = library.challenges
    progress.challengesSolved = Set(solvedChallenges().keys)
    return StudyPlanner.layout(plan, today: today, progress: progress)
  }
}
