import Course

/// Daily limits given for this session only (`review --new N --reviews N`).
struct ReviewLimitOverrides: Hashable, Sendable {
  /// New cards a day, if given.
  var newCards: Int?
  /// Reviews a day, if given.
  var reviews: Int?
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

/// What the review log says about one day of the learner's calendar.
struct DayCounts: Hashable, Sendable {
  /// Cards seen for the first time that day.
  var newCards = 0
  /// Reviews of cards seen before.
  var reviews = 0

  /// The counts for `day` in `log` (oldest first), days counted `utcOffset` seconds ahead of UTC.
  init(day: Int, log: [ReviewRecord], utcOffset: Int = 0) {
    var seen: Set<String> = []
    for review in log {
      let first = seen.insert(review.cardID).inserted
      guard review.time.dayNumber(utcOffsetSeconds: utcOffset) == day else { continue }
      if first { newCards += 1 } else { reviews += 1 }
    }
  }
}
