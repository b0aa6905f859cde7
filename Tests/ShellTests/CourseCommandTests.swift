import Course
import CourseContent
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// The course commands on a small content library of their own.
@Suite struct CourseCommandTests {
  private static let files = [
    ContentFile(
      path: "lessons/10-first.md",
      text: """
        ---
        id: first
        title: The first lesson
        order: 10
        ---
        Two leaders, **one key**.

        ```try
        write us topping=pepperoni at 12:00:00
        write asia topping=mushroom at 12:00:00.010
        run
        ```
        """),
    ContentFile(
      path: "lessons/20-second.md", text: "---\nid: second\ntitle: The second lesson\norder: 20\n---\nMore.\n"
    ),
    ContentFile(
      path: "scenarios/10-pizza.scenario",
      text: """
        ---
        id: pizza
        title: A pizza conflict
        order: 10
        lesson: first
        ---
        > **Pizza:** the US branch takes an order.
        write us topping=pepperoni at 12:00:00
        > **Pizza:** Asia takes another, ten milliseconds later.
        write asia topping=mushroom at 12:00:00.010
        > Replication settles it.
        run
        """),
    ContentFile(
      path: "mnemonic.md",
      text: """
        ---
        phrase: Many Tasty
        ---
        ## M: Multi-leader
        meaning: Several leaders accept writes.
        lesson: first
        ## T: Timestamps
        meaning: Writes carry times.
        lesson: second
        """),
  ]

  private func session() -> ShellSession {
    ShellSession(options: SessionOptions(), content: .files(Self.files, folder: "test"))
  }

  private func run(_ lines: [String], in session: inout ShellSession) -> [CommandOutcome] {
    lines.map { session.execute($0) }
  }

  @Test func theTestContentIsValid() {
    #expect(ContentCheck.problems(in: Self.files).isEmpty)
  }

  @Test func lessonsAreListedReadAndStepped() {
    var shell = session()
    let outcomes = run(
      ["lessons", "lesson", "lesson next", "lesson next", "lesson prev", "lessons"], in: &shell)
    #expect(outcomes[0].output.contains("first") && outcomes[0].output.contains("0 of 2 read"))
    #expect(outcomes[1].output.contains("Lesson 1 of 2 · first"))
    #expect(outcomes[1].output.contains("Example 1: type try 1 to run it."))
    #expect(outcomes[2].output.contains("The second lesson"))
    #expect(outcomes[3].error?.contains("last lesson") == true)
    #expect(outcomes[4].output.contains("The first lesson"))
    #expect(outcomes[5].output.contains("2 of 2 read"))
    #expect(shell.coursePlace.lesson == "first")
  }

  @Test func tryRunsTheExampleOnAFreshWorldTheLearnerKeeps() {
    var shell = session()
    _ = run(["write us other=1", "lesson first"], in: &shell)
    let tried = shell.execute("try 1")
    #expect(tried.error == nil)
    #expect(tried.output.contains("multileader> write us topping=pepperoni at 12:00:00"))
    #expect(tried.output.contains("CONFLICT"))
    let state = shell.execute("state").output
    #expect(state.contains("mushroom") && !state.contains("other"))
    #expect(shell.execute("try 2").error?.contains("has 1 example") == true)
  }

  @Test func aScenarioStepsForwardBackAndRecoversFromExploring() {
    var shell = session()
    #expect(shell.execute("scenario 1").output.contains("A pizza conflict"))
    #expect(shell.prompt == "pizza 0/3")
    let first = shell.execute("next").output
    #expect(first.contains("Step 1 of 3") && first.contains("the US branch takes an order"))
    _ = run(["write asia something=else", "reset"], in: &shell)
    let second = shell.execute("next").output
    #expect(second.contains("Step 2 of 3"))
    #expect(shell.execute("status").output.contains("next event at"), "the scenario's own world is back")
    let third = shell.execute("next").output
    #expect(third.contains("CONFLICT") && third.contains("The end."))
    #expect(!third.contains("as a space-time diagram"), "a step draws no diagram unless asked")
    #expect(
      third.contains("diagram draws them in time order"), "where messages crossed, it says how to draw them")
    #expect(!first.contains("diagram draws them"), "a step where nothing crosses says nothing of it")
    #expect(shell.execute("next").error?.contains("last step") == true)
    #expect(shell.execute("back").output.contains("Step 2 of 3"))
    #expect(shell.prompt == "pizza 2/3")
    #expect(shell.execute("goto 9").error != nil)
  }

  @Test func whatIfComparesPoliciesWithoutTouchingTheWorld() {
    var shell = session()
    _ = run(["scenario pizza", "next", "next", "next"], in: &shell)
    let before = (shell.world.trace, shell.world.nodes, shell.world.now)
    let comparison = shell.execute("what-if policy siblings")
    #expect(comparison.error == nil, "\(comparison.error ?? "")")
    #expect(
      comparison.output.contains("mushroom | pepperoni") || comparison.output.contains("pepperoni | mushroom")
    )
    #expect(comparison.output.contains("lost w1"))
    #expect(comparison.output.contains("no acknowledged write lost"))
    #expect(shell.world.trace == before.0 && shell.world.nodes == before.1 && shell.world.now == before.2)
    #expect(shell.execute("what-if policy nonsense").error != nil)
  }

  @Test func theMnemonicDrillAsksEveryLetterAndGradesAnswers() {
    var shell = session()
    #expect(shell.execute("mnemonic").output.contains("M-T: Many Tasty"))
    let start = shell.execute("mnemonic drill").output
    #expect(start.contains("Question 1 of 2"))
    var right = 0
    for _ in 0..<2 {
      let asked = shell.prompt
      #expect(asked.hasPrefix("drill "))
      let letter = shell.tutor.practice.drill?.letters[shell.tutor.practice.drill?.index ?? 0].letter
      let reply = shell.execute(letter == "M" ? "multiple leaders" : "time stamps").output
      if reply.contains("Right.") { right += 1 }
    }
    #expect(right == 2)
    #expect(shell.prompt == "multileader")
    _ = shell.execute("mnemonic drill")
    #expect(shell.execute("stop").output.contains("Drill stopped"))
    #expect(shell.execute("mnemonic Q").error != nil)
  }

  @Test func continuePicksUpAPlaceFromAnEarlierRun() {
    var shell = session()
    shell.restoreCoursePlace(CoursePlace(scenario: "pizza", step: 2))
    let resumed = shell.execute("continue").output
    #expect(resumed.contains("Step 2 of 3"))
    var fresh = session()
    #expect(fresh.execute("continue").error?.contains("nothing to continue") == true)
  }

  @Test func contentCheckRunsExamplesAndScenarios() {
    var files = Self.files
    files.append(
      ContentFile(
        path: "scenarios/20-bad.scenario",
        text: "---\nid: bad\ntitle: Bad\norder: 20\n---\n> One.\nwrite mars x=1\n> Two.\nnext\n"))
    let problems = ContentCheck.problems(in: files).map(\.description)
    #expect(
      problems == [
        "scenarios/20-bad.scenario:7: the scenario fails at `write mars x=1`: There is no node 'mars'; the nodes are: us, asia, us-f1, us-f2, asia-f1, asia-f2."
      ])
  }
}

/// The content that ships in the binary, checked the way `content check` does.
@Suite struct ShippedContentTests {
  @Test func everyLessonExampleAndScenarioRuns() {
    let problems = ContentCheck.problems(in: BuiltInContent.files)
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
  }

  @Test func theCourseCoversTheSourceDocument() {
    let library = ContentLoader.load(BuiltInContent.files).library
    #expect(library.lessons.count >= 16)
    #expect(library.scenarios.count >= 12)
    let text = library.lessons.flatMap(\.body).map(\.text).joined(separator: "\n").lowercased()
    for idea in [
      "latency", "availability", "follower", "utc", "version vector", "crdt", "quorum", "last write wins",
      "single-leader", "collaborative", "merge", "manual", "clock skew", "hybrid logical", "topolog",
    ] {
      #expect(text.contains(idea), "no lesson mentions \(idea)")
    }
  }
}
