import Course

/// The daily limits of `review`.
public struct ReviewLimits: Hashable, Sendable {
  /// New cards a day.
  public var newCards: Int
  /// Reviews of already-seen cards a day.
  public var reviews: Int

  /// Limits of `newCards` new cards and `reviews` reviews a day (20 and 100 by default).
  public init(newCards: Int = 20, reviews: Int = 100) {
    self.newCards = newCards
    self.reviews = reviews
  }
}

/// A `review` in progress: the cards still to ask, in order.
struct ReviewSession: Hashable, Sendable {
  /// Card (template) ids still to ask.
  var queue: [String]
  /// Cards answered so far.
  var answered = 0
  /// Of those, answered right.
  var right = 0
}

/// What the review log says about one UTC day.
struct DayCounts: Hashable, Sendable {
  /// Cards seen for the first time that day.
  var newCards = 0
  /// Reviews of cards seen before.
  var reviews = 0

  /// The counts for `day` in `log` (oldest first).
  init(day: Int, log: [ReviewRecord]) {
    var seen: Set<String> = []
    for review in log {
      let first = seen.insert(review.cardID).inserted
      guard review.time.dayNumber == day else { continue }
      if first { newCards += 1 } else { reviews += 1 }
    }
  }
}
