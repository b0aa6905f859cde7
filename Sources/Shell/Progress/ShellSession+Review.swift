import Course

extension ShellSession {
  /// `review`: starts asking the due cards, then new ones, within the daily limits.
  mutating func startReview() throws(ShellError) -> String {
    let library = course.library()
    let cards = attempt { store throws(ProgressFailure) in try store.cards() } ?? []
    let log = attempt { store throws(ProgressFailure) in try store.reviews() } ?? []
    let limits = reviewLimits()
    let today = DayCounts(day: today, log: log, utcOffset: course.utcOffset)
    let known = Set(cards.filter { Self.isReviewable($0.id, in: library) }.map(\.id))
    let seen = Set(cards.map(\.id))
    let due = cards.filter { known.contains($0.id) && !$0.isNew && $0.due <= course.now }
      .sorted { ($0.due, $0.id) < ($1.due, $1.id) }
      .prefix(max(0, limits.reviews - today.reviews)).map(\.id)
    let fresh = library.quizzes.filter { !seen.contains($0.id) }
      .prefix(max(0, limits.newCards - today.newCards)).map(\.id)
    guard !due.isEmpty || !fresh.isEmpty else {
      course.review = nil
      return nothingDue(cards: cards.filter { known.contains($0.id) }, today: today)
    }
    course.review = ReviewSession(queue: due + fresh)
    let heading = styler.paint(
      "Review: \(due.count) due, \(fresh.count) new (limits \(limits.newCards) new and "
        + "\(limits.reviews) reviews a day). review stop ends it.", .heading)
    return heading + "\n" + (try nextReviewQuestion())
  }

  /// `review stop`: ends the review; answered cards stay recorded.
  mutating func stopReview() throws(ShellError) -> String {
    guard let review = course.review else {
      throw ShellError("No review is running.", hint: "review starts one.")
    }
    course.review = nil
    course.quiz = nil
    course.prediction = nil
    if course.mock == nil { course.interview = nil }
    return "Review stopped after \(review.answered) question\(review.answered == 1 ? "" : "s"); "
      + "\(review.queue.count + 1) left for later."
  }

  /// After an answer (or a skip) in a review: counts it and asks the next card, or sums up.
  mutating func continueReview(right: Bool) -> String? {
    guard var review = course.review else { return nil }
    review.answered += 1
    if right { review.right += 1 }
    course.review = review
    if review.queue.isEmpty {
      course.review = nil
      return styler.paint("Review done: \(review.right) of \(review.answered) right.", .heading)
        + " progress shows what is mastered and due."
    }
    return try? nextReviewQuestion()
  }

  private mutating func nextReviewQuestion() throws(ShellError) -> String {
    while var review = course.review, !review.queue.isEmpty {
      let id = review.queue.removeFirst()
      course.review = review
      let header = styler.paint("Card \(review.answered + 1) · \(review.queue.count) after this", .dim) + "\n"
      let library = course.library()
      if StepPrediction.place(ofCard: id) != nil {
        if let asked = askReviewPrediction(id) { return header + asked }
      } else if id.hasPrefix(Self.interviewCardPrefix) {
        if let question = library.interview(String(id.dropFirst(Self.interviewCardPrefix.count))) {
          return header
            + present(question, header: "Interview question · \(question.topic) · \(question.id)")
        }
      } else if let question = try? QuizPicker.question(id: id, seed: nextQuizSeed(), in: library) {
        return header + start(question)
      }
    }
    course.review = nil
    throw ShellError("None of the due questions could be asked.")
  }

  /// The start of an interview card's id: `interview/ID`.
  static let interviewCardPrefix = "interview/"

  /// Whether `review` can ask the card `id`: a quiz template, an interview question or a
  /// prediction about a scenario step that the content still has.
  static func isReviewable(_ id: String, in library: ContentLibrary) -> Bool {
    if let place = StepPrediction.place(ofCard: id) {
      return library.scenario(place.scenario).map { place.step <= $0.steps.count } ?? false
    }
    if id.hasPrefix(interviewCardPrefix) {
      return library.interview(String(id.dropFirst(interviewCardPrefix.count))) != nil
    }
    return library.quiz(id) != nil
  }

  private func nothingDue(cards: [ReviewCard], today: DayCounts) -> String {
    let next = cards.filter { !$0.isNew }.map(\.due).min()
    var text = "Nothing is due"
    if today.newCards + today.reviews > 0 {
      text += " (today: \(today.newCards) new, \(today.reviews) reviews)"
    }
    if let next {
      let hours = max(0, next.days(since: course.now) * 24)
      text +=
        hours < 48
        ? "; the next card is due in \(Int(hours.rounded(.up))) h"
        : "; the next card is due in \(Int((hours / 24).rounded(.up))) days"
    }
    return text + ". quiz asks a question any time."
  }
}
