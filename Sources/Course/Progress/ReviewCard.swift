/// One question on the learner's review schedule, with its FSRS memory state.
///
/// The card's id is the quiz template id (or an interview question id); its topic groups cards for
/// `progress` and `progress reset TOPIC`.
public struct ReviewCard: Hashable, Sendable {
  /// The question's id.
  public var id: String
  /// The question's topic.
  public var topic: String
  /// Days until recall probability falls to 90% (0 before the first review).
  public var stability: Double
  /// How hard the card is, 1 (easy) to 10 (hard); 0 before the first review.
  public var difficulty: Double
  /// When the card is next due.
  public var due: Moment
  /// Reviews so far.
  public var reps: Int
  /// Times the card was forgotten after being learnt.
  public var lapses: Int
  /// The last review, `nil` for a new card.
  public var lastReview: Moment?

  /// A new card, due at `due`.
  public init(
    id: String, topic: String, stability: Double = 0, difficulty: Double = 0, due: Moment,
    reps: Int = 0, lapses: Int = 0, lastReview: Moment? = nil
  ) {
    self.id = id
    self.topic = topic
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.reps = reps
    self.lapses = lapses
    self.lastReview = lastReview
  }

  /// Whether the card has never been reviewed.
  public var isNew: Bool { reps == 0 }

  /// Whether the card counts as mastered: reviewed, and remembered for at least three weeks.
  public var isMastered: Bool { reps > 0 && stability >= 21 }
}

/// One review as the log keeps it.
public struct ReviewRecord: Hashable, Sendable {
  /// The card reviewed.
  public var cardID: String
  /// The card's topic.
  public var topic: String
  /// When.
  public var time: Moment
  /// The grade.
  public var rating: ReviewRating
  /// Who graded it.
  public var source: GradeSource
  /// Whether the learner overrode a wrong verdict (`override`): the answer counts as right.
  public var overridden: Bool

  /// A review of `cardID` at `time`.
  public init(
    cardID: String, topic: String, time: Moment, rating: ReviewRating, source: GradeSource,
    overridden: Bool = false
  ) {
    self.cardID = cardID
    self.topic = topic
    self.time = time
    self.rating = rating
    self.source = source
    self.overridden = overridden
  }
}
