/// What the learner is doing: one thing at a time, so two activities cannot be mixed up.
///
/// Every line the learner types is read in the light of this one value (``Tutor/respond(to:)``):
/// a drill takes answers, a waiting question takes its answer, a confirmation takes yes or no, a
/// right answer takes its rating, and when idle the line is a command.
package enum Practice: Hashable, Sendable {
  /// Nothing waits: every line is a command.
  case idle
  /// A mnemonic drill: every non-blank line answers its current letter.
  case drill(MnemonicDrill)
  /// A question waits for its answer, alone or as part of a sitting.
  case asking(WaitingQuestion, in: Sitting?)
  /// `progress reset` waits for `yes`: the topic to reset, or `nil` for every topic.
  case confirmingReset(topic: String?)
  /// A right answer to a model-checked question (a quiz question or a prediction, alone or as a
  /// review's card; never in a mock interview) waits for the learner's rating: again, hard, good
  /// or easy, 1 to 4, or a blank line for good. Any other line leaves it good; a review's next
  /// card follows the rating.
  case rating(RightAnswer, in: ReviewSession?)
  /// A challenge is in progress: every line is a command; world commands are counted and the
  /// goal is checked after each. A question, a drill or a world from the course ends it.
  case challenge(ActiveChallenge)
  /// `plan` waits for the answer to one of its two questions.
  case planning(PlanQuestion)
}

/// A question waiting for the learner's answer.
package enum WaitingQuestion: Hashable, Sendable {
  /// A model-checked quiz question.
  case quiz(ActiveQuiz)
  /// A prediction about a scenario step.
  case prediction(ActivePrediction)
  /// An open interview question, being answered or rated.
  case interview(ActiveInterview)
}

/// A run of questions that goes on after each answer.
package enum Sitting: Hashable, Sendable {
  /// `review`: the due cards, one after another.
  case review(ReviewSession)
  /// `interview`: a mock interview's planned questions.
  case mock(MockInterview)
}

extension Practice {
  /// The quiz question waiting, if one is.
  package var quiz: ActiveQuiz? {
    guard case .asking(.quiz(let quiz), _) = self else { return nil }
    return quiz
  }

  /// The prediction waiting, if one is.
  package var prediction: ActivePrediction? {
    guard case .asking(.prediction(let prediction), _) = self else { return nil }
    return prediction
  }

  /// The open interview question waiting, if one is.
  package var interview: ActiveInterview? {
    guard case .asking(.interview(let interview), _) = self else { return nil }
    return interview
  }

  /// The challenge in progress, if one is.
  package var challenge: ActiveChallenge? {
    guard case .challenge(let active) = self else { return nil }
    return active
  }

  /// The drill in progress, if one is.
  package var drill: MnemonicDrill? {
    guard case .drill(let drill) = self else { return nil }
    return drill
  }

  /// The review in progress, if one is.
  package var review: ReviewSession? {
    guard case .asking(_, .review(let review)?) = self else { return nil }
    return review
  }

  /// The mock interview in progress, if one is.
  package var mock: MockInterview? {
    guard case .asking(_, .mock(let mock)?) = self else { return nil }
    return mock
  }

  /// The sitting in progress, if any.
  package var sitting: Sitting? {
    guard case .asking(_, let sitting) = self else { return nil }
    return sitting
  }
}

extension Sitting {
  /// The review, when this sitting is one.
  package var review: ReviewSession? {
    guard case .review(let review) = self else { return nil }
    return review
  }

  /// The mock interview, when this sitting is one.
  package var mock: MockInterview? {
    guard case .mock(let mock) = self else { return nil }
    return mock
  }
}
