import GRDB

/// The progress database's schema, as named migrations.
enum ProgressSchema {
  /// `PRAGMA application_id` of a multileader progress database ("MLPR").
  static let applicationID: Int32 = 0x4D4C_5052

  /// The tables this version reads and writes.
  static let tables = ["place", "lessonRead", "card", "setting", "reviewLog"]

  /// Whether `db` has every table this version reads (a newer version may have renamed one).
  static func hasTables(_ db: Database) throws -> Bool {
    try tables.allSatisfy { try db.tableExists($0) }
  }

  /// The migrations, oldest first. Never edit a shipped one: add a new one.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-place-and-cards") { db in
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      try db.execute(
        sql: """
          CREATE TABLE place (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            lesson TEXT, scenario TEXT, step INTEGER NOT NULL DEFAULT 0);
          CREATE TABLE lessonRead (lesson TEXT PRIMARY KEY NOT NULL);
          CREATE TABLE card (
            id TEXT PRIMARY KEY NOT NULL, topic TEXT NOT NULL,
            stability REAL NOT NULL, difficulty REAL NOT NULL, due REAL NOT NULL,
            reps INTEGER NOT NULL, lapses INTEGER NOT NULL, lastReview REAL);
          CREATE INDEX card_topic ON card(topic);
          CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
          """)
    }
    migrator.registerMigration("v2-review-log") { db in
      try db.execute(
        sql: """
          CREATE TABLE reviewLog (
            id INTEGER PRIMARY KEY AUTOINCREMENT, cardID TEXT NOT NULL, topic TEXT NOT NULL,
            time REAL NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            source TEXT NOT NULL);
          CREATE INDEX reviewLog_time ON reviewLog(time);
          """)
    }
    // For `override` and a rating after a right answer, which change a card's latest review: the
    // card as it was before each review (NULL in rows logged earlier, which cannot be amended),
    // and whether the learner overrode the verdict.
    migrator.registerMigration(amendmentsMigration) { db in
      try db.execute(
        sql: """
          ALTER TABLE reviewLog ADD COLUMN overridden INTEGER NOT NULL DEFAULT 0;
          ALTER TABLE reviewLog ADD COLUMN priorStability REAL;
          ALTER TABLE reviewLog ADD COLUMN priorDifficulty REAL;
          ALTER TABLE reviewLog ADD COLUMN priorDue REAL;
          ALTER TABLE reviewLog ADD COLUMN priorReps INTEGER;
          ALTER TABLE reviewLog ADD COLUMN priorLapses INTEGER;
          ALTER TABLE reviewLog ADD COLUMN priorLastReview REAL;
          """)
    }
    // Challenges solved: the fewest commands each took, how often, and when first.
    migrator.registerMigration(challengesMigration) { db in
      try db.execute(
        sql: """
          CREATE TABLE challengeSolved (
            id TEXT PRIMARY KEY NOT NULL, bestCommands INTEGER NOT NULL CHECK (bestCommands >= 0),
            timesSolved INTEGER NOT NULL, firstSolved REAL NOT NULL);
          """)
    }
    // For `progress` and `plan`: the scenarios finished, and the study plan.
    migrator.registerMigration(studyPlanMigration) { db in
      try db.execute(
        sql: """
          CREATE TABLE scenarioFinished (scenario TEXT PRIMARY KEY NOT NULL);
          CREATE TABLE studyPlan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            startDay INTEGER NOT NULL, interviewDay INTEGER NOT NULL,
            minutesPerDay INTEGER NOT NULL CHECK (minutesPerDay > 0));
          """)
    }
    return migrator
  }

  /// The migration that records solved challenges.
  static let challengesMigration = "v4-challenges"
  /// The migration that keeps the scenarios finished and the study plan.
  static let studyPlanMigration = "v5-study-plan"

  /// The migration that lets a review be amended.
  static let amendmentsMigration = "v3-review-amendments"

  /// The oldest migration a database needs for this version to read it unchanged (a read-only
  /// one): later migrations only add what reading does without.
  static let oldestReadable = "v2-review-log"

  /// Whether this version can read `db` as it is: it has every migration up to
  /// ``oldestReadable`` (and perhaps later ones, this version's or a newer one's).
  static func isReadable(_ db: Database) throws -> Bool {
    try migrator.hasCompletedMigrations(db)
      || migrator.appliedIdentifiers(db).contains(oldestReadable) && hasTables(db)
  }
}
