import Course
import GRDB

extension SQLiteProgress {
  /// The saved study plan; `nil` when none was saved, or in a database only read that is older
  /// than the plan (its table is absent).
  public func studyPlan() throws(ProgressFailure) -> StudyPlan? {
    try read { db in
      guard try db.tableExists("studyPlan"),
        let row = try Row.fetchOne(
          db, sql: "SELECT startDay, interviewDay, minutesPerDay FROM studyPlan WHERE id = 1")
      else { return nil }
      return StudyPlan(
        startDay: row["startDay"], interviewDay: row["interviewDay"], minutesPerDay: row["minutesPerDay"])
    }
  }

  /// Saves the study plan over the saved one (`nil` clears it), in one transaction.
  public func saveStudyPlan(_ plan: StudyPlan?) throws(ProgressFailure) {
    try write { db in
      guard let plan else {
        try db.execute(sql: "DELETE FROM studyPlan")
        return
      }
      try db.execute(
        sql:
          "INSERT OR REPLACE INTO studyPlan (id, startDay, interviewDay, minutesPerDay) VALUES (1, ?, ?, ?)",
        arguments: [plan.startDay, plan.interviewDay, plan.minutesPerDay])
    }
  }
}
