import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `override`: the learner's "I was right" after a Not quite from the model, once, for the most
/// recent graded answer only, and never in a mock interview.
@Suite struct OverrideTests {
  private let monday = Moment(secondsSince1970: 1_700_000_000)

  private func session(_ store: InMemoryProgress) -> ShellSession {
    // Wide enough that no message is wrapped.
    var shell = ShellSession(options: SessionOptions(width: 200, seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(monday))
    return shell
  }

  /// A line the waiting quiz question reads as a wrong answer.
  private func wrongAnswer(_ shell: ShellSession) throws -> String {
    let question = try #require(shell.tutor.practice.quiz).question
    return try #require(
      ["zzz", "no", "yes", "0", "7", "[9,9]", "{zzz}", "999ms", "ordered", "concurrent"].first {
        if case .wrong = question.grade($0) { return true }
        return false
      })
  }

  @Test func aWrongQuizAnswerIsCountedAsRightOnceAndTheReviewReplaced() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz last-write-wins")
    let id = try #require(shell.tutor.practice.quiz).question.id
    let wrong = shell.execute("zzz")
    #expect(wrong.output.contains("Not quite. You said zzz;"), "\(wrong.output)")
    #expect(wrong.output.contains("Misread? override counts your answer as right."), "\(wrong.output)")
    #expect(store.reviews().map(\.rating) == [.again])

    let overridden = shell.execute("override")
    #expect(overridden.error == nil, "\(overridden.error ?? "")")
    #expect(overridden.output == "Counted as right: your answer 'zzz' for \(id); the review is now good.")
    let review = try #require(store.reviews().last)
    #expect(store.reviews().count == 1, "one review per answer, not two")
    #expect(review.rating == .good && review.overridden)
    let good = ReviewRecord(cardID: id, topic: review.topic, time: monday, rating: .good, source: .model)
    #expect(store.cards() == [ReviewCard.after(good, existing: nil)], "scheduled as a right answer")

    let again = shell.execute("override")
    #expect(again.error?.contains("already counts as right (overridden)") == true, "\(again.error ?? "")")
    #expect(store.reviews().count == 1)
  }

  @Test func onlyAWrongVerdictCanBeOverridden() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    #expect(shell.execute("override").error?.hasPrefix("There is no answer to override.") == true)
    _ = shell.execute("quiz clock-skew")
    _ = shell.execute("skip")
    let skipped = shell.execute("override")
    #expect(skipped.error?.contains("was skipped") == true, "\(skipped.error ?? "")")
    _ = shell.execute("quiz clock-skew")
    _ = shell.execute(try #require(shell.tutor.practice.quiz).question.expected.description)
    _ = shell.execute("")
    let right = shell.execute("override")
    #expect(right.error?.contains("was already counted as right") == true, "\(right.error ?? "")")
    #expect(store.reviews().map(\.rating) == [.again, .good] && !store.reviews().contains { $0.overridden })
  }

  @Test func onlyTheMostRecentGradedAnswerCanBeOverridden() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz last-write-wins")
    _ = shell.execute(try wrongAnswer(shell))
    _ = shell.execute("interview question crdts")
    _ = shell.execute("CRDTs merge.")
    _ = shell.execute("")
    _ = shell.execute("good")
    let refused = shell.execute("override")
    #expect(refused.error?.contains("open interview question, which you rate yourself") == true)
    #expect(store.reviews().map(\.rating) == [.again, .good])
  }

  @Test func inAReviewTheNextCardWaitsAndTheTallyCountsTheOverride() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("review --new 2")
    let first = try #require(shell.tutor.practice.quiz).question.id
    let wrong = shell.execute(try wrongAnswer(shell))
    #expect(wrong.output.contains("Misread? override counts your answer as right."), "\(wrong.output)")
    #expect(wrong.output.contains("Card 2"), "the next card follows: \(wrong.output)")
    let overridden = shell.execute("override")
    #expect(overridden.output.hasPrefix("Counted as right: your answer"), "\(overridden.output)")
    #expect(overridden.output.contains("for \(first); the review is now good."))
    #expect(overridden.output.contains("The question above is still waiting for your answer."))
    #expect(PracticeStart.describe(shell.tutor.practice) == "quiz in review")
    let done = shell.execute(try wrongAnswer(shell))
    #expect(done.output.contains("Review done: 1 of 2 right."), "\(done.output)")
    #expect(store.reviews().map(\.rating) == [.good, .again])
    #expect(store.reviews().map(\.overridden) == [true, false])
  }

  @Test func aMockInterviewsAnswersStandAsGiven() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("interview --questions 3")
    _ = shell.execute("An answer.")
    _ = shell.execute("")
    _ = shell.execute("good")
    let wrong = shell.execute(try wrongAnswer(shell))
    #expect(!wrong.output.contains("override"), "no override is offered in a mock: \(wrong.output)")
    let refused = shell.execute("override")
    #expect(refused.error?.hasPrefix("override does not apply in a mock interview") == true, "\(refused)")
    #expect(store.reviews().last?.rating == .again)
    _ = shell.execute("stop")
    #expect(shell.execute("override").error?.hasPrefix("override does not apply in a mock interview") == true)
  }

  @Test func aWrongPredictionCanBeOverridden() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("predict")
    let prediction = try #require(shell.tutor.practice.prediction).prediction
    let wrong = try #require(
      ["zzz", "no", "yes", "{zzz}", "0"].first {
        if case .wrong = prediction.grade($0) { return true }
        return false
      })
    let verdict = shell.execute(wrong)
    #expect(verdict.output.contains("Misread? override counts your answer as right."), "\(verdict.output)")
    let overridden = shell.execute("override")
    #expect(
      overridden.output.contains(
        "for topping-timestamp step \(prediction.step) (prediction); the review is now good."),
      "\(overridden.output) \(overridden.error ?? "")")
    #expect(store.reviews().map(\.rating) == [.good] && store.reviews()[0].overridden)
  }

  @Test func progressLogShowsTheOverride() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz last-write-wins")
    let id = try #require(shell.tutor.practice.quiz).question.id
    _ = shell.execute(try wrongAnswer(shell))
    _ = shell.execute("override")
    let log = shell.execute("progress log").output
    #expect(log.contains("2023-11-14 22:13  \(id)"), "\(log)")
    #expect(log.contains("good (overridden)"), "\(log)")
  }

  @Test func helpExplainsOverride() {
    var shell = session(InMemoryProgress())
    let help = shell.execute("help override").output
    #expect(help.hasPrefix("override"), "\(help)")
    #expect(help.contains("mock interview"), "\(help)")
  }
}
