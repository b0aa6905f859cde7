import Course
import Workbench

/// Daily limits given for this session only (`review --new N --reviews N`).
package struct ReviewLimitOverrides: Hashable, Sendable {
  /// New cards a day, if given.
  package var newCards: Int?
  /// Reviews a day, if given.
  package var reviews: Int?
}

/// A `review` in progress: the cards still to ask, in order.
package struct ReviewSession: Hashable, Sendable {
  /// The cards still to ask, in order.
  package var queue: [CardID]
  /// Cards answered so far.
  package var answered = 0
  /// Of those, answered right.
  package var right = 0
}

/// What the review log says about one day of the learner's calendar.
package struct DayCounts: Hashable, Sendable {
  /// Cards seen for the first time that day.
  package var newCards = 0
  /// Reviews of cards seen before.
  package var reviews = 0

  /// The counts for `day` in `log` (oldest first), days counted `utcOffset` seconds ahead of UTC.
  package init(day: Int, log: [ReviewRecord], utcOffset: Int = 0) {
    var seen: Set<String> = []
    for review in log {
      let first = seen.insert(review.cardID).inserted
      guard review.time.dayNumber(utcOffsetSeconds: utcOffset) == day else { continue }
      if first { newCards += 1 } else { reviews += 1 }
    }
  }
}
