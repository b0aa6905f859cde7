import Course
import GRDB

extension SQLiteProgress {
  /// The saved place (the start when none was saved).
  public func place() throws(ProgressFailure) -> CoursePlace {
    try read { db in
      var place = CoursePlace()
      if let row = try Row.fetchOne(db, sql: "SELECT lesson, scenario, step FROM place WHERE id = 1") {
        place.lesson = row["lesson"]
        place.scenario = row["scenario"]
        place.step = row["step"]
      }
      place.lessonsRead = Set(try String.fetchAll(db, sql: "SELECT lesson FROM lessonRead"))
      // Absent from a database only read, not migrated (a read-only folder).
      if try db.tableExists("scenarioFinished") {
        place.scenariosFinished = Set(try String.fetchAll(db, sql: "SELECT scenario FROM scenarioFinished"))
      }
      return place
    }
  }

  /// Saves the place.
  public func savePlace(_ place: CoursePlace) throws(ProgressFailure) {
    try write { db in try Self.save(place, in: db) }
  }

  static func save(_ place: CoursePlace, in db: Database) throws {
    try db.execute(
      sql: "INSERT OR REPLACE INTO place (id, lesson, scenario, step) VALUES (1, ?, ?, ?)",
      arguments: [place.lesson, place.scenario, place.step])
    for lesson in place.lessonsRead {
      try db.execute(sql: "INSERT OR IGNORE INTO lessonRead (lesson) VALUES (?)", arguments: [lesson])
    }
    for scenario in place.scenariosFinished {
      try db.execute(
        sql: "INSERT OR IGNORE INTO scenarioFinished (scenario) VALUES (?)", arguments: [scenario])
    }
  }

  /// Every card, by id.
  public func cards() throws(ProgressFailure) -> [ReviewCard] {
    try read { db in try Row.fetchAll(db, sql: "SELECT * FROM card ORDER BY id").map(Self.card) }
  }

  /// The review log, oldest first.
  public func reviews() throws(ProgressFailure) -> [ReviewRecord] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM reviewLog ORDER BY time, id").compactMap(Self.review)
    }
  }

  /// Schedules the card and logs the review, with the card as it was before it, in one transaction.
  @discardableResult
  public func record(_ review: ReviewRecord) throws(ProgressFailure) -> ReviewCard {
    try write { db in
      let existing = try Row.fetchOne(db, sql: "SELECT * FROM card WHERE id = ?", arguments: [review.cardID])
      let before = existing.map(Self.card) ?? ReviewCard.before(review)
      let card = ReviewCard.after(review, existing: before)
      try Self.save(card, in: db)
      try db.execute(
        sql: """
          INSERT INTO reviewLog (cardID, topic, time, rating, source, overridden, priorStability,
            priorDifficulty, priorDue, priorReps, priorLapses, priorLastReview)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          review.cardID, review.topic, review.time.secondsSince1970, review.rating.rawValue,
          review.source.rawValue, review.overridden, before.stability, before.difficulty,
          before.due.secondsSince1970, before.reps, before.lapses, before.lastReview?.secondsSince1970,
        ])
      return card
    }
  }

  /// Writes `card` over the stored one.
  static func save(_ card: ReviewCard, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO card (id, topic, stability, difficulty, due, reps, lapses, lastReview)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        card.id, card.topic, card.stability, card.difficulty, card.due.secondsSince1970, card.reps,
        card.lapses, card.lastReview?.secondsSince1970,
      ])
  }

  /// A row of the review log, or `nil` when its rating or source is not one this version knows.
  static func review(_ row: Row) -> ReviewRecord? {
    guard let rating = ReviewRating(rawValue: row["rating"]),
      let source = GradeSource(rawValue: row["source"])
    else { return nil }
    return ReviewRecord(
      cardID: row["cardID"], topic: row["topic"], time: Moment(secondsSince1970: row["time"]), rating: rating,
      source: source, overridden: (row["overridden"] as Bool?) ?? false)
  }

  /// Forgets a topic's cards and reviews (every topic's for `nil`).
  public func reset(topic: String?) throws(ProgressFailure) {
    try write { db in
      if let topic {
        try db.execute(sql: "DELETE FROM card WHERE topic = ?", arguments: [topic])
        try db.execute(sql: "DELETE FROM reviewLog WHERE topic = ?", arguments: [topic])
      } else {
        try db.execute(sql: "DELETE FROM card")
        try db.execute(sql: "DELETE FROM reviewLog")
      }
    }
  }

  static func card(_ row: Row) -> ReviewCard {
    ReviewCard(
      id: row["id"], topic: row["topic"], stability: row["stability"], difficulty: row["difficulty"],
      due: Moment(secondsSince1970: row["due"]), reps: row["reps"], lapses: row["lapses"],
      lastReview: (row["lastReview"] as Double?).map(Moment.init(secondsSince1970:)))
  }
}
