import Synchronization

/// Progress kept in memory only: for tests, and for a shell whose store cannot be opened.
public final class InMemoryProgress: ProgressRecording {
  private struct State {
    var place = CoursePlace()
    var cards: [String: ReviewCard] = [:]
    /// The log, oldest first, each review with its card as it was before it.
    var log: [(review: ReviewRecord, before: ReviewCard)] = []
    var limits: ReviewLimits?
    var plan: StudyPlan?
  }

  private let state = Mutex(State())
  /// The challenges solved, by id (``InMemoryProgress+Challenges``).
  let solvedChallenges = Mutex([String: ChallengeRecord]())

  /// An empty record: the start of the course, no cards.
  public init() {}

  /// The saved place.
  public func place() -> CoursePlace { state.withLock { $0.place } }

  /// Saves the place.
  public func savePlace(_ place: CoursePlace) { state.withLock { $0.place = place } }

  /// The cards, by id.
  public func cards() -> [ReviewCard] { state.withLock { $0.cards.values.sorted { $0.id < $1.id } } }

  /// The log, oldest first.
  public func reviews() -> [ReviewRecord] { state.withLock { $0.log.map(\.review) } }

  /// Schedules the card and logs the review.
  @discardableResult
  public func record(_ review: ReviewRecord) -> ReviewCard {
    state.withLock { state in
      let before = state.cards[review.cardID] ?? ReviewCard.before(review)
      let card = ReviewCard.after(review, existing: before)
      state.cards[review.cardID] = card
      state.log.append((review, before))
      return card
    }
  }

  /// Changes the rating of the card's latest review, when `review` is that review.
  @discardableResult
  public func amend(_ review: ReviewRecord, rating: ReviewRating, overridden: Bool) -> ReviewRecord? {
    state.withLock { state in
      guard let index = state.log.lastIndex(where: { $0.review.cardID == review.cardID }),
        state.log[index].review == review
      else { return nil }
      var amended = review
      amended.rating = rating
      amended.overridden = overridden
      state.cards[review.cardID] = ReviewCard.after(amended, existing: state.log[index].before)
      state.log[index].review = amended
      return amended
    }
  }

  /// The saved daily limits, if any.
  public func reviewLimits() -> ReviewLimits? { state.withLock { $0.limits } }

  /// Saves the daily limits.
  public func saveReviewLimits(_ limits: ReviewLimits) { state.withLock { $0.limits = limits } }

  /// The saved study plan, if any.
  public func studyPlan() -> StudyPlan? { state.withLock { $0.plan } }

  /// Saves the study plan (`nil` clears it).
  public func saveStudyPlan(_ plan: StudyPlan?) { state.withLock { $0.plan = plan } }

  /// Forgets a topic's cards and reviews (all of them for `nil`).
  public func reset(topic: String?) {
    state.withLock { state in
      guard let topic else {
        state.cards = [:]
        state.log = []
        return
      }
      state.cards = state.cards.filter { $0.value.topic != topic }
      state.log.removeAll { $0.review.topic == topic }
    }
  }
}
