import Course
import Workbench

extension Tutor {
  /// `review`: starts asking the due cards, then new ones, within the daily limits. A question
  /// waiting alone is dropped, ungraded, for the review's first card.
  package mutating func startReview() throws(ShellError) -> String {
    let agenda = reviewAgenda()
    let due = agenda.due.map { CardID($0.id) }
    let fresh = agenda.new.map { CardID($0) }
    guard !due.isEmpty || !fresh.isEmpty else { return nothingDue(agenda) }
    let limits = agenda.limits
    var heading = styler.paint(
      "Review: \(due.count) due, \(fresh.count) new (limits \(limits.newCards) new and "
        + "\(limits.reviews) reviews a day). review stop ends it.", .heading)
    if case .asking = practice {
      heading = styler.paint("The question that was waiting is set aside, not graded.", .dim) + "\n" + heading
    }
    return heading + "\n" + (try nextReviewQuestion(ReviewSession(queue: due + fresh)))
  }

  /// `review stop`: ends the review; answered cards stay recorded.
  package mutating func stopReview() throws(ShellError) -> String {
    guard let review = practice.review else {
      throw ShellError("No review is running.", hint: "review starts one.")
    }
    practice = .idle
    return Self.stopped(review)
  }

  /// What `review stop` says: how many questions were answered, and how many are left (the
  /// waiting one, unless it was answered, and the queue).
  package static func stopped(_ review: ReviewSession, waiting: Bool = true) -> String {
    let left = review.queue.count + (waiting ? 1 : 0)
    return "Review stopped after \(review.answered) question\(review.answered == 1 ? "" : "s"); "
      + "\(left) left for later."
  }

  /// After an answer (or a skip) in `review`: counts it and asks the next card, or sums up.
  package mutating func continueReview(_ review: ReviewSession, right: Bool) -> String? {
    var review = review
    review.answered += 1
    if right { review.right += 1 }
    if review.queue.isEmpty {
      practice = .idle
      return styler.paint("Review done: \(review.right) of \(review.answered) right.", .heading)
        + " progress shows what is mastered and due."
    }
    return try? nextReviewQuestion(review)
  }

  /// Asks the next card of `review` that can still be asked; the review is over when none can.
  private mutating func nextReviewQuestion(_ review: ReviewSession) throws(ShellError) -> String {
    var review = review
    while !review.queue.isEmpty {
      let id = review.queue.removeFirst()
      let header =
        styler.paint(styler.symbols("Card \(review.answered + 1) · \(review.queue.count) after this"), .dim)
        + "\n"
      let library = course.library()
      switch id {
      case .prediction(let scenario, let step):
        if let asked = askReviewPrediction(scenario: scenario, step: step, in: review) {
          return header + asked
        }
      case .interview(let questionID):
        if let question = library.interview(questionID) {
          return header
            + present(
              question, header: styler.symbols("Interview question · \(question.topic) · \(question.id)"),
              in: .review(review)
            )
        }
      case .quiz(let template):
        if let question = try? QuizPicker.question(id: template, seed: nextQuizSeed(), in: library) {
          return header + start(question, in: .review(review))
        }
      }
    }
    practice = .idle
    throw ShellError("None of the due questions could be asked.")
  }

  /// Whether `review` can ask the card `id`: a quiz template, an interview question or a
  /// prediction about a scenario step that the content still has.
  package static func isReviewable(_ id: CardID, in library: ContentLibrary) -> Bool {
    switch id {
    case .prediction(let scenario, let step):
      return library.scenario(scenario).map { step <= $0.steps.count } ?? false
    case .interview(let question): return library.interview(question) != nil
    case .quiz(let template): return library.quiz(template) != nil
    }
  }

  private func nothingDue(_ agenda: ReviewAgenda) -> String {
    let today = agenda.today
    var text = "Nothing is due"
    if today.newCards + today.reviews > 0 {
      text += " (today: \(today.newCards) new, \(today.reviews) reviews)"
    }
    if agenda.dueOverLimit > 0 {
      text +=
        "; \(agenda.dueOverLimit) more are due but over today's limit of \(agenda.limits.reviews) reviews"
    }
    if let next = agenda.nextDue {
      let hours = max(0, next.days(since: course.now) * 24)
      text +=
        hours < 1
        ? "; the next card is due in \(max(1, Int((hours * 60).rounded(.up)))) min"
        : hours < 48
          ? "; the next card is due in \(Int(hours.rounded(.up))) h"
          : "; the next card is due in \(Int((hours / 24).rounded(.up))) days"
    }
    return text + ". quiz asks a question any time."
  }
}
