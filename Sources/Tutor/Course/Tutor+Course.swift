import Course
import TerminalUI
import Workbench

extension Tutor {
  /// Carries out a course command, on the learner's world when it needs one.
  package mutating func perform(_ command: TutorCommand) throws(ShellError) -> String {
    switch command {
    case .course(let command): return try perform(command)
    case .progress(let command): return try perform(command)
    case .plan(let command): return try perform(command)
    case .cheatSheet: throw ShellError("export cheatsheet writes a file: the shell runs it.")
    }
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
    case .restart: return try restartScenario()
    case .goto(let number): return try goToStep(number)
    case .whatIf(let policy): return try whatIf(policy)
    case .resume: return try resume()
    case .quiz(let topic): return try askQuiz(topic: topic)
    case .hint: return try quizHint()
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
