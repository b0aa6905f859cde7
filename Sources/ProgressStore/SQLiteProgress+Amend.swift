import Course
import GRDB

extension SQLiteProgress {
  /// Changes the rating of the card's latest review, when `review` is that review, rescheduling
  /// the card from the state it had before it; in one transaction.
  @discardableResult
  public func amend(_ review: ReviewRecord, rating: ReviewRating, overridden: Bool) throws(ProgressFailure)
    -> ReviewRecord?
  {
    try write { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT * FROM reviewLog WHERE cardID = ? ORDER BY time DESC, id DESC LIMIT 1",
          arguments: [review.cardID]),
        Self.review(row) == review, let before = Self.prior(row, of: review)
      else { return nil }
      var amended = review
      amended.rating = rating
      amended.overridden = overridden
      try Self.save(ReviewCard.after(amended, existing: before), in: db)
      try db.execute(
        sql: "UPDATE reviewLog SET rating = ?, overridden = ? WHERE id = ?",
        arguments: [rating.rawValue, overridden, row["id"] as Int64])
      return amended
    }
  }

  /// The card as it was before the review in `row`; `nil` for a row logged before the log kept it.
  private static func prior(_ row: Row, of review: ReviewRecord) -> ReviewCard? {
    guard let reps = row["priorReps"] as Int?, let stability = row["priorStability"] as Double?,
      let difficulty = row["priorDifficulty"] as Double?, let due = row["priorDue"] as Double?,
      let lapses = row["priorLapses"] as Int?
    else { return nil }
    return ReviewCard(
      id: review.cardID, topic: review.topic, stability: stability, difficulty: difficulty,
      due: Moment(secondsSince1970: due), reps: reps, lapses: lapses,
      lastReview: (row["priorLastReview"] as Double?).map(Moment.init(secondsSince1970:)))
  }
}
