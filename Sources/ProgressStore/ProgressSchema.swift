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
    return migrator
  }
}
