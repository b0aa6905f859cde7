import Course
import CourseContent
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// The quiz engine on the built-in templates: every template, many seeds, graded against itself.
@Suite struct QuizEngineTests {
  static let library = ContentLoader.load(BuiltInContent.files).library

  @Test func theBuiltInTemplatesLoadWithoutProblems() {
    let problems = ContentLoader.load(BuiltInContent.files).problems
    #expect(problems.isEmpty, "\(problems)")
    #expect(!Self.library.quizzes.isEmpty)
  }

  @Test(arguments: library.quizzes.map(\.id))
  func everyTemplateAnswersForFiftySeeds(id: String) throws {
    let template = try #require(Self.library.quiz(id))
    var formats: Set<AnswerFormat> = []
    defer { #expect(formats.count <= 1, "\(id): the answer format changes with the seed: \(formats)") }
    for seed in UInt64(1)...50 {
      switch QuizEngine.question(template, seed: seed) {
      case .failure(let failure):
        Issue.record("\(id) seed \(seed): line \(failure.line): \(failure.message)")
      case .success(let question):
        formats.insert(question.format)
        #expect(!question.prompt.contains("{") || question.prompt.contains(", "), "\(id) \(seed)")
        #expect(
          question.grade(question.expected.description) == .right, "\(id) \(seed): \(question.expected)")
        #expect(question.grade(question.expected.description.uppercased()) == .right, "\(id) \(seed)")
        #expect(question.grade("  " + question.expected.description + "  ") == .right, "\(id) \(seed)")
        #expect(!question.events.isEmpty, "\(id) \(seed)")
        if case .right = question.grade(Self.wrongAnswer(for: question.expected)) {
          Issue.record("\(id) seed \(seed): a wrong answer was accepted")
        }
      }
    }
  }

  @Test func questionsAreDeterministic() throws {
    let template = try #require(Self.library.quizzes.first)
    let a = try QuizEngine.question(template, seed: 9).get()
    let b = try QuizEngine.question(template, seed: 9).get()
    #expect(a == b)
  }

  @Test func aSetupThatFailsNamesItsLine() {
    let file = ContentFile(
      path: "quizzes/broken.md",
      text: """
        ---
        id: broken
        topic: t
        kind: final-value
        lesson: last-write-wins
        hint: h
        ---
        ## Prompt
        Q?
        ## Parameters
        ## Setup
        write us k=v
        run
        write mars k=w
        ## Answer
        value k
        """)
    let problems = ContentCheck.problems(in: BuiltInContent.files + [file])
    #expect(
      problems.map(\.description).contains { $0.hasPrefix("quizzes/broken.md:14:") && $0.contains("mars") })
  }

  @Test func anAnswerFormatThatChangesWithTheSeedIsAProblem() {
    let file = ContentFile(
      path: "quizzes/leaky.md",
      text: """
        ---
        id: leaky
        topic: t
        kind: final-value
        lesson: last-write-wins
        hint: h
        ---
        ## Prompt
        Which write is lost when asia writes {b}ms later?
        ## Parameters
        b: 10, 99
        ## Setup
        write us k=v at 12:00:00
        write asia k=w at 12:00:00.0{b}
        run
        ## Answer
        lost k
        """)
    // lost gives a value when one write is lost and a set otherwise: 10ms apart the writes are
    // concurrent and one is lost; 99ms apart asia has seen the first, and nothing is lost.
    let problems = ContentCheck.problems(in: BuiltInContent.files + [file]).map(\.description)
    #expect(
      problems.contains {
        $0.hasPrefix("quizzes/leaky.md:17:") && $0.contains("must not give the answer away")
      },
      "\(problems)")
  }

  @Test func anAnswerThatNeverChangesIsAProblem() {
    let file = ContentFile(
      path: "quizzes/fixed.md",
      text: """
        ---
        id: fixed
        topic: t
        kind: final-value
        lesson: last-write-wins
        hint: h
        ---
        ## Prompt
        Which topping wins when us writes {a} and asia writes olive a minute later?
        ## Parameters
        a: pepperoni, ham
        ## Setup
        write us topping={a} at 12:00:00
        write asia topping=olive at 12:01:00
        run
        ## Answer
        value topping
        """)
    let problems = ContentCheck.problems(in: BuiltInContent.files + [file]).map(\.description)
    #expect(
      problems.contains {
        $0.hasPrefix("quizzes/fixed.md:17:") && $0.contains("the answer is olive with every seed")
      },
      "\(problems)")
    #expect(!problems.contains { !$0.hasPrefix("quizzes/fixed.md") }, "\(problems)")
  }

  @Test func anAnswerTheModelCannotGiveIsAProblem() {
    let file = ContentFile(
      path: "quizzes/unsettled.md",
      text: """
        ---
        id: unsettled
        topic: t
        kind: final-value
        lesson: last-write-wins
        hint: h
        ---
        ## Prompt
        Q?
        ## Parameters
        ## Setup
        write us k=v at 12:00:01
        ## Answer
        committed w1
        """)
    let problems = ContentCheck.problems(in: BuiltInContent.files + [file]).map(\.description)
    #expect(
      problems.contains { $0.hasPrefix("quizzes/unsettled.md:14:") && $0.contains("no write w1 yet") },
      "\(problems)")
  }

  /// An answer in the right format that differs from `expected`.
  static func wrongAnswer(for expected: QuizAnswer) -> String {
    switch expected {
    case .value, .node, .text: "definitely-not-this"
    case .yesNo(let yes): yes ? "no" : "yes"
    case .vector(let counters): QuizAnswer.vector(counters.map { $0 + 1 }).description
    case .set(let members): QuizAnswer.set(members.union(["anchovy-extra"])).description
    case .number(let number): String(number + 1)
    case .latency(let microseconds): "\(microseconds / 1_000 + 500)ms"
    }
  }
}
