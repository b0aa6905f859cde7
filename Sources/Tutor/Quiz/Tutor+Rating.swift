import Course
import TerminalUI
import Workbench

extension Tutor {
  /// The line asking for a rating after a right answer.
  package static let ratingRequest =
    "How well did you know it? again, hard, good or easy (or 1 to 4); Enter for good."

  /// Waits for the learner's rating of a right answer recorded as `review` (alone, or as a card of
  /// `sitting`'s review); returns the request to show. A mock interview asks for no rating, and
  /// nothing waits when the answer was not recorded: then `nil`.
  package mutating func awaitRating(of review: ReviewRecord?, in sitting: Sitting?) -> String? {
    guard let review else { return nil }
    switch sitting {
    case .mock?: return nil
    case nil: practice = .rating(RightAnswer(review: review), in: nil)
    case .review(let session)?: practice = .rating(RightAnswer(review: review), in: session)
    }
    return styler.paint(Self.ratingRequest, .dim)
  }

  /// Reads the line after a right answer: a rating (again, hard, good, easy, 1 to 4, or blank for
  /// good) is recorded as the answer's one review, and a review's next card follows.
  ///
  /// Any other line leaves the rating good. Alone, or after a review's last card, it then runs as
  /// usual. In a review with cards to come it does not run (commands wait until a review is over)
  /// but `help`, `quit` and `exit`, which leave the rating waiting, and `review stop`, which ends
  /// the review; the next card follows.
  package mutating func rate(_ line: String, _ answer: RightAnswer, in review: ReviewSession?) -> LineResponse
  {
    let text = line.trimmingSpaces
    let rating = text.isEmpty ? .good : SelfRating(typed: text).map(ReviewRating.init(selfRating:))
    guard let rating else { return notARating(text, answer, in: review) }
    practice = .idle
    if rating != answer.review.rating {
      let amended: ReviewRecord?? = attempt { store throws(ProgressFailure) in
        try store.amend(answer.review, rating: rating, overridden: false)
      }
      if case .some(.some(let record)) = amended { course.lastGraded?.recorded = record }
    }
    var reply = "Rated \(rating)."
    guard let review else {
      if case .quiz(let id) = answer.card, let template = course.library().quiz(id),
        QuizVariety.hasVariety(template)
      {
        reply += " " + styler.paint(Self.againHint, .dim)
      }
      return .handled(CommandOutcome(output: reply))
    }
    if let next = continueReview(review, right: true) { reply += "\n" + next }
    return .handled(CommandOutcome(output: OutputFitter.fit(reply, width: options.width)))
  }

  /// A line after a right answer that is not a rating: the answer stays good.
  private mutating func notARating(_ text: String, _ answer: RightAnswer, in review: ReviewSession?)
    -> LineResponse
  {
    guard var review else {
      practice = .idle
      return .command
    }
    if Self.shellWords.contains(Self.firstWord(of: text)) { return .command }
    practice = .idle
    if AnswerReader.normalised(text) == "review stop" {
      review.answered += 1
      review.right += 1
      return .handled(CommandOutcome(output: "Rated good. " + Self.stopped(review, waiting: false)))
    }
    if review.queue.isEmpty, let done = continueReview(review, right: true) {
      return .commandAfter("Rated good. " + done)
    }
    var reply: String
    if recognizesCommand(text) {
      let name = TerminalText.sanitized(Self.firstWord(of: text))
      reply = "Rated good. \(name) did not run: commands wait until the review is over (review stop ends it)."
    } else {
      reply = "Rated good ('\(TerminalText.sanitized(text))' is not a rating)."
    }
    if let next = continueReview(review, right: true) { reply += "\n" + next }
    return .handled(CommandOutcome(output: OutputFitter.fit(reply, width: options.width)))
  }
}
