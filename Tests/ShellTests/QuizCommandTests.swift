import Course
import CourseContent
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `quiz`, `hint`, `again` and `skip` in a session, on the built-in content.
@Suite struct QuizCommandTests {
  private func session() -> ShellSession { ShellSession(options: SessionOptions(seed: 3)) }

  /// The model's answer to the question the session is asking.
  private func expected(_ shell: ShellSession) throws -> QuizAnswer {
    try #require(shell.tutor.practice.quiz).question.expected
  }

  @Test func aQuestionIsAskedAndTheRightAnswerIsRecognised() throws {
    var shell = session()
    let asked = shell.execute("quiz clock-skew")
    #expect(asked.error == nil)
    #expect(asked.output.contains("Question · clock-skew"))
    #expect(shell.prompt == "quiz clock-skew")
    let answer = try expected(shell)
    let outcome = shell.execute(answer.description.uppercased())
    #expect(outcome.output.contains("Right."), "\(outcome.output)")
    #expect(outcome.output.contains("What happened in the model:"))
    #expect(outcome.output.contains("lesson clock-skew"))
    #expect(shell.prompt == "rate", "a right answer waits for its rating")
    #expect(shell.execute("").output.hasPrefix("Rated good."))
    #expect(shell.prompt == "multileader")
  }

  @Test func aWrongAnswerShowsTheModelsAnswer() throws {
    var shell = session()
    _ = shell.execute("quiz last-write-wins")
    let answer = try expected(shell)
    let outcome = shell.execute("anchovy")
    #expect(outcome.output.contains("Not quite. You said anchovy; the model's answer is \(answer)."))
  }

  @Test func hintNeverGivesTheAnswer() throws {
    var shell = session()
    _ = shell.execute("quiz clock-skew")
    let hint = shell.execute("hint")
    #expect(hint.output.hasPrefix("Hint:"))
    #expect(!hint.output.contains(try expected(shell).description))
    #expect(shell.tutor.practice.quiz?.hinted == true)
  }

  @Test func badAnswersGetAMessageAndASecondChance() throws {
    var shell = session()
    _ = shell.execute("quiz")
    for bad in ["", "   ", String(repeating: "z", count: 5_000), "\u{1B}[2J", "a\u{0}b"] {
      let outcome = shell.execute(bad)
      #expect(outcome.error != nil, "\(bad.prefix(10))")
      #expect(shell.tutor.practice.quiz != nil)
    }
    #expect(shell.execute(try expected(shell).description).output.contains("Right."))
  }

  @Test func againAsksTheSameTemplateWithNewValuesAndSkipReveals() throws {
    var shell = session()
    _ = shell.execute("quiz clock-skew")
    let first = try #require(shell.tutor.practice.quiz).question
    _ = shell.execute("again")
    let second = try #require(shell.tutor.practice.quiz).question
    #expect(first.id == second.id)
    #expect(first.seed != second.seed)
    let skipped = shell.execute("skip")
    #expect(skipped.output.contains("Skipped. The model's answer: \(second.expected)."))
    #expect(shell.tutor.practice.quiz == nil)
    _ = shell.execute("again")
    #expect(shell.tutor.practice.quiz?.question.id == first.id)
  }

  @Test func unknownTopicsListTheValidOnes() {
    var shell = session()
    let outcome = shell.execute("quiz astrology")
    #expect(outcome.error?.contains("There is no quiz topic 'astrology'") == true)
    #expect(outcome.error?.contains("clock-skew") == true)
  }

  @Test func hintAndSkipWithoutAQuestionAreErrors() {
    var shell = session()
    #expect(shell.execute("hint").error?.contains("No question") == true)
    #expect(shell.execute("skip").error?.contains("No question") == true)
    #expect(shell.execute("again").error?.contains("No question") == true)
  }

  @Test func topicsComplete() {
    var shell = session()
    #expect(shell.completions(forLine: "quiz clo", wordStart: 5) == ["clock-skew"])
  }

  @Test func quizCommandsCannotRunInsideContent() {
    let lesson = ContentFile(
      path: "lessons/10-a.md", text: "---\nid: a\ntitle: A\norder: 10\n---\n```try\nquiz\n```\n")
    let problems = ContentCheck.problems(in: [lesson])
    #expect(problems.contains { $0.description.contains("course commands") })
  }
}
