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
