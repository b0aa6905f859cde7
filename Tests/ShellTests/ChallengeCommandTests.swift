import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `challenges`, `challenge ID`, `check`, `hint`, `solution` and `restart` on a small content
/// library: the count, the rules, the verdicts and the record in the progress store.
@Suite struct ChallengeCommandTests {
  static let skewChallenge = ContentFile(
    path: "challenges/10-skew.challenge",
    text: """
      ---
      id: skew
      title: Lost to skew
      order: 10
      forbid: policy
      ---
      ## Goal
      Make the US write lost with clocks under 5 ms apart.

      ## Pizza
      Make the US order vanish.

      ## Start
      write asia topping=pepperoni at 12:00:00

      ## Check
      value topping pepperoni
      lost topping
      skew < 5ms

      ## Hints
      - Clocks stamp writes.
      - A slow US clock.

      ## Solution
      clock us -3ms
      write us topping=mushroom at 12:00:00.002
      run
      """)

  static let quorumChallenge = ContentFile(
    path: "challenges/20-quorum.challenge",
    text: """
      ---
      id: quorum
      title: No write
      order: 20
      allow: crash, write, run
      ---
      ## Goal
      A rejected write.

      ## Pizza
      An order that fails.

      ## Start
      policy quorum

      ## Check
      rejected
      down <= 1

      ## Hints
      - A majority of two is two.

      ## Solution
      crash asia
      write us topping=pepperoni
      run
      """)

  static let files = [skewChallenge, quorumChallenge]

  private func session(_ store: InMemoryProgress = InMemoryProgress()) -> ShellSession {
    var shell = ShellSession(
      options: SessionOptions(style: .plain, width: 100), content: .files(Self.files, folder: "test"))
    shell.attachProgress(store)
    return shell
  }

  @Test func solvingCountsWorldCommandsOnlyAndRecordsTheBest() {
    let store = InMemoryProgress()
    var shell = session(store)
    #expect(shell.execute("challenge skew").error == nil)
    #expect(shell.prompt == "challenge skew")
    // Views, check, hint and failed commands do not count.
    _ = shell.execute("state")
    _ = shell.execute("report")
    _ = shell.execute("hint")
    #expect(shell.execute("write mars x=1").error != nil)
    let check = shell.execute("check").output
    #expect(check.contains("Commands so far: 0 (par 3)"))
    #expect(shell.execute("clock us -3ms").error == nil)
    #expect(shell.execute("write us topping=mushroom at 12:00:00.002").error == nil)
    let solved = shell.execute("run").output
    #expect(solved.contains("Solved skew in 3 commands (on par)"))
    #expect(solved.contains("Next: challenge quorum."))
    #expect(shell.prompt == "multileader")
    #expect(store.challengeRecords().map(\.bestCommands) == [3])
    let list = shell.execute("challenges").output
    #expect(list.contains("✓ 3"))
    #expect(list.contains("1 of 2 solved"))
    _ = shell.execute("challenge quorum")
    _ = shell.execute("crash asia")
    // A write without a time runs at once: the quorum rejects it, and that solves the challenge.
    #expect(shell.execute("write us topping=pepperoni").output.contains("You have solved every challenge."))
  }

  @Test func progressCountsTheChallengesSolvedAndThoseAtPar() {
    var shell = session()
    #expect(shell.execute("progress").output.contains("Challenges solved: 0 of 2 (0 at par)"))
    for line in [
      "challenge skew", "clock us -1ms", "clock us -3ms", "write us topping=mushroom at 12:00:00.002", "run",
    ] {
      _ = shell.execute(line)
    }
    #expect(shell.execute("progress").output.contains("Challenges solved: 1 of 2 (0 at par)"))
    for line in ["challenge skew", "clock us -3ms", "write us topping=mushroom at 12:00:00.002", "run"] {
      _ = shell.execute(line)
    }
    #expect(shell.execute("progress").output.contains("Challenges solved: 1 of 2 (1 at par)"))
  }

  @Test func undoWorksInAChallengeCountsAndStopsAtTheStartingWorld() {
    var shell = session()
    _ = shell.execute("challenge skew")
    #expect(shell.execute("clock us +3ms").error == nil)
    let undone = shell.execute("undo")
    #expect(undone.error == nil && undone.output.contains("Undid: clock us +3ms"), "\(undone)")
    // The undo history starts at the challenge's starting world; a refused undo is not counted.
    #expect(shell.execute("undo").error?.contains("Nothing to undo since the challenge started") == true)
    #expect(shell.execute("check").output.contains("Commands so far: 2 (par 3)"))
    #expect(shell.execute("clock").output.contains("us") && !shell.execute("clock").output.contains("+3ms"))
  }

  @Test func aLongerSolutionKeepsTheBestCount() {
    let store = InMemoryProgress()
    var shell = session(store)
    for line in ["challenge skew", "clock us -3ms", "write us topping=mushroom at 12:00:00.002", "run"] {
      _ = shell.execute(line)
    }
    for line in [
      "challenge skew", "clock us -1ms", "clock us -3ms", "write us topping=mushroom at 12:00:00.002",
    ] {
      _ = shell.execute(line)
    }
    #expect(shell.execute("run").output.contains("Your best: 3."))
    #expect(store.challengeRecords().first?.timesSolved == 2)
  }

  @Test func checkShowsWhichConditionsFail() {
    var shell = session()
    _ = shell.execute("challenge skew")
    _ = shell.execute("clock us -10ms")
    let check = shell.execute("check").output
    #expect(check.contains("✗ every replica holds topping=pepperoni"))
    #expect(check.contains("✗ no two clocks are 5ms or more apart (the clocks are 10ms apart at most)"))
    #expect(check.contains("Not yet: 3 of 3 conditions do not hold. Commands so far: 1 (par 3)."))
  }

  @Test func solutionWaitsForAnAttempt() {
    var shell = session()
    _ = shell.execute("challenge skew")
    #expect(shell.execute("solution").error?.contains("Try it first") == true)
    _ = shell.execute("state")
    #expect(shell.execute("solution").error?.contains("Try it first") == true)
    _ = shell.execute("clock us -1ms")
    let solution = shell.execute("solution").output
    #expect(solution.contains("clock us -3ms"))
    #expect(solution.contains("par 3"))
  }

  @Test func forbiddenAndWorldReplacingCommandsAreRefusedAndNotCounted() {
    var shell = session()
    _ = shell.execute("challenge skew")
    #expect(
      shell.execute("policy siblings").error?.contains("policy is not allowed in this challenge") == true)
    #expect(shell.execute("policy").error == nil)
    #expect(shell.execute("reset").error?.contains("restart starts the challenge over") == true)
    #expect(shell.execute("cluster us eu").error != nil)
    #expect(shell.execute("seed 5").error != nil)
    #expect(shell.execute("check").output.contains("Commands so far: 0 (par 3)"))
    _ = shell.execute("challenge quorum")
    #expect(shell.execute("clock us +1ms").error?.contains("clock is not allowed") == true)
  }

  @Test func hintsComeInOrderThenStop() {
    var shell = session()
    _ = shell.execute("challenge skew")
    #expect(shell.execute("hint").output.hasPrefix("Hint 1 of 2: Clocks stamp writes."))
    #expect(shell.execute("hint").output.hasPrefix("Hint 2 of 2: A slow US clock."))
    #expect(shell.execute("hint").output.hasPrefix("That was the last hint"))
  }

  @Test func restartGoesBackToTheStartingWorldAndAZeroCount() {
    var shell = session()
    _ = shell.execute("challenge skew")
    _ = shell.execute("clock us -3ms")
    _ = shell.execute("write us topping=mushroom at 12:00:00.002")
    let restarted = shell.execute("restart")
    #expect(restarted.output.contains("Challenge: Lost to skew"))
    #expect(shell.execute("check").output.contains("Commands so far: 0 (par 3)"))
    #expect(shell.execute("clock").output.contains("exact time"))
  }

  @Test func aQuizOrAScenarioEndsTheChallengeAndSaysSo() {
    var shell = ShellSession(options: SessionOptions(style: .plain, width: 100))
    #expect(shell.execute("challenge us-order-survives").error == nil)
    let quiz = shell.execute("quiz clock-skew")
    #expect(quiz.output.contains("The challenge us-order-survives has ended"))
    #expect(shell.prompt.hasPrefix("quiz"))
    _ = shell.execute("skip")
    _ = shell.execute("challenge us-order-survives")
    let scenario = shell.execute("scenario 1")
    #expect(scenario.output.contains("has ended"))
    #expect(shell.execute("check").error?.contains("No challenge is running") == true)
    // Outside a challenge, restart is the scenario's again.
    #expect(shell.execute("restart").error == nil)
  }

  @Test func unknownChallengesSuggestTheClosest() {
    var shell = session()
    #expect(shell.execute("challenge skwe").error?.contains("Did you mean skew?") == true)
    #expect(shell.execute("challenge 2").output.contains("Challenge: No write"))
    #expect(shell.execute("check").output.contains("✗ a client's write was rejected"))
  }

  @Test func completionOffersChallengeIDs() {
    var shell = session()
    #expect(shell.completions(forLine: "challenge q", wordStart: 10) == ["quorum"])
    #expect(shell.completions(forLine: "chec", wordStart: 0) == ["check"])
  }
}
