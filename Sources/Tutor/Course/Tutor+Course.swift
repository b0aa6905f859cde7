import Course
import TerminalUI
import Workbench

extension Tutor {
  /// Carries out a course command, on the learner's world when it needs one.
  ///
  /// A command that brings a world of its own (a lesson example, a scenario step, a mnemonic
  /// demo) or a question, a drill or a review ends a challenge in progress, and says so.
  package mutating func perform(_ command: TutorCommand) throws(ShellError) -> String {
    let challenge = practice.challenge
    if challenge != nil && command.bringsWorld { practice = .idle }
    var output: String
    switch command {
    case .course(let command): output = try perform(command)
    case .progress(let command): output = try perform(command)
    case .challenge(let command): output = try perform(command)
    case .plan(let command): output = try perform(command)
    case .cheatSheet: throw ShellError("export cheatsheet writes a file: the shell runs it.")
    }
    if let challenge, practice.challenge == nil, !command.isChallengeCommand {
      output +=
        (output.isEmpty ? "" : "\n")
        + styler.paint(
          "The challenge \(challenge.challenge.id) has ended; challenge \(challenge.challenge.id) starts it again.",
          .dim)
    }
    return output
  }

  /// Carries out a command of lessons, scenarios, the mnemonic, quizzes and interviews.
  package mutating func perform(_ command: CourseCommand) throws(ShellError) -> String {
    switch command {
    case .lessons: return lessonList(course.library())
    case .lesson(let target): return try showLesson(target)
    case .tryExample(let number): return try tryExample(number)
    case .mnemonic(let request): return try mnemonic(request)
    case .scenarios: return scenarioList(course.library())
    case .scenario(let id): return try startScenario(id)
    case .next: return try nextStep()
    case .predict: return try askPrediction()
    case .back: return try previousStep()
    case .restart: return practice.challenge != nil ? try restartChallenge() : try restartScenario()
    case .goto(let number): return try goToStep(number)
    case .whatIf(let policy): return try whatIf(policy)
    case .resume: return try resume()
    case .quiz(let topic): return try askQuiz(topic: topic)
    case .hint: return practice.challenge != nil ? try challengeHint() : try quizHint()
    case .again: return try askAgain()
    case .skip: return try skipQuiz()
    case .override: return try overrideLastAnswer()
    case .interviewQuestion(let target): return try askInterviewQuestion(target)
    case .mockInterview(let questions, let minutes):
      return try startMockInterview(questions: questions, minutes: minutes)
    }
  }

  /// `continue`: the scenario step or the lesson the learner was at.
  private mutating func resume() throws(ShellError) -> String {
    let library = course.library()
    if let id = course.place.scenario, let scenario = library.scenario(id) {
      let step = course.place.step
      if step == 0 { return try startScenario(id) }
      return try goToStep(min(step, scenario.steps.count))
    }
    if course.place.lesson != nil { return try showLesson(.current) }
    throw ShellError(
      "There is nothing to continue yet.", hint: "lessons lists the lessons; lesson next starts the first.")
  }
}

extension TutorCommand {
  /// Whether the command puts a world of its own in place of the learner's.
  fileprivate var bringsWorld: Bool {
    switch self {
    case .course(.scenario), .course(.next), .course(.back), .course(.goto), .course(.tryExample),
      .course(.resume), .course(.mnemonic(.letter)):
      return true
    default:
      return false
    }
  }

  /// Whether the command belongs to the challenge (its own hint and restart included).
  fileprivate var isChallengeCommand: Bool {
    switch self {
    case .challenge, .course(.hint), .course(.restart): return true
    default: return false
    }
  }
}
