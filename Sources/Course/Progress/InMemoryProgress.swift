import Synchronization

/// Progress kept in memory only: for tests, and for a shell whose store cannot be opened.
public final class InMemoryProgress: ProgressRecording {
  private struct State {
    var place = CoursePlace()
    var cards: [String: ReviewCard] = [:]
    var log: [ReviewRecord] = []
    var limits: ReviewLimits?
  }

  private let state = Mutex(State())

  /// An empty record: the start of the course, no cards.
  public init() {}

  /// The saved place.
  public func place() -> CoursePlace { state.withLock { $0.place } }

  /// Saves the place.
  public func savePlace(_ place: CoursePlace) { state.withLock { $0.place = place } }

  /// The cards, by id.
  public func cards() -> [ReviewCard] { state.withLock { $0.cards.values.sorted { $0.id < $1.id } } }

  /// The log, oldest first.
  public func reviews() -> [ReviewRecord] { state.withLock { $0.log } }

  /// Schedules the card and logs the review.
  @discardableResult
  public func record(_ review: ReviewRecord) -> ReviewCard {
    state.withLock { state in
      let card = ReviewCard.after(review, existing: state.cards[review.cardID])
      state.cards[review.cardID] = card
      state.log.append(review)
      return card
    }
  }

  /// The saved daily limits, if any.
  public func reviewLimits() -> ReviewLimits? { state.withLock { $0.limits } }

  /// Saves the daily limits.
  public func saveReviewLimits(_ limits: ReviewLimits) { state.withLock { $0.limits = limits } }

  /// Forgets a topic's cards and reviews (all of them for `nil`).
  public func reset(topic: String?) {
    state.withLock { state in
      guard let topic else {
        state.cards = [:]
        state.log = []
        return
      }
      state.cards = state.cards.filter { $0.value.topic != topic }
      state.log.removeAll { $0.topic == topic }
    }
  }
}
