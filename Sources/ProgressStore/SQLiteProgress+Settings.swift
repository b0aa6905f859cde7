import Course
import GRDB

extension SQLiteProgress {
  /// The `setting` keys of the review limits.
  static let newCardsSetting = "review.newCards"
  static let reviewsSetting = "review.reviews"

  /// The saved daily limits of `review`; `nil` when none were saved (or a saved value is not a
  /// limit, as a hand-edited database might hold).
  public func reviewLimits() throws(ProgressFailure) -> ReviewLimits? {
    try read { db in
      func limit(_ key: String) throws -> Int? {
        guard
          let text = try String.fetchOne(
            db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]),
          let value = Int(text), (0...ReviewLimits.maximum).contains(value)
        else { return nil }
        return value
      }
      guard let newCards = try limit(Self.newCardsSetting), let reviews = try limit(Self.reviewsSetting)
      else {
        return nil
      }
      return ReviewLimits(newCards: newCards, reviews: reviews)
    }
  }

  /// Saves the daily limits of `review`, both in one transaction.
  public func saveReviewLimits(_ limits: ReviewLimits) throws(ProgressFailure) {
    try write { db in
      for (key, value) in [(Self.newCardsSetting, limits.newCards), (Self.reviewsSetting, limits.reviews)] {
        try db.execute(
          sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", arguments: [key, String(value)])
      }
    }
  }
}
