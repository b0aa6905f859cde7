import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `review` typed while a quiz question waits: the review's first card is then the only question
/// waiting, and the learner's answer is graded against that card, never against the abandoned quiz.
@Suite struct ReviewDuringQuizTests {
  private let monday = Moment(secondsSince1970: 1_700_000_000)

  @Test func aPredictionCardIsGradedAgainstItselfNotAgainstTheAbandonedQuiz() throws {
    let store = InMemoryProgress()
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(monday))
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("predict")
    _ = shell.execute("mushroom")  // wrong: the prediction becomes a due card
    _ = shell.execute("", at: LearnerTime(monday.adding(days: 0.5)))
    let quiz = shell.execute("quiz clock-skew")
    #expect(quiz.error == nil, "\(quiz.error ?? "")")
    let review = shell.execute("review --new 0")
    #expect(review.output.contains("Predict · scenario topping-timestamp"), "\(review.output)")
    #expect(review.output.hasPrefix("The question that was waiting is set aside, not graded."))
    #expect(shell.prompt == "predict topping-timestamp 1", "the prediction is what waits")
    let reviewsBefore = store.reviews().count
    let done = shell.execute("pepperoni")
    #expect(done.output.contains("Right. The model says pepperoni."), "\(done.output)")
    let rated = shell.execute("")
    #expect(rated.output.contains("Review done: 1 of 1 right."), "\(rated.output)")
    let recorded = store.reviews().dropFirst(reviewsBefore)
    #expect(recorded.map(\.cardID) == ["prediction/topping-timestamp/1"], "only the card was graded")
    #expect(recorded.map(\.rating) == [.good])
    #expect(shell.prompt == "topping-timestamp 1/4", "nothing waits any more")
  }
}
