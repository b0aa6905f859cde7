import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `predict` in a scenario, and prediction cards in `review`, on the built-in content.
@Suite struct PredictCommandTests {
  private let monday = Moment(secondsSince1970: 1_700_000_000)

  private func session(_ store: InMemoryProgress) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(monday))
    return shell
  }

  /// The prediction the session is waiting on.
  private func waiting(_ shell: ShellSession) throws -> StepPrediction {
    try #require(shell.tutor.practice.prediction).prediction
  }

  @Test func aRightPredictionRunsTheStepAndMakesNoCard() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("next")
    let asked = shell.execute("predict")
    #expect(asked.error == nil, "\(asked.error ?? "")")
    #expect(asked.output.contains("Predict step 2 of 4 before it runs."), "\(asked.output)")
    #expect(asked.output.contains("> run"))
    #expect(shell.prompt == "predict topping-timestamp 2")
    // Under LWW the earlier write, pepperoni, is discarded when the two leaders exchange writes.
    let prediction = try waiting(shell)
    #expect(prediction.expected == .value("pepperoni"))
    #expect(shell.coursePlace.step == 1, "the step has not run yet")
    let answered = shell.execute("  Pepperoni. ")
    #expect(answered.error == nil)
    #expect(answered.output.contains("Right. The model says pepperoni."), "\(answered.output)")
    #expect(answered.output.contains("Step 2 of 4"))
    #expect(shell.coursePlace.step == 2)
    #expect(shell.tutor.practice.prediction == nil)
    #expect(shell.prompt == "topping-timestamp 2/4")
    #expect(store.cards().isEmpty)
  }

  @Test func aWrongPredictionBecomesADueCardThatReviewAsksAgain() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("predict")
    let expected = try waiting(shell).expected
    #expect(expected == .value("pepperoni"), "us holds its own write 25ms in")
    let answered = shell.execute("mushroom")
    #expect(answered.output.contains("Not quite. You predicted mushroom; the model says pepperoni."))
    #expect(answered.output.contains("review asks it again"))
    #expect(answered.output.contains("Step 1 of 4"), "the step runs after a wrong prediction too")
    let card = try #require(store.cards().first)
    #expect(card.id == "prediction/topping-timestamp/1")
    #expect(card.topic == "predictions")
    #expect(!card.isNew && card.due < monday.adding(days: 1))
    #expect(store.reviews().map(\.source) == [.prediction])
    #expect(store.reviews().map(\.rating) == [.again])
    let progress = shell.execute("progress").output.split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    #expect(
      progress.contains("0 interview questions you rated and 1 wrong prediction (0 due now)"), "\(progress)"
    )
    // It comes back ten minutes on: `progress` says so, as `review` would not ask it yet.
    #expect(progress.contains("Reviews due: 0, 1 more later today"), "\(progress)")

    // Later that day the card is due: review asks it (without moving the learner's scenario).
    _ = shell.execute("", at: LearnerTime(monday.adding(days: 0.5)))
    let review = shell.execute("review --new 0")
    #expect(review.output.contains("Review: 1 due, 0 new"), "\(review.output)")
    #expect(review.output.contains("Predict · scenario topping-timestamp"), "\(review.output)")
    #expect(review.output.contains("Before the step:"))
    #expect(shell.prompt == "predict topping-timestamp 1")
    let done = shell.execute("pepperoni")
    #expect(done.output.contains("Right. The model says pepperoni."), "\(done.output)")
    #expect(done.output.contains("What the step did:"))
    #expect(shell.prompt == "rate", "a right answer waits for its rating")
    let rated = shell.execute("")
    #expect(rated.output.contains("Review done: 1 of 1 right."), "\(rated.output)")
    #expect(shell.coursePlace.step == 1 && shell.coursePlace.scenario == "topping-timestamp")
    #expect(store.reviews().map(\.rating) == [.again, .good])
    #expect(try #require(store.cards().first).due > shell.tutor.course.now)
  }

  @Test func badOrEmptyAnswersGetAnotherChance() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("scenario three-branches-vote")
    _ = shell.execute("goto 2")
    _ = shell.execute("predict")
    let prediction = try waiting(shell)
    #expect(prediction.prompt.hasPrefix("Does w1"), "\(prediction.prompt)")
    #expect(prediction.expected.format == .yesNo)
    let empty = shell.execute("")
    #expect(empty.error?.contains("The answer is empty.") == true, "\(empty.error ?? "")")
    let binary = shell.execute("\u{1}\u{7F}")
    #expect(binary.error?.contains("not printable text") == true)
    let nonsense = shell.execute("perhaps tomorrow")
    #expect(nonsense.error?.contains("yes or no") == true, "\(nonsense.error ?? "")")
    let huge = shell.execute(String(repeating: "y", count: 5_000))
    #expect(huge.error != nil)
    #expect(try waiting(shell) == prediction, "still waiting after four unreadable answers")
    #expect(shell.tutor.practice.prediction?.unreadable == 4)
    #expect(shell.coursePlace.step == 2)
    #expect(store.cards().isEmpty)
    let answered = shell.execute(prediction.expected.description)
    #expect(answered.output.contains("Right."), "\(answered.output)")
    #expect(shell.coursePlace.step == 3)
  }

  @Test func hintShowsTheStateAndSkipRunsTheStepWithoutACard() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("next")
    _ = shell.execute("predict")
    let hint = shell.execute("hint")
    #expect(hint.output.contains("the state before the step"), "\(hint.output)")
    #expect(hint.output.contains("mushroom") && hint.output.contains("pepperoni"))
    #expect(hint.output.contains("lesson last-write-wins"))
    #expect(shell.tutor.practice.prediction != nil)
    #expect(shell.execute("help predict").output.contains("predict"), "help still works")
    let skipped = shell.execute("skip")
    #expect(skipped.output.contains("No prediction this time."))
    #expect(shell.coursePlace.step == 2)
    #expect(store.cards().isEmpty)
  }

  @Test func predictExplainsWhenThereIsNothingToPredict() {
    var shell = session(InMemoryProgress())
    #expect(shell.execute("predict").error?.contains("No scenario is running.") == true)
    _ = shell.execute("scenario three-branches-vote")
    _ = shell.execute("goto 1")
    let looking = shell.execute("predict")
    #expect(
      looking.output.contains("Step 2 changes no replica's data and shows no verdict"), "\(looking.output)")
    #expect(shell.tutor.practice.prediction == nil)
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("goto 4")
    #expect(shell.execute("predict").error?.contains("nothing left to predict") == true)
  }

  @Test func aLookingStepAsksWhatItWillShow() throws {
    var shell = session(InMemoryProgress())
    // A lagging follower: the read's answer is the stale value the lesson is about.
    _ = shell.execute("scenario lagging-follower")
    _ = shell.execute("goto 2")
    _ = shell.execute("predict")
    let read = try waiting(shell)
    #expect(read.prompt.hasPrefix("This step reads order5 at asia-f1."))
    let ran = shell.execute(read.expected.description)
    #expect(ran.output.contains("Right."))
    #expect(ran.output.contains("asia-f1 order5 = \(read.expected.description)"), "\(ran.output)")
    // The last-write-wins scenario's report counts the discarded order as lost.
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("goto 2")
    _ = shell.execute("predict")
    let report = try waiting(shell)
    #expect(report.prompt.hasPrefix("This step runs report."))
    #expect(report.expected == .number(1))
    #expect(shell.execute("1").output.contains("Lost: 1."))
  }

  @Test func predictIsDiscoverable() {
    var shell = session(InMemoryProgress())
    let started = shell.execute("scenario topping-timestamp")
    #expect(started.output.contains("predict"))
    #expect(shell.execute("next").output.contains("predict first asks what it will do"))
    #expect(shell.completions(forLine: "pre", wordStart: 0).contains("predict"))
    #expect(shell.execute("help all").output.contains("predict"))
  }

  @Test func everyPredictionInTheBuiltInScenariosIsGradedRightByItsOwnAnswer() throws {
    var shell = session(InMemoryProgress())
    let library = shell.tutor.course.library()
    var asked = 0
    for scenario in library.scenarios {
      for number in 1...scenario.steps.count {
        guard let prediction = try shell.tutor.prediction(scenario, step: number) else { continue }
        asked += 1
        #expect(prediction.grade(prediction.expected.description) == .right, "\(scenario.id) \(number)")
        #expect(!prediction.prompt.isEmpty && !prediction.commands.isEmpty)
      }
    }
    let steps = library.scenarios.map(\.steps.count).reduce(0, +)
    #expect(asked * 4 >= steps * 3, "\(asked) of \(steps) steps have something to predict")
  }

  @Test func reviewStopEndsAPredictionInAReview() throws {
    let store = InMemoryProgress()
    store.record(
      ReviewRecord(
        cardID: "prediction/topping-timestamp/2", topic: "predictions", time: monday.adding(days: -1),
        rating: .again, source: .prediction))
    var shell = session(store)
    let review = shell.execute("review --new 0")
    #expect(review.output.contains("Predict · scenario topping-timestamp"), "\(review.output)")
    // The set-up is shown: the commands of step 1 that change the world, not its `state topping`.
    #expect(review.output.contains("The steps before it ran:\n  > write us topping=pepperoni at 12:00:00"))
    #expect(review.output.contains("> run 25ms\nBefore the step:"), "\(review.output)")
    let stopped = shell.execute("review stop")
    #expect(stopped.output.contains("Review stopped"), "\(stopped.output)")
    #expect(shell.tutor.practice.prediction == nil)
    #expect(shell.prompt == "multileader")
  }
}
