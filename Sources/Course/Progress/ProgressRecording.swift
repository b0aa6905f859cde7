/// Why progress could not be read or saved, in words for the learner.
public struct ProgressFailure: Error, Hashable, Sendable {
  /// What went wrong, such as "cannot create /x/multileader: Permission denied".
  public var message: String

  /// A failure described by `message`.
  public init(_ message: String) { self.message = message }
}

/// Where the learner's progress lives: their place in the course, review cards and the review log.
///
/// The shell talks to progress only through this protocol, so the session stays free of I/O: the
/// executable gives it the SQLite store, tests give it ``InMemoryProgress``. Every method is one
/// transaction; ``record(_:)`` reads the card and writes the scheduled card and the log entry
/// together, so two shells reviewing at once lose nothing.
public protocol ProgressRecording: AnyObject, Sendable {
  /// The saved place, or the start of the course when none was saved.
  func place() throws(ProgressFailure) -> CoursePlace
  /// Saves the learner's place.
  func savePlace(_ place: CoursePlace) throws(ProgressFailure)
  /// Every card on the schedule.
  func cards() throws(ProgressFailure) -> [ReviewCard]
  /// Every review in the log, oldest first.
  func reviews() throws(ProgressFailure) -> [ReviewRecord]
  /// Records `review`: schedules its card (new cards are created) with ``FSRS`` and logs the
  /// review; returns the card as scheduled.
  @discardableResult
  func record(_ review: ReviewRecord) throws(ProgressFailure) -> ReviewCard
  /// Changes the rating of `review` to `rating` (`overridden` when the learner overrides a wrong
  /// verdict), rescheduling its card from the state it had before that review, in one
  /// transaction: the log keeps one review per answer.
  ///
  /// `review` MUST be its card's latest review, as recorded; when it is not (the card was reviewed
  /// since, or reset, or the review was logged by a version that did not keep the card's earlier
  /// state) nothing changes and the result is `nil`. Otherwise the result is the review as logged now.
  @discardableResult
  func amend(_ review: ReviewRecord, rating: ReviewRating, overridden: Bool) throws(ProgressFailure)
    -> ReviewRecord?
  /// The daily limits of `review` saved by ``saveReviewLimits(_:)``, `nil` when none were saved.
  func reviewLimits() throws(ProgressFailure) -> ReviewLimits?
  /// Saves the daily limits of `review`.
  func saveReviewLimits(_ limits: ReviewLimits) throws(ProgressFailure)
  /// Forgets the cards and reviews of `topic`, or of every topic for `nil` (the place is kept).
  func reset(topic: String?) throws(ProgressFailure)
  /// Every challenge the learner has solved, sorted by id.
  func challengeRecords() throws(ProgressFailure) -> [ChallengeRecord]
  /// Records that the challenge `id` was solved in `commands` commands at `time`, keeping the
  /// fewest commands it was ever solved in; returns the record as kept.
  @discardableResult
  func recordChallenge(_ id: String, commands: Int, at time: Moment) throws(ProgressFailure)
    -> ChallengeRecord
  /// Things the learner should be told once (a damaged file moved aside, a place imported).
  func takeNotices() -> [String]
  /// The saved study plan, `nil` when there is none.
  func studyPlan() throws(ProgressFailure) -> StudyPlan?
  /// Saves `plan` over the saved one; `nil` clears it.
  func saveStudyPlan(_ plan: StudyPlan?) throws(ProgressFailure)
}

extension ProgressRecording {
  /// No notices.
  public func takeNotices() -> [String] { [] }

  /// No plan, for a store that cannot keep one.
  public func studyPlan() throws(ProgressFailure) -> StudyPlan? { nil }

  /// Refuses: this store cannot keep a plan.
  public func saveStudyPlan(_ plan: StudyPlan?) throws(ProgressFailure) {
    throw ProgressFailure("this progress store cannot keep a study plan")
  }
}

extension ReviewCard {
  /// The card `review` leaves behind: `existing` (or a new card) scheduled by ``FSRS``.
  public static func after(_ review: ReviewRecord, existing: ReviewCard?) -> ReviewCard {
    FSRS.schedule(existing ?? before(review), rating: review.rating, now: review.time)
  }

  /// The new card a first review of `review`'s card starts from.
  public static func before(_ review: ReviewRecord) -> ReviewCard {
    ReviewCard(id: review.cardID, topic: review.topic, due: review.time)
  }
}
