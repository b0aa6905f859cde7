import Course
import TerminalUI
import Workbench

extension Tutor {
  /// The line after a Not quite, telling the learner `override` exists.
  package static let overrideHint = "Misread? override counts your answer as right."

  /// `override`: counts the most recent graded answer, marked wrong by the model, as right: its
  /// review is amended to good (marked overridden) and its card rescheduled as if answered right.
  ///
  /// Only the latest answer, only once, only a wrong one; never in a mock interview, whose answers
  /// stand as given, as in a real interview (its score is not a review, and a question missed
  /// there comes back in review, where override works).
  package mutating func overrideLastAnswer() throws(ShellError) -> String {
    guard var last = course.lastGraded else {
      throw ShellError(
        "There is no answer to override.",
        hint:
          "override follows an answer the model marked Not quite: a quiz question, a prediction or a review card."
      )
    }
    if practice.mock != nil || last.setting == .mock {
      throw ShellError(
        "override does not apply in a mock interview: its answers stand as given, as in a real interview.",
        hint: "A question answered wrong there comes back in review, where override works.")
    }
    let card = TerminalText.sanitized(last.card.label)
    switch last.verdict {
    case .right: throw ShellError("Your last answer, for \(card), was already counted as right.")
    case .overridden: throw ShellError("Your last answer, for \(card), already counts as right (overridden).")
    case .skipped:
      throw ShellError("The last question, \(card), was skipped: there is no answer to count as right.")
    case .selfRated:
      throw ShellError(
        "Your last answer was to an open interview question, which you rate yourself.",
        hint: "override is for answers the model marked Not quite.")
    case .wrong: break
    }
    guard let review = last.recorded else {
      throw ShellError("Nothing was changed: the answer was not recorded, so there is no review to change.")
    }
    let amended: ReviewRecord?? = attempt { store throws(ProgressFailure) in
      try store.amend(review, rating: .good, overridden: true)
    }
    switch amended {
    case nil: throw ShellError("Nothing was changed: progress cannot be saved.")
    case .some(nil):
      throw ShellError("Nothing was changed: \(card) has been reviewed since (or its progress was reset).")
    case .some(.some(let record)):
      last.verdict = .overridden
      last.recorded = record
      course.lastGraded = last
    }
    countOverrideInReview(last)
    let answer = TerminalText.sanitized(last.answer ?? "")
    var text = "Counted as right: your answer '\(answer)' for \(card); the review is now good."
    if case .asking = practice {
      text += "\n" + styler.paint("The question above is still waiting for your answer.", .dim)
    }
    return text
  }

  /// Counts an overridden answer as right in the review it was given in, when that review is the
  /// one running (its card the last it counted).
  private mutating func countOverrideInReview(_ answer: GradedAnswer) {
    guard case .review(let number) = answer.setting,
      case .asking(let question, .review(var review)?) = practice, review.answered == number
    else { return }
    review.right += 1
    practice = .asking(question, in: .review(review))
  }

  /// Remembers a graded answer to `card`, for `override`.
  package mutating func noteGraded(
    _ card: CardID, answer: String?, verdict: GradedAnswer.Verdict, in sitting: Sitting?,
    recorded: ReviewRecord?
  ) {
    let setting: GradedAnswer.Setting
    switch sitting {
    case nil: setting = .alone
    case .review(let review)?: setting = .review(card: review.answered + 1)
    case .mock?: setting = .mock
    }
    course.lastGraded = GradedAnswer(
      card: card, answer: answer, verdict: verdict, setting: setting, recorded: recorded)
  }
}
