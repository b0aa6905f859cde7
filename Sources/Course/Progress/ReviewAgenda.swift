/// What the review log says about one day of the learner's calendar.
public struct DayCounts: Hashable, Sendable {
  /// Cards seen for the first time that day.
  public var newCards = 0
  /// Reviews of cards seen before.
  public var reviews = 0

  /// The counts for `day` in `log` (oldest first), days counted `utcOffset` seconds ahead of UTC.
  public init(day: Int, log: [ReviewRecord], utcOffset: Int = 0) {
    var seen: Set<String> = []
    for review in log {
      let first = seen.insert(review.cardID).inserted
      guard review.time.dayNumber(utcOffsetSeconds: utcOffset) == day else { continue }
      if first { newCards += 1 } else { reviews += 1 }
    }
  }
}

extension ReviewCard {
  /// Whether the card was answered wrong and comes back within minutes (FSRS's relearning step),
  /// rather than after a day or more.
  public var isRelearning: Bool {
    guard let lastReview else { return false }
    return due.days(since: lastReview) < 1
  }

  /// Whether `review` asks this card at `now`: a card on an interval of a day or more is due for
  /// the whole of its due day on the learner's calendar (as in Anki: it need not wait for the
  /// hour it was last answered); a relearning card comes back at its time.
  public func isDue(at now: Moment, utcOffset: Int) -> Bool {
    guard !isNew else { return false }
    if due <= now { return true }
    return !isRelearning
      && due.dayNumber(utcOffsetSeconds: utcOffset) <= now.dayNumber(utcOffsetSeconds: utcOffset)
  }
}

/// What `review` asks today, and what `progress` and `plan` say about it: the one place the due
/// cards and the day's new cards are counted, so they always agree.
///
/// The due cards come first, oldest due first, up to what is left of the day's review limit; then
/// the new cards, in course order, up to what is left of the day's new-card limit. A card of any
/// kind (quiz, interview, prediction) seen for the first time today counts against the new-card
/// limit, wherever it was answered.
public struct ReviewAgenda: Hashable, Sendable {
  /// The limits in force.
  public var limits: ReviewLimits
  /// What the log says about today.
  public var today: DayCounts
  /// The due cards `review` asks, in order, within the review limit.
  public var due: [ReviewCard]
  /// Due cards beyond today's review limit (asked on a later day).
  public var dueOverLimit: Int
  /// Cards answered wrong today that come back later today, soonest first.
  public var laterToday: [ReviewCard]
  /// The ids of the new cards `review` asks, in course order, within the new-card limit.
  public var new: [String]
  /// Cards the learner has never answered.
  public var unseen: Int
  /// When the next card that is not due yet falls due.
  public var nextDue: Moment?

  /// The agenda for `now`.
  ///
  /// - Parameters:
  ///   - cards: every card on the schedule.
  ///   - log: the review log, oldest first.
  ///   - newCandidates: the ids of the cards `review` may introduce, in course order (cards already
  ///     on the schedule are skipped).
  ///   - isAskable: whether a scheduled card can still be asked (its content still exists).
  ///   - limits: the daily limits in force.
  ///   - now: the learner's time.
  ///   - utcOffset: the learner's offset from UTC in seconds, for calendar days.
  public init(
    cards: [ReviewCard], log: [ReviewRecord], newCandidates: [String], isAskable: (String) -> Bool,
    limits: ReviewLimits, now: Moment, utcOffset: Int
  ) {
    self.limits = limits
    let today = DayCounts(day: now.dayNumber(utcOffsetSeconds: utcOffset), log: log, utcOffset: utcOffset)
    self.today = today
    let askable = cards.filter { isAskable($0.id) && !$0.isNew }
    let dueNow = askable.filter { $0.isDue(at: now, utcOffset: utcOffset) }
      .sorted { ($0.due.secondsSince1970, $0.id) < ($1.due.secondsSince1970, $1.id) }
    let reviewRoom = max(0, limits.reviews - today.reviews)
    due = Array(dueNow.prefix(reviewRoom))
    dueOverLimit = dueNow.count - due.count
    let notDue = askable.filter { !$0.isDue(at: now, utcOffset: utcOffset) }
    let todayNumber = now.dayNumber(utcOffsetSeconds: utcOffset)
    laterToday = notDue.filter { $0.due.dayNumber(utcOffsetSeconds: utcOffset) <= todayNumber }
      .sorted { ($0.due.secondsSince1970, $0.id) < ($1.due.secondsSince1970, $1.id) }
    nextDue = notDue.map(\.due).min()
    let seen = Set(cards.map(\.id))
    let fresh = newCandidates.filter { !seen.contains($0) }
    unseen = fresh.count
    new = Array(fresh.prefix(Self.newRoom(limits: limits, today: today)))
  }

  /// New cards that may still enter the schedule today.
  public var newRoom: Int { Self.newRoom(limits: limits, today: today) }

  /// Whether a card seen for the first time now may enter the schedule: today's new cards are
  /// below the new-card limit.
  public var admitsNewCard: Bool { newRoom > 0 }

  /// Reviews plus new cards that `review` asks now.
  public var total: Int { due.count + new.count }

  private static func newRoom(limits: ReviewLimits, today: DayCounts) -> Int {
    max(0, limits.newCards - today.newCards)
  }
}
