import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// After a right answer to a model-checked question the learner may rate it again, hard, good or
/// easy (Enter is good); one review is recorded, with the rating chosen, and any other line runs.
@Suite struct RightAnswerRatingTests {
  private let monday = Moment(secondsSince1970: 1_700_000_000)
  private static let ratingLine =
    "How well did you know it? again, hard, good or easy (or 1 to 4); Enter for good."

  private func session(_ store: InMemoryProgress) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(monday))
    return shell
  }

  private func rightAnswer(_ shell: ShellSession) throws -> String {
    try #require(shell.tutor.practice.quiz).question.expected.description
  }

  @Test(arguments: [
    ("hard", ReviewRating.hard), ("easy", .easy), ("again", .again), ("good", .good), ("", .good),
    ("1", .again), ("2", .hard), ("3", .good), ("4", .easy), ("  Easy ", .easy),
  ])
  func theRatingChosenIsTheOneRecorded(typed: String, rating: ReviewRating) throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz clock-skew")
    let right = shell.execute(try rightAnswer(shell))
    #expect(right.output.contains("Right."))
    #expect(right.output.hasSuffix(Self.ratingLine), "\(right.output)")
    #expect(!right.output.contains("again asks this question"), "\(right.output)")
    #expect(shell.prompt == "rate")
    let rated = shell.execute(typed)
    #expect(rated.error == nil)
    #expect(rated.output.hasPrefix("Rated \(rating)."), "\(rated.output)")
    #expect(rated.output.contains("again asks this question with new values; quiz asks another."))
    #expect(shell.tutor.practice == .idle)
    let review = try #require(store.reviews().first)
    #expect(store.reviews().count == 1, "one review per answer")
    #expect(review.rating == rating && !review.overridden)
    #expect(store.cards() == [ReviewCard.after(review, existing: nil)])
  }

  @Test func anotherLineLeavesItGoodAndRunsAsUsual() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz clock-skew")
    _ = shell.execute(try rightAnswer(shell))
    let state = shell.execute("state")
    #expect(state.error == nil)
    #expect(state.output.contains("us"), "the command ran: \(state.output)")
    #expect(shell.tutor.practice == .idle)
    #expect(store.reviews().map(\.rating) == [.good])
    _ = shell.execute("quiz clock-skew")
    _ = shell.execute(try rightAnswer(shell))
    let next = shell.execute("quiz")
    #expect(next.output.contains("Question ·"), "a new question is asked: \(next.output)")
    #expect(store.reviews().map(\.rating) == [.good, .good])
  }

  @Test func inAReviewTheNextCardFollowsTheRating() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("review --new 2")
    let right = shell.execute(try rightAnswer(shell))
    #expect(right.output.hasSuffix(Self.ratingLine), "\(right.output)")
    #expect(!right.output.contains("Card 2"), "the next card waits for the rating")
    #expect(PracticeStart.describe(shell.tutor.practice) == "rating right in review")
    let rated = shell.execute("easy")
    #expect(rated.output.hasPrefix("Rated easy.\nCard 2"), "\(rated.output)")
    #expect(PracticeStart.describe(shell.tutor.practice) == "quiz in review")
    _ = shell.execute(try rightAnswer(shell))
    let done = shell.execute("")
    #expect(done.output.contains("Review done: 2 of 2 right."), "\(done.output)")
    #expect(store.reviews().map(\.rating) == [.easy, .good])
  }

  @Test func inAReviewAnotherLineIsRatedGoodAndTheReviewGoesOn() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("review --new 3")
    _ = shell.execute(try rightAnswer(shell))
    let command = shell.execute("state")
    #expect(
      command.output.hasPrefix("Rated good. state did not run: commands wait until the review is over"),
      "\(command.output)")
    #expect(command.output.contains("Card 2"))
    _ = shell.execute(try rightAnswer(shell))
    let text = shell.execute("ok")
    #expect(text.output.hasPrefix("Rated good ('ok' is not a rating).\nCard 3"), "\(text.output)")
    _ = shell.execute(try rightAnswer(shell))
    let stopped = shell.execute("review stop")
    #expect(
      stopped.output.contains("Review stopped after 3 questions; 0 left for later."), "\(stopped.output)")
    #expect(shell.tutor.practice == .idle)
    #expect(store.reviews().map(\.rating) == [.good, .good, .good])
  }

  @Test func aRightPredictionWithACardIsRatedToo() throws {
    let store = InMemoryProgress()
    store.record(
      ReviewRecord(
        cardID: "prediction/topping-timestamp/1", topic: "predictions", time: monday.adding(days: -3),
        rating: .again, source: .prediction))
    var shell = session(store)
    _ = shell.execute("review --new 0")
    let answer = try #require(shell.tutor.practice.prediction).prediction.expected.description
    let right = shell.execute(answer)
    #expect(right.output.hasSuffix(Self.ratingLine), "\(right.output)")
    let rated = shell.execute("hard")
    #expect(rated.output.contains("Rated hard."), "\(rated.output)")
    #expect(rated.output.contains("Review done: 1 of 1 right."), "\(rated.output)")
    #expect(store.reviews().map(\.rating) == [.again, .hard])
  }

  @Test func aMockInterviewAsksNoRating() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("interview --questions 3")
    _ = shell.execute("An answer.")
    _ = shell.execute("")
    _ = shell.execute("good")
    let right = shell.execute(try rightAnswer(shell))
    #expect(!right.output.contains("How well did you know it?"), "\(right.output)")
    #expect(PracticeStart.describe(shell.tutor.practice) == "interview in mock")
  }
}
