import Course
import GRDB

extension SQLiteProgress {
  /// The challenges solved, sorted by id; none when the database predates them (read-only).
  public func challengeRecords() throws(ProgressFailure) -> [ChallengeRecord] {
    try read { db in
      guard try db.tableExists("challengeSolved") else { return [] }
      return try Row.fetchAll(
        db, sql: "SELECT id, bestCommands, timesSolved, firstSolved FROM challengeSolved ORDER BY id"
      ).map { row in
        ChallengeRecord(
          id: row["id"], bestCommands: row["bestCommands"], timesSolved: row["timesSolved"],
          firstSolved: Moment(secondsSince1970: row["firstSolved"]))
      }
    }
  }

  /// Records a solution in one transaction, keeping the fewest commands.
  @discardableResult
  public func recordChallenge(_ id: String, commands: Int, at time: Moment) throws(ProgressFailure)
    -> ChallengeRecord
  {
    try write { db in
      let existing = try Row.fetchOne(
        db, sql: "SELECT bestCommands, timesSolved, firstSolved FROM challengeSolved WHERE id = ?",
        arguments: [id]
      ).map { row in
        ChallengeRecord(
          id: id, bestCommands: row["bestCommands"], timesSolved: row["timesSolved"],
          firstSolved: Moment(secondsSince1970: row["firstSolved"]))
      }
      let record =
        existing?.solvedAgain(in: commands)
        ?? ChallengeRecord(id: id, bestCommands: commands, timesSolved: 1, firstSolved: time)
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO challengeSolved (id, bestCommands, timesSolved, firstSolved)
          VALUES (?, ?, ?, ?)
          """,
        arguments: [id, record.bestCommands, record.timesSolved, record.firstSolved.secondsSince1970])
      return record
    }
  }
}
