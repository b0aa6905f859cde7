import Course
import CourseContent
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// A shell command typed while a quiz question or a prediction waits is refused, not graded.
@Suite struct CommandTypedAsAnswerTests {
  private func session(_ store: InMemoryProgress, content: ContentSource = .builtIn) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3), content: content)
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(Moment(secondsSince1970: 1_700_000_000)))
    return shell
  }

  @Test(arguments: ["state", "read us topping", "report", "run", "next"])
  func aCommandDuringAQuizIsNotGraded(command: String) throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz last-write-wins")
    let outcome = shell.execute(command)
    let error = try #require(outcome.error)
    #expect(
      error.hasPrefix(
        "\(command.split(separator: " ")[0]) did not run, and was not graded: the question is waiting for its answer."
      ), "\(error)")
    #expect(error.contains("skip shows the answer"))
    #expect(outcome.output.isEmpty)
    #expect(shell.tutor.practice.quiz != nil, "the question still waits")
    #expect(store.reviews().isEmpty, "nothing was recorded")
    let expected = try #require(shell.tutor.practice.quiz).question.expected
    #expect(shell.execute(expected.description).output.contains("Right."))
    #expect(store.reviews().map(\.rating) == [.good])
  }

  @Test func aCommandIsRefusedWhereAYesOrNoIsExpected() throws {
    var shell = session(InMemoryProgress())
    _ = shell.execute("quiz causality")
    #expect(try #require(shell.tutor.practice.quiz).question.format == .yesNo)
    let error = try #require(shell.execute("state").error)
    #expect(error.hasPrefix("state did not run, and was not graded"), "\(error)")
  }

  @Test func aWrongAnswerThatIsNotACommandIsStillGraded() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz last-write-wins")
    // `write` alone does not parse as a command (it needs a node and a value), so it is an answer.
    let outcome = shell.execute("write")
    #expect(outcome.output.contains("Not quite. You said write;"), "\(outcome.output) \(outcome.error ?? "")")
    #expect(store.reviews().map(\.rating) == [.again])
  }

  @Test func aRightAnswerSpelledLikeACommandCounts() throws {
    let template = ContentFile(
      path: "quizzes/status.md",
      text: """
        ---
        id: status-topping
        topic: t
        kind: final-value
        lesson: l
        hint: h
        ---
        ## Prompt
        us writes topping={a}, then asia writes topping=status a minute later. Which topping stays?
        ## Parameters
        a: ham, olive
        ## Setup
        write us topping={a} at 12:00:00
        write asia topping=status at 12:01:00
        run
        ## Answer
        value topping
        """)
    let lesson = ContentFile(path: "lessons/10-l.md", text: "---\nid: l\ntitle: L\norder: 10\n---\nText.\n")
    var shell = session(InMemoryProgress(), content: .files([lesson, template], folder: "test"))
    _ = shell.execute("quiz t")
    #expect(try #require(shell.tutor.practice.quiz).question.expected == .value("status"))
    #expect(shell.execute("status").output.contains("Right."))
  }

  @Test func aCommandDuringAPredictionIsNotGraded() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("next")
    _ = shell.execute("predict")
    let error = try #require(shell.execute("state topping").error)
    #expect(
      error.hasPrefix("state did not run, and was not graded: the prediction is waiting for its answer."),
      "\(error)")
    #expect(error.contains("skip runs the step without a prediction"))
    #expect(shell.tutor.practice.prediction != nil)
    #expect(shell.coursePlace.step == 1, "the step has not run")
    #expect(store.cards().isEmpty)
    #expect(shell.execute("pepperoni").output.contains("Right."))
  }
}
