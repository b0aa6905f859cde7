import Course
import CourseContent
import ReplicationModel
import ReplicationSimulation
import TerminalUI
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// A calmer screen (issue 20): grouped followers in traces, diagrams only when asked, a first
/// `help` that fits one screen, and answers kept out of the command history.
@Suite struct CalmScreenTests {
  private static let conflict = [
    "write us topping=pepperoni at 12:00:00",
    "write asia topping=mushroom at 12:00:00.010",
  ]

  private func session(_ lines: [String] = []) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(width: 200))
    for line in lines { _ = shell.execute(line) }
    return shell
  }

  @Test func runShowsARegionsFollowersThatDidTheSameOnOneLine() {
    var shell = session(Self.conflict)
    let run = shell.execute("run").output
    #expect(run.contains("us-f1, us-f2 applied w1 topping=pepperoni [1,0]: stored"), "\(run)")
    #expect(run.contains("asia-f1, asia-f2 applied w1 topping=pepperoni [1,0]: CONFLICT"), "\(run)")
    #expect(!run.contains("  us-f2 applied"), "no follower repeats the shared line:\n\(run)")
    let trace = shell.execute("trace").output
    #expect(trace.contains("us-f1, us-f2 applied w1"), "\(trace)")
  }

  @Test func traceFollowersShowsEachFollowerOnItsOwnLine() {
    var shell = session(Self.conflict + ["run"])
    let each = shell.execute("trace --followers").output
    #expect(each.contains("  us-f1 applied w1") && each.contains("  us-f2 applied w1"), "\(each)")
    #expect(!each.contains("us-f1, us-f2"))
    #expect(shell.execute("trace").output.contains("us-f1, us-f2"), "--followers lasts one command")
  }

  @Test func theFollowersSettingLastsTheSessionAcrossReset() {
    var shell = session()
    #expect(shell.execute("followers").output.contains("share a line"))
    #expect(shell.execute("followers each").error == nil)
    _ = shell.execute("reset")
    for line in Self.conflict { _ = shell.execute(line) }
    let run = shell.execute("run").output
    #expect(run.contains("  us-f1 applied w1") && run.contains("  us-f2 applied w1"), "\(run)")
    #expect(shell.execute("followers grouped").error == nil)
    #expect(shell.execute("trace").output.contains("us-f1, us-f2 applied w1"))
    let wrong = shell.execute("followers some")
    #expect(wrong.error?.contains("'some' is not a way to show followers") == true, "\(wrong.error ?? "")")
  }

  @Test func aFollowerThatDidSomethingElseKeepsItsOwnLine() throws {
    var bench = Workbench(options: SessionOptions(width: 200))
    for line in Self.conflict + ["run"] { #expect(bench.execute(line).error == nil) }
    let events = Array(bench.world.trace)
    let layout = bench.world.layout
    let second = try layout.node(named: "us-f2")
    // us-f2's first application, told as if it had found the write already there.
    let changed = events.map { event -> TraceEvent in
      guard case .applied(second, let version, .stored) = event.kind else { return event }
      return TraceEvent(time: event.time, kind: .applied(node: second, version, .duplicate))
    }
    let formatter = EventFormatter(layout: layout, styler: Styler(style: .plain))
    let lines = FollowerGrouping.lines(for: changed, formatter: formatter)
    #expect(lines.contains { $0.hasSuffix("us-f1 applied w1 topping=pepperoni [1,0]: stored") }, "\(lines)")
    #expect(lines.contains { $0.hasSuffix("us-f2 applied w1 topping=pepperoni [1,0]: duplicate, ignored") })
    #expect(!lines.contains { $0.contains("us-f1, us-f2 applied w1") })
    #expect(lines.contains { $0.contains("asia-f1, asia-f2 applied w2") }, "the others still share")
  }

  @Test func followersApartInTimeKeepTheirOwnLines() throws {
    var bench = Workbench(options: SessionOptions(width: 200))
    for line in Self.conflict + ["run"] { #expect(bench.execute(line).error == nil) }
    let layout = bench.world.layout
    let second = try layout.node(named: "us-f2")
    let later = Array(bench.world.trace).map { event -> TraceEvent in
      guard case .applied(second, _, _) = event.kind else { return event }
      return TraceEvent(time: event.time + FollowerGrouping.window + .milliseconds(1), kind: event.kind)
    }
    let lines = FollowerGrouping.lines(
      for: later, formatter: EventFormatter(layout: layout, styler: Styler(style: .plain)))
    #expect(!lines.contains { $0.contains("us-f1, us-f2 applied") }, "\(lines)")
  }
}

/// The first `help` fits a 24 × 80 screen; `help all` lists every command.
@Suite struct FirstHelpTests {
  @Test func theFirstHelpFitsOneScreen() {
    var shell = ShellSession(options: SessionOptions(width: 80))
    let help = shell.execute("help").output
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count <= FirstHelp.screenRows - 1, "leaves a row for the prompt: \(lines.count) lines")
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(help.contains("help all lists every command"))
    let listed = lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
    #expect(listed.count == 10, "ten commands: \(listed)")
    for name in ["lesson", "try", "next", "challenges", "write", "run", "state", "quiz", "plan"] {
      #expect(listed.contains { $0.hasPrefix("  \(name) ") }, "\(name) is among the first")
    }
  }

  @Test func helpAllListsEveryCommandGrouped() {
    var shell = ShellSession(options: SessionOptions(width: 80))
    let all = shell.execute("help all").output
    for spec in CommandCatalog.all {
      #expect(all.contains("  \(spec.name) "), "\(spec.name) is listed")
    }
    for group in CommandGroup.allCases { #expect(all.contains(group.rawValue)) }
  }

  @Test func everyFirstCommandExists() {
    for name in FirstHelp.commands { #expect(CommandCatalog.spec(named: name) != nil, "\(name)") }
  }
}

/// Answers stay out of the command history; commands go in.
@Suite struct AnswerHistoryTests {
  private func session() -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(InMemoryProgress())
    _ = shell.execute("", at: LearnerTime(Moment(secondsSince1970: 1_700_000_000)))
    return shell
  }

  @Test func aQuizAnswerIsNotACommandForTheHistory() throws {
    var shell = session()
    #expect(!shell.execute("quiz last-write-wins").wasAnswer)
    let expected = try #require(shell.tutor.practice.quiz).question.expected
    let answer = shell.execute(expected.description)
    #expect(answer.wasAnswer)
    #expect(!shell.history.contains(expected.description), "\(shell.history)")
    #expect(shell.history.contains("quiz last-write-wins"))
  }

  @Test func predictionsAndDrillAnswersStayOut() {
    var shell = session()
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("next")
    _ = shell.execute("predict")
    #expect(shell.execute("pepperoni").wasAnswer)
    _ = shell.execute("mnemonic drill")
    #expect(shell.execute("conflicts").wasAnswer, "a drill takes any line as its answer")
    #expect(!shell.history.contains("pepperoni") && !shell.history.contains("conflicts"), "\(shell.history)")
    #expect(shell.history.contains("predict") && shell.history.contains("mnemonic drill"))
    #expect(!shell.execute("help").wasAnswer, "help still runs as a command in a drill")
  }
}

/// After `reset` or `cluster` during a scenario, the prompt says the scenario is paused.
@Suite struct PausedScenarioTests {
  @Test func resetPausesTheScenarioUntilTheNextStep() {
    var shell = ShellSession(options: SessionOptions())
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("next")
    #expect(!shell.prompt.hasSuffix("paused"))
    let reset = shell.execute("reset").output
    #expect(
      shell.prompt.hasPrefix("topping-timestamp 1/") && shell.prompt.hasSuffix(" paused"), "\(shell.prompt)")
    #expect(reset.contains("is paused at step 1") && reset.contains("next goes on with step 2"), "\(reset)")
    _ = shell.execute("next")
    #expect(!shell.prompt.hasSuffix("paused"), "a step resumes it")
    #expect(shell.execute("cluster us asia eu").output.contains("is paused at step 2"))
    #expect(shell.prompt.hasSuffix(" paused"))
    #expect(!shell.execute("reset").output.contains("paused"), "said once, while it stays paused")
    #expect(shell.prompt.hasSuffix(" paused"))
    _ = shell.execute("scenario topping-timestamp")
    #expect(!shell.prompt.hasSuffix("paused"))
  }

  @Test func withoutAScenarioResetSaysNothingMore() {
    var shell = ShellSession(options: SessionOptions())
    #expect(!shell.execute("reset").output.contains("paused"))
    #expect(shell.prompt == "multileader")
  }
}

/// `try` and `next` draw the diagram only where the step runs `diagram`, or when asked after.
@Suite struct StepDiagramTests {
  private static let files = [
    ContentFile(
      path: "lessons/10-first.md",
      text: """
        ---
        id: first
        title: The first lesson
        order: 10
        ---
        Text.

        ```try
        write us topping=pepperoni at 12:00:00
        run
        ```

        ```try
        write us topping=pepperoni at 12:00:00
        run
        diagram
        ```
        """),
    ContentFile(
      path: "scenarios/10-order.scenario",
      text: """
        ---
        id: order
        title: Message order
        order: 10
        ---
        > **Pizza:** the US branch takes an order.
        > **System:** us takes a write.
        write us topping=pepperoni at 12:00:00
        run
        > **Pizza:** watch the messages.
        > **System:** the step draws the diagram itself.
        write asia topping=mushroom
        run
        diagram
        """),
  ]

  @Test func tryDrawsNoDiagramUnlessTheExampleAsks() {
    var shell = ShellSession(options: SessionOptions(), content: .files(Self.files, folder: "test"))
    _ = shell.execute("lesson first")
    let plain = shell.execute("try 1").output
    #expect(!plain.contains("┌") && !plain.contains("│ us"), "\(plain)")
    #expect(plain.contains("diagram draws them in time order"))
    let drawn = shell.execute("try 2").output
    #expect(drawn.contains("multileader> diagram"))
    #expect(!drawn.contains("diagram draws them in time order"), "no hint where the diagram is drawn")
    #expect(shell.execute("diagram").error == nil, "diagram after try draws the example's world")
  }

  @Test func aStepThatRunsDiagramDrawsIt() {
    var shell = ShellSession(options: SessionOptions(), content: .files(Self.files, folder: "test"))
    _ = shell.execute("scenario order")
    let first = shell.execute("next").output
    #expect(first.contains("diagram draws them in time order"))
    let second = shell.execute("next").output
    #expect(second.contains("order> diagram") && !second.contains("diagram draws them"), "\(second)")
  }
}

/// A single-leader cluster is not described as all-to-all.
@Suite struct SingleLeaderWordingTests {
  @Test func clusterStatusAndTopologySayThereIsOneLeader() {
    var shell = ShellSession(options: SessionOptions(width: 200))
    let cluster = shell.execute("cluster us asia --single-leader us").output
    #expect(!cluster.contains("all-to-all") && cluster.contains("no links between leaders"), "\(cluster)")
    let status = shell.execute("status").output
    #expect(!status.contains("all-to-all") && status.contains("single leader"), "\(status)")
    #expect(!shell.execute("topology").output.contains("all-to-all"))
    _ = shell.execute("cluster us asia")
    #expect(shell.execute("status").output.contains("all-to-all"), "two leaders keep their topology")
  }
}

/// `again` asks with values that decide the answer, is offered only where it works, and a mock
/// interview asks each question at most once.
@Suite struct AgainAndMockTests {
  private func session() -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 5))
    shell.attachProgress(InMemoryProgress())
    _ = shell.execute("", at: LearnerTime(Moment(secondsSince1970: 1_700_000_000)))
    return shell
  }

  @Test func againChangesAValueThatReachesTheSetUp() throws {
    var shell = session()
    let library = shell.tutor.course.library()
    let varied = library.quizzes.filter(QuizVariety.hasVariety)
    #expect(!varied.isEmpty)
    for template in varied.prefix(12) {
      _ = shell.execute("quiz \(template.topic)")
      guard try #require(shell.tutor.practice.quiz).question.id == template.id else { continue }
      for _ in 0..<3 {
        let before = try #require(shell.tutor.practice.quiz).question.instance.values
        #expect(shell.execute("again").error == nil)
        let after = try #require(shell.tutor.practice.quiz).question.instance.values
        #expect(QuizVariety.differ(before, after, in: template), "\(template.id): \(before) then \(after)")
      }
      _ = shell.execute("skip")
    }
  }

  /// A template whose answer depends on `a` only; `n` is decoration (in the wording alone).
  private static func template(id: String, values: String) -> ContentFile {
    ContentFile(
      path: "quizzes/\(id).md",
      text: """
        ---
        id: \(id)
        topic: t
        kind: final-value
        lesson: l
        hint: h
        ---
        ## Prompt
        Table {n}: us writes topping={a}. Which topping stays?
        ## Parameters
        a: \(values)
        n: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
        ## Setup
        write us topping={a} at 12:00:00
        run
        ## Answer
        value topping
        """)
  }

  private func session(_ template: ContentFile) -> ShellSession {
    let lesson = ContentFile(path: "lessons/10-l.md", text: "---\nid: l\ntitle: L\norder: 10\n---\nText.\n")
    var shell = ShellSession(
      options: SessionOptions(seed: 5), content: .files([lesson, template], folder: "test"))
    shell.attachProgress(InMemoryProgress())
    _ = shell.execute("", at: LearnerTime(Moment(secondsSince1970: 1_700_000_000)))
    return shell
  }

  @Test func againNeverKeepsTheDecidingValueOfATwoValueTemplate() throws {
    var shell = session(Self.template(id: "two", values: "ham, olive"))
    _ = shell.execute("quiz t")
    for _ in 0..<12 {
      let before = try #require(shell.tutor.practice.quiz).question.instance.values["a"]
      #expect(shell.execute("again").error == nil)
      let after = try #require(shell.tutor.practice.quiz).question.instance.values["a"]
      #expect(before != after, "again kept a=\(after ?? "")")
    }
  }

  @Test func aTemplateWithOnlyDecorationToVaryDoesNotOfferAgain() throws {
    var shell = session(Self.template(id: "one", values: "ham"))
    _ = shell.execute("quiz t")
    let skipped = shell.execute("skip").output
    #expect(!skipped.contains("again asks this question"), "\(skipped)")
    let again = try #require(shell.execute("again").error)
    #expect(again.contains("one has no other values to ask it with"), "\(again)")
  }

  @Test func theAgainLineAppearsOnlyOutsideASitting() throws {
    var shell = session()
    _ = shell.execute("quiz")
    let template = try #require(shell.tutor.practice.quiz).question.instance.template
    let alone = shell.execute("skip").output
    #expect(alone.contains("again asks this question") == QuizVariety.hasVariety(template))
    _ = shell.execute("interview --questions 4")
    var outputs: [String] = []
    for _ in 0..<12 {
      switch shell.tutor.practice {
      case .asking(.quiz, _): outputs.append(shell.execute("skip").output)
      case .asking(.interview, _), .rating:
        outputs.append(shell.execute("skip").output + shell.execute("good").output)
      default: break
      }
    }
    #expect(!outputs.isEmpty)
    #expect(
      outputs.allSatisfy { !$0.contains("again asks this question") },
      "again does not work in a mock interview")
  }

  @Test func aMockInterviewNeverAsksTheSameQuestionTwice() {
    var shell = session()
    _ = shell.execute("interview --questions 30")
    var asked: [String] = []
    for _ in 0..<120 {
      switch shell.tutor.practice {
      case .asking(.quiz(let quiz), _):
        asked.append("quiz " + quiz.question.id)
        _ = shell.execute("skip")
      case .asking(.interview(let interview), _):
        asked.append("open " + interview.question.id)
        _ = shell.execute("skip")
        _ = shell.execute("good")
      case .rating: _ = shell.execute("good")
      default: break
      }
    }
    #expect(asked.count >= 10, "\(asked)")
    #expect(Set(asked).count == asked.count, "repeated: \(asked)")
  }
}
